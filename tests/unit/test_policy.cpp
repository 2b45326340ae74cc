// The policy file: loads and validates against its draft-04 schema; a
// malformed policy is refused with the rule and the JSON Pointer named.
#include <doctest/doctest.h>

#include <string>

#include <rapidjson/document.h>
#include <rapidjson/pointer.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "criteria/policy.h"

using namespace spinecds::criteria;

namespace {

// The shipped policy with one edit applied at a JSON Pointer.
std::string edited(const char* pointer, const char* json_value) {
  rapidjson::Document d;
  const auto text = default_policy_text();
  d.Parse(text.data(), text.size());
  rapidjson::Document v(&d.GetAllocator());
  v.Parse(json_value);
  rapidjson::Pointer(pointer).Set(d, v);
  rapidjson::StringBuffer b;
  rapidjson::Writer<rapidjson::StringBuffer> w(b);
  d.Accept(w);
  return b.GetString();
}

std::string erased(const char* pointer) {
  rapidjson::Document d;
  const auto text = default_policy_text();
  d.Parse(text.data(), text.size());
  rapidjson::Pointer(pointer).Erase(d);
  rapidjson::StringBuffer b;
  rapidjson::Writer<rapidjson::StringBuffer> w(b);
  d.Accept(w);
  return b.GetString();
}

}  // namespace

TEST_CASE("the shipped policy loads, with every profile resolved") {
  REQUIRE(!default_policy_text().empty());
  REQUIRE(!policy_schema_text().empty());
  const auto load = load_policy(default_policy_text());
  REQUIRE_MESSAGE(load.policy.has_value(), load.error);
  const auto& p = *load.policy;
  CHECK(p.id == "lumbar-fusion");
  CHECK(p.version == "1.0.0");
  REQUIRE(p.has_profile("default"));
  REQUIRE(p.has_profile("aetna-like"));
  REQUIRE(p.has_profile("evicore-like"));
  const auto& def = p.profile("default");
  CHECK(def.thresholds.at("pt.minWeeks").value == 6);
  CHECK(def.thresholds.at("pt.maxGapDays").value == 21);
  CHECK(def.thresholds.at("pt.windowMonths").value == 12);
  CHECK(def.thresholds.at("flexext.translationMm").passes(3));
  CHECK_FALSE(def.thresholds.at("flexext.translationMm").passes(2.9));
  CHECK_FALSE(def.thresholds.at("flexext.angulationDegrees").passes(11));
  CHECK(def.thresholds.at("flexext.angulationDegrees").passes(11.5));
  CHECK(def.thresholds.at("pelvic.coronalImbalanceMm").passes(60));
  CHECK_FALSE(def.thresholds.at("pelvic.coronalImbalanceMm").passes(50));
  CHECK(def.thresholds.at("stenosis.minSeverity").severity == "moderate");
  // Named profiles override some thresholds and inherit the rest.
  const auto& ev = p.profile("evicore-like");
  CHECK(ev.thresholds.at("slip.minGrade").value == 2);
  CHECK(ev.thresholds.at("pt.minWeeks").value == 12);
  CHECK(ev.thresholds.at("flexext.translationMm").value == 3);
  CHECK(ev.additional_gates == std::vector<std::string>{"imaging.flexion-extension"});
  CHECK(p.profile("aetna-like").thresholds.at("flexext.translationMm").value == 4);
  // An unknown profile name falls back to the default.
  CHECK(p.profile("no-such-plan").name == "default");
  // Every threshold cites a source that exists, with its certainty.
  for (const auto& [name, prof] : p.profiles) {
    for (const auto& [tname, t] : prof.thresholds) {
      CAPTURE(name);
      CAPTURE(tname);
      REQUIRE(p.sources.count(t.source) == 1);
      CHECK(!p.sources.at(t.source).certainty.empty());
    }
  }
  const auto citation = p.citation("conservative-care.pt-6-weeks", def);
  CHECK(citation.find("Aetna") != std::string::npos);
  CHECK(citation.find("https://") != std::string::npos);
  CHECK(citation.find("[secondary]") != std::string::npos);
}

TEST_CASE("a malformed policy is refused, naming the rule and the field") {
  SUBCASE("not JSON") {
    const auto load = load_policy("{\"id\": ");
    CHECK(!load.policy);
    CHECK(load.error.find("not JSON") != std::string::npos);
  }
  SUBCASE("a threshold of the wrong type") {
    const auto load =
        load_policy(edited("/profiles/default/thresholds/pt.minWeeks/value", "\"six\""));
    CHECK(!load.policy);
    CHECK_MESSAGE(
        load.error.find("/profiles/default/thresholds/pt.minWeeks/value") != std::string::npos,
        load.error);
    CHECK_MESSAGE(load.error.find("\"type\"") != std::string::npos, load.error);
  }
  SUBCASE("a missing required threshold in the default profile") {
    const auto load = load_policy(erased("/profiles/default/thresholds/flexext.translationMm"));
    CHECK(!load.policy);
    CHECK_MESSAGE(
        load.error.find("/profiles/default/thresholds/flexext.translationMm") != std::string::npos,
        load.error);
    CHECK_MESSAGE(load.error.find("\"required\"") != std::string::npos, load.error);
  }
  SUBCASE("an unknown comparison") {
    const auto load =
        load_policy(edited("/profiles/default/thresholds/pt.minWeeks/comparison", "\"=>\""));
    CHECK(!load.policy);
    CHECK_MESSAGE(
        load.error.find("/profiles/default/thresholds/pt.minWeeks/comparison") != std::string::npos,
        load.error);
    CHECK_MESSAGE(load.error.find("\"enum\"") != std::string::npos, load.error);
  }
  SUBCASE("a field the schema does not know") {
    const auto load = load_policy(edited("/profiles/default/thresholds/pt.minWeeks/max", "7"));
    CHECK(!load.policy);
    CHECK_MESSAGE(
        load.error.find("/profiles/default/thresholds/pt.minWeeks/max") != std::string::npos,
        load.error);
    CHECK_MESSAGE(load.error.find("additionalProperties") != std::string::npos, load.error);
  }
  SUBCASE("a source that is not defined") {
    const auto load =
        load_policy(edited("/profiles/default/thresholds/pt.minWeeks/source", "\"nowhere\""));
    CHECK(!load.policy);
    CHECK_MESSAGE(
        load.error.find("/profiles/default/thresholds/pt.minWeeks/source") != std::string::npos,
        load.error);
    CHECK_MESSAGE(load.error.find("source-exists") != std::string::npos, load.error);
  }
  SUBCASE("a profile inheriting from a missing profile") {
    const auto load = load_policy(edited("/profiles/aetna-like/inherits", "\"ghost\""));
    CHECK(!load.policy);
    CHECK_MESSAGE(load.error.find("/profiles/aetna-like/inherits") != std::string::npos,
                  load.error);
    CHECK_MESSAGE(load.error.find("profile-exists") != std::string::npos, load.error);
  }
  SUBCASE("a gate that is not a criterion id") {
    const auto load = load_policy(edited("/verdict/additionalGates", "[\"vibes\"]"));
    CHECK(!load.policy);
    CHECK_MESSAGE(load.error.find("/verdict/additionalGates/0") != std::string::npos, load.error);
  }
  SUBCASE("a named profile without inherits") {
    const auto load = load_policy(erased("/profiles/evicore-like/inherits"));
    CHECK(!load.policy);
    CHECK_MESSAGE(load.error.find("/profiles/evicore-like/inherits") != std::string::npos,
                  load.error);
  }
}
