// Orders and records as session 43's outside case writers sent them (an
// Australian spine surgeon's rooms on Genie, a US multispecialty group on
// CureMD with HIE records, a Norwegian hospital on DIPS Arena, a US surgery
// centre's pre-operative packet): a form's tobacco line, a trade name with
// its generic display, a birth date beside a booked operation, a referral
// carrying the fusion's codes, a hybrid disc replacement, an untranslated
// Norwegian order. Each case is a wording of the class written fresh (not
// taken from the cases).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "support/json_fixtures.h"
#include "support/order_fixtures.h"
#include "support/record_fixtures.h"
#include "terminology/clinical_dates.h"
#include "terminology/order_reader.h"
#include "terminology/record_facts.h"
#include "terminology/text_tokens.h"

using namespace spinecds::terminology;
using spinecds::test::facts_of;
using spinecds::test::note_document;
using spinecds::test::parse_json;

TEST_CASE("s43: a form's tobacco field is read by its answer") {
  const auto status_of = [](const std::string& text) {
    const auto facts = facts_of("[" + note_document("n1", "2026-10-01", text) + "]");
    std::string out;
    for (const auto& s : facts.smoking) {
      out += s.status == SmokingStatus::never    ? "never "
             : s.status == SmokingStatus::former ? "former "
                                                 : "current ";
    }
    return out;
  };
  CHECK(status_of("Social: Tobacco: never. Alcohol: socially.") == "never ");
  CHECK(status_of("Vaping: no.") == "never ");
  CHECK(status_of("Tobacco: no. Alcohol: daily.") == "never ");
  CHECK(status_of("Tobacco: former, quit 2012.") == "former ");
  CHECK(status_of("Tobacco: 1/2 ppd.") == "current ");
}

TEST_CASE("s43: a medication's generic name in its coding's display, and a month-only start") {
  const auto facts = facts_of(R"J([
    {"resourceType":"MedicationStatement","id":"ms1","status":"active",
     "medicationCodeableConcept":{"coding":[{"system":"http://www.whocc.no/atc","code":"N03AX16",
       "display":"Pregabalin"}],"text":"Lyrica 75 mg kapsel"},
     "effectivePeriod":{"start":"2026-05"}}])J");
  REQUIRE(facts.medications.size() == 1);
  CHECK(facts.medications[0].text == "Lyrica 75 mg kapsel");
  CHECK(facts.medications[0].date == "2026-05-31");
}

TEST_CASE("s43: a birth date names no year of an operation") {
  const auto years = years_named("DOB 03/22/1958   Surgery: ACDF C5-6, 11/12/2026");
  CHECK(std::find(years.begin(), years.end(), 1958) == years.end());
  CHECK(std::find(years.begin(), years.end(), 2026) != years.end());
  const auto dated = years_named("C6-7 ACDF 2019");
  CHECK(std::find(dated.begin(), dated.end(), 2019) != dated.end());
}

TEST_CASE("s43: dotted dates with two-digit years, and a range's first day lent its year") {
  const auto toks = tokenize("stopped smoking 14.09.26; physio 03.06.-19.08.26");
  const auto dates = find_dates(toks, 0, toks.size());
  REQUIRE(dates.size() == 3);
  CHECK(iso_date(dates[0]) == "2026-09-14");
  CHECK(iso_date(dates[1]) == "2026-06-03");
  CHECK(iso_date(dates[2]) == "2026-08-19");
}

TEST_CASE("s43: a referral whose details carry the planned fusion's codes signs no fusion") {
  const auto order = read_fusion_order(parse_json(R"J({"resourceType":"ServiceRequest",
    "id":"ref1","status":"draft","intent":"order",
    "code":{"text":"Referral: Cardiology - pre-operative clearance"},
    "orderDetail":[{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"22633"}],
                    "text":"Planned procedure CPT"}],
    "note":[{"text":"Scheduled for L4-5 fusion."}]})J"));
  CHECK(order.region == FusionRegion::none);
}

TEST_CASE("s43: a hybrid disc replacement's level is not fused by a body site spanning both") {
  const auto order = read_fusion_order(parse_json(R"J({"resourceType":"ServiceRequest",
    "id":"hy1","status":"draft","intent":"order",
    "code":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"22558"}],
            "text":"L5/S1 ALIF + L4/5 total disc replacement"},
    "bodySite":[{"text":"L4-S1 (anterior)"}],
    "note":[{"text":"Access surgeon to expose the iliac bifurcation."}]})J"));
  REQUIRE(order.requested.segments.size() == 1);
  CHECK(to_string(order.requested.segments[0]) == "L5-S1");
  CHECK_FALSE(order.requested.pelvis);
}

TEST_CASE("s43: an untranslated Norwegian posterior fusion is a posterior fusion") {
  const auto order = read_fusion_order(parse_json(R"J({"resourceType":"ServiceRequest",
    "id":"no1","status":"draft","intent":"order",
    "code":{"coding":[{"system":"http://snomed.info/sct","code":"55705006"}],
            "text":"Bakre instrumentert fusjon C4-C6"}})J"));
  CHECK(order.region == FusionRegion::cervical);
  CHECK(order.approach == Approach::posterior);
}

TEST_CASE("s43: a facet resection names the levels of its own clause only") {
  const auto facts = facts_of("[" +
                              note_document("op1", "2026-10-01",
                                            "Plan: C5/C6 with >50 % facetectomy; C4/C5 "
                                            "laminectomy only.") +
                              "]");
  REQUIRE_FALSE(facts.destabilizing.empty());
  for (const auto& d : facts.destabilizing) CHECK(to_string(d.segment) == "C5-C6");
}

TEST_CASE("s43: a stopped prescription's stop date in a Scandinavian note ends its course") {
  const auto facts = facts_of(R"J([
    {"resourceType":"MedicationRequest","id":"pgb","status":"stopped","intent":"order",
     "medicationCodeableConcept":{"text":"Pregabalin 75 mg kapsel"},"authoredOn":"2026-01-28",
     "note":[{"text":"Utsatt 2026-06-15 - besvarsfri i armen"}]}])J");
  REQUIRE(facts.medication_ends.size() == 1);
  CHECK(facts.medication_ends[0].second == "2026-06-15");
}
