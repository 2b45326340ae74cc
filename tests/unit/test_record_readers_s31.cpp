// Record readers on session 31's records: evidence from code-only resources
// says what the resource is.
#include <doctest/doctest.h>

#include <string>

#include "support/record_fixtures.h"
#include "terminology/finding_kind.h"
#include "terminology/record_facts.h"
#include "terminology/segment.h"

using namespace spinecds;
using spinecds::test::facts_of;

TEST_CASE("a code-only therapy or injection procedure is quoted by its code") {
  const auto facts = facts_of(R"([
    {"resourceType":"Procedure","id":"pt1","status":"completed","performedDateTime":"2026-07-13",
     "code":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"97162"}]}},
    {"resourceType":"Procedure","id":"pt2","status":"completed","performedDateTime":"2026-07-20",
     "code":{"coding":[{"system":"urn:oid:2.16.840.1.113883.6.12","code":"97110"}]}},
    {"resourceType":"Procedure","id":"inj","status":"completed","performedDateTime":"2026-08-02",
     "code":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"62323"}]}}])");
  REQUIRE(facts.therapy.size() == 2);
  CHECK(facts.therapy[0].quote.text == "CPT 97162");
  CHECK(facts.therapy[1].quote.text == "CPT 97110");
  REQUIRE(facts.injections.size() == 1);
  CHECK(facts.injections[0].text == "CPT 62323");
}

TEST_CASE("a code's display or text still wins over its code") {
  const auto facts = facts_of(R"([
    {"resourceType":"Procedure","id":"pt1","status":"completed","performedDateTime":"2026-07-13",
     "code":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"97110",
                        "display":"Therapeutic exercise"}]}},
    {"resourceType":"Procedure","id":"pt2","status":"completed","performedDateTime":"2026-07-20",
     "code":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"97110"}],
             "text":"PT visit - lumbar"}}])");
  REQUIRE(facts.therapy.size() == 2);
  CHECK(facts.therapy[0].quote.text == "Therapeutic exercise");
  CHECK(facts.therapy[1].quote.text == "PT visit - lumbar");
}

TEST_CASE("per-position components take their level from the Observation that holds them") {
  auto film = [](const std::string& id, const std::string& code, const std::string& site,
                 double flexion, double extension) {
    return R"({"resourceType":"Observation","id":")" + id +
           R"(","status":"final","effectiveDateTime":"2026-10-01",
     "category":[{"coding":[{"code":"imaging"}]}],
     "code":{"coding":[{"system":"http://loinc.org","code":"24971-4"}],"text":")" +
           code + R"("},)" + (site.empty() ? "" : R"("bodySite":{"text":")" + site + R"("},)") +
           R"("component":[
       {"code":{"text":"Translation in flexion"},"valueQuantity":{"value":)" +
           std::to_string(flexion) + R"(,"unit":"mm"}},
       {"code":{"text":"Translation in extension"},"valueQuantity":{"value":)" +
           std::to_string(extension) + R"(,"unit":"mm"}}]})";
  };
  const auto facts = facts_of("[" + film("a", "Sagittal translation L4-L5", "", 6.5, 1) + "," +
                              film("b", "Sagittal translation", "L3-L4", 1, 0) + "," +
                              film("c", "Dynamic films", "C4-C5", 4.5, 0.5) + "]");
  auto mm_at = [&](const std::string& seg) {
    double mm = -1;
    for (const auto& f : facts.findings) {
      if (f.finding.kind == terminology::FindingKind::translation && !f.finding.segments.empty() &&
          terminology::to_string(f.finding.segments.front()) == seg)
        mm = f.finding.mm.value_or(-1);
    }
    return mm;
  };
  CHECK(mm_at("L4-L5") == doctest::Approx(5.5));
  CHECK(mm_at("L3-L4") == doctest::Approx(1));
  CHECK(mm_at("C4-C5") == doctest::Approx(4));
}
