// The text engine on classes diagnosed at the end of session 48 (work in
// progress on branch s49-wip): a vessel named in the alternative a spinal
// stenosis is weighed against, and a cause named right after "from" with
// its level. Each case is a wording of the class written fresh (not taken
// from any evaluation file or case).
#include <doctest/doctest.h>

#include "support/finding_lines.h"

using spinecds::test::check_lines;
using Case = spinecds::test::LinesCase;

TEST_CASE("s49: a vessel in the alternative does not make a spinal stenosis a vessel's") {
  check_lines(
      {
          Case{"Moderate L3-4 stenosis, versus peripheral arterial disease.",
               {"stenosis L3-L4 uncertain"}},
          Case{"Lumbar canal stenosis vs iliac artery stenosis as the cause of her leg pain.",
               {"stenosis uncertain"}},
          // With no spinal place the vessel is the stenosis's place.
          Case{"Critical stenosis versus occlusion of the right superficial femoral artery.", {}},
          Case{"50% stenosis of the left common iliac artery.", {}},
      },
      false);
}

TEST_CASE("s49: 'from' before a level names a cause when a finding follows the level") {
  check_lines(
      {
          Case{"Right C7 radiculopathy, possibly from C6-7 foraminal stenosis.",
               {"radiculopathy", "stenosis C6-C7"}},
          Case{"Left L4 radiculopathy from L3-4 extrusion, versus diabetic amyotrophy.",
               {"radiculopathy uncertain", "disc-herniation L3-L4"}},
          // A level range after "from" is no cause.
          Case{"Possible stenosis from L2-3 to L4-5.", {"stenosis L2-L3,L3-L4,L4-L5 uncertain"}},
      },
      false);
}

TEST_CASE(
    "s49: a sac only indented or effaced is neither narrowed nor the place of the narrowing") {
  check_lines(
      {
          Case{"Slight indentation on the thecal sac and mild narrowing of both neural foramina "
               "at L3-4.",
               {"stenosis L3-L4"}},
          // Graded anatomy lists keep their reading.
          Case{"Severe central canal and moderate bilateral foraminal stenosis at C6-7.",
               {"stenosis C6-C7", "stenosis C6-C7"}},
          Case{"The neural foramina are moderately narrowed at C4-5.", {"stenosis C4-C5"}},
      },
      false);
}
