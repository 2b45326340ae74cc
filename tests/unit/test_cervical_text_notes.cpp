// The text engine on mainstream cervical reports and notes written by another
// author (tests/data/eval/cervical-sentences-tune-s21.json, session 21): each
// case is a class of wording, not one sentence of the file.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "support/finding_lines.h"
#include "support/terminology_fixtures.h"
#include "terminology/text_findings.h"

using namespace spinecds::terminology;
using spinecds::test::of_kind;
using spinecds::test::only;
using spinecds::test::segment_names;

namespace {}  // namespace

TEST_CASE("hardware in a stable position says nothing of spinal motion") {
  for (const char* text : {"Lateral radiograph: ACDF construct C5-C7 in stable position.",
                           "The C4-C6 anterior plate is unchanged in position.",
                           "Hardware position is stable at C6-7."}) {
    CAPTURE(text);
    CHECK(of_kind(text, FindingKind::instability).empty());
  }
  // Between positions it still denies instability.
  CHECK(only("C4-5 is stable between flexion and extension.", FindingKind::instability).negated);
}

TEST_CASE("therapy that resolved the symptoms is therapy given, not resolved") {
  for (const char* text : {"History of right C6 radiculopathy in 2019, resolved with physical "
                           "therapy.",
                           "Her arm symptoms resolved after a 6-week course of PT."}) {
    const auto pt = only(text, FindingKind::physical_therapy);
    CAPTURE(text);
    CHECK_FALSE(pt.negated);
  }
  CHECK(only("History of right C6 radiculopathy in 2019, resolved with physical therapy.",
             FindingKind::radiculopathy)
            .negated);
}

TEST_CASE("a fusion offered, or listed among options with its level, is only planned") {
  for (const char* text :
       {"Current smoker; he must quit before we would offer a C5-C7 ACDF.",
        "Discussed options including continued conservative care, C6-7 ACDF, or C6-7 disc "
        "arthroplasty."}) {
    CAPTURE(text);
    for (const auto& f : of_kind(text, FindingKind::prior_fusion)) CHECK(f.hypothetical);
    CHECK_FALSE(of_kind(text, FindingKind::prior_fusion).empty());
  }
  // A fusion done stays done after a comma that does not continue a list.
  CHECK_FALSE(only("We discussed PT, and she had a C5-6 ACDF in 2019.", FindingKind::prior_fusion)
                  .hypothetical);
}

TEST_CASE("cord signal in a noun phrase after the cord, and a normal cord in caliber and signal") {
  const auto focus = only(
      "The cord demonstrates a small focus of increased T2 signal at the C4-5 "
      "level.",
      FindingKind::cord_signal_change);
  CHECK_FALSE(focus.negated);
  CHECK(segment_names(focus.segments) == std::vector<std::string>{"C4-C5"});
  CHECK_FALSE(only("MRI shows C3-4 cord compression with T2 signal change.",
                   FindingKind::cord_signal_change)
                  .negated);
  CHECK(
      only("Spinal cord: Normal in caliber and signal intensity.", FindingKind::cord_signal_change)
          .negated);
  // Bone signal is no cord finding.
  CHECK(of_kind("Increased T2 signal in the C5 vertebral body.", FindingKind::cord_signal_change)
            .empty());
}

TEST_CASE("a sign written with its possessive apostrophe reads as without it") {
  for (std::string text : {"Spurling's negative bilaterally.", "Spurling's test negative."}) {
    CAPTURE(text);
    CHECK(of_kind(text, FindingKind::radiculopathy).empty());  // a normal exam is no finding
  }
  const auto sp = only("Spurling's test positive on the left, reproducing pain into the thumb.",
                       FindingKind::radiculopathy);
  CHECK_FALSE(sp.negated);
  CHECK(sp.root == std::optional<std::string>{"C6"});
  CHECK(only("Lhermitte's negative.", FindingKind::myelopathy).negated);
}

TEST_CASE("no history of neck surgery denies a prior fusion and laminectomy") {
  CHECK(only("No history of neck surgery.", FindingKind::prior_fusion).negated);
  CHECK(only("No history of neck surgery.", FindingKind::prior_laminectomy).negated);
}

TEST_CASE("in a strength list, a weak muscle does not take the root of a muscle at full strength") {
  const auto biceps = only("Strength: R biceps 4/5, R triceps 5/5.", FindingKind::weakness);
  CHECK_FALSE(biceps.root);  // biceps is C5 or C6; the full triceps says nothing of it
  CHECK(biceps.side == std::optional<std::string>{"right"});
  const auto triceps = only("Deltoid 5/5 bilaterally, right triceps 5-/5.", FindingKind::weakness);
  CHECK(triceps.root == std::optional<std::string>{"C7"});
}

TEST_CASE("'given' states its finding even after what a study seeks") {
  const auto text =
      "Cervical MRI ordered to evaluate for foraminal stenosis given the right C6 distribution "
      "paresthesias.";
  CHECK(only(text, FindingKind::stenosis).hypothetical);
  const auto rad = only(text, FindingKind::radiculopathy);
  CHECK_FALSE(rad.hypothetical);
  CHECK(rad.root == std::optional<std::string>{"C6"});
}

TEST_CASE("sensory loss over the lateral shoulder is C5; shoulder pain alone is no radiculopathy") {
  const auto c5 =
      only("Numbness over the lateral shoulder on the right.", FindingKind::radiculopathy);
  CHECK(c5.root == std::optional<std::string>{"C5"});
  CHECK(c5.side == std::optional<std::string>{"right"});
  CHECK(of_kind("Pain in the lateral shoulder with overhead activity.", FindingKind::radiculopathy)
            .empty());
  CHECK(only("Triceps reflex absent on the left with 4/5 elbow extension.", FindingKind::weakness)
            .root == std::optional<std::string>{"C7"});
}

TEST_CASE("a cord normal in calibre 'without compression' denies cord compression") {
  const auto text = "The cord is normal in calibre without compression or signal abnormality.";
  CHECK(only(text, FindingKind::cord_compression).negated);
  CHECK(only(text, FindingKind::cord_signal_change).negated);
  // A normal calibre alone denies nothing (README, Cervical files).
  CHECK(extract_findings("The cord is normal in size.").empty());
}

TEST_CASE("an AP/lateral series with flexion and extension names the study; 'Ordered:' plans it") {
  const auto text = "Ordered: XR cervical spine AP/lateral with flexion and extension.";
  CHECK(only(text, FindingKind::flexion_extension_study).hypothetical);
  CHECK_FALSE(only("XR cervical spine AP/lateral with flexion and extension: no abnormal motion.",
                   FindingKind::flexion_extension_study)
                  .hypothetical);
  // Neck range of motion names positions, not images.
  CHECK(extract_findings("Cervical ROM: lateral flexion and extension limited by pain.").empty());
}

TEST_CASE("care that a condition was refractory to, or persisted despite, was given") {
  for (const char* text :
       {"Referral to spine surgery: R C6 radiculopathy refractory to 8 wks PT.",
        "Plan: refer to spine surgery for left C6 radiculopathy despite 6 weeks of PT."}) {
    CAPTURE(text);
    CHECK_FALSE(only(text, FindingKind::physical_therapy).hypothetical);
  }
  CHECK(only("Plan: PT 2x/week for 6 weeks.", FindingKind::physical_therapy).hypothetical);
}

TEST_CASE("'no new' denies the finding it names") {
  CHECK(only("No new stenosis.", FindingKind::stenosis).negated);
  // Pseudo-negations of change still leave the finding affirmed.
  CHECK_FALSE(only("No change in the moderate stenosis at C5-6.", FindingKind::stenosis).negated);
}

TEST_CASE("a template label with its side before the anatomy: 'Left foraminal: severe'") {
  const auto found =
      of_kind("C5-6: Left foraminal: severe. Right foraminal: mild.", FindingKind::stenosis);
  REQUIRE(found.size() == 2);
  CHECK(found[0].side == std::optional<std::string>{"left"});
  CHECK(found[0].severity == Severity::severe);
  CHECK(found[1].side == std::optional<std::string>{"right"});
  CHECK(found[1].severity == Severity::mild);
  CHECK(only("C5-6: Left foraminal: patent.", FindingKind::stenosis).negated);
  // The adjective alone grades nothing.
  CHECK(
      of_kind("Small foraminal component of the C6-7 protrusion.", FindingKind::stenosis).empty());
}

TEST_CASE("a finding joined by ', with' is of the limb the clause before names") {
  const auto weak = only(
      "Paraesthesia in the left little and ring fingers, with weakness of finger "
      "abduction, MRC 4.",
      FindingKind::weakness);
  CHECK(weak.side == std::optional<std::string>{"left"});
  CHECK_FALSE(weak.root);  // finger abduction names no one root; the sensory C8 is not its
  const auto numb = only(
      "Weakness in the left first dorsal interosseous (4/5), with numbness in "
      "the small finger.",
      FindingKind::radiculopathy);
  CHECK(numb.side == std::optional<std::string>{"left"});
  CHECK(numb.root == std::optional<std::string>{"C8"});
}
