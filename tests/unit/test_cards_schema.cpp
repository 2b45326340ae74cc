// The project's own hook-response schema (tests/data/schemas/), checked
// against the shared spec's valid and negative instances, and the response
// rule checker against hand-made violations.
#include <doctest/doctest.h>

#include <dirent.h>

#include <algorithm>

#include "support/cards_fixtures.h"

using namespace spinecds::test;

namespace {

std::vector<std::string> list_dir(const std::string& dir, const std::string& prefix) {
  std::vector<std::string> out;
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d)) {
      const std::string n = e->d_name;
      if (n.rfind(prefix, 0) == 0 && n.size() > 5 && n.substr(n.size() - 5) == ".json")
        out.push_back(dir + "/" + n);
    }
    closedir(d);
  }
  std::sort(out.begin(), out.end());
  return out;
}

const Schema& own_schema() {
  static const Schema s(read_text(source_dir() + "/tests/data/schemas/hook-response.schema.json"));
  return s;
}

}  // namespace

TEST_CASE("own schema parses") {
  REQUIRE(own_schema().ok());
}

TEST_CASE("own schema accepts the shared valid instances and rejects every negative one") {
  const std::string base = shared_dir() + "/spec/schemas";
  const auto valid = list_dir(base + "/valid", "hook-response.");
  const auto negative = list_dir(base + "/negative", "hook-response.");
  REQUIRE_FALSE(valid.empty());
  CHECK(negative.size() >= 30);
  for (const auto& f : valid) {
    CAPTURE(f);
    const auto d = parse_file(f);
    CHECK(own_schema().validate(d) == "");
  }
  for (const auto& f : negative) {
    CAPTURE(f);
    const auto d = parse_file(f);
    CHECK(own_schema().validate(d) != "");
  }
}

TEST_CASE("rule checker catches what a schema cannot") {
  rapidjson::Document req;
  req.Parse(R"j({"hook":"order-sign","context":{"draftOrders":{"resourceType":"Bundle","entry":[
    {"resource":{"resourceType":"ServiceRequest","id":"a","status":"draft","intent":"order",
     "subject":{"reference":"Patient/p"},"code":{"coding":[{"system":"s:x","code":"1"}]}}}]}}})j");
  rapidjson::Document resp;
  resp.Parse(R"j({"cards":[
    {"uuid":"11111111-1111-5111-8111-111111111111","summary":"a","indicator":"warning",
     "source":{"label":"x"},"detail":"see [x](javascript:alert(1))",
     "suggestions":[{"label":"s","actions":[{"type":"update","description":"d",
       "resource":{"resourceType":"ServiceRequest","id":"zzz","status":"draft"}}]}],
     "selectionBehavior":"at-most-one"
},
    {"uuid":"11111111-1111-5111-8111-111111111111","summary":"b","indicator":"info",
     "source":{"label":"x","topic":{"system":"s:x","code":"c"}}}],
    "systemActions":[{"type":"update","description":"d","resource":{"resourceType":"ServiceRequest",
      "id":"a","status":"active","intent":"order","subject":{"reference":"Patient/p"},
      "code":{"coding":[{"system":"s:x","code":"1"}]}}}]
})j");
  const auto problems = check_response_rules(resp, req, {true, true, false});
  auto found = [&](const char* what) {
    return std::any_of(problems.begin(), problems.end(),
                       [&](const std::string& p) { return p.find(what) != std::string::npos; });
  };
  CHECK(found("duplicate card uuid"));
  CHECK(found("source.topic"));
  CHECK(found("markup or a link"));
  CHECK(found("without uuid"));
  CHECK(found("not in draftOrders"));
  CHECK(found("no subject"));
  CHECK(found("without coverage-information"));
  CHECK(found("changes more than"));
}

TEST_CASE("coverage-information checker: version invariants") {
  rapidjson::Document e;
  e.Parse(
      R"j({"url":"http://hl7.org/fhir/us/davinci-crd/StructureDefinition/ext-coverage-information",
    "extension":[{"url":"coverage","valueReference":{"reference":"Coverage/c"}},
    {"url":"covered","valueCode":"conditional"},{"url":"doc-purpose","valueCode":"withpa"},
    {"url":"date","valueDate":"2026-01-01"},{"url":"coverage-assertion-id","valueString":"x"}]})j");
  const auto v201 = check_coverage_information(e, false, "");
  const auto v22 = check_coverage_information(e, true, "");
  CHECK(std::any_of(v201.begin(), v201.end(),
                    [](const std::string& p) { return p.find("q2") != std::string::npos; }));
  CHECK(std::any_of(v22.begin(), v22.end(),
                    [](const std::string& p) { return p.find("q3") != std::string::npos; }));
  CHECK(std::any_of(v22.begin(), v22.end(),
                    [](const std::string& p) { return p.find("q8") != std::string::npos; }));
}
