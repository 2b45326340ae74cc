// The text engine on classes met in session 48's work: a reflex or muscle
// across ";" in an exam grid, and an alternative written after a cause
// ("pain from the C5-6 protrusion, versus referred pain"). Each case is a
// wording of the class written fresh (not taken from any evaluation file
// or case).
#include <doctest/doctest.h>

#include "support/finding_lines.h"

using spinecds::test::check_lines;
using spinecds::test::of_kind;
using Case = spinecds::test::LinesCase;
using spinecds::terminology::FindingKind;

TEST_CASE("s48: a muscle or reflex across a semicolon is another item's, not this finding's root") {
  // Biceps names no single root (C5 or C6); the triceps of the item before is C7.
  auto r = of_kind("Reflexes: triceps normal; biceps jerk reduced on the right.",
                   FindingKind::radiculopathy);
  REQUIRE(r.size() == 1);
  CHECK_FALSE(r.front().root.has_value());
  CHECK(r.front().side == "right");
  r = of_kind("Triceps 2+ and symmetric; biceps reflex absent on the left.",
              FindingKind::radiculopathy);
  REQUIRE(r.size() == 1);
  CHECK_FALSE(r.front().root.has_value());
  // Within its own clause the territory still names the root.
  r = of_kind("Radicular pain on the left with numbness of the thumb; gait is normal.",
              FindingKind::radiculopathy);
  REQUIRE_FALSE(r.empty());
  CHECK(r.front().root == "C6");
  // A clause of another complaint before the grid item leaves its
  // territory alone.
  r = of_kind("Neck ache; sensation over the thumb is now normal.", FindingKind::radiculopathy);
  REQUIRE(r.size() == 1);
  CHECK(r.front().negated);
  CHECK(r.front().root == "C6");
  // A territory in a clause of its own that says nothing normal is still
  // the finding's (README: signs and diagnosis in one sentence are one item).
  r = of_kind("Radiculopathy of the left arm; tingling into the long finger.",
              FindingKind::radiculopathy);
  REQUIRE(r.size() == 1);
  CHECK(r.front().root == "C7");
  r = of_kind("Brachioradialis reflex diminished on the right; grip normal.",
              FindingKind::radiculopathy);
  REQUIRE(r.size() == 1);
  CHECK(r.front().root == "C6");
}

TEST_CASE("s48: an alternative after a cause doubts the link, not the cause named") {
  check_lines(
      {
          Case{"Right arm pain from the C6-7 disc protrusion, versus referred pain from the "
               "shoulder.",
               {"disc-herniation C6-C7"}},
          Case{"Left L5 radiculopathy from the L4-5 extrusion, vs peripheral neuropathy.",
               {"radiculopathy uncertain", "disc-herniation L4-L5"}},
          // Alternatives of one kind stay in doubt; what they cause does not.
          Case{"Foraminal stenosis at L5-S1 from a bulge versus a small protrusion.",
               {"stenosis L5-S1", "disc-herniation L5-S1 uncertain"}},
          // The alternative competes with the cause when the thing caused is
          // an imaging finding, or the cause a clinical diagnosis.
          Case{"Severe canal stenosis at L3-4 from a large disc extrusion, versus epidural "
               "lipomatosis.",
               {"stenosis L3-L4", "disc-herniation L3-L4 uncertain"}},
          Case{"Left hand tingling from C6 radiculopathy, versus carpal tunnel syndrome.",
               {"radiculopathy uncertain"}},
          // The scan back past a stated cause stops at its clause.
          Case{"Cord indentation at C4-5; right arm pain from the C5-6 protrusion, versus "
               "shoulder pathology.",
               {"cord-compression C4-C5", "disc-herniation C5-C6"}},
          // An alternative that is no finding, with no cause between, still
          // doubts the finding before its comma.
          Case{"Weak right triceps, 4/5, versus poor effort.", {"weakness uncertain"}},
      },
      false);
}
