// Record facts a cervical assessment needs (issue 15 item 3): NDI and mJOA
// scores, smoking status with the quit date, cotinine, and the body region
// therapy treated, read from coded Observations and from notes.
#include <doctest/doctest.h>

#include <string>
#include <utility>

#include <rapidjson/document.h>

#include "fhir/record.h"
#include "support/terminology_fixtures.h"
#include "terminology/record_facts.h"

using namespace spinecds;
using spinecds::test::record_of;
using terminology::BodyRegion;
using terminology::FusionRegion;
using terminology::OutcomeInstrument;
using terminology::SmokingStatus;

namespace {

terminology::RecordFacts facts_of(const std::string& resources_json) {
  return terminology::extract_record_facts(nullptr, record_of(resources_json));
}

// A clinic note, as an Observation whose valueString holds its words.
std::string note(const std::string& id, const std::string& text) {
  return R"({"resourceType":"Observation","id":")" + id +
         R"(","status":"final","code":{"text":"Clinic note"},"effectiveDateTime":"2026-10-20",
     "valueString":")" +
         text + "\"}";
}

}  // namespace

TEST_CASE("NDI and mJOA: coded Observations and prose, each with its instrument and date") {
  const auto f = facts_of(R"([
    {"resourceType":"Observation","id":"ndi-1","status":"final",
     "code":{"coding":[{"system":"http://loinc.org","code":"82237-9","display":"Total score [NDI]"}],
             "text":"Neck Disability Index"},
     "effectiveDateTime":"2026-10-20","valueQuantity":{"value":42,"unit":"%"}},
    {"resourceType":"Observation","id":"mjoa-1","status":"final",
     "code":{"text":"mJOA (modified Japanese Orthopaedic Association) score"},
     "effectiveDateTime":"2026-10-21","valueQuantity":{"value":12,"unit":"{score}"}},)" +
                          note("n-1", "NDI 19/50 today. mJOA score of 14/18.") + "]");
  REQUIRE(f.outcome_scores.size() == 4);
  int ndi = 0, mjoa = 0;
  for (const auto& s : f.outcome_scores) {
    CAPTURE(s.quote.text);
    if (s.instrument == OutcomeInstrument::ndi) {
      ++ndi;
      CHECK((s.value == 42 || s.value == 38));  // 19/50 is 38%
    }
    if (s.instrument == OutcomeInstrument::mjoa) {
      ++mjoa;
      CHECK((s.value == 12 || s.value == 14));
    }
    CHECK_FALSE(s.date.empty());
  }
  CHECK(ndi == 2);
  CHECK(mjoa == 2);
  // An mJOA above 18 is not an mJOA score.
  CHECK(facts_of("[" + note("n-2", "mJOA 22.") + "]").outcome_scores.empty());
}

TEST_CASE("smoking status: coded answers, prose, and the quit date") {
  auto status_of = [](const std::string& json) {
    const auto f = facts_of(json);
    REQUIRE(f.smoking.size() == 1);
    return f.smoking[0];
  };
  const std::string coded = R"([{"resourceType":"Observation","id":"sm-1","status":"final",
     "code":{"coding":[{"system":"http://loinc.org","code":"72166-2"}]},
     "effectiveDateTime":"2026-10-20",
     "valueCodeableConcept":{"coding":[{"system":"http://snomed.info/sct","code":")";
  CHECK(status_of(coded + R"(449868002"}],"text":"Smokes tobacco daily"}}])").status ==
        SmokingStatus::current);
  CHECK(status_of(coded + R"(8517006"}],"text":"Ex-smoker"}}])").status == SmokingStatus::former);
  CHECK(status_of(coded + R"(266919005"}],"text":"Never smoked tobacco"}}])").status ==
        SmokingStatus::never);

  CHECK(status_of("[" + note("n", "Social: current smoker, 1 pack per day.") + "]").status ==
        SmokingStatus::current);
  CHECK(status_of("[" + note("n", "Denies tobacco use.") + "]").status == SmokingStatus::never);
  // VistA health factors: the words "tobacco user" inside a non-user's factor.
  CHECK(status_of("[" + note("n", "HEALTH FACTOR: NON-TOBACCO USER") + "]").status ==
        SmokingStatus::never);
  CHECK(status_of("[" + note("n", "Tobacco non-user.") + "]").status == SmokingStatus::never);
  CHECK(status_of("[" + note("n", "HEALTH FACTOR: CURRENT TOBACCO USER") + "]").status ==
        SmokingStatus::current);
  CHECK(status_of("[" + note("n", "He plans to quit smoking.") + "]").status ==
        SmokingStatus::current);
  const auto quit = status_of("[" + note("n", "Former smoker, quit in March 2026.") + "]");
  CHECK(quit.status == SmokingStatus::former);
  CHECK(quit.quit_date == "2026-03");
  const auto ago = status_of("[" + note("n", "She quit smoking 2 months ago.") + "]");
  CHECK(ago.status == SmokingStatus::former);
  CHECK(ago.quit_date == "2026-08-21");  // 60 days before the note of 2026-10-20
}

TEST_CASE("cotinine: a quantity, a qualitative result, and prose") {
  const auto f = facts_of(R"([
    {"resourceType":"Observation","id":"cot-1","status":"final",
     "code":{"coding":[{"system":"http://loinc.org","code":"10366-3"}]},
     "effectiveDateTime":"2026-10-20","valueQuantity":{"value":240,"unit":"ng/mL"}},
    {"resourceType":"Observation","id":"cot-2","status":"final",
     "code":{"text":"Cotinine, urine"},"effectiveDateTime":"2026-11-02",
     "valueString":"Negative"},)" +
                          note("n-3", "Urine cotinine positive on 10/02/2026.") + "]");
  REQUIRE(f.cotinine.size() == 3);
  CHECK(f.cotinine[0].value == 240);
  CHECK(f.cotinine[0].unit == "ng/mL");
  CHECK(f.cotinine[1].positive == false);
  CHECK(f.cotinine[2].positive == true);
}

TEST_CASE("a cotinine value in prose keeps its thousands separator") {
  // "1,250 ng/mL" is a heavy smoker's level, far above any policy's limit,
  // not 1 ng/mL.
  const auto f = facts_of(
      "[" + note("n-4", "Urine cotinine 1,250 ng/mL on 10/20. Serum cotinine 3.5 ng/mL.") + "]");
  REQUIRE(f.cotinine.size() == 1);  // one result per resource
  CHECK(f.cotinine[0].value == 1250);
  const auto small = facts_of("[" + note("n-5", "Cotinine 12.5 ng/mL, 2 weeks ago.") + "]");
  REQUIRE(small.cotinine.size() == 1);
  CHECK(small.cotinine[0].value == 12.5);
}

TEST_CASE("therapy counts for the family whose region it treated") {
  CHECK(terminology::treated_region("pt for neck pain and cervical radiculopathy") ==
        BodyRegion::cervical);
  CHECK(terminology::treated_region("pt for low back pain") == BodyRegion::lumbar);
  CHECK(terminology::treated_region("physical therapy, knee") == BodyRegion::other);
  CHECK(terminology::treated_region("physical therapy") == BodyRegion::unspecified);
  CHECK(terminology::counts_for(BodyRegion::cervical, FusionRegion::cervical));
  CHECK_FALSE(terminology::counts_for(BodyRegion::cervical, FusionRegion::lumbar));
  CHECK_FALSE(terminology::counts_for(BodyRegion::lumbar, FusionRegion::cervical));
  CHECK(terminology::counts_for(BodyRegion::unspecified, FusionRegion::cervical));
  CHECK_FALSE(terminology::counts_for(BodyRegion::other, FusionRegion::lumbar));
}
