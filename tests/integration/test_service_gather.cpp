// End to end through the service: the same hook with full, partial and no
// prefetch gives the same cards against a real FHIR server, and a failing
// server costs at most the deadline and shows up as a data-unavailable card.
#include <doctest/doctest.h>

#include <chrono>
#include <memory>

#include <rapidjson/document.h>

#include "fhir_server_check.h"
#include "gather_support.h"
#include "support/http_client.h"
#include "support/process.h"

namespace gs = gather_support;
using spinecds::testing::http_request;
using spinecds::testing::ServerProcess;
using spinecds::testing::without_link_expiry;

namespace {

const std::string kSign = "/cds-services/lumbar-fusion-order-sign";
constexpr int kDeadlineMs = 1500;

std::string with_server(rapidjson::Document request, const std::string& url,
                        const std::vector<std::string>& drop, bool drop_all = false) {
  request["fhirServer"].SetString(url.c_str(), request.GetAllocator());
  if (drop_all) {
    request.RemoveMember("prefetch");
  } else {
    for (const auto& k : drop) request["prefetch"].RemoveMember(k.c_str());
  }
  return gs::to_json(request);
}

// Where two responses first differ, with a little context (whole bodies are too long to read).
std::string first_difference(const std::string& a, const std::string& b) {
  std::size_t i = 0;
  while (i < a.size() && i < b.size() && a[i] == b[i]) ++i;
  if (i == a.size() && i == b.size()) return "";
  const auto from = i > 120 ? i - 120 : 0;
  return "at " + std::to_string(i) + ":\n  " + a.substr(from, 240) + "\n  " + b.substr(from, 240);
}

}  // namespace

TEST_CASE("full, partial and no prefetch give the same response through the service") {
  if (!gs::fhir_server_ready()) return;
  gs::NodeProcess fhir("server.mjs", {"--page-size", "5"});
  const auto request = gs::read_json(std::string(SPINECDS_SOURCE_DIR) +
                                     "/tests/data/service/l2-pelvis-order-sign.json");
  REQUIRE(gs::raw_http(fhir.port(), "POST", "/fhir", gs::transaction_of(request)).status == 200);
  const std::string base = "http://127.0.0.1:" + std::to_string(fhir.port()) + "/fhir";
  // What is compared is the answer, not its speed: with no prefetch and five
  // resources a page, the gather walks dozens of pages of a Node server that
  // a loaded machine slows down, so the default 3 s FHIR deadline (and the
  // 10 s call deadline) could turn a slow page into a data gap and the
  // answers would differ for a reason this test is not about.
  ServerProcess cds({"--no-auth"},
                    {"SPINECDS_FHIR_ALLOWED_SERVERS=" + base,
                     "SPINECDS_STORE=sqlite:" + ServerProcess::temp_path("db"),
                     "SPINECDS_FHIR_DEADLINE_MS=30000", "SPINECDS_LIMITS_CALL_DEADLINE_MS=60000"});
  auto copy = [&] {
    rapidjson::Document d;
    d.CopyFrom(request, d.GetAllocator());
    return d;
  };
  const auto full = http_request(cds.port(), "POST", kSign, with_server(copy(), base, {}));
  const auto partial = http_request(
      cds.port(), "POST", kSign,
      with_server(copy(), base, {"conditions", "procedures", "diagnosticReports", "coverage"}));
  const auto none = http_request(cds.port(), "POST", kSign, with_server(copy(), base, {}, true));
  REQUIRE(full.status == 200);
  CHECK(partial.status == 200);
  CHECK(none.status == 200);
  const auto f = without_link_expiry(full.body);
  const auto p = without_link_expiry(partial.body);
  const auto n = without_link_expiry(none.body);
  CHECK_MESSAGE(p == f, first_difference(f, p));
  CHECK_MESSAGE(n == f, first_difference(f, n));
  CHECK(full.body.find("data-unavailable") == std::string::npos);
  CHECK(full.body.find("exceeds documented instability (L4-L5 only)") != std::string::npos);
}

TEST_CASE("a FHIR server that stalls costs the deadline and is named in an info card") {
  if (!gs::fhir_server_ready()) return;
  gs::NodeProcess fhir("server.mjs", {});
  gs::NodeProcess proxy("fault-proxy.mjs",
                        {"--upstream", "http://127.0.0.1:" + std::to_string(fhir.port())});
  const std::string stalled =
      "http://127.0.0.1:" + std::to_string(proxy.port()) + "/delay-10000/fhir";
  const std::string failing =
      "http://127.0.0.1:" + std::to_string(proxy.port()) + "/status-500/fhir";
  ServerProcess cds({"--no-auth"}, {"SPINECDS_FHIR_ALLOWED_SERVERS=" + stalled + "," + failing,
                                    "SPINECDS_FHIR_DEADLINE_MS=" + std::to_string(kDeadlineMs),
                                    "SPINECDS_STORE=sqlite:" + ServerProcess::temp_path("db")});
  const auto request = gs::read_json(std::string(SPINECDS_SOURCE_DIR) +
                                     "/tests/data/service/l2-pelvis-order-sign.json");
  for (const auto& url : {stalled, failing}) {
    CAPTURE(url);
    rapidjson::Document d;
    d.CopyFrom(request, d.GetAllocator());
    const auto start = std::chrono::steady_clock::now();
    const auto r =
        http_request(cds.port(), "POST", kSign, with_server(std::move(d), url, {"procedures"}));
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                        std::chrono::steady_clock::now() - start)
                        .count();
    REQUIRE(r.status == 200);
    CHECK(ms < kDeadlineMs + gs::kMarginMs);
    rapidjson::Document body;
    body.Parse(r.body.c_str());
    bool named = false;
    for (const auto& c : body["cards"].GetArray()) {
      const std::string summary = c["summary"].GetString();
      const std::string detail = c.HasMember("detail") ? c["detail"].GetString() : "";
      if (std::string(c["indicator"].GetString()) == "info" &&
          (summary + detail).find("procedures") != std::string::npos) {
        named = true;
      }
    }
    CHECK_MESSAGE(named, r.body.substr(0, 400));
  }
  CHECK(http_request(cds.port(), "GET", "/healthz").status == 200);
}
