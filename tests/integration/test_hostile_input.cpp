// Hostile input at the edge (issue 10): the injection shapes of the red-team
// report against the real FHIR test server behind a recording proxy. Each is
// a 400 naming the field, without the value; nothing reaches the FHIR server;
// a clean call afterwards gets the answer a fresh server gives. Malformed
// bodies get a 4xx OperationOutcome, a POST body that is not JSON a 415, and
// no token or patient id reaches the log.
#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include <rapidjson/document.h>

#include "fhir_server_check.h"
#include "gather_support.h"
#include "recording_proxy.h"
#include "support/http_client.h"
#include "support/process.h"

namespace gs = gather_support;
using spinecds::testing::http_request;
using spinecds::testing::raw_exchange;
using spinecds::testing::Reply;
using spinecds::testing::ServerProcess;
using spinecds::testing::without_link_expiry;
using namespace std::string_literals;

namespace {

const std::string kSign = "/cds-services/lumbar-fusion-order-sign";
const std::string kCleanToken = "clean-token.abc~DEF+/=";

rapidjson::Document sample() {
  return gs::read_json(std::string(SPINECDS_SOURCE_DIR) +
                       "/tests/data/service/l2-pelvis-order-sign.json");
}

void set(rapidjson::Document& d, rapidjson::Value& where, const char* name,
         const std::string& value) {
  rapidjson::Value v(value.data(), static_cast<rapidjson::SizeType>(value.size()),
                     d.GetAllocator());
  if (where.HasMember(name)) {
    where[name] = v;
  } else {
    where.AddMember(rapidjson::Value(name, d.GetAllocator()), v, d.GetAllocator());
  }
}

// The sample with no prefetch (everything must be fetched), the proxy as its
// FHIR server and a bearer token: every value below would reach the server.
rapidjson::Document fetching_request(const std::string& server, const std::string& token) {
  auto d = sample();
  d.RemoveMember("prefetch");
  set(d, d, "fhirServer", server);
  rapidjson::Value auth(rapidjson::kObjectType);
  d.AddMember("fhirAuthorization", auth, d.GetAllocator());
  auto& a = d["fhirAuthorization"];
  set(d, a, "access_token", token);
  set(d, a, "token_type", "Bearer");
  a.AddMember("expires_in", 300, d.GetAllocator());
  set(d, a, "scope", "patient/*.read");
  set(d, a, "subject", "spinecds");
  return d;
}

struct Shape {
  std::string name;
  std::string body;
  std::string field;   // the expression the 400 must name
  std::string marker;  // a piece of the hostile value that must appear nowhere
};

std::vector<Shape> injection_shapes(const std::string& base) {
  std::vector<Shape> out;
  const std::string smuggle =
      "tok\r\nContent-Length: 0\r\n\r\nDELETE /admin/everything HTTP/1.1\r\nHost: internal";
  out.push_back({"CR/LF in the token", gs::to_json(fetching_request(base, smuggle)),
                 "fhirAuthorization.access_token", "DELETE /admin"});
  out.push_back({"NUL in the token", gs::to_json(fetching_request(base, "tok\0smuggled"s)),
                 "fhirAuthorization.access_token", "smuggled"});
  out.push_back({"space in the token", gs::to_json(fetching_request(base, "tok smuggled")),
                 "fhirAuthorization.access_token", "smuggled"});
  auto context_shape = [&](const char* field, const std::string& value, const char* marker) {
    auto d = fetching_request(base, kCleanToken);
    set(d, d["context"], field, value);
    out.push_back(
        {std::string("bad ") + field, gs::to_json(d), std::string("context.") + field, marker});
  };
  context_shape("patientId", "pt-4417\0/../admin"s, "/../admin");
  context_shape("patientId", "pt-4417\r\nX-Injected: 1", "X-Injected");
  context_shape("patientId", "pt-4417\x01smuggled", "smuggled");
  context_shape("encounterId", "enc\x7fsmuggled", "smuggled");
  context_shape("encounterId", "enc\tsmuggled", "smuggled");
  context_shape("userId", "Practitioner/dr\r\nX-Injected: 1", "X-Injected");
  {
    auto d = fetching_request(base, kCleanToken);
    set(d, d["context"]["draftOrders"]["entry"][0]["resource"], "id", "o\nsmuggled");
    out.push_back({"bad draft order id", gs::to_json(d), "context.draftOrders.entry[0].resource.id",
                   "smuggled"});
  }
  for (const auto& suffix : {"?"s, "#"s, "?_format=xml&smuggled=1"s, "#smuggled"s,
                             "/\r\nX-Injected: 1"s, "\0/smuggled"s}) {
    out.push_back({"fhirServer + " + suffix,
                   gs::to_json(fetching_request(base + suffix, kCleanToken)), "fhirServer",
                   suffix.size() > 1 ? suffix.substr(1) : "\x01"});
  }
  return out;
}

std::string expression_of(const rapidjson::Document& d) {
  const auto& issue = d["issue"][0];
  return issue.HasMember("expression") ? issue["expression"][0].GetString() : "";
}

// A 4xx FHIR OperationOutcome; returns its expression.
std::string check_outcome(const Reply& r) {
  CHECK(r.status >= 400);
  CHECK(r.status < 500);
  rapidjson::Document d;
  d.Parse(r.body.c_str());
  REQUIRE_FALSE(d.HasParseError());
  REQUIRE(d.IsObject());
  CHECK(std::string(d["resourceType"].GetString()) == "OperationOutcome");
  return expression_of(d);
}

std::string post_raw(int port, const std::string& path, const std::string& content_type,
                     const std::string& body) {
  std::string req = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
  if (!content_type.empty()) req += "Content-Type: " + content_type + "\r\n";
  req += "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
  return raw_exchange(port, req);
}

struct Servers {
  gs::NodeProcess used{"server.mjs", {"--page-size", "5"}};
  gs::NodeProcess fresh{"server.mjs", {"--page-size", "5"}};
  gs::RecordingProxy proxy{used.port()};
  std::string fresh_base = "http://127.0.0.1:" + std::to_string(fresh.port()) + "/fhir";
  ServerProcess cds;

  Servers()
      : cds({"--no-auth"}, {"SPINECDS_FHIR_ALLOWED_SERVERS=" + proxy.base() + "," + fresh_base,
                            "SPINECDS_STORE=sqlite:" + ServerProcess::temp_path("db") + ".db",
                            "SPINECDS_LOG_LEVEL=debug"}) {
    const auto tx = gs::transaction_of(sample());
    REQUIRE(gs::raw_http(used.port(), "POST", "/fhir", tx).status == 200);
    REQUIRE(gs::raw_http(fresh.port(), "POST", "/fhir", tx).status == 200);
  }
};

}  // namespace

TEST_CASE("injection shapes are refused at the edge; nothing reaches the FHIR server") {
  if (!gs::fhir_server_ready()) return;
  Servers s;
  for (const auto& shape : injection_shapes(s.proxy.base())) {
    CAPTURE(shape.name);
    const auto r = http_request(s.cds.port(), "POST", kSign, shape.body);
    CHECK(r.status == 400);
    CHECK(check_outcome(r) == shape.field);
    CHECK(r.body.find(shape.marker) == std::string::npos);
  }
  CHECK(s.proxy.connections() == 0);
  CHECK(s.proxy.sent().empty());

  // The same call, clean, through the same proxy: only what it should send
  // arrives, and the answer is the one a fresh server gives.
  const auto clean = http_request(s.cds.port(), "POST", kSign,
                                  gs::to_json(fetching_request(s.proxy.base(), kCleanToken)));
  const auto fresh = http_request(s.cds.port(), "POST", kSign,
                                  gs::to_json(fetching_request(s.fresh_base, kCleanToken)));
  REQUIRE(clean.status == 200);
  REQUIRE(fresh.status == 200);
  CHECK(without_link_expiry(clean.body) == without_link_expiry(fresh.body));
  CHECK(clean.body.find("data-unavailable") == std::string::npos);
  const auto sent = s.proxy.sent();
  // cpprestsdk writes "Name:value", without a space.
  CHECK_MESSAGE(sent.find("Authorization:Bearer " + kCleanToken + "\r\n") != std::string::npos,
                sent.substr(0, 400));
  for (const char* never : {"DELETE", "X-Injected", "admin", "smuggled", "internal"}) {
    CAPTURE(never);
    CHECK(sent.find(never) == std::string::npos);
  }
  // Every request line the proxy saw is a GET under the FHIR base.
  std::size_t lines = 0;
  for (std::size_t at = 0; (at = sent.find(" HTTP/1.1\r\n", at)) != std::string::npos; ++at) {
    const auto start = sent.rfind("\r\n", at);
    const auto line = sent.substr(start == std::string::npos ? 0 : start + 2,
                                  at - (start == std::string::npos ? 0 : start + 2));
    CAPTURE(line);
    CHECK(line.rfind("GET /fhir/", 0) == 0);
    ++lines;
  }
  CHECK(lines >= 8);

  const auto log = s.cds.read_log();
  for (const std::string& secret :
       {kCleanToken, "clean-token"s, "spn-0193"s, "DELETE"s, "X-Injected"s, "smuggled"s}) {
    CAPTURE(secret);
    CHECK(log.find(secret) == std::string::npos);
  }
}

TEST_CASE("malformed bodies get a 4xx OperationOutcome that does not quote them") {
  if (!gs::fhir_server_ready()) return;
  Servers s;
  auto with_patient = [](const std::string& raw_value) {
    auto text = gs::to_json(sample());
    const std::string from = "\"patientId\":\"spn-0193\"";
    text.replace(text.find(from), from.size(), "\"patientId\":" + raw_value);
    return text;
  };
  const std::vector<std::pair<std::string, std::string>> bodies = {
      {"overlong UTF-8", with_patient("\"pt\xc0\xafsmuggled\"")},
      {"encoded surrogate", with_patient("\"pt\xed\xa0\x80smuggled\"")},
      {"escaped lone surrogate", with_patient("\"pt\\udc00smuggled\"")},
      {"NaN", with_patient("NaN")},
      {"Infinity", with_patient("Infinity")},
      {"number for a string", with_patient("4417")},
      {"object for a string", with_patient("{\"smuggled\":1}")},
      {"raw NUL after the body", gs::to_json(sample()) + "\0{\"smuggled\":1}"s},
      {"raw NUL in a string", with_patient("\"pt\0smuggled\""s)},
      {"NUL in a member name", with_patient("\"x\", \"pt\\u0000smuggled\": 1")},
      {"context an array",
       R"({"hook":"order-sign","hookInstance":"7f1d0c52-3b7e-4c35-9a0e-2b8f6d91c4a7","context":[]})"},
      {"5 MiB of whitespace", std::string(5 * 1024 * 1024, ' ')},
      {"whitespace then JSON", std::string(4 * 1024 * 1024, ' ') + "{\"smuggled\":1}"},
  };
  for (const auto& [name, body] : bodies) {
    CAPTURE(name);
    const auto r = http_request(s.cds.port(), "POST", kSign, body);
    check_outcome(r);
    CHECK(r.body.find("smuggled") == std::string::npos);
  }
  CHECK(http_request(s.cds.port(), "GET", "/healthz").status == 200);
  CHECK(s.cds.read_log().find("smuggled") == std::string::npos);
}

TEST_CASE("POST bodies must be JSON by Content-Type: anything else is a 415") {
  if (!gs::fhir_server_ready()) return;
  Servers s;
  const std::string feedback =
      R"({"feedback":[{"card":"c-1","outcome":"overridden","outcomeTimestamp":"2026-11-26T10:00:00Z"}]})";
  const std::string hook = gs::to_json(sample());
  for (const std::string& type :
       {"text/plain"s, "text/plain; charset=utf-8"s, "application/x-www-form-urlencoded"s,
        "multipart/form-data; boundary=x"s, "application/jsonx"s, "json"s, ""s}) {
    CAPTURE(type);
    for (const auto& [path, body] :
         {std::pair{kSign + "/feedback", feedback}, std::pair{kSign, hook}}) {
      CAPTURE(path);
      const auto raw = post_raw(s.cds.port(), path, type, body);
      CHECK(raw.rfind("HTTP/1.1 415", 0) == 0);
      CHECK(raw.find("spinecds.request.unsupported-media-type") != std::string::npos);
      CHECK(raw.find("Access-Control-Allow-Origin") != std::string::npos);
    }
  }
  for (const std::string& type :
       {"application/json"s, "application/json; charset=UTF-8"s, "Application/FHIR+JSON"s,
        "application/fhir+json;charset=utf-8"s}) {
    CAPTURE(type);
    CHECK(post_raw(s.cds.port(), kSign + "/feedback", type, feedback).rfind("HTTP/1.1 200", 0) ==
          0);
    CHECK(post_raw(s.cds.port(), kSign, type, hook).rfind("HTTP/1.1 200", 0) == 0);
  }
}
