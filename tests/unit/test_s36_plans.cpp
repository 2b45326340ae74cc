// Session 36: decisions a group records (conference minutes, tumour boards,
// peer review) name an operation to come, whoever favoured it; a summary's
// label does not make what it lists planned; therapy as forms state it (a
// frequency field is a plan, "visit N of M" and "has failed PT" are visits
// held, therapy deferred is withheld, a home programme named before the
// course of therapy is a second item). Fresh wording, not the eval sentences.
#include <doctest/doctest.h>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using spinecds::test::check_lines;
using spinecds::test::one_therapy;
using spinecds::test::therapy;

TEST_CASE("a group's consensus or final plan is an operation to come") {
  check_lines(
      {
          {"Consensus: L3-5 laminectomy with posterolateral fusion.",
           {"prior-fusion L3-L4,L4-L5 planned", "prior-laminectomy L3-L4,L4-L5 planned"}},
          {"Spine conference consensus was for C5-7 ACDF.", {"prior-fusion C5-C6,C6-C7 planned"}},
          {"Final plan: L5-S1 ALIF.", {"prior-fusion L5-S1 planned"}},
          {"Recommendation: C3-6 laminoplasty.", {"prior-laminectomy C3-C4,C4-C5,C5-C6 planned"}},
          {"Tumour board agreed on T12-L2 posterior fusion.",
           {"prior-fusion T12-L1,L1-L2 planned"}},
      },
      false);
}

TEST_CASE("what one member or the majority favoured is planned, whoever favoured it") {
  check_lines(
      {
          {"The attending favoured an L4-5 TLIF.", {"prior-fusion L4-L5 planned"}},
          {"Majority favored L3-4 laminectomy.", {"prior-laminectomy L3-L4 planned"}},
          {"Dr. Singh preferred an anterior C4-5 ACDF; the group favoured C3-6 laminoplasty.",
           {"prior-fusion C4-C5 planned", "prior-laminectomy C3-C4,C4-C5,C5-C6 planned"}},
          {"Two surgeons advocated for L2-4 decompression.",
           {"prior-laminectomy L2-L3,L3-L4 planned"}},
      },
      false);
}

TEST_CASE("a reviewer's limit on the operation and an operation put off are plans") {
  check_lines(
      {
          {"The fusion should be restricted to L5-S1.", {"prior-fusion L5-S1 planned"}},
          {"Fusion should stop at L4-5.", {"prior-fusion L4-L5 planned"}},
          {"ACDF at C6-7 deferred until after the repeat MRI.", {"prior-fusion C6-C7 planned"}},
      },
      false);
  // Therapy put off is withheld (README), whatever follows "deferred".
  for (const char* text : {"PT deferred pending cardiology clearance.",
                           "Physiotherapy is deferred until the brace fits.",
                           "Outpatient PT was deferred pending the CT myelogram."}) {
    const auto f = one_therapy(text);
    CHECK(f.negated);
    CHECK_FALSE(f.hypothetical);
  }
}

TEST_CASE("a summary's label does not make what it lists planned") {
  check_lines(
      {
          {"Findings discussed: severe central stenosis at L3-4.", {"stenosis L3-L4"}},
          {"MRI summary for prior auth: 3 mm anterolisthesis of L4 on L5.",
           {"spondylolisthesis L4-L5"}},
          {"Contributing factors discussed: facet arthropathy at C6-7 not addressed.",
           {"facet-arthropathy C6-C7"}},
      },
      false);
  // A study summary's operation requested is still to come.
  check_lines({{"Prior auth requested for L4-5 TLIF.", {"prior-fusion L4-L5 planned"}}}, false);
}

TEST_CASE("a form's frequency field prescribes the therapy after it") {
  for (const char* text :
       {"Frequency of care: physiotherapy 3x/week x 4 weeks.",
        "Requested frequency: PT twice weekly for 8 weeks.",
        "Frequency/duration: physical therapy 2x/wk x 6 wks starting next week."}) {
    const auto f = one_therapy(text);
    CHECK(f.hypothetical);
    CHECK_FALSE(f.negated);
  }
}

TEST_CASE("a visit numbered in a course and therapy failed are therapy given") {
  for (const char* text :
       {"Physiotherapy daily note: session 5 of 8 approved by the carrier.",
        "PT note for the adjuster: visit 7 of 10 authorized, gait improving.",
        "Prior authorization request: she has tried physical therapy x 8 visits.",
        "Preauth: he has failed 8 weeks of formal physiotherapy."}) {
    const auto f = one_therapy(text);
    CHECK_FALSE(f.hypothetical);
    CHECK_FALSE(f.negated);
  }
}

TEST_CASE("a home programme named before a course of therapy is a second item") {
  for (const char* text : {"HEP since 2023; physiotherapy 10 visits 03/2024-05/2024.",
                           "Taught a home exercise program at the PT evaluation 05/12/2025.",
                           "Home program issued at physio discharge 11/2025."}) {
    CAPTURE(text);
    const auto found = therapy(text);
    REQUIRE(found.size() == 2);
    CHECK(found[0].setting == "home");
    CHECK_FALSE(found[1].setting.has_value());
  }
  // Home-health therapy and the visits counted after it are one course.
  for (const char* text : {"Home health PT completed 8 visits; she walks with a cane.",
                           "Home health physical therapy x 6 visits, then discharged."}) {
    CAPTURE(text);
    CHECK(therapy(text).size() == 1);
  }
  // Bare, the therapist is who prescribed the programme: one item.
  for (const char* text : {"Home exercise program per PT.", "Continues HEP as taught by PT."}) {
    const auto f = one_therapy(text);
    CHECK(f.setting == "home");
  }
}

TEST_CASE("a decision's label states the diagnosis it names; only the operation is planned") {
  check_lines(
      {
          {"Conference consensus: L4-5 laminectomy and fusion.",
           {"prior-fusion L4-L5 planned", "prior-laminectomy L4-L5 planned"}},
          {"MDT consensus: C3-4 cord compression in a myelopathic patient; recommend C3-4 ACDF.",
           {"cord-compression C3-C4", "myelopathy", "prior-fusion C3-C4 planned"}},
          {"Group consensus: grade 1 spondylolisthesis at L4-5.", {"spondylolisthesis L4-L5"}},
      },
      false);
  // "preferred" alone names no operation: an anaesthetic choice leaves the
  // past fusion after it done.
  check_lines({{"Spinal anaesthesia preferred given prior L4-5 fusion.", {"prior-fusion L4-L5"}}},
              false);
}
