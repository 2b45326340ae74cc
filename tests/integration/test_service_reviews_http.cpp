// Review links end to end (DESIGN.md §6): the real binary puts an absolute
// link on every card of an order that is not fully supported, another
// replica with the same key serves the page, and nothing else opens it.
#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <regex>
#include <thread>

#include <rapidjson/document.h>

#include "support/case_files.h"
#include "support/http_client.h"
#include "support/json_fixtures.h"
#include "support/process.h"

using spinecds::test::case_request;
using spinecds::testing::http_request;
using spinecds::testing::Reply;
using spinecds::testing::ServerProcess;

using spinecds::test::parse_json;

namespace {

const std::string kSign = "/cds-services/lumbar-fusion-order-sign";

// Every review link of a response ("" when a card has none).
std::vector<std::string> review_links(const rapidjson::Document& resp) {
  std::vector<std::string> out;
  for (const auto& c : resp["cards"].GetArray()) {
    std::string link;
    for (const auto& l : c["links"].GetArray()) {
      const std::string url = l["url"].GetString();
      if (url.find("/reviews/") != std::string::npos) {
        CHECK(std::string(l["type"].GetString()) == "absolute");
        link = url;
      }
    }
    out.push_back(link);
  }
  return out;
}

std::string target_of(const std::string& url) {
  return url.substr(url.find("/reviews/"));
}

// The page is written off the request path; give the writer a moment.
Reply get_eventually(int port, const std::string& target) {
  Reply r;
  for (int i = 0; i < 100; ++i) {
    r = http_request(port, "GET", target);
    if (r.status == 200) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return r;
}

struct Fixture {
  std::string db = ServerProcess::temp_path("spinecds-reviews") + ".db";
  std::vector<std::string> env = {"SPINECDS_STORE=sqlite:" + db,
                                  "SPINECDS_REVIEWS_SECRET=test-review-key-shared-by-replicas"};
  ServerProcess server{{"--no-auth"}, env};
  ~Fixture() {
    server.stop();
    for (const char* s : {"", "-wal", "-shm"}) std::filesystem::remove(db + s);
  }
};

}  // namespace

TEST_CASE_FIXTURE(Fixture,
                  "cards of an unsupported order link one signed review; replicas share it") {
  const auto body = case_request("v01-base-no-pt");
  const auto r1 = http_request(server.port(), "POST", kSign, body);
  REQUIRE(r1.status == 200);
  const auto resp = parse_json(r1.body);
  const auto links = review_links(resp);
  REQUIRE_FALSE(links.empty());
  for (const auto& l : links) CHECK(l == links.front());
  const std::string url = links.front();
  REQUIRE(
      std::regex_search(url, std::regex("/reviews/[0-9a-f]{32}\\?exp=[0-9]+&sig=[0-9a-f]{64}$")));

  const auto page = get_eventually(server.port(), target_of(url));
  REQUIRE(page.status == 200);
  CHECK(page.header("Content-Type").find("text/html") == 0);
  CHECK(page.header("Content-Security-Policy").find("default-src 'none'") == 0);
  CHECK(page.body.find("Criteria") != std::string::npos);

  // Same request again: the same cards apart from the link's expiry and signature.
  const auto r2 = http_request(server.port(), "POST", kSign, body);
  const auto strip = [](std::string s) {
    return std::regex_replace(s, std::regex("\\?exp=[0-9]+&sig=[0-9a-f]+"), "");
  };
  CHECK(strip(r2.body) == strip(r1.body));

  // Tampered, unknown, unsigned → the same bare 404.
  std::string tampered = target_of(url);
  tampered.back() = tampered.back() == '0' ? '1' : '0';
  const auto bad = http_request(server.port(), "GET", tampered);
  CHECK(bad.status == 404);
  CHECK(bad.body.find("L4") == std::string::npos);
  CHECK(http_request(server.port(), "GET", "/reviews/00000000000000000000000000000000").status ==
        404);
  const auto no_sig = target_of(url).substr(0, target_of(url).find('?'));
  CHECK(http_request(server.port(), "GET", no_sig).status == 404);

  // A second replica with the same key and database serves the link.
  ServerProcess replica{{"--no-auth"}, env};
  CHECK(get_eventually(replica.port(), target_of(url)).status == 200);
  replica.stop();
}

TEST_CASE_FIXTURE(Fixture, "a fully supported order gets no review link") {
  const auto r =
      http_request(server.port(), "POST", kSign, case_request("v08-one-level-l4-5-supported"));
  REQUIRE(r.status == 200);
  for (const auto& l : review_links(parse_json(r.body))) CHECK(l.empty());
}

TEST_CASE("reviews.enabled false: no links, and /reviews/ is not found") {
  const std::string db = ServerProcess::temp_path("spinecds-reviews-off") + ".db";
  ServerProcess off{{"--no-auth"},
                    {"SPINECDS_STORE=sqlite:" + db, "SPINECDS_REVIEWS_ENABLED=false"}};
  const auto r = http_request(off.port(), "POST", kSign, case_request("v01-base-no-pt"));
  REQUIRE(r.status == 200);
  CHECK(r.body.find("/reviews/") == std::string::npos);
  CHECK(http_request(off.port(), "GET", "/reviews/00000000000000000000000000000000?exp=1&sig=00")
            .status == 404);
  off.stop();
  for (const char* s : {"", "-wal", "-shm"}) std::filesystem::remove(db + s);
}

TEST_CASE("assess --format cards (offline) carries no review link") {
  const auto out = spinecds::testing::run_command(
      {SPINECDS_BINARY, "assess", "--format", "cards",
       std::string(SPINECDS_SOURCE_DIR) + "/tests/data/cases/v01-base-no-pt/request.json"});
  CHECK(out.out.find("\"cards\"") != std::string::npos);
  CHECK(out.out.find("/reviews/") == std::string::npos);
}
