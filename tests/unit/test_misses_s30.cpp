// The text engine on clinical-wording classes session 29's released outside
// sets still missed (session 30): a neurological symptom late in an unclosed
// review-of-systems denial list, "PT" as the pelvic tilt among sagittal
// parameters, a symptom said to be "gone". Each case is a class of wording,
// written fresh, with the contrasting reading beside it.
#include <doctest/doctest.h>

#include <string>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using namespace spinecds::terminology;
using spinecds::test::check_negated;
using spinecds::test::of_kind;

using Case = spinecds::test::NegatedCase;

TEST_CASE("a symptom late in an unclosed denial list is denied") {
  check_negated({
      Case{"Denies numbness, leg weakness.", FindingKind::weakness, true},
      Case{"He denies tingling, fevers, arm weakness.", FindingKind::weakness, true},
      Case{"Negative for saddle anesthesia, urinary retention, leg weakness.",
           FindingKind::weakness, true},
      Case{"ROS: denies chills, night sweats, radicular pain.", FindingKind::radiculopathy, true},
      Case{"Pt denied back pain, bilateral leg weakness.", FindingKind::weakness, true},
      Case{"Denied neck pain, hand numbness, clumsiness, arm weakness.", FindingKind::weakness,
           true},
      // the contrasting readings: the denial ends, or no denial owns the list
      Case{"Denies fever, but reports new left leg weakness.", FindingKind::weakness, false},
      Case{"Denies fever, chills; endorses leg weakness.", FindingKind::weakness, false},
      Case{"Negative SLR, left EHL weakness 4/5.", FindingKind::weakness, false},
  });
}

TEST_CASE("PT among sagittal parameters is the pelvic tilt, not therapy") {
  for (const char* text : {
           "Sagittal parameters: PI 52°, PT 18°, SS 34°.",
           "Pelvic tilt (PT) 28 degrees.",
           "PT: 31°; LL 40°.",
           "PT = 24 deg, PI = 50 deg.",
           "PI 61, PT 27, SS 34, LL 38 on the standing lateral.",
           "Spinopelvic: PT 22 degrees and SS 30 degrees.",
       }) {
    INFO(std::string(text));
    CHECK(of_kind(text, FindingKind::physical_therapy).empty());
  }
  // the contrasting reading: therapy beside the measures
  for (const char* text : {
           "Continue PT 2x/week for 6 weeks.",
           "Completed PT x 8 visits; PI 55°, LL 45°.",
           "PT 3 times a week was completed.",
       }) {
    INFO(std::string(text));
    CHECK(of_kind(text, FindingKind::physical_therapy).size() == 1);
  }
}

TEST_CASE("a symptom said to be gone is resolved") {
  check_negated({
      Case{"The sciatica down my left leg is completely gone.", FindingKind::radiculopathy, true},
      Case{"My arm weakness is gone since the ACDF.", FindingKind::weakness, true},
      Case{"The radicular pain has gone away after the epidural.", FindingKind::radiculopathy,
           true},
      Case{"Her left leg weakness went away after the decompression.", FindingKind::weakness, true},
      Case{"Radicular symptoms are now gone.", FindingKind::radiculopathy, true},
      // the contrasting readings: something else is gone
      Case{"The back pain is gone but the sciatica persists.", FindingKind::radiculopathy, false},
      Case{"Sciatica persists although the back pain has gone away.", FindingKind::radiculopathy,
           false},
  });
}

TEST_CASE("a patient's own words for a weak foot or a myelopathic hand are the finding") {
  check_negated({
      Case{"Portal msg: I drop things all the time and my handwriting keeps getting worse.",
           FindingKind::myelopathy, false},
      Case{"Since the fall she cannot button her blouse and tends to drop things.",
           FindingKind::myelopathy, false},
      Case{"He says he can't button his shirt anymore.", FindingKind::myelopathy, false},
      Case{"My handwriting has gotten worse over the last month.", FindingKind::myelopathy, false},
      Case{"Pt reports he cannot lift his right foot and trips on the curb.", FindingKind::weakness,
           false},
      Case{"Triage: my left foot slaps the floor when I walk.", FindingKind::weakness, false},
      Case{"States she can't lift her foot up since Tuesday.", FindingKind::weakness, false},
      Case{"Neck stiff for months; wife says he is walking like he's drunk.",
           FindingKind::myelopathy, false},
      // the contrasting reading: the same words denied
      Case{"Denies dropping things; handwriting unchanged.", FindingKind::myelopathy, true},
      Case{"No trouble lifting the foot; denies weakness.", FindingKind::weakness, true},
  });
}

TEST_CASE("the reason given for what was not done is not denied") {
  check_negated({
      Case{"PT was not attempted due to progressive myelopathy.", FindingKind::myelopathy, false},
      Case{"Injection not offered because of her severe foraminal stenosis at L4-5.",
           FindingKind::stenosis, false},
      Case{"Did not tolerate therapy secondary to radicular pain.", FindingKind::radiculopathy,
           false},
      Case{"Traction was not tried given the cord compression and myelopathy.",
           FindingKind::myelopathy, false},
      // the contrasting reading: the denial names the finding itself
      Case{"No myelopathy due to the fall was found.", FindingKind::myelopathy, true},
      Case{"No weakness given full strength on exam.", FindingKind::weakness, true},
  });
}
