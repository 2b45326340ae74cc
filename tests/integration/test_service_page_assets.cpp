// The page at / and everything it loads come from the binary (no CDN): the
// markdown renderer, the sample requests (the project's cases), and the page
// wires the controls the issue asks for. Open without a token, like /.
#include <doctest/doctest.h>

#include <filesystem>
#include <regex>

#include <rapidjson/document.h>

#include "support/case_files.h"
#include "support/http_client.h"
#include "support/process.h"

using spinecds::testing::http_request;
using spinecds::testing::ServerProcess;

TEST_CASE("the page, its renderer and its samples are served by the binary") {
  const std::string db = ServerProcess::temp_path("spinecds-page") + ".db";
  ServerProcess server{{"--no-auth"}, {"SPINECDS_STORE=sqlite:" + db}};
  const auto page = http_request(server.port(), "GET", "/");
  REQUIRE(page.status == 200);
  // Every script and stylesheet is local: no http(s) source at all.
  CHECK_FALSE(std::regex_search(page.body, std::regex(R"(<script[^>]+src="https?:)")));
  CHECK_FALSE(std::regex_search(page.body, std::regex(R"(<link[^>]+href="https?:)")));
  for (const char* id : {"id=\"sample\"", "id=\"token\"", "id=\"send\"", "<textarea",
                         "id=\"narrow\"", "id=\"system\"", "<details id=\"raw\""}) {
    CHECK_MESSAGE(page.body.find(id) != std::string::npos, id);
  }
  CHECK(page.body.find(">Send<") != std::string::npos);
  CHECK(page.body.find("html: false") != std::string::npos);  // markdown-it without raw HTML

  const auto js = http_request(server.port(), "GET", "/vendor/markdown-it.js");
  if (js.status == 404) {
    MESSAGE("this build has no libjs-markdown-it: details show as plain text");
  } else {
    CHECK(js.status == 200);
    CHECK(js.body.find("markdownit") != std::string::npos);
  }

  const auto index = http_request(server.port(), "GET", "/samples/index.json");
  REQUIRE(index.status == 200);
  rapidjson::Document names;
  names.Parse(index.body.c_str());
  REQUIRE(names.IsArray());
  CHECK(std::string(names[0].GetString()) == "l2-pelvis-order-sign");
  bool v01 = false;
  for (const auto& n : names.GetArray()) v01 |= std::string(n.GetString()) == "v01-base-no-pt";
  CHECK(v01);
  const auto sample = http_request(server.port(), "GET", "/samples/v01-base-no-pt.json");
  CHECK(sample.status == 200);
  CHECK(sample.body == spinecds::test::case_request("v01-base-no-pt"));
  CHECK(http_request(server.port(), "GET", "/samples/../../etc/passwd.json").status == 404);
  CHECK(http_request(server.port(), "GET", "/samples/nope.json").status == 404);
  server.stop();
  for (const char* s : {"", "-wal", "-shm"}) std::filesystem::remove(db + s);
}
