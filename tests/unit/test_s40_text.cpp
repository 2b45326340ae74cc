// The text engine on classes met first in session 40's outside sets
// (emergency and inpatient records; community radiology and teleradiology):
// a root named by the skin it serves, pain referred only to the buttock or
// hip, return precautions, a cause that is part of what is sought, a slip
// compared lying and loaded, a film count that is no strength grade, a cue
// inside a parenthesis, a grade of change, a myelogram's block, a disc pushed
// back into the canal, bare level numbers after a herniation, a heading over
// a template's check boxes, and a root's signs said twice. Each case is a
// wording of the class written fresh (not taken from any evaluation file).
#include <doctest/doctest.h>

#include "support/finding_lines.h"

using spinecds::terminology::FindingKind;
using spinecds::test::check_lines;
using spinecds::test::only;
using Case = spinecds::test::LinesCase;

TEST_CASE("a vertebra named with the skin or muscles its root serves is a root") {
  check_lines({
      Case{"Tingling in the right C7 territory since March.", {"radiculopathy"}},
      Case{"Paraesthesia in a left C6 pattern.", {"radiculopathy"}},
      Case{"Intermittent C8 numbness of the little finger.", {"radiculopathy"}},
  });
  CHECK(only("Tingling in the right C7 territory since March.", FindingKind::radiculopathy).root ==
        std::optional<std::string>("C7"));
}

TEST_CASE("pain referred only to the buttock, hip or groin names no root") {
  check_lines({
      Case{"Low back pain radiating into the left buttock.", {}},
      Case{"Back pain radiates to both hips and the groin.", {}},
      // A limb in the clause keeps it radicular.
      Case{"Pain radiating from the right buttock down the back of the thigh to the calf.",
           {"radiculopathy"}},
  });
}

TEST_CASE("what an emergency department sends the patient back for is not yet there") {
  check_lines({
      Case{"Return precautions reviewed for worsening leg weakness or bladder retention.",
           {"weakness planned"}},
      Case{"Return to the ED if new weakness develops.", {"weakness planned"}},
      Case{"Repeat imaging in 3 months before any discussion of fusion.", {"prior-fusion planned"}},
      Case{"Not a surgical candidate at this time for L3-4 fusion.",
           {"prior-fusion L3-L4 planned"}},
  });
}

TEST_CASE("a cause named with 'a' is part of what is sought") {
  check_lines({
      Case{"Urgent MRI to rule out cord compression from a disc herniation.",
           {"cord-compression planned", "disc-herniation planned"}},
      // The known cause is stated.
      Case{"Evaluate for instability due to the known L4-5 spondylolisthesis.",
           {"instability L4-L5 planned", "spondylolisthesis L4-L5"}},
  });
}

TEST_CASE("a slip that does not change lying and loaded is not instability") {
  check_lines({
      Case{"The 6 mm L4-5 anterolisthesis does not change between the supine MRI and standing "
           "radiographs.",
           {"instability L4-L5 negated", "spondylolisthesis L4-L5"}},
      Case{"On upright sequences the L3-4 listhesis does not change.",
           {"instability L3-L4 negated", "spondylolisthesis L3-L4"}},
      // Stable on one loaded film is stable over time, not between positions;
      // and only a slip or the alignment is compared.
      Case{"Standing films show a stable 4 mm L4-5 anterolisthesis.", {"spondylolisthesis L4-L5"}},
      Case{"Back pain unchanged when seated or supine, worse standing.", {}},
  });
}

TEST_CASE("a count of films, a grade of change and a parenthesis's own cue") {
  check_lines({
      Case{"XR L-spine 5+ views with flexion and extension.", {"flexion-extension-study"}},
      Case{"Mildly progressed central stenosis at L3-4, now severe.", {"stenosis L3-L4 severe"}},
      Case{"A right L5-S1 extrusion per the outside report (films not available).",
           {"disc-herniation L5-S1"}},
      Case{"No stenosis at L4-5 or L5-S1 to account for her leg symptoms.",
           {"stenosis L4-L5,L5-S1 negated"}},
  });
}

TEST_CASE("a myelogram's block, a retropulsed disc, and a herniation's bare level numbers") {
  check_lines({
      Case{"Complete myelographic block at L3-4.", {"stenosis L3-L4"}},
      Case{"Retropulsed disc material at C6-7 contacts the cord.",
           {"cord-compression C6-C7", "disc-herniation C6-C7"}},
      Case{"Large HNP 4-5 with severe canal stenosis.",
           {"disc-herniation L4-L5", "stenosis L4-L5 severe"}},
  });
}

TEST_CASE("a block named beside its stenosis is one finding, and a block denied is none") {
  check_lines({
      Case{"CT myelogram: complete block to contrast flow at L2-3 from severe central stenosis.",
           {"stenosis L2-L3 severe"}},
      Case{"No block to the flow of contrast.", {}},
  });
}

TEST_CASE("a root's signs on one side in one sentence are one radiculopathy") {
  check_lines({
      Case{"Numbness of the left thumb and index finger; Spurling's positive on the left.",
           {"radiculopathy"}},
      // Two sides are two.
      Case{"Right L5 radicular pain; left S1 radiculopathy.", {"radiculopathy", "radiculopathy"}},
  });
}

TEST_CASE("a lordosis given with the levels it spans still makes the PI-LL mismatch") {
  CHECK(only("Pelvic incidence 61 degrees; lumbar lordosis (L1-S1) 38 degrees.",
             FindingKind::pi_ll_mismatch)
            .degrees == 23);
}

TEST_CASE("a template's heading over its check boxes names what was examined") {
  check_lines({
      Case{"UMN signs:\n  Hoffmann: R [ ] Pos [X] Neg  L [ ] Pos [X] Neg", {"myelopathy negated"}},
      Case{"Myelopathy: present.", {"myelopathy"}},
  });
}

TEST_CASE("two roots in one sentence each keep their own root and side") {
  using spinecds::test::of_kind;
  for (const char* text : {"Right C6 radiculopathy and left C7 radiculopathy.",
                           "Right C6 radiculopathy; left C7 radiculopathy."}) {
    const std::string shown = text;  // CAPTURE keeps a reference: no temporary
    CAPTURE(shown);
    const auto fs = of_kind(text, FindingKind::radiculopathy);
    REQUIRE(fs.size() == 2);
    CHECK(fs[0].root == std::optional<std::string>("C6"));
    CHECK(fs[0].side == std::optional<std::string>("right"));
    CHECK(fs[1].root == std::optional<std::string>("C7"));
    CHECK(fs[1].side == std::optional<std::string>("left"));
  }
}

TEST_CASE("a visit dated by month and year is no therapy session counter") {
  check_lines({
      Case{"Seen at an urgent care visit 02/2026 for back pain.", {}},
      Case{"Visit 4/10: core stabilization, gait training.", {"physical-therapy"}},
  });
}
