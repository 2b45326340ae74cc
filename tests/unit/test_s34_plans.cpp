// The text engine on operations to come and readings withdrawn (session 34,
// outside text): a consent, a posting, a letter's recommendation, a payer's
// denial with the payer named between and an operation weighed as a
// "candidate" are plans; a risk list denies nothing; a need for surgery "down
// the road" leaves the finding stated before it; an addendum's reading that
// "represents" something else is withdrawn. Each case is a wording of the
// class written fresh (not taken from any evaluation file).
#include <doctest/doctest.h>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using spinecds::test::check_lines;
using Case = spinecds::test::LinesCase;

TEST_CASE("a consent, a posting, a recommendation and a payer's denial plan the operation") {
  check_lines(
      {
          Case{"Consent signed for C5-6 ACDF.", {"prior-fusion C5-C6 planned"}},
          Case{"Informed consent obtained for L4-5 laminectomy today.",
               {"prior-laminectomy L4-L5 planned"}},
          Case{"L5-S1 ALIF posted for next Tuesday.", {"prior-fusion L5-S1 planned"}},
          Case{"OR posting: L3-4 TLIF with Dr. Rao.", {"prior-fusion L3-L4 planned"}},
          Case{"Dr. Patel recommends C4-C6 ACDF.", {"prior-fusion C4-C5,C5-C6 planned"}},
          Case{"Denial from Aetna for L3-4 XLIF, appeal pending.", {"prior-fusion L3-L4 planned"}},
          Case{"She is a reasonable ACDF candidate.", {"prior-fusion planned"}},
      },
      false);
}

TEST_CASE("a risk list's complications are contingent, and an operation done stays done") {
  check_lines(
      {
          Case{"Risks reviewed, including but not limited to bleeding, infection and nonunion.",
               {"pseudarthrosis planned"}},
          Case{"We went over risks of fusion, including but not limited to pseudoarthrosis.",
               {"prior-fusion planned", "pseudarthrosis planned"}},
          Case{"History of L4-S1 PLF in 2016.", {"prior-fusion L4-L5,L5-S1"}},
          Case{"Status post L2-4 PSIF.", {"prior-fusion L2-L3,L3-L4"}},
          Case{"Prior L5-S1 DLIF, solid.", {"prior-fusion L5-S1"}},
      },
      false);
}

TEST_CASE("a need for surgery later does not reach back over the finding before it") {
  check_lines(
      {
          Case{"She has a large L5-S1 extrusion and will likely require surgery in the future.",
               {"disc-herniation L5-S1"}},
          Case{"Moderate L3-4 stenosis and he may need surgical intervention down the road.",
               {"stenosis L3-L4"}},
          Case{"Severe C5-6 cord compression; she may need surgery at some point.",
               {"cord-compression C5-C6"}},
          Case{"He may need an L4-5 fusion down the road.", {"prior-fusion L4-L5 planned"}},
      },
      false);
}

TEST_CASE("an addendum's reading that represents something else is withdrawn") {
  check_lines(
      {
          Case{"Addendum: the L5-S1 protrusion mentioned earlier actually represents a "
               "broad-based bulge.",
               {"disc-herniation L5-S1 negated"}},
          Case{"Correction: the C5-6 herniation described on the initial read represents an "
               "uncovertebral osteophyte.",
               {"disc-herniation C5-C6 negated"}},
          Case{"AMENDED: The L2-3 extrusion described in the preliminary report represents a "
               "disc bulge.",
               {"disc-herniation L2-L3 negated"}},
      },
      false);
}
