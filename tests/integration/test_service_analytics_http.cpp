// /analytics and /analytics.json on the real binary: the admin token, the
// ledger filled by hook calls and joined with feedback, labeled metrics.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include <rapidjson/document.h>

#include "support/case_files.h"
#include "support/http_client.h"
#include "support/json_fixtures.h"
#include "support/process.h"

using spinecds::test::case_request;
using spinecds::testing::http_request;
using spinecds::testing::ServerProcess;

using spinecds::test::parse_json;

namespace {

const std::string kSign = "/cds-services/lumbar-fusion-order-sign";

std::uint64_t issued_of(const rapidjson::Document& d, const std::string& kind) {
  for (const auto& k : d["byKind"].GetArray()) {
    if (k["kind"].GetString() == kind) return k["issued"].GetUint64();
  }
  return 0;
}

}  // namespace

TEST_CASE("analytics open under --no-auth and count issued cards and feedback") {
  const std::string db = ServerProcess::temp_path("spinecds-analytics") + ".db";
  ServerProcess server{{"--no-auth"}, {"SPINECDS_STORE=sqlite:" + db}};
  const auto before = http_request(server.port(), "GET", "/analytics.json");
  REQUIRE(before.status == 200);
  CHECK(parse_json(before.body)["cards"]["issued"].GetUint64() == 0);

  const auto hook = http_request(server.port(), "POST", kSign, case_request("v01-base-no-pt"));
  REQUIRE(hook.status == 200);
  const auto resp = parse_json(hook.body);
  const std::string uuid = resp["cards"][0]["uuid"].GetString();
  const std::string reason_system = resp["cards"][0]["overrideReasons"][0]["system"].GetString();
  const std::string reason_code = resp["cards"][0]["overrideReasons"][0]["code"].GetString();
  const std::string feedback =
      R"({"feedback":[{"card":")" + uuid +
      R"(","outcome":"overridden","overrideReason":{"reason":{"system":")" + reason_system +
      R"(","code":")" + reason_code + R"("}},"outcomeTimestamp":"2026-11-26T10:00:00Z"}]})";
  REQUIRE(http_request(server.port(), "POST", kSign + "/feedback", feedback).status == 200);

  const auto after = parse_json(http_request(server.port(), "GET", "/analytics.json").body);
  CHECK(after["cards"]["issued"].GetUint64() == resp["cards"].Size());
  CHECK(after["cards"]["overridden"].GetUint64() == 1);
  CHECK(issued_of(after, "fusion-extent") == 1);
  REQUIRE(after["topOverrideReasons"].Size() == 1);
  CHECK(after["topOverrideReasons"][0]["code"].GetString() == reason_code);
  CHECK(after["verdicts"]["not-supported-as-documented"].GetUint64() == 1);
  CHECK(after["hookLatencyMs"]["lumbar-fusion-order-sign"]["count"].GetUint64() == 1);
  const auto page = http_request(server.port(), "GET", "/analytics");
  CHECK(page.status == 200);
  CHECK(page.header("Content-Type").find("text/html") == 0);

  const auto metrics = http_request(server.port(), "GET", "/metrics").body;
  CHECK(
      metrics.find("spinecds_cards_issued_total{kind=\"fusion-extent\",indicator=\"warning\"} 1") !=
      std::string::npos);
  CHECK(metrics.find("spinecds_feedback_entries_total{outcome=\"overridden\",reason=\"" +
                     reason_code + "\"} 1") != std::string::npos);
  CHECK(metrics.find("spinecds_hook_service_duration_seconds_count{service=\"lumbar-fusion-order-"
                     "sign\"} 1") != std::string::npos);
  CHECK(metrics.find("spinecds_background_writes_dropped_total{queue=\"ledger\"} 0") !=
        std::string::npos);
  server.stop();
  for (const char* s : {"", "-wal", "-shm"}) std::filesystem::remove(db + s);
}

TEST_CASE("with auth on, analytics need an admin token: else 401") {
  const std::string db = ServerProcess::temp_path("spinecds-analytics-auth") + ".db";
  const std::string config_path = ServerProcess::temp_path("spinecds-analytics-config") + ".json";
  {
    std::ofstream(config_path) << R"({"auth":{"trustedIssuers":[{"iss":"https://ehr.example.org",
      "jwks":{"keys":[{"kty":"EC","crv":"P-384","kid":"k1","x":"SPK7dr2Ibw1kb8lXUo1cPJh8Yq5vZb9olfJ-vR7giv_jri_RSz5SY0bLQ0gvxL13","y":"SOSf0LRKd5o9rtaHDatQQ3JgcjHTLrSFCAUUp1gyWPxLpUjnfAd_fWnFXTZxa9Hm"}]}}]}})";
  }
  ServerProcess server{
      {"--config", config_path},
      {"SPINECDS_STORE=sqlite:" + db, "SPINECDS_ADMIN_TOKENS=admin-token-1,admin-token-2"}};
  CHECK(http_request(server.port(), "GET", "/analytics").status == 401);
  CHECK(http_request(server.port(), "GET", "/analytics.json", "",
                     {{"Authorization", "Bearer wrong-token"}})
            .status == 401);
  CHECK(http_request(server.port(), "GET", "/analytics.json", "",
                     {{"Authorization", "Bearer admin-token-2"}})
            .status == 200);
  server.stop();
  std::filesystem::remove(config_path);
  for (const char* s : {"", "-wal", "-shm"}) std::filesystem::remove(db + s);
}
