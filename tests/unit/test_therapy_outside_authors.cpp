// Therapy and bookings as outside authors write them (session 25,
// tests/data/eval/*-tune-s25pt.json): what a payer reviewer reads from a
// physio letter or a surgeon's plan must say whether therapy was given and
// whether the operation is still to come.
#include <doctest/doctest.h>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using namespace spinecds::terminology;
using spinecds::test::of_kind;
using spinecds::test::only;

TEST_CASE("visits cancelled inside a course that went on leave the therapy given") {
  for (const char* text :
       {"Patient cancelled the 03/14 and 03/21 PT visits due to illness; attended the remaining "
        "10 visits.",
        "Cancelled her 05/02 physio visit; otherwise continuing cervical traction and "
        "strengthening.",
        "Remaining PT visits cancelled by the patient after 4 sessions because of a flare.",
        "Remaining physio sessions cancelled after 6 visits because of a house move.",
        "Insurance denied further physical therapy after 6 visits."}) {
    CAPTURE(text);
    for (const auto& f : of_kind(text, FindingKind::physical_therapy)) CHECK_FALSE(f.negated);
    CHECK_FALSE(of_kind(text, FindingKind::physical_therapy).empty());
  }
  // A course cancelled before it began is still therapy not given.
  for (const char* text : {"PT was scheduled but cancelled.", "She cancelled her physical therapy.",
                           "Physiotherapy was recommended by her GP, but she could not attend "
                           "because of work.",
                           "Prior authorization for physical therapy was denied by the payer.",
                           "Insurer denied cervical PT authorization; therapy never began."}) {
    CAPTURE(text);
    const auto found = of_kind(text, FindingKind::physical_therapy);
    REQUIRE_FALSE(found.empty());
    for (const auto& f : found) CHECK(f.negated);
  }
}

TEST_CASE("a declined injection does not deny the therapy beside it") {
  CHECK_FALSE(only("She declined the L5-S1 epidural injection and has been attending "
                   "physiotherapy twice weekly since January.",
                   FindingKind::physical_therapy)
                  .negated);
  const auto planned = only("Plan: continue PT 2x/week; she declined the epidural injection.",
                            FindingKind::physical_therapy);
  CHECK_FALSE(planned.negated);
  // Therapy itself declined stays denied.
  CHECK(only("Physiotherapy was recommended; patient declined given cost.",
             FindingKind::physical_therapy)
            .negated);
}

TEST_CASE("pt reviewed or discussed with is the patient") {
  for (const char* text : {"Imaging reviewed with pt; MRI shows moderate stenosis at L4-5.",
                           "Reviewed imaging with pt at bedside.",
                           "Discussed the MRI findings with pt and her husband."}) {
    CAPTURE(text);
    CHECK(of_kind(text, FindingKind::physical_therapy).empty());
  }
  CHECK_FALSE(only("Leg pain improved with PT.", FindingKind::physical_therapy).negated);
}

TEST_CASE("another body part as a line label keeps its therapy off the spine") {
  CHECK(of_kind("Shoulder: PT x6 wk, improving.", FindingKind::physical_therapy).empty());
  CHECK(of_kind("Knee: physio 2x/wk since August.", FindingKind::physical_therapy).empty());
  CHECK(of_kind("Lumbar spine: PT x6 wk, improving.", FindingKind::physical_therapy).size() == 1);
}

TEST_CASE("a daily note's header and its treatment lines are one therapy item") {
  for (const char* text :
       {"PT daily note 10/02. Therex 20 min, manual therapy to lumbar spine, mechanical traction.",
        "PT Daily Note 11/04/2025. Treatment: therapeutic exercise 25 min, lumbar traction."}) {
    CAPTURE(text);
    CHECK(of_kind(text, FindingKind::physical_therapy).size() == 1);
  }
}

TEST_CASE("listing, booking in and the waiting list make the operation planned") {
  for (const char* text :
       {"I have listed her for an L5-S1 ALIF on 14 March.",
        "He has been booked in for L3-4 and L4-5 laminectomy next month.",
        "Placed on the waiting list for L4/5 posterior decompression.",
        "Booked in for C5-6 ACDF on 12/01.", "Listed him for C5-6 ACDF; he is on the waiting list."}) {
    CAPTURE(text);
    for (const auto& f : extract_findings(text)) CHECK(f.hypothetical);
    CHECK_FALSE(extract_findings(text).empty());
  }
}
