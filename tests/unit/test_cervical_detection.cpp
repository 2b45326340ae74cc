// The text engine on the many ways cervical records word one finding
// (tests/data/eval/cervical-sentences-tune-s22.json, session 22, written by
// another author weighted to detection): each case is a class of wording,
// not one sentence of the file.
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

namespace {

const std::vector<std::string> kC34 = {"C3-C4"};
const std::vector<std::string> kC56 = {"C5-C6"};

}  // namespace

TEST_CASE("a hyperintense focus or lesion named in the cord is cord signal change") {
  for (const char* text : {"T2 hyperintense focus in the cord at C3-4.",
                           "Bright lesion within the spinal cord at C3-4."}) {
    const auto f = only(text, FindingKind::cord_signal_change);
    CAPTURE(text);
    CHECK_FALSE(f.negated);
    CHECK(segment_names(f.segments) == kC34);
  }
  // A hyperintense focus elsewhere is not the cord's.
  CHECK(of_kind("T2 hyperintense focus in the C5 vertebral body, likely a hemangioma.",
                FindingKind::cord_signal_change)
            .empty());
}

TEST_CASE("signal after a cord finding and its level is the cord's") {
  for (const char* text : {"Cord compression at C3-4, severe, with T2 hyperintensity.",
                           "Cord compression at C3-4 with T2 hyperintensity."}) {
    const auto f = only(text, FindingKind::cord_signal_change);
    CAPTURE(text);
    CHECK(segment_names(f.segments) == kC34);
  }
  // Without the cord named, a T2 hyperintensity at a level is not the cord's.
  CHECK(of_kind("Annular fissure at L4-5 with T2 hyperintensity.", FindingKind::cord_signal_change)
            .empty());
}

TEST_CASE("the cord's contour kept denies its compression") {
  const auto f =
      only("Cord: CSF effaced at C5-C6; cord contour preserved.", FindingKind::cord_compression);
  CHECK(f.negated);
  CHECK(segment_names(f.segments) == kC56);
}

TEST_CASE("DOC and a spondylotic or disc bar are a disc osteophyte complex") {
  for (const char* text : {"C5-6 DOC with severe canal stenosis.", "Spondylotic bar at C5-6.",
                           "Disc bar at C5-6 with mild canal narrowing."}) {
    const auto f = only(text, FindingKind::disc_herniation);
    CAPTURE(text);
    CHECK(segment_names(f.segments) == kC56);
  }
  // "doc" in lower case is the doctor.
  CHECK(of_kind("Discussed the C5-6 findings with her doc.", FindingKind::disc_herniation).empty());
}

TEST_CASE("narrowing the bilateral foramina is bilateral") {
  const auto f = only(
      "CT C-spine: bulky uncovertebral osteophytes at C5-6 severely narrowing the bilateral neural "
      "foramina.",
      FindingKind::stenosis);
  CHECK(f.side == std::optional<std::string>("bilateral"));
  CHECK(f.location == std::optional<std::string>("foraminal"));
}

TEST_CASE("a template's grades with R and L are one foraminal stenosis per side") {
  for (const char* text :
       {"C5-C6: NF: moderate R, mild L.", "C5-C6: Foramina: moderate R, mild L."}) {
    const auto hits = of_kind(text, FindingKind::stenosis);
    CAPTURE(text);
    REQUIRE(hits.size() == 2);
    CHECK(hits[0].side == std::optional<std::string>("right"));
    CHECK(hits[0].severity == Severity::moderate);
    CHECK(hits[1].side == std::optional<std::string>("left"));
    CHECK(hits[1].severity == Severity::mild);
    CHECK(hits[1].location == std::optional<std::string>("foraminal"));
  }
}

TEST_CASE("a tandem gait or Romberg named before its abnormal result is myelopathy") {
  for (const char* text : {"Tandem gait unsteady, Romberg +.", "Tandem gait is abnormal."}) {
    CAPTURE(text);
    CHECK_FALSE(only(text, FindingKind::myelopathy).negated);
  }
}

TEST_CASE("numbered digits name a root when they are of one root") {
  CHECK(only("Shooting pain down the R arm into digits 1-2.", FindingKind::radiculopathy).root ==
        std::optional<std::string>("C6"));
  CHECK(only("Numbness of the left arm radiating into digits 4 and 5.", FindingKind::radiculopathy)
            .root == std::optional<std::string>("C8"));
  // Digits of two roots name none.
  CHECK_FALSE(
      only("Numbness of the left arm radiating into digits 3-5.", FindingKind::radiculopathy)
          .root.has_value());
}

TEST_CASE("WE in a strength grid is wrist extension, C6") {
  const auto f = only("R WE 4/5.", FindingKind::weakness);
  CHECK(f.root == std::optional<std::string>("C6"));
  CHECK(f.side == std::optional<std::string>("right"));
  // One weakness per list; its root is the muscle's that names one.
  CHECK(only("Strength: R deltoid 5/5, R biceps 4/5, R WE 4-/5, R triceps 5/5, grip 5/5.",
             FindingKind::weakness)
            .root == std::optional<std::string>("C6"));
  // The pronoun names no wrist.
  CHECK_FALSE(
      only("We discussed her right radiculopathy.", FindingKind::radiculopathy).root.has_value());
}

TEST_CASE("a side with its own grade after a comma is the next item's") {
  CHECK(only("L biceps reflex absent, R 2+.", FindingKind::radiculopathy).side ==
        std::optional<std::string>("left"));
  // A side with its root after the comma is still this finding's.
  CHECK(only("Cervical radiculopathy, left C6.", FindingKind::radiculopathy).side ==
        std::optional<std::string>("left"));
}

TEST_CASE("the items of a cord label line are the cord's") {
  const auto f =
      only("Spinal cord: no abnormal signal; no compression.", FindingKind::cord_compression);
  CHECK(f.negated);
}

TEST_CASE("the lateral arm names C5 by its sensation, not by pain alone") {
  CHECK(only("Decreased sensation over the lateral arm on the left.", FindingKind::radiculopathy)
            .root == std::optional<std::string>("C5"));
  CHECK(only("Left lateral arm numbness.", FindingKind::radiculopathy).root ==
        std::optional<std::string>("C5"));
  // Pain down the lateral arm into the thumb is the thumb's C6, one finding.
  CHECK(only("Right arm pain radiating down the lateral arm into the thumb.",
             FindingKind::radiculopathy)
            .root == std::optional<std::string>("C6"));
  CHECK(of_kind("Pain in the lateral arm on the left.", FindingKind::radiculopathy).empty());
}

TEST_CASE("mass effect on any part of the cord, or the cord draped, is compression") {
  for (const char* text : {"There is mild mass effect on the ventral spinal cord at C5-6.",
                           "Focal kyphosis at C5-6 with the cord draped over the disc margin."}) {
    const auto f = only(text, FindingKind::cord_compression);
    CAPTURE(text);
    CHECK_FALSE(f.negated);
    CHECK(segment_names(f.segments) == kC56);
  }
  CHECK(only("No mass effect on the cervical cord.", FindingKind::cord_compression).negated);
  // Mass effect on the thecal sac alone is not the cord's.
  CHECK(of_kind("Mass effect on the thecal sac at L4-5.", FindingKind::cord_compression).empty());
}

TEST_CASE("numbered digits of the hand are radicular; the foot's name no arm root") {
  CHECK(only("Paresthesias in the right hand involving digits 4 and 5.", FindingKind::radiculopathy)
            .root == std::optional<std::string>("C8"));
  CHECK_FALSE(only("Numbness in digits 1-2 of the left foot.", FindingKind::radiculopathy)
                  .root.has_value());
}

TEST_CASE("a cord signal seen and its hedged reading after it are one finding") {
  const auto f = only("Associated cord signal abnormality at C5-6 suggesting myelomalacia.",
                      FindingKind::cord_signal_change);
  CHECK_FALSE(f.uncertain);
  // A hedged reading alone stays hedged.
  CHECK(only("Suspected early myelomalacia at C5-6.", FindingKind::cord_signal_change).uncertain);
}

TEST_CASE("PCDF and bridging trabecular bone are a fusion") {
  CHECK(segment_names(only("PCDF C3-6 in 2020.", FindingKind::prior_fusion).segments) ==
        std::vector<std::string>{"C3-C4", "C4-C5", "C5-C6"});
  CHECK(segment_names(
            only("Bridging trabecular bone across the C5-6 interspace.", FindingKind::prior_fusion)
                .segments) == kC56);
  // Bridging denied says the fusion is not solid, not that none was done.
  CHECK(of_kind("No bridging trabecular bone across C6-7.", FindingKind::prior_fusion).empty());
}

TEST_CASE("a disc that does not contact the cord denies its compression") {
  for (const char* text :
       {"C5-6: There is a small central disc protrusion which does not contact the cord.",
        "A protrusion at C5-6 without contacting the cord."}) {
    const auto f = only(text, FindingKind::cord_compression);
    CAPTURE(text);
    CHECK(f.negated);
    CHECK(segment_names(f.segments) == kC56);
  }
}
