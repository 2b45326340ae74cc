// The text engine on reading classes earlier sessions saw in outside text and
// left open (session 30): a symptom denied after it, closing its clause or
// list item ("radicular symptoms denied", "weakness - denies"), is negated,
// and the words before the clause keep their own reading. Each case is a
// class of wording, written fresh.
#include <doctest/doctest.h>

#include <string>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using namespace spinecds::terminology;
using Case = spinecds::test::NegatedCase;
using spinecds::test::check_negated;
using spinecds::test::of_kind;
using spinecds::test::only;

TEST_CASE("a symptom denied after it, at the end of its clause, is negated") {
  check_negated({
      Case{"Axial low back pain; radicular symptoms denied.", FindingKind::radiculopathy, true},
      Case{"Chronic LBP x 2 yrs. Leg weakness - denies.", FindingKind::weakness, true},
      Case{"Neurogenic claudication: denied", FindingKind::neurogenic_claudication, true},
      Case{"HPI: mechanical back pain, worse with bending; sciatica denied; no fevers.",
           FindingKind::radiculopathy, true},
      Case{"ROS - Musculoskeletal: back pain. Neuro: focal weakness denied, radiating leg "
           "pain denied.",
           FindingKind::weakness, true},
      Case{"Neck pain since the fall; radiating arm pain - denied.", FindingKind::radiculopathy,
           true},
  });
}

TEST_CASE("a denial closing its clause reaches no finding before a break and no operation") {
  // Affirmed findings in a clause of their own stay affirmed.
  {
    const char* text = "Left L5 radiculopathy; weakness denied.";
    const auto rad = only(text, FindingKind::radiculopathy);
    CHECK_FALSE(rad.negated);
    CHECK(only(text, FindingKind::weakness).negated);
  }
  {
    const char* text = "Severe L4-5 stenosis with neurogenic claudication, weakness - denies.";
    CHECK_FALSE(only(text, FindingKind::stenosis).negated);
    CHECK_FALSE(only(text, FindingKind::neurogenic_claudication).negated);
    CHECK(only(text, FindingKind::weakness).negated);
  }
  // A payer's denial of a requested operation is no denial of a finding.
  for (const char* text : {"Request for L4-5 TLIF denied.", "L4-5 fusion authorization denied."}) {
    INFO(std::string(text));
    for (const auto& f : of_kind(text, FindingKind::prior_fusion)) CHECK_FALSE(f.negated);
  }
  // The patient's denial before the finding reads forwards as before.
  CHECK(only("He denies radiating leg pain.", FindingKind::radiculopathy).negated);
  CHECK_FALSE(
      only("Severe stenosis at L4-5 in a patient who denies smoking.", FindingKind::stenosis)
          .negated);
}

TEST_CASE("a fusion named as what a study assesses is sought, not found") {
  for (const char* text : {"CT lumbar spine for fusion assessment.",
                           "Thin-section CT requested for L4-5 fusion evaluation.",
                           "Flexion-extension films obtained today for fusion assessment, 6 "
                           "months post-op.",
                           "Referred back to radiology for fusion eval."}) {
    INFO(std::string(text));
    const auto fusions = of_kind(text, FindingKind::prior_fusion);
    REQUIRE_FALSE(fusions.empty());
    for (const auto& f : fusions) CHECK(f.hypothetical);
  }
  // A fusion seen, or one whose assessment is reported, stays found.
  for (const char* text : {"Solid L4-5 fusion on today's CT.",
                           "Fusion assessment: solid bridging bone at L5-S1 "
                           "following the 2021 ALIF."}) {
    INFO(std::string(text));
    const auto fusions = of_kind(text, FindingKind::prior_fusion);
    REQUIRE_FALSE(fusions.empty());
    for (const auto& f : fusions) CHECK_FALSE(f.hypothetical);
  }
}
