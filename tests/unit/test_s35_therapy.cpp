// Session 35 therapy as ward, post-operative, rheumatology and booking
// records write it: a visit still to come ("PT to see in AM", consults
// placed, a discharge with HEP yet to happen) is planned; therapy ordered
// but deferred or held is not given; an evaluation heading a note with its
// plan of care is a visit and a planned course; a drug's "therapy" is no
// physical therapy; a task done in another list item leaves planned therapy
// planned. Fresh wording, not the eval sentences.
#include <doctest/doctest.h>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using spinecds::test::one_therapy;
using spinecds::test::therapy;

TEST_CASE("a therapist's visit still to come is planned") {
  for (const char* text :
       {"OT and PT to evaluate tomorrow morning.",
        "Physiotherapy is to see her on POD 1 for mobilisation.", "PT will follow while inpatient.",
        "PT & OT orders entered for bed mobility.", "PT/OT referrals sent today.",
        "Will have PT see her in the morning.", "PT/OT tomorrow.", "Mobilize with PT in AM."}) {
    CAPTURE(text);
    const auto f = one_therapy(text);
    CHECK(f.hypothetical);
    CHECK_FALSE(f.negated);
  }
  // Contrast: a course had, and a consult's own note, are therapy given.
  for (const char* text :
       {"She completed PT to work on core strength.", "PT consult note: gait training 150 ft.",
        "Seen by PT this morning, ambulated 100 ft."}) {
    CAPTURE(text);
    CHECK_FALSE(one_therapy(text).hypothetical);
  }
}

TEST_CASE("a home programme at a discharge still to come is planned") {
  for (const char* text : {"Anticipate discharge to home tomorrow with a home exercise program.",
                           "He is expected to be discharged home on HEP once cleared.",
                           "Will d/c to home with home health PT."}) {
    CAPTURE(text);
    const auto f = one_therapy(text);
    CHECK(f.hypothetical);
    CHECK(f.setting == "home");
  }
  const auto f = one_therapy("Discharged home with HEP on 3/4.");
  CHECK_FALSE(f.hypothetical);
}

TEST_CASE("therapy ordered but deferred, held or postponed is not given") {
  for (const char* text :
       {"Physiotherapy was ordered but postponed until the fracture heals.",
        "PT was ordered, but then held given the unstable fracture.",
        "PT referral placed in March but cancelled because of the surgery date."}) {
    CAPTURE(text);
    const auto f = one_therapy(text);
    CHECK(f.negated);
    CHECK_FALSE(f.hypothetical);
  }
  // Contrast: something else deferred leaves the therapy planned.
  const auto f = one_therapy("PT was recommended, but surgery was deferred.");
  CHECK(f.hypothetical);
  CHECK_FALSE(f.negated);
}

TEST_CASE("an initial evaluation with its plan of care is a visit and a planned course") {
  struct Case {
    const char* text;
    const char* start;
    double weeks;
  };
  for (const Case& c :
       {Case{"Initial eval 05/06/2025: lumbar stenosis; plan 3x/wk x 4 wk.", "2025-05-06", 4},
        Case{"Initial evaluation 11/12/2024 for neck pain; plan twice weekly for 8 weeks.",
             "2024-11-12", 8}}) {
    CAPTURE(c.text);
    const auto found = therapy(c.text);
    REQUIRE(found.size() == 2);
    CHECK_FALSE(found[0].hypothetical);
    CHECK(found[0].start == c.start);
    CHECK(found[1].hypothetical);
    CHECK(found[1].weeks == c.weeks);
  }
  // Contrast: a physician's first visit names no plan of care.
  CHECK(therapy("Initial evaluation 02/02/2025 with Dr. Smith for back pain.").empty());
}

TEST_CASE("a drug's course of therapy is no physical therapy") {
  for (const char* text : {"Denosumab began in 2023 and surgery will follow 12 months of therapy.",
                           "Started adalimumab 06/2022; good response to therapy.",
                           "Methotrexate was stopped after 2 years of therapy."}) {
    CAPTURE(text);
    CHECK(therapy(text).empty());
  }
  const auto f =
      one_therapy("Alendronate continued; she also completed 6 weeks of physical therapy.");
  CHECK_FALSE(f.hypothetical);
  CHECK(f.weeks == 6);
}

TEST_CASE("a task done in another list item leaves the planned therapy planned") {
  CHECK(one_therapy("Before surgery: PT 2x/wk x 4 wk, MRI done 9/1, cardiology clearance done.")
            .hypothetical);
  // Contrast: an item carrying on the therapy's own clause says it was had.
  for (const char* text : {"PT 2x/wk x 6 wks, completed all visits.",
                           "PT 2x/week for 6 weeks, patient attended 10 sessions."}) {
    CAPTURE(text);
    CHECK_FALSE(one_therapy(text).hypothetical);
  }
}

TEST_CASE("'PT' before a verb of deferral is the therapy, not the patient") {
  for (const char* text : {"PT was deferred given the unstable odontoid fracture.",
                           "PT has been deferred because of the wound dehiscence.",
                           "Outpatient PT is deferred in view of the cord signal change."}) {
    CAPTURE(text);
    CHECK(one_therapy(text).negated);
  }
}

TEST_CASE("a booking sheet's pre-operative requirements are all still to be done") {
  const char* text =
      "Preop requirements: formal PT twice weekly x 6 wks, flexion-extension X-rays 11/02, "
      "cardiology clearance done 10/01.";
  CHECK(one_therapy(text).hypothetical);
  bool study = false;
  for (const auto& f : spinecds::terminology::extract_findings(text)) {
    if (f.kind != spinecds::terminology::FindingKind::flexion_extension_study) continue;
    study = true;
    CHECK(f.hypothetical);
  }
  CHECK(study);
  // Contrast: films in a list under no such label were taken.
  bool taken = false;
  for (const auto& f : spinecds::terminology::extract_findings(
           "Reviewed: MRI 9/1, flexion-extension films 9/14.")) {
    if (f.kind == spinecds::terminology::FindingKind::flexion_extension_study) {
      taken = !f.hypothetical && !f.negated;
    }
  }
  CHECK(taken);
}
