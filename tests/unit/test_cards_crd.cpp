// Da Vinci CRD configuration (discovery options, request choices, version)
// and coverage information details.
#include <doctest/doctest.h>

#include "cards/coverage_information.h"
#include "cards/crd_configuration.h"
#include "support/cards_fixtures.h"

using namespace spinecds;
using namespace spinecds::cards;
using namespace spinecds::test;

TEST_CASE("discovery configuration options: one boolean per card kind plus max-cards") {
  rapidjson::Document d;
  const auto opts = discovery_configuration_options(d.GetAllocator());
  REQUIRE(opts.IsArray());
  REQUIRE(opts.Size() == card_kinds().size() + 1);
  for (rapidjson::SizeType i = 0; i < card_kinds().size(); ++i) {
    CHECK(std::string(opts[i]["code"].GetString()) == std::string(card_kinds()[i]));
    CHECK(std::string(opts[i]["type"].GetString()) == "boolean");
    CHECK(opts[i]["default"].IsTrue());
    CHECK(opts[i]["name"].GetStringLength() > 0);
    CHECK(opts[i]["description"].GetStringLength() > 0);
  }
  CHECK(std::string(opts[card_kinds().size()]["code"].GetString()) == "max-cards");
  CHECK(std::string(opts[card_kinds().size()]["type"].GetString()) == "integer");
  // The whole extension object passes the shared discovery schema's rules
  // for an extension (non-empty, no empty values).
  rapidjson::Document ext;
  ext.CopyFrom(discovery_crd_extension(ext.GetAllocator()), ext.GetAllocator());
  std::vector<std::string> empties;
  detail::no_empty(ext, "", empties);
  CHECK(empties.empty());
}

TEST_CASE("request configuration: kinds off, max-cards, unknown and mistyped ignored") {
  rapidjson::Document r;
  r.Parse(R"({"extension":{"davinci-crd.configuration":{"pelvic-fixation":false,
    "fusion-extent":true,"cost":false,"max-cards":3,"physical-therapy":"false"}}})");
  const auto c = read_card_configuration(&r);
  CHECK_FALSE(c.enabled("pelvic-fixation"));
  CHECK(c.enabled("fusion-extent"));
  CHECK(c.enabled("physical-therapy"));
  CHECK(c.max_cards == 3);
  CHECK(read_card_configuration(nullptr).disabled.empty());
  r.Parse(R"({"extension":{"davinci-crd.configuration":{"max-cards":-1}}})");
  CHECK_FALSE(read_card_configuration(&r).max_cards.has_value());
}

TEST_CASE("requested CRD version") {
  rapidjson::Document r;
  CHECK(requested_crd_version(nullptr) == CrdVersion::v2_0_1);
  for (const char* v : {"2.2", "2.2.1", "2.1"}) {
    r.Parse(
        (std::string(R"({"extension":{"davinci-crd.requestedVersion":")") + v + "\"}}").c_str());
    CHECK(requested_crd_version(&r) == CrdVersion::v2_2);
  }
  for (const char* v : {"2.0.1", "1.0", "junk"}) {
    r.Parse(
        (std::string(R"({"extension":{"davinci-crd.requestedVersion":")") + v + "\"}}").c_str());
    CHECK(requested_crd_version(&r) == CrdVersion::v2_0_1);
  }
}

TEST_CASE("coverage lookup: active, the patient's, prefetch coverage key first") {
  rapidjson::Document r;
  r.Parse(R"({"context":{"patientId":"p1"},"prefetch":{
    "a":{"resourceType":"Coverage","id":"other-patient","status":"active",
         "beneficiary":{"reference":"Patient/p2"}},
    "coverage":{"resourceType":"Bundle","entry":[
      {"resource":{"resourceType":"Coverage","id":"old","status":"cancelled"}},
      {"resource":{"resourceType":"Coverage","id":"c1","status":"active",
                   "beneficiary":{"reference":"Patient/p1"}}}]}}})");
  CHECK(find_coverage_reference(&r) == std::optional<std::string>("Coverage/c1"));
  r.Parse(R"({"context":{"patientId":"p1"},"prefetch":{"coverage":null,
    "x":{"resourceType":"Coverage","id":"c9"}}})");
  CHECK(find_coverage_reference(&r) == std::optional<std::string>("Coverage/c9"));
  r.Parse(R"({"context":{"patientId":"p1"},"prefetch":{"coverage":{"resourceType":"Bundle"}}})");
  CHECK_FALSE(find_coverage_reference(&r).has_value());
}

TEST_CASE("coverage-assertion-id: stable per patient and Coverage, distinct across Coverages") {
  CHECK(coverage_assertion_id("p", "Coverage/a") == coverage_assertion_id("p", "Coverage/a"));
  CHECK(coverage_assertion_id("p", "Coverage/a") != coverage_assertion_id("p", "Coverage/b"));
}

TEST_CASE("the extension passes the shared coverage-information schema in both versions") {
  const std::string path =
      shared_dir() + "/spec/schemas/coverage-information-extension.schema.json";
  REQUIRE_MESSAGE(file_exists(path), path << " is missing");
  const Schema schema(read_text(path));
  const auto a = founding_assessment("ServiceRequest/x");
  for (bool v22 : {false, true}) {
    rapidjson::Document d;
    CoverageInformationInput in;
    in.assessment = &a;
    in.coverage_reference = "Coverage/c";
    in.patient_id = "p";
    in.version = v22 ? CrdVersion::v2_2 : CrdVersion::v2_0_1;
    d.CopyFrom(coverage_information_extension(in, d.GetAllocator()), d.GetAllocator());
    CHECK(schema.validate(d) == "");
    const auto problems = check_coverage_information(d, v22, "");
    for (const auto& p : problems) FAIL_CHECK(p);
  }
}

TEST_CASE("with_extension replaces an existing coverage-information and keeps others") {
  rapidjson::Document d;
  d.Parse(R"({"resourceType":"ServiceRequest","id":"a","extension":[
    {"url":"http://hl7.org/fhir/us/davinci-crd/StructureDefinition/ext-coverage-information","extension":[{"url":"covered","valueCode":"covered"}]},
    {"url":"x","valueString":"y"}]})");
  rapidjson::Document e;
  e.Parse(
      R"({"url":"http://hl7.org/fhir/us/davinci-crd/StructureDefinition/ext-coverage-information","extension":[{"url":"covered","valueCode":"conditional"}]})");
  rapidjson::Document out;
  out.CopyFrom(with_extension(d, e, out.GetAllocator()), out.GetAllocator());
  REQUIRE(out["extension"].Size() == 2);
  CHECK(std::string(out["extension"][0]["url"].GetString()) == "x");
  CHECK(to_json(out["extension"][1]) == to_json(e));
}
