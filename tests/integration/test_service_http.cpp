// The real binary over a real socket: discovery, hook calls, every error
// status of DESIGN.md §3, preflight, 100-continue and durable feedback.
#include <doctest/doctest.h>
#include <sqlite3.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "service/schema_set.h"
#include "support/files.h"
#include "support/http_client.h"
#include "support/json_fixtures.h"
#include "support/process.h"

using spinecds::testing::http_request;
using spinecds::testing::raw_exchange;
using spinecds::testing::Reply;
using spinecds::testing::ServerProcess;
using spinecds::testing::without_link_expiry;

using spinecds::test::parse_json;

namespace {

using spinecds::test::read_text;

std::string data(const std::string& name) {
  return read_text(std::string(SPINECDS_SOURCE_DIR) + "/tests/data/service/" + name);
}

// The stable error id of an OperationOutcome body.
std::string error_id(const Reply& r) {
  auto d = parse_json(r.body);
  REQUIRE(d.HasMember("resourceType"));
  CHECK(std::string(d["resourceType"].GetString()) == "OperationOutcome");
  return d["issue"][0]["details"]["coding"][0]["code"].GetString();
}

std::string expression(const Reply& r) {
  auto d = parse_json(r.body);
  const auto& issue = d["issue"][0];
  return issue.HasMember("expression") ? issue["expression"][0].GetString() : "";
}

// A refusal as the contract gives it: the status, the stable error id and,
// where the input names a field, that field's path.
void check_refusal(const Reply& r, int status, const std::string& id,
                   const std::string& path = "") {
  CHECK(r.status == status);
  CHECK(error_id(r) == id);
  if (!path.empty()) CHECK(expression(r) == path);
}

// `d` against the reference schema shared/spec/schemas/<name>.schema.json;
// skipped, saying so, when shared/ is absent (the project carries no copy).
void check_reference_schema(const std::string& name, const rapidjson::Document& d) {
  const std::string path =
      std::string(SPINECDS_SHARED_DIR) + "/spec/schemas/" + name + ".schema.json";
  if (!std::filesystem::exists(path)) {
    const std::string skipped =
        "shared/ is absent: not checked against the reference schema " + name;
    MESSAGE(skipped);
    return;
  }
  auto violation = spinecds::service::validate_with_schema_text(read_text(path), d);
  CHECK_MESSAGE(violation == nullptr,
                (violation ? violation->pointer + " " + violation->keyword : ""));
}

// The sample order-sign request, edited.
template <class Edit>
std::string sample_edited(Edit edit) {
  auto d = parse_json(data("l2-pelvis-order-sign.json"));
  edit(d);
  return spinecds::test::to_json(d);
}

const std::string kSign = "/cds-services/lumbar-fusion-order-sign";

struct Fixture {
  std::string db = ServerProcess::temp_path("spinecds-db") + ".db";
  ServerProcess server{{"--no-auth"}, {"SPINECDS_STORE=sqlite:" + db}};
  ~Fixture() {
    server.stop();
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db + suffix);
  }
  bool still_serving() { return http_request(server.port(), "GET", "/healthz").status == 200; }
};

}  // namespace

TEST_CASE_FIXTURE(Fixture, "discovery lists every family's services with the contract's prefetch") {
  const auto r = http_request(server.port(), "GET", "/cds-services");
  REQUIRE(r.status == 200);
  CHECK(r.header("Access-Control-Allow-Origin") == "*");
  auto d = parse_json(r.body);
  REQUIRE(d["services"].Size() == 4);  // lumbar, then cervical (DESIGN §9)
  const auto& sign = d["services"][0];
  CHECK(std::string(sign["id"].GetString()) == "lumbar-fusion-order-sign");
  CHECK(std::string(sign["hook"].GetString()) == "order-sign");
  CHECK(std::string(d["services"][1]["id"].GetString()) == "lumbar-fusion-order-select");
  CHECK(std::string(d["services"][1]["hook"].GetString()) == "order-select");
  CHECK(std::string(d["services"][2]["id"].GetString()) == "cervical-fusion-order-sign");
  CHECK(std::string(d["services"][3]["id"].GetString()) == "cervical-fusion-order-select");
  CHECK(std::string(d["services"][3]["hook"].GetString()) == "order-select");
  for (const auto& s : d["services"].GetArray()) {
    const auto& p = s["prefetch"];
    CHECK(std::string(p["patient"].GetString()) == "Patient/{{context.patientId}}");
    CHECK(std::string(p["conditions"].GetString()) == "Condition?patient={{context.patientId}}");
    CHECK(std::string(p["procedures"].GetString()) ==
          "Procedure?patient={{context.patientId}}&_include=Procedure:encounter");
    CHECK(std::string(p["observations"].GetString()) ==
          "Observation?patient={{context.patientId}}&category=imaging,exam,survey,"
          "social-history,procedure,therapy");
    CHECK(std::string(p["diagnosticReports"].GetString()) ==
          "DiagnosticReport?patient={{context.patientId}}");
    CHECK(std::string(p["serviceRequests"].GetString()) ==
          "ServiceRequest?patient={{context.patientId}}");
    CHECK(std::string(p["medications"].GetString()) ==
          "MedicationRequest?patient={{context.patientId}}");
    CHECK(std::string(p["coverage"].GetString()) ==
          "Coverage?patient={{context.patientId}}&status=active");
    CHECK(std::string(p["documents"].GetString()) ==
          "DocumentReference?patient={{context.patientId}}");
    CHECK(s.HasMember("title"));
    CHECK(s.HasMember("description"));
  }
  check_reference_schema("discovery-response", d);
}

TEST_CASE_FIXTURE(Fixture, "a lumbar fusion order gets a CDS Hooks response") {
  const auto r = http_request(server.port(), "POST", kSign, data("l2-pelvis-order-sign.json"));
  REQUIRE(r.status == 200);
  auto d = parse_json(r.body);
  REQUIRE(d.IsObject());
  REQUIRE(d.HasMember("cards"));
  const auto& cards = d["cards"];
  REQUIRE(cards.Size() == 4);
  // Most important first: limit the fusion (with the pelvis folded in), films,
  // physical therapy, then the summary.
  CHECK(std::string(cards[0]["indicator"].GetString()) == "warning");
  CHECK(std::string(cards[0]["summary"].GetString()).find("L4-L5") != std::string::npos);
  const auto& limit = cards[0]["suggestions"][0]["actions"][0];
  CHECK(std::string(limit["type"].GetString()) == "update");
  CHECK(std::string(limit["resource"]["id"].GetString()) == "order-psf-l2-ilium");
  std::string order_details;
  for (const auto& od : limit["resource"]["orderDetail"].GetArray()) {
    for (const auto& c : od["coding"].GetArray())
      order_details += std::string(c["code"].GetString()) + " ";
  }
  CHECK(order_details.find("22848") == std::string::npos);
  CHECK(std::string(cards[1]["indicator"].GetString()) == "info");
  CHECK(std::string(cards[1]["suggestions"][0]["actions"][0]["type"].GetString()) == "create");
  CHECK(std::string(cards[2]["indicator"].GetString()) == "warning");
  CHECK(std::string(cards[2]["summary"].GetString()).find("physical therapy") != std::string::npos);
  CHECK(std::string(cards[3]["indicator"].GetString()) == "info");
  // order-sign carries the CRD coverage-information update of the fusion order.
  REQUIRE(d.HasMember("systemActions"));
  CHECK(std::string(d["systemActions"][0]["resource"]["id"].GetString()) == "order-psf-l2-ilium");
  // Repeated calls give the same cards (uuids included), apart from the review
  // link's expiry and signature.
  const auto again = http_request(server.port(), "POST", kSign, data("l2-pelvis-order-sign.json"));
  CHECK(without_link_expiry(again.body) == without_link_expiry(r.body));
  check_reference_schema("hook-response", d);
}

TEST_CASE_FIXTURE(Fixture, "an order that is not a spinal fusion gets no cards and nothing else") {
  const auto r = http_request(server.port(), "POST", kSign, data("mri-order-sign.json"));
  REQUIRE(r.status == 200);
  CHECK(r.body == R"({"cards":[]})");
}

TEST_CASE_FIXTURE(Fixture, "bad input gets the stated status and an OperationOutcome") {
  SUBCASE("truncated JSON") {
    const auto body = data("l2-pelvis-order-sign.json");
    const auto r = http_request(server.port(), "POST", kSign, body.substr(0, body.size() / 2));
    check_refusal(r, 400, "spinecds.request.malformed-json");
  }
  SUBCASE("an empty object") {
    const auto r = http_request(server.port(), "POST", kSign, "{}");
    check_refusal(r, 400, "spinecds.request.missing-field", "hook");
  }
  SUBCASE("a missing context field names its path") {
    const auto r =
        http_request(server.port(), "POST", kSign,
                     sample_edited([](auto& d) { d["context"].RemoveMember("draftOrders"); }));
    check_refusal(r, 400, "spinecds.request.missing-field", "context.draftOrders");
  }
  SUBCASE("a 100,000-deep nested array") {
    std::string deep(100000, '[');
    deep += std::string(100000, ']');
    const auto r = http_request(server.port(), "POST", kSign, deep);
    check_refusal(r, 400, "spinecds.request.too-deep");
  }
  SUBCASE("a 100,000-deep array inside context") {
    std::string body =
        R"({"hook":"order-sign","hookInstance":"d6a3b1e2-1c2d-4e5f-8a9b-0c1d2e3f4a5b","context":{"x":)";
    body += std::string(100000, '[') + std::string(100000, ']') + "}}";
    const auto r = http_request(server.port(), "POST", kSign, body);
    check_refusal(r, 400, "spinecds.request.too-deep");
  }
  SUBCASE("a 6 MiB body") {
    const std::string body = "{\"pad\":\"" + std::string(6 * 1024 * 1024, 'x') + "\"}";
    const auto r = http_request(server.port(), "POST", kSign, body);
    check_refusal(r, 413, "spinecds.request.body-too-large");
    CHECK(r.header("Access-Control-Allow-Origin") == "*");
  }
  SUBCASE("an order-select request sent to the order-sign service") {
    const auto r =
        http_request(server.port(), "POST", kSign,
                     sample_edited([](auto& d) { d["hook"].SetString("order-select"); }));
    check_refusal(r, 400, "spinecds.request.wrong-hook", "hook");
  }
  SUBCASE("an unknown service") {
    const auto r = http_request(server.port(), "POST", "/cds-services/cervical-anything", "{}");
    check_refusal(r, 404, "spinecds.request.unknown-service");
  }
  SUBCASE("the wrong method") {
    const auto r = http_request(server.port(), "GET", kSign);
    CHECK(r.status == 405);
    CHECK(r.header("Allow") == "POST, OPTIONS");
    CHECK(error_id(r) == "spinecds.request.method-not-allowed");
  }
  SUBCASE("request headers over 16 KB") {
    const auto r = http_request(server.port(), "GET", "/cds-services", "",
                                {{"X-Padding", std::string(20 * 1024, 'a')}});
    check_refusal(r, 431, "spinecds.request.headers-too-large");
    CHECK(r.header("Access-Control-Allow-Origin") == "*");
  }
  CHECK(still_serving());
  CHECK(server.alive());
}

TEST_CASE_FIXTURE(Fixture, "preflight is answered on every path with CORS headers") {
  for (const std::string& path :
       std::vector<std::string>{"/cds-services", kSign, kSign + "/feedback", "/healthz"}) {
    CAPTURE(path);
    const auto r = http_request(server.port(), "OPTIONS", path, "",
                                {{"Origin", "https://ehr.example.org"},
                                 {"Access-Control-Request-Method", "POST"},
                                 {"Access-Control-Request-Headers", "authorization,content-type"}});
    CHECK(r.status == 204);
    CHECK(r.header("Access-Control-Allow-Origin") == "*");
    CHECK(r.header("Access-Control-Allow-Methods").find("POST") != std::string::npos);
    CHECK(r.header("Access-Control-Allow-Headers").find("Authorization") != std::string::npos);
    CHECK(r.header("Access-Control-Allow-Credentials").empty());
  }
}

TEST_CASE_FIXTURE(Fixture, "Expect: 100-continue is answered before the body is sent") {
  const std::string body = data("l2-pelvis-order-sign.json").substr(0, 14 * 1024);
  namespace net = boost::asio;
  net::io_context ioc;
  net::ip::tcp::socket sock(ioc);
  sock.connect({net::ip::make_address("127.0.0.1"), static_cast<unsigned short>(server.port())});
  timeval tv{5, 0};
  setsockopt(sock.native_handle(), SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  const std::string head = "POST " + kSign +
                           " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                           "Expect: 100-continue\r\nContent-Length: " +
                           std::to_string(body.size()) + "\r\n\r\n";
  net::write(sock, net::buffer(head));
  char buf[256];
  boost::system::error_code ec;
  const auto n = sock.read_some(net::buffer(buf), ec);
  REQUIRE_FALSE(ec);
  CHECK(std::string(buf, n).rfind("HTTP/1.1 100 Continue\r\n", 0) == 0);
  net::write(sock, net::buffer(body));
  std::string rest;
  while (rest.find("\r\n\r\n") == std::string::npos) {
    const auto m = sock.read_some(net::buffer(buf), ec);
    if (ec) break;
    rest.append(buf, m);
  }
  // The body was cut at 14 KB, so it is malformed JSON: a final 400 follows.
  CHECK(rest.rfind("HTTP/1.1 400", 0) == 0);
}

TEST_CASE_FIXTURE(Fixture, "feedback is on disk before the 200, unknown cards included") {
  const std::string body = R"({"feedback":[
    {"card":"9b4a0c2e-6f1d-4d7a-8e2b-3c5d7f9a1b2c","outcome":"accepted",
     "acceptedSuggestions":[{"id":"1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6"}],
     "outcomeTimestamp":"2026-11-20T16:45:00Z"},
    {"card":"0a1b2c3d-4e5f-4a7b-8c9d-0e1f2a3b4c5d","outcome":"overridden",
     "overrideReason":{"reason":{"system":"https://spinecds.dev/CodeSystem/override-reason",
       "code":"instability-outside-record","display":"Instability documented outside this record"},
       "userComment":"Outside films reviewed in clinic"},
     "outcomeTimestamp":"2026-11-20T16:46:10Z"}]})";
  const auto r = http_request(server.port(), "POST", kSign + "/feedback", body);
  REQUIRE(r.status == 200);
  CHECK(r.body == "{}");

  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open_v2(this->db.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  REQUIRE(sqlite3_prepare_v2(db,
                             "SELECT service_id, card, outcome, accepted_suggestions, "
                             "override_code, user_comment FROM feedback ORDER BY id",
                             -1, &st, nullptr) == SQLITE_OK);
  auto col = [&](int i) {
    return std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, i)));
  };
  REQUIRE(sqlite3_step(st) == SQLITE_ROW);
  CHECK(col(0) == "lumbar-fusion-order-sign");
  CHECK(col(1) == "9b4a0c2e-6f1d-4d7a-8e2b-3c5d7f9a1b2c");
  CHECK(col(2) == "accepted");
  CHECK(col(3) == "1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6");
  REQUIRE(sqlite3_step(st) == SQLITE_ROW);
  CHECK(col(2) == "overridden");
  CHECK(col(4) == "instability-outside-record");
  CHECK(col(5) == "Outside films reviewed in clinic");
  CHECK(sqlite3_step(st) == SQLITE_DONE);
  sqlite3_finalize(st);
  sqlite3_close(db);

  SUBCASE("invalid feedback writes nothing") {
    const auto bad = http_request(
        server.port(), "POST", kSign + "/feedback",
        R"({"feedback":[{"card":"x","outcome":"accepted","outcomeTimestamp":"2026-11-20T16:45:00Z"}]})");
    CHECK(bad.status == 400);
    CHECK(error_id(bad) == "spinecds.request.missing-field");
    sqlite3* db2 = nullptr;
    REQUIRE(sqlite3_open_v2(this->db.c_str(), &db2, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* count = nullptr;
    sqlite3_prepare_v2(db2, "SELECT COUNT(*) FROM feedback", -1, &count, nullptr);
    REQUIRE(sqlite3_step(count) == SQLITE_ROW);
    CHECK(sqlite3_column_int(count, 0) == 2);
    sqlite3_finalize(count);
    sqlite3_close(db2);
  }
}

TEST_CASE_FIXTURE(Fixture, "health, readiness and metrics") {
  CHECK(http_request(server.port(), "GET", "/healthz").status == 200);
  CHECK(http_request(server.port(), "GET", "/readyz").status == 200);
  http_request(server.port(), "POST", kSign, data("mri-order-sign.json"));
  const auto m = http_request(server.port(), "GET", "/metrics");
  CHECK(m.status == 200);
  CHECK(m.body.find("spinecds_hook_calls_total 1") != std::string::npos);
  CHECK(http_request(server.port(), "GET", "/nowhere").status == 404);
}

TEST_CASE("serve refuses to start open unless --no-auth is given, and says so when it is") {
  const auto refused = spinecds::testing::run_command({SPINECDS_BINARY, "serve", "--port", "0"});
  CHECK(refused.exit_code == 2);
  CHECK(refused.err.find("--no-auth") != std::string::npos);
  ServerProcess open({"--no-auth"}, {"SPINECDS_STORE=sqlite:" + ServerProcess::temp_path("db")});
  CHECK(open.read_log().find("anyone who can reach this port can call it") != std::string::npos);
}

TEST_CASE("bad command lines exit 2 with one line") {
  for (const auto& args : std::vector<std::vector<std::string>>{
           {SPINECDS_BINARY},
           {SPINECDS_BINARY, "frobnicate"},
           {SPINECDS_BINARY, "serve", "--port", "http"},
           {SPINECDS_BINARY, "serve", "--bogus"},
           {SPINECDS_BINARY, "assess"},
           {SPINECDS_BINARY, "assess", "/nonexistent/request.json"},
           {SPINECDS_BINARY, "assess", "x.json", "--format", "xml"}}) {
    const auto r = spinecds::testing::run_command(args);
    CAPTURE(args.size() > 1 ? args[1] : "");
    CHECK(r.exit_code == 2);
    CHECK_FALSE(r.err.empty());
  }
  for (const char* cmd : {"serve", "assess"}) {
    const auto r = spinecds::testing::run_command({SPINECDS_BINARY, cmd, "--help"});
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("usage: spinecds") != std::string::npos);
  }
}

TEST_CASE("assess runs the pipeline offline on a request file") {
  const std::string file =
      std::string(SPINECDS_SOURCE_DIR) + "/tests/data/service/l2-pelvis-order-sign.json";
  const auto json =
      spinecds::testing::run_command({SPINECDS_BINARY, "assess", file, "--format", "json"});
  REQUIRE(json.exit_code == 0);
  auto d = parse_json(json.out);
  CHECK(std::string(d["order"].GetString()) == "ServiceRequest/order-psf-l2-ilium");
  CHECK(std::string(d["asOf"].GetString()) == "2026-10-02");
  const auto cards =
      spinecds::testing::run_command({SPINECDS_BINARY, "assess", file, "--format", "cards"});
  REQUIRE(cards.exit_code == 0);
  CHECK(parse_json(cards.out).HasMember("cards"));
  const auto none = spinecds::testing::run_command(
      {SPINECDS_BINARY, "assess",
       std::string(SPINECDS_SOURCE_DIR) + "/tests/data/service/mri-order-sign.json", "--format",
       "json", "--as-of", "2026-11-26"});
  REQUIRE(none.exit_code == 0);
  auto n = parse_json(none.out);
  CHECK(std::string(n["verdict"].GetString()) == "not-applicable");
  CHECK(std::string(n["asOf"].GetString()) == "2026-11-26");
}

TEST_CASE("nothing the service writes holds the patient's identifiers or the access token") {
  const std::string db = ServerProcess::temp_path("spinecds-db") + ".db";
  const std::string log = ServerProcess::temp_path("spinecds-phi-log");
  std::string body = data("l2-pelvis-order-sign.json");
  const std::string token = "secret-access-token-7f3a91";
  // An open sandbox call that carries a token; prefetch is complete, so nothing is fetched.
  const auto at = body.find("\"fhirServer\"");
  REQUIRE(at != std::string::npos);
  body.insert(at,
              "\"fhirAuthorization\": {\"access_token\": \"" + token +
                  "\", \"token_type\": \"Bearer\", \"expires_in\": 30, \"scope\": "
                  "\"patient/*.read\", \"subject\": \"spinecds\", \"patient\": \"spn-0193\"}, ");
  std::vector<std::string> written;
  {
    ServerProcess server({"--no-auth"}, {"SPINECDS_STORE=sqlite:" + db}, log);
    const auto ok = http_request(server.port(), "POST", kSign, body);
    // The 200 answer itself is for the EHR and names the patient in its suggestions.
    CHECK(ok.status == 200);
    auto broken = body;
    broken.insert(broken.find("\"context\""), "\"hookInstance\": 12, ");
    const auto bad = http_request(server.port(), "POST", kSign, broken);
    written.push_back(bad.body);
    http_request(
        server.port(), "POST", kSign + "/feedback",
        R"({"feedback":[{"card":"9b4a0c2e-6f1d-4d7a-8e2b-3c5d7f9a1b2c","outcome":"overridden","outcomeTimestamp":"2026-11-20T16:45:00Z"}]})");
    server.stop();
    written.push_back(server.read_log());
  }
  written.push_back(read_text(db));
  written.push_back(read_text(db + "-wal"));
  for (const auto& text : written) {
    for (const std::string& secret :
         {token, std::string("spn-0193"), std::string("MRN-884120"), std::string("Okonkwo-Hale"),
          std::string("Rosalind"), std::string("1957-03-14")}) {
      CAPTURE(secret);
      CHECK(text.find(secret) == std::string::npos);
    }
  }
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db + suffix);
}

TEST_CASE_FIXTURE(Fixture, "concurrent hook calls all get the same full answer") {
  // Several EHR sessions at once: the compiled schemas and every later stage
  // are shared by the worker threads.
  const std::string body = data("l2-pelvis-order-sign.json");
  const std::string expected =
      without_link_expiry(http_request(server.port(), "POST", kSign, body).body);
  std::vector<std::thread> clients;
  std::atomic<int> same{0};
  for (int t = 0; t < 8; ++t) {
    clients.emplace_back([&] {
      for (int i = 0; i < 10; ++i) {
        const auto r = http_request(server.port(), "POST", kSign, body);
        if (r.status == 200 && without_link_expiry(r.body) == expected) ++same;
      }
    });
  }
  for (auto& c : clients) c.join();
  CHECK(same == 80);
  CHECK(still_serving());
}
