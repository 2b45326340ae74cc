// The text engine on outside authors' cervical wording (session 24,
// tests/data/eval/cervical-sentences-tune-s24.json and the released s23
// sets): Commonwealth reports, resident shorthand, strength grids by root,
// fusion status. Each case is a class of wording, not one sentence of a file.
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

const std::vector<std::string> kC45 = {"C4-C5"};
const std::vector<std::string> kC56 = {"C5-C6"};

}  // namespace

TEST_CASE("a face of the cord flattened or indented is the cord compressed") {
  for (const char* text :
       {"At C4/5 a disc protrusion flattens the ventral surface of the cord.",
        "C4-5: Disc osteophyte complex indenting the anterior aspect of the spinal cord.",
        "C4-5: Mild flattening of the ventral surface of the cord."}) {
    const auto f = only(text, FindingKind::cord_compression);
    CAPTURE(text);
    CHECK_FALSE(f.negated);
    CHECK(segment_names(f.segments) == kC45);
  }
}

TEST_CASE("'neg' before a myelopathy sign denies it, as 'negative' does") {
  for (const char* text : {"Neck pain only, neg Hoffmann.", "neg Hoffmann, neg clonus.",
                           "No radic sx, neg Babinski."}) {
    const auto f = only(text, FindingKind::myelopathy);
    CAPTURE(text);
    CHECK(f.negated);
  }
  // A sign found beside one denied is still myelopathy.
  CHECK_FALSE(only("+Hoffmann R, neg clonus.", FindingKind::myelopathy).negated);
}

TEST_CASE("the ulnar border of the hand names C8; finger abduction names no one root") {
  const auto r =
      only("Decreased pinprick along the ulnar border of the L hand.", FindingKind::radiculopathy);
  CHECK(r.root == std::optional<std::string>("C8"));
  CHECK(r.side == std::optional<std::string>("left"));
  // The interossei are C8 and T1 (ASIA's key muscle for T1).
  for (const char* text : {"R finger abduction 4/5.", "L finger abductors 4+/5."}) {
    CAPTURE(text);
    CHECK_FALSE(only(text, FindingKind::weakness).root);
  }
  // The ulnar side of the elbow is the ulnar nerve's, no root's.
  CHECK(
      of_kind("Tenderness over the ulnar side of the elbow.", FindingKind::radiculopathy).empty());
}

TEST_CASE("fingers joined by a slash are named as with 'and'") {
  for (const char* text :
       {"Numbness of the ring/little fingers.", "Paresthesias of the 4th/5th digits."}) {
    const auto f = only(text, FindingKind::radiculopathy);
    CAPTURE(text);
    CHECK(f.root == std::optional<std::string>("C8"));
  }
}

TEST_CASE("'WE' after its grade is wrist extension, C6") {
  const auto f =
      only("Motor: ~4/5 L biceps, 4-/5 L WE, otherwise full strength.", FindingKind::weakness);
  CHECK(f.root == std::optional<std::string>("C6"));
  CHECK(f.side == std::optional<std::string>("left"));
}

TEST_CASE("'b/l' in a note is bilateral, not left") {
  CHECK(only("Grip 4/5 b/l.", FindingKind::weakness).side ==
        std::optional<std::string>("bilateral"));
  CHECK(only("Numbness in the thumb and index finger b/l.", FindingKind::radiculopathy).side ==
        std::optional<std::string>("bilateral"));
}

TEST_CASE("a strength grid by root is one weakness of the weak root") {
  const auto f =
      only("Myotomes: C5 5/5, C6 4/5, C7 5/5, C8 5/5, T1 5/5 on the right.", FindingKind::weakness);
  CHECK_FALSE(f.negated);
  CHECK(f.root == std::optional<std::string>("C6"));
  CHECK(f.side == std::optional<std::string>("right"));
  CHECK(only("Strength: C5 5/5, C6 4-/5 R, C7 5/5.", FindingKind::weakness).root ==
        std::optional<std::string>("C6"));
  // Full grades by root are no weakness.
  CHECK(only("Myotomes: C5 5/5, C7 5/5.", FindingKind::weakness).negated);
}

TEST_CASE("a fusion seen and the operation it came from are one fusion") {
  for (const char* text : {"CT: Solid bony fusion across C5-C6 from prior ACDF.",
                           "Solid fusion at C5-6 following her ACDF in 2019."}) {
    CAPTURE(text);
    const auto f = only(text, FindingKind::prior_fusion);
    CHECK(segment_names(f.segments) == kC56);
  }
  // A revision for the earlier fusion's failure is a second operation.
  CHECK(of_kind("Posterior C5-C6 instrumented fusion for pseudarthrosis of a prior C5-6 ACDF.",
                FindingKind::prior_fusion)
            .size() == 2);
}

TEST_CASE("a disc 'with a left foraminal component' is a left herniation") {
  for (const char* text :
       {"C6-7: disc osteophyte complex with a left foraminal component, narrowing the left "
        "foramen moderately.",
        "C5/6: Shallow broad-based protrusion with a right foraminal component."}) {
    CAPTURE(text);
    const auto f = only(text, FindingKind::disc_herniation);
    REQUIRE(f.side);
    CHECK((*f.side == "left" || *f.side == "right"));
  }
  CHECK(only("C5/6: Shallow broad-based protrusion with a right foraminal component.",
             FindingKind::disc_herniation)
            .side == std::optional<std::string>("right"));
}
