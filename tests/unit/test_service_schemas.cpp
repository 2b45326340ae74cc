// The project's own request schemas agree with the reference instances in
// shared/spec/schemas (valid ones pass, negative ones fail at the stated
// place), and the spec's and CRD's order-sign example requests pass.
#include <doctest/doctest.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "service/hook_pipeline.h"
#include "service/schema_set.h"
#include "support/files.h"
#include "support/json_fixtures.h"

namespace fs = std::filesystem;
using spinecds::service::SchemaId;
using spinecds::service::SchemaSet;
using spinecds::test::parse_json;

namespace {

using spinecds::test::read_text;

// Copies of the shared/spec files these tests need (tests/data/spec).
const fs::path kShared = fs::path(SPINECDS_SOURCE_DIR) / "tests" / "data";

const std::map<std::string, SchemaId> kOurs = {
    {"hook-request.schema.json", SchemaId::hook_request},
    {"order-sign-context.schema.json", SchemaId::order_sign_context},
    {"order-select-context.schema.json", SchemaId::order_select_context},
    {"feedback-request.schema.json", SchemaId::feedback_request}};

}  // namespace

TEST_CASE("reference instances: valid pass and negative fail our request schemas") {
  const auto dir = kShared / "spec/schemas";
  REQUIRE_MESSAGE(fs::exists(dir), dir.string() << " is missing");
  SchemaSet schemas;
  int valid = 0;
  int negative = 0;
  for (const auto& entry : fs::directory_iterator(dir / "valid")) {
    const auto name = entry.path().filename().string();
    const auto schema_name = name.substr(0, name.find('.')) + ".schema.json";
    auto it = kOurs.find(schema_name);
    if (it == kOurs.end()) continue;
    CAPTURE(name);
    auto doc = parse_json(read_text(entry.path()));
    auto v = schemas.validate(it->second, doc);
    CHECK_MESSAGE(v == nullptr, (v ? v->pointer + " " + v->keyword : ""));
    ++valid;
  }
  auto manifest = parse_json(read_text(dir / "negative-manifest.json"));
  for (auto m = manifest.MemberBegin(); m != manifest.MemberEnd(); ++m) {
    const std::string name = m->name.GetString();
    auto it = kOurs.find(m->value["schema"].GetString());
    if (it == kOurs.end()) continue;
    CAPTURE(name);
    auto doc = parse_json(read_text(dir / "negative" / name));
    auto v = schemas.validate(it->second, doc);
    REQUIRE_MESSAGE(v != nullptr, "negative instance passed");
    const std::string expected = m->value["pointer"].GetString();
    CHECK(v->pointer.rfind(expected, 0) == 0);
    ++negative;
  }
  CHECK(valid >= 5);
  CHECK(negative >= 30);
}

TEST_CASE("the CDS Hooks and CRD order-sign example requests pass request validation") {
  REQUIRE_MESSAGE(fs::exists(kShared / "spec"), (kShared / "spec").string() << " is missing");
  SchemaSet schemas;
  std::vector<std::pair<std::string, std::string>> requests;
  for (const char* f : {"spec/crd-ig-examples/CRDServiceRequest.json",
                        "spec/crd-ig-examples/CRDServiceRequest3.json"}) {
    requests.emplace_back(f, read_text(kShared / f));
  }
  auto inferno = parse_json(
      read_text(kShared / "spec/inferno-crd-test-kit/ri_order_sign_request_bodies.json"));
  int i = 0;
  for (const auto& body : inferno.GetArray()) {
    rapidjson::StringBuffer buf;
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    body.Accept(w);
    requests.emplace_back("inferno #" + std::to_string(i++), buf.GetString());
  }
  for (const auto& [name, text] : requests) {
    CAPTURE(name);
    auto doc = parse_json(text);
    auto v = schemas.validate(SchemaId::hook_request, doc);
    CHECK_MESSAGE(v == nullptr, (v ? v->pointer + " " + v->keyword : ""));
    auto c = schemas.validate(SchemaId::order_sign_context, doc["context"]);
    CHECK_MESSAGE(c == nullptr, (c ? c->pointer + " " + c->keyword : ""));
  }
  // The spec's R4 order-sign context example, alone.
  auto ctx =
      parse_json(read_text(kShared / "spec/cds-hooks-spec-examples/order-sign-context-R4.json"));
  const rapidjson::Value& context = ctx.HasMember("context") ? ctx["context"] : ctx;
  auto c = schemas.validate(SchemaId::order_sign_context, context);
  CHECK_MESSAGE(c == nullptr, (c ? c->pointer + " " + c->keyword : ""));
}

TEST_CASE("a missing member is reported at its own path") {
  SchemaSet schemas;
  auto doc = parse_json(R"({"hook":"order-sign","context":{"x":1}})");
  auto v = schemas.validate(SchemaId::hook_request, doc);
  REQUIRE(v != nullptr);
  CHECK(v->keyword == "required");
  CHECK(v->pointer == "/hookInstance");
  auto dep =
      parse_json(R"({"hook":"order-sign","hookInstance":"d6a3b1e2-1c2d-4e5f-8a9b-0c1d2e3f4a5b",
    "context":{"x":1},"fhirAuthorization":{"access_token":"t","token_type":"Bearer",
    "expires_in":30,"scope":"patient/*.read","subject":"spinecds"}})");
  auto d = schemas.validate(SchemaId::hook_request, dep);
  REQUIRE(d != nullptr);
  CHECK(d->pointer == "/fhirServer");
}

TEST_CASE("JSON pointers become FHIRPath-like expressions") {
  using spinecds::service::pointer_to_expression;
  CHECK(pointer_to_expression("/context/draftOrders") == "context.draftOrders");
  CHECK(pointer_to_expression("/context/draftOrders/entry/0/resource/id") ==
        "context.draftOrders.entry[0].resource.id");
  CHECK(pointer_to_expression("/a~1b/c~0d") == "a/b.c~d");
  CHECK(pointer_to_expression("") == "");
}

namespace {

std::string hook_with(const std::string& fhir_server, const std::string& token,
                      const std::string& context_extra) {
  return R"({"hook":"order-sign","hookInstance":"d6a3b1e2-1c2d-4e5f-8a9b-0c1d2e3f4a5b",
    "fhirServer":")" +
         fhir_server + R"(","fhirAuthorization":{"access_token":")" + token +
         R"(","token_type":"Bearer","expires_in":30,"scope":"patient/*.read","subject":"s"},
    "context":{"userId":"Practitioner/pr-1","patientId":"pt-4417")" +
         context_extra + R"(,"draftOrders":{"resourceType":"Bundle",
      "entry":[{"resource":{"resourceType":"ServiceRequest","id":"o-1"}}]}}})";
}

// The pointer of the first violation of the hook request and then its context.
std::string violation_at(const SchemaSet& schemas, const std::string& text) {
  auto doc = parse_json(text);
  if (auto v = schemas.validate(SchemaId::hook_request, doc)) return v->pointer;
  if (auto v = schemas.validate(SchemaId::order_sign_context, doc["context"])) {
    return "/context" + v->pointer;
  }
  return "";
}

}  // namespace

TEST_CASE("values copied into headers and URLs are checked in full, past any NUL") {
  SchemaSet schemas;
  const std::string base = "http://127.0.0.1:8090/fhir";
  CHECK(violation_at(schemas, hook_with(base, "abc.DEF-1", "")) == "");
  CHECK(violation_at(schemas, hook_with(base, R"(tok\r\nContent-Length: 0\r\n\r\nDELETE /x)",
                                        "")) == "/fhirAuthorization/access_token");
  CHECK(violation_at(schemas, hook_with(base, R"(tok\u0000)", "")) ==
        "/fhirAuthorization/access_token");
  CHECK(violation_at(schemas, hook_with(base + "?", "t", "")) == "/fhirServer");
  CHECK(violation_at(schemas, hook_with(base + "#", "t", "")) == "/fhirServer");
  CHECK(violation_at(schemas, hook_with(base + R"(\u0000/x)", "t", "")) == "/fhirServer");
  CHECK(violation_at(schemas, hook_with(base, "t", R"(,"encounterId":"e-1\u0000/../admin")")) ==
        "/context/encounterId");
  CHECK(violation_at(schemas, hook_with(base, "t", R"(,"encounterId":"e\u0001")")) ==
        "/context/encounterId");
  // patientId is the one the issue's reproduction used.
  auto doc = parse_json(R"({"userId":"Practitioner/pr-1","patientId":"pt-4417\u0000/../admin",
    "draftOrders":{"resourceType":"Bundle","entry":[{"resource":{"resourceType":"ServiceRequest",
    "id":"o-1"}}]}})");
  auto v = schemas.validate(SchemaId::order_sign_context, doc);
  REQUIRE(v != nullptr);
  CHECK(v->pointer == "/patientId");
  CHECK(v->keyword == "format");
  CHECK(v->message.find("pt-4417") == std::string::npos);
}

TEST_CASE("one schema validates on several threads at once with the same answers") {
  SchemaSet schemas;
  const std::string good = hook_with("http://127.0.0.1:8090/fhir", "abc", "");
  const std::string bad = hook_with("http://127.0.0.1:8090/fhir", "abc", R"(,"encounterId":"a b")");
  std::atomic<int> wrong{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) {
        const bool use_bad = (i + t) % 2 == 0;
        const auto at = violation_at(schemas, use_bad ? bad : good);
        if (at != (use_bad ? "/context/encounterId" : "")) ++wrong;
      }
    });
  }
  for (auto& th : threads) th.join();
  CHECK(wrong == 0);
}

TEST_CASE("the request schemas use no regex pattern") {
  for (const char* name :
       {"hook-request", "order-sign-context", "order-select-context", "feedback-request"}) {
    CAPTURE(name);
    const auto text = read_text(fs::path(SPINECDS_SOURCE_DIR) / "service/schemas" /
                                (std::string(name) + ".schema.json"));
    CHECK(text.find("\"pattern\"") == std::string::npos);
  }
}

TEST_CASE("the hook-request schema looks no deeper into a prefetch resource than resourceType") {
  // SchemaSet validates a hook request with each prefetch resource cut down
  // to its resourceType (the rest is never looked at, and walking it was
  // most of validation's cost); a schema that looks deeper must change that.
  auto schema = parse_json(
      read_text(fs::path(SPINECDS_SOURCE_DIR) / "service/schemas/hook-request.schema.json"));
  const auto& item = schema["properties"]["prefetch"]["additionalProperties"];
  REQUIRE(item.IsObject());
  for (const auto& m : item.GetObject()) {
    CAPTURE(m.name.GetString());
    const std::string key = m.name.GetString();
    CHECK((key == "type" || key == "required" || key == "properties"));
  }
  for (const auto& p : item["properties"].GetObject()) {
    CHECK(std::string(p.name.GetString()) == "resourceType");
  }
}

TEST_CASE("the hook-request schema asks only type and member count of context and extension") {
  // SchemaSet validates a hook request with context and extension cut down
  // to their member names (the order's context has its own schema); a
  // schema that looks deeper must change that.
  auto schema = parse_json(
      read_text(fs::path(SPINECDS_SOURCE_DIR) / "service/schemas/hook-request.schema.json"));
  for (const char* name : {"context", "extension"}) {
    CAPTURE(name);
    const auto& rule = schema["properties"][name];
    REQUIRE(rule.IsObject());
    for (const auto& m : rule.GetObject()) {
      const std::string key = m.name.GetString();
      CAPTURE(key);
      CHECK((key == "type" || key == "minProperties"));
    }
  }
}

TEST_CASE("context and extension are checked for type and members, whatever they hold") {
  SchemaSet schemas;
  const auto schema_text =
      read_text(fs::path(SPINECDS_SOURCE_DIR) / "service/schemas/hook-request.schema.json");
  auto at = [&](const std::string& context, const std::string& extension) {
    auto doc = parse_json(
        R"({"hook":"order-sign","hookInstance":"d6a3b1e2-1c2d-4e5f-8a9b-0c1d2e3f4a5b","context":)" +
        context + (extension.empty() ? "" : R"(,"extension":)" + extension) + "}");
    auto v = schemas.validate(SchemaId::hook_request, doc);
    // The same schema walked over the whole request agrees.
    auto whole = spinecds::service::validate_with_schema_text(schema_text, doc);
    const auto seen = v ? v->keyword + " " + v->pointer : std::string();
    CHECK(seen == (whole ? whole->keyword + " " + whole->pointer : std::string()));
    return seen;
  };
  CHECK(at(R"({"draftOrders":{"resourceType":"Bundle","entry":[{"x":[1,{"y":null}]}]}})", "") ==
        "");
  CHECK(at(R"({"patientId":"p"})", R"({"a":{"b":[1,2]}})") == "");
  CHECK(at(R"({})", "") == "minProperties /context");
  CHECK(at(R"("p")", "") == "type /context");
  CHECK(at(R"([{"a":1}])", "") == "type /context");
  CHECK(at(R"({"patientId":"p"})", R"({})") == "minProperties /extension");
  CHECK(at(R"({"patientId":"p"})", R"(7)") == "type /extension");
}

TEST_CASE("prefetch resources are checked for their resourceType, however deep they go") {
  SchemaSet schemas;
  const std::string head =
      R"({"hook":"order-sign","hookInstance":"d6a3b1e2-1c2d-4e5f-8a9b-0c1d2e3f4a5b",
    "context":{"x":1},"prefetch":)";
  const auto schema_text =
      read_text(fs::path(SPINECDS_SOURCE_DIR) / "service/schemas/hook-request.schema.json");
  auto at = [&](const std::string& prefetch) {
    auto doc = parse_json(head + prefetch + "}");
    auto v = schemas.validate(SchemaId::hook_request, doc);
    // The same schema walked over the whole request (formats apart) agrees.
    auto whole = spinecds::service::validate_with_schema_text(schema_text, doc);
    const auto seen = v ? v->keyword + " " + v->pointer : std::string();
    if (seen.rfind("format", 0) != 0) {
      CHECK(seen == (whole ? whole->keyword + " " + whole->pointer : std::string()));
    }
    return seen;
  };
  CHECK(at(R"({"patient":{"resourceType":"Patient","id":"p","name":[{"family":"X"}]}})") == "");
  CHECK(at(R"({"patient":null})") == "");
  CHECK(at(R"({})") == "minProperties /prefetch");
  CHECK(at(R"({"patient":{"id":"p","name":[{"family":"X"}]}})") ==
        "required /prefetch/patient/resourceType");
  CHECK(at(R"({"patient":"Patient/p"})") == "type /prefetch/patient");
  CHECK(at(R"({"patient":{"resourceType":7}})") == "type /prefetch/patient/resourceType");
  CHECK(at(R"({"patient":{"resourceType":"not a type!"}})") ==
        "format /prefetch/patient/resourceType");
  // A second resourceType member is seen too.
  CHECK(at(R"({"patient":{"resourceType":"Patient","resourceType":7}})") ==
        "type /prefetch/patient/resourceType");
  CHECK(at(R"([1])") == "type /prefetch");
}
