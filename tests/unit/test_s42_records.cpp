// Orders and records as session 42's outside case writers sent them (a
// primary-care practice on Elation, an orthopaedic practice on Tebra with
// faxed WebPT notes, a Dutch hospital on HiX, a Swedish hospital on Cambio
// COSMIC): a fax machine's header, a raw NDI out of 50, snus on a
// lifestyle form, a sacral insufficiency fracture, an order that is an
// alternative to fusion. Each case is a wording of the class written fresh
// (not taken from the cases).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "support/order_fixtures.h"
#include "support/record_fixtures.h"
#include "terminology/order_reader.h"
#include "terminology/record_facts.h"

using namespace spinecds::terminology;
using Field = spinecds::test::OrderField;
using spinecds::test::facts_of;
using spinecds::test::note_document;
using spinecds::test::read_order;

TEST_CASE("s42: a fax machine's header line names no therapy and dates none") {
  const auto facts = facts_of(
      "[" +
      note_document("f1", "2026-04-07",
                    "Apr 07 2026 15:02      Hillside Physical Therapy      5550188302      p.1\n\n"
                    "Attendance: visits on 02/02/2026 and 02/16/2026.") +
      "]");
  for (const auto& t : facts.therapy) {
    const std::string quote = t.quote.text;
    CAPTURE(quote);
    CHECK(quote.find("p.1") == std::string::npos);
    CHECK(t.end != "2026-04-07");
  }
}

TEST_CASE("s42: an NDI given out of 50 is doubled to the policy's percentage") {
  const auto facts = facts_of(R"J([
    {"resourceType":"Observation","id":"ndi-raw","status":"final",
     "code":{"text":"Neck Disability Index, total score"},"effectiveDateTime":"2026-05-02",
     "valueQuantity":{"value":21,"unit":"points (0-50)"
}
}])J");
  REQUIRE(facts.outcome_scores.size() == 1);
CHECK(facts.outcome_scores[0].value == 42);
}

TEST_CASE("s42: snus answered on a lifestyle form is nicotine use") {
  const auto facts = facts_of(R"J([
    {"resourceType":"Observation","id":"life","status":"final",
     "code":{"text":"Lifestyle habits"},"effectiveDateTime":"2026-05-02",
     "component":[
       {"code":{"coding":[{"system":"http://loinc.org","code":"72166-2"}],"text":"Tobacco smoking"},
        "valueCodeableConcept":{"text":"Never smoker"}},
       {"code":{"text":"Snus / smokeless tobacco"},"valueCodeableConcept":{"text":"Daily"}}]}])J");
  REQUIRE(facts.smoking.size() == 2);
  CHECK(std::any_of(facts.smoking.begin(), facts.smoking.end(),
                    [](const SmokingFact& s) { return s.status == SmokingStatus::current; }));
  CHECK(std::any_of(facts.smoking.begin(), facts.smoking.end(),
                    [](const SmokingFact& s) { return s.status == SmokingStatus::never; }));
}

TEST_CASE(
    "s42: a sacral insufficiency fracture waives no conservative care; a burst fracture does") {
  const auto condition = [](const std::string& id, const std::string& text) {
    return R"({"resourceType":"Condition","id":")" + id +
           R"(","clinicalStatus":{"coding":[{"code":"active"}]},"code":{"text":")" + text +
           R"("},"recordedDate":"2026-04-01"})";
  };
  CHECK(facts_of("[" + condition("c1", "Sacral insufficiency fracture, left ala") + "]")
            .urgent.empty());
  CHECK(facts_of("[" + condition("c2", "Stress fracture of the sacrum") + "]").urgent.empty());
  CHECK_FALSE(facts_of("[" + condition("c3", "L1 burst fracture") + "]").urgent.empty());
}

TEST_CASE("s42: an order's fusion the note sets aside or the patient declines is not ordered") {
  CHECK(read_order({"",
                    Field::note,
                    "Interlaminar stabilization L4-5: motion-preserving alternative to fusion.",
                    {}})
            .region == FusionRegion::none);
  CHECK(read_order({"", Field::note, "L4-5 decompression. Pt declines fusion.", {}}).region ==
        FusionRegion::none);
  CHECK(read_order({"", Field::note, "L4-5 TLIF; risks of fusion reviewed.", {}}).region ==
        FusionRegion::lumbar);
}
