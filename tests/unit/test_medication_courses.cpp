// The medication reader's course ends: where a drug's record states its
// course stopped, the cervical care count measures the drug to that day,
// not to the order. FHIR shapes from several EHRs.
#include <doctest/doctest.h>

#include <string>

#include "support/record_fixtures.h"
#include "terminology/record_facts.h"

using namespace spinecds;
using spinecds::test::facts_of;

namespace {

std::string end_of(const terminology::RecordFacts& f, const std::string& ref) {
  for (const auto& [r, end] : f.medication_ends) {
    if (r == ref) return end;
  }
  return "running";
}

}  // namespace

TEST_CASE("a statement's period, a dosage's bounds and a stopped prescription's validity end it") {
  const auto f = facts_of(R"([
    {"resourceType":"MedicationStatement","id":"ms","status":"completed",
     "medicationCodeableConcept":{"text":"Naproxen 500 mg tablet"},
     "effectivePeriod":{"start":"2026-03-02","end":"2026-04-13"}},
    {"resourceType":"MedicationRequest","id":"bounded","status":"active","intent":"order",
     "medicationCodeableConcept":{"text":"Meloxicam 15 mg"},"authoredOn":"2026-05-01",
     "dosageInstruction":[{"timing":{"repeat":{"boundsPeriod":{"start":"2026-05-01",
                                                               "end":"2026-05-21"}}}}]},
    {"resourceType":"MedicationRequest","id":"valid","status":"stopped","intent":"order",
     "medicationCodeableConcept":{"text":"gabapentin 300 MG capsule"},"authoredOn":"2026-06-01",
     "dispenseRequest":{"validityPeriod":{"start":"2026-06-01","end":"2026-06-20"}}},
    {"resourceType":"MedicationRequest","id":"open","status":"active","intent":"order",
     "medicationCodeableConcept":{"text":"duloxetine 30 mg"},"authoredOn":"2026-06-01",
     "dispenseRequest":{"validityPeriod":{"start":"2026-06-01","end":"2027-06-01"}}}])");
  REQUIRE(f.medications.size() == 4);
  CHECK(end_of(f, "MedicationStatement/ms") == "2026-04-13");
  CHECK(end_of(f, "MedicationRequest/bounded") == "2026-05-21");
  CHECK(end_of(f, "MedicationRequest/valid") == "2026-06-20");
  // An active prescription's validity is how long it may be filled, not when
  // it stopped: it runs to the order.
  CHECK(end_of(f, "MedicationRequest/open") == "running");
}

TEST_CASE("a completed prescription lasts its supply and refills; with neither, its own day") {
  const auto f = facts_of(R"([
    {"resourceType":"MedicationRequest","id":"supply","status":"completed","intent":"order",
     "medicationCodeableConcept":{"coding":[{"display":"cyclobenzaprine 10 mg"}]},
     "authoredOn":"2026-02-10",
     "dispenseRequest":{"numberOfRepeatsAllowed":1,
                        "expectedSupplyDuration":{"value":14,"unit":"days","code":"d"}}},
    {"resourceType":"MedicationRequest","id":"weeks","status":"stopped","intent":"order",
     "medicationCodeableConcept":{"text":"prednisone taper"},"authoredOn":"2026-04-01",
     "dispenseRequest":{"expectedSupplyDuration":{"value":1,"unit":"wk"}}},
    {"resourceType":"MedicationRequest","id":"bare","status":"stopped","intent":"order",
     "medicationCodeableConcept":{"text":"tramadol 50 mg"},"authoredOn":"2026-07-15"},
    {"resourceType":"MedicationRequest","id":"month","status":"completed","intent":"order",
     "medicationCodeableConcept":{"text":"ibuprofen 800 mg"},"authoredOn":"2026-08"}])");
  REQUIRE(f.medications.size() == 4);
  CHECK(end_of(f, "MedicationRequest/supply") == "2026-03-10");  // 14 days, filled twice
  CHECK(end_of(f, "MedicationRequest/weeks") == "2026-04-08");
  CHECK(end_of(f, "MedicationRequest/bare") == "2026-07-15");
  CHECK(end_of(f, "MedicationRequest/month") == "2026-08-31");
}

TEST_CASE("a draft prescription in the fusion's order set documents no care") {
  const auto f = facts_of(R"([
    {"resourceType":"MedicationRequest","id":"periop","status":"draft","intent":"order",
     "medicationCodeableConcept":{"text":"ketorolac 15 mg IV q6h x 48 h post-op"},
     "authoredOn":"2026-11-20"},
    {"resourceType":"MedicationRequest","id":"home","status":"active","intent":"order",
     "medicationCodeableConcept":{"text":"naproxen 500 mg BID"},"authoredOn":"2026-06-01"}])");
  REQUIRE(f.medications.size() == 1);
  CHECK(f.medications[0].reference == "MedicationRequest/home");
}
