// Record readers on shapes of session 24's cases: a scanned note whose OCR
// text is hard-wrapped with words hyphenated at the line ends.
#include <doctest/doctest.h>

#include <string>

#include "fhir/record.h"
#include "support/fhir_base64.h"
#include "support/terminology_fixtures.h"
#include "terminology/record_facts.h"

using namespace spinecds;
using spinecds::test::fhir_base64;
using spinecds::test::record_of;

TEST_CASE("PT in a scanned, OCR'd discharge summary with words broken at the margin counts") {
  const std::string ocr =
      "DISCHARGE SUMMARY\r\nPatient attended out-\r\npatient physical thera-\r\n"
      "py 2x/week from 03/02/2026\r\nthrough 05/11/2026 (19 vis-\r\nits).\r\n";
  const auto f = terminology::extract_record_facts(
      nullptr, record_of(R"([{"resourceType":"DocumentReference","id":"scan","status":"current",
        "type":{"text":"Outside Records"},"date":"2026-06-02",
        "content":[{"attachment":{"contentType":"text/plain","data":")" +
                         fhir_base64(ocr) + R"("}}]}])"));
  REQUIRE(f.therapy.size() == 1);
  CHECK(f.therapy[0].start == "2026-03-02");
  CHECK(f.therapy[0].end == "2026-05-11");
}

TEST_CASE("a CarePlan's therapy is a plan until done; a home programme is not in-person PT") {
  const auto f = terminology::extract_record_facts(nullptr, record_of(R"([
    {"resourceType":"CarePlan","id":"hep","status":"completed","intent":"plan",
     "title":"Home exercise program - lumbar",
     "activity":[{"detail":{"status":"completed","code":{"text":"Home exercise program, daily"},
                            "scheduledPeriod":{"start":"2026-04-01","end":"2026-07-31"}}}]},
    {"resourceType":"CarePlan","id":"pt","status":"active","intent":"plan",
     "activity":[{"detail":{"status":"completed","code":{"text":"Outpatient physical therapy"},
                            "scheduledPeriod":{"start":"2026-08-03","end":"2026-09-25"}}},
                 {"detail":{"status":"scheduled","code":{"text":"Physical therapy 2x/week"},
                            "scheduledPeriod":{"start":"2026-10-01","end":"2026-11-30"}}},
                 {"detail":{"status":"cancelled","code":{"text":"Aquatic therapy"}}}]},
    {"resourceType":"CarePlan","id":"gone","status":"entered-in-error","intent":"plan",
     "activity":[{"detail":{"status":"completed","code":{"text":"Physical therapy"},
                            "scheduledPeriod":{"start":"2026-01-05","end":"2026-03-20"}}}]}])"));
  REQUIRE(f.therapy.size() == 2);
  CHECK(f.therapy[0].quote.reference == "CarePlan/hep");
  CHECK(f.therapy[0].setting == terminology::TherapySetting::home);
  CHECK(f.therapy[1].quote.reference == "CarePlan/pt");
  CHECK(f.therapy[1].setting == terminology::TherapySetting::in_person);
  CHECK(f.therapy[1].start == "2026-08-03");
  CHECK(f.therapy[1].end == "2026-09-25");
  // Every therapy activity not cancelled is also a plan (a referral).
  CHECK(f.therapy_referrals.size() == 3);
}

TEST_CASE("an Observation whose value is absent for a reason was not obtained") {
  const auto f = terminology::extract_record_facts(nullptr, record_of(R"([
    {"resourceType":"Observation","id":"fx","status":"final",
     "code":{"coding":[{"system":"http://loinc.org","code":"24971-4"}],
             "text":"Lumbar flexion-extension translation L4-L5"},
     "effectiveDateTime":"2026-08-20",
     "dataAbsentReason":{"coding":[{"code":"not-performed"}]}},
    {"resourceType":"Observation","id":"odi","status":"final",
     "code":{"coding":[{"system":"http://loinc.org","code":"97909-6"}],"text":"Oswestry Disability Index"},
     "effectiveDateTime":"2026-10-28",
     "dataAbsentReason":{"coding":[{"code":"asked-declined"}]}}])"));
  CHECK(f.flexion_extension.empty());
  REQUIRE(f.flexion_extension_not_obtained.size() == 1);
  CHECK(f.flexion_extension_not_obtained[0].reference == "Observation/fx");
  CHECK(f.outcome_scores.empty());
  CHECK(f.spine_imaging.empty());
}

TEST_CASE("a progressive neurological deficit in a note is urgent, as in a Condition") {
  auto note = [](const std::string& text) {
    return terminology::extract_record_facts(
        nullptr, record_of(R"([{"resourceType":"DocumentReference","id":"ed","status":"current",
          "date":"2026-11-09","content":[{"attachment":{"contentType":"text/plain","data":")" +
                           fhir_base64(text) + R"("}}]}])"));
  };
  const auto yes = note("Progressive neurological deficit: left TA now 2/5, EHL 1/5.");
  REQUIRE(yes.urgent.size() == 1);
  CHECK(yes.urgent[0].reference == "DocumentReference/ed");
  CHECK(note("No progressive neurological deficit. Left TA 5/5.").urgent.empty());
}
