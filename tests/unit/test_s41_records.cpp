// Orders and records as session 41's outside case writers sent them (a small
// US clinic on OpenEMR, a digital-first practice on Canvas, a UK GP on EMIS
// Web, an Australian practice on Best Practice): a decompression whose note
// rules fusion out, a letter's months of therapy without a year, a therapy
// plan of care's "Start of care" date, and a prescription's note of the day
// it ceased. Each case is a wording of the class written fresh (not taken
// from the cases).
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

TEST_CASE("s41: a decompression whose note rules fusion out after other words is no fusion") {
  CHECK(read_order({"",
                    Field::note,
                    "L3-4 laminotomy only. Fusion discussed at length and not indicated without "
                    "instability.",
                    {}})
            .region == FusionRegion::none);
  // A verdict on another operation after a comma leaves the fusion ordered.
  CHECK(
      read_order({"", Field::note, "L4-5 fusion, decompression alone not indicated.", {}}).region ==
      FusionRegion::lumbar);
}

TEST_CASE("s41: months of therapy named without a year are of the letter's year") {
  const auto facts = facts_of(
      "[" +
      note_document("l1", "2026-10-02",
                    "She attended eight sessions of physiotherapy between March and May.") +
      "," +
      note_document("l2", "2026-03-10", "Physio Nov-Feb with little change in the arm pain.") +
      "]");
  const auto item = [&](const std::string& ref) {
    const auto it = std::find_if(facts.therapy.begin(), facts.therapy.end(),
                                 [&](const TherapyItem& t) { return t.quote.reference == ref; });
    REQUIRE(it != facts.therapy.end());
    return *it;
  };
  CHECK(item("DocumentReference/l1").start == "2026-03-01");
  CHECK(item("DocumentReference/l1").end == "2026-05-31");
  // A range crossing New Year starts the year before.
  CHECK(item("DocumentReference/l2").start == "2025-11-01");
  CHECK(item("DocumentReference/l2").end == "2026-02-28");
}

TEST_CASE("s41: a therapy plan of care's start of care and discharge date the course") {
  const auto facts = facts_of(
      "[" +
      note_document("pt", "2026-07-24",
                    "OUTPATIENT REHAB DISCHARGE\nStart of care: 05/11/2026    D/C: 07/20/2026\n") +
      "]");
  REQUIRE_FALSE(facts.therapy.empty());
  const bool dated = std::any_of(facts.therapy.begin(), facts.therapy.end(), [](const auto& t) {
    return t.start == "2026-05-11" && t.end == "2026-07-20";
  });
  CHECK(dated);
}

TEST_CASE("s41: a completed prescription's note of the day it ceased ends its course") {
  const auto facts = facts_of(
      R"([{"resourceType":"MedicationRequest","id":"m1","status":"completed","intent":"order",)"
      R"("medicationCodeableConcept":{"text":"Celecoxib 200 mg capsule"},"authoredOn":"2026-03-02",)"
      R"("note":[{"text":"Ceased 21/04/2026 - pain settled"}]}])");
  const auto end = std::find_if(facts.medication_ends.begin(), facts.medication_ends.end(),
                                [](const auto& e) { return e.first == "MedicationRequest/m1"; });
  REQUIRE(end != facts.medication_ends.end());
  CHECK(end->second == "2026-04-21");
}

TEST_CASE("s41: a shift cut short and a walking limit are stated functional limitations") {
  for (const char* text :
       {"Can't finish a shift because of the pain.", "Cannot finish a shift because of the pain.",
        "Can't walk more than a block.", "She had to go part time in August.",
        "Walks 10 min max before the leg pain stops her."}) {
    const std::string shown = text;
    CAPTURE(shown);
    CHECK_FALSE(
        facts_of("[" + note_document("n", "2026-10-20", text) + "]").adl_limitation.empty());
  }
}

TEST_CASE("s41: a report whose form the EHR marks absent is a gap, not a report of nothing") {
  const auto facts = facts_of(
      R"([{"resourceType":"DiagnosticReport","id":"r1","status":"final",)"
      R"("code":{"text":"MRI L-spine, scanned"},"effectiveDateTime":"2026-10-08",)"
      R"("presentedForm":[{"extension":[{"url":"http://hl7.org/fhir/StructureDefinition/data-absent-reason","valueCode":"unknown"}]}]}])");
  REQUIRE(facts.unread.size() == 1);
  CHECK(facts.unread[0].key == "diagnosticReports");
}

TEST_CASE("s41: a final report that declares itself corrected replaces the final before it") {
  using spinecds::test::fhir_base64;
  const auto report = [](const std::string& id, const std::string& issued,
                         const std::string& text) {
    return R"({"resourceType":"DiagnosticReport","id":")" + id +
           R"(","status":"final","code":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"72120"}]},)"
           R"("effectiveDateTime":"2026-10-02","issued":")" +
           issued + R"(","presentedForm":[{"contentType":"text/plain","data":")" +
           fhir_base64(text) + R"("}]})";
  };
  const auto facts =
      facts_of("[" +
               report("a", "2026-10-02T11:00:00Z",
                      "IMPRESSION: Dynamic instability at L4-5 with 5 mm translation.") +
               "," +
               report("b", "2026-10-06T09:00:00Z",
                      "*** CORRECTED REPORT ***\nIMPRESSION: Dynamic instability at L3-4 with 5 mm "
                      "translation. L4-5 is stable.") +
               "]");
  bool from_first = false;
  for (const auto& f : facts.findings) {
    from_first = from_first || f.quote.reference == "DiagnosticReport/a";
  }
  CHECK_FALSE(from_first);
  CHECK_FALSE(facts.findings.empty());
}
