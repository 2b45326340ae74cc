// The text engine on the session-50 lumbar outside-writer classes: a payer's
// missing record of a therapy course, the known finding an evaluation is of,
// facet signs and pain, and a final report that does not bear out or renames
// an earlier reading. Each case is a wording of the class written fresh (not
// taken from any evaluation file or case).
#include <doctest/doctest.h>

#include "support/finding_lines.h"

using spinecds::test::check_lines;
using Case = spinecds::test::LinesCase;

TEST_CASE("s50 lumbar: a payer's missing record of a therapy course denies the course") {
  check_lines(
      {
          Case{"Authorization for lumbar fusion is denied as there is no documentation of a "
               "completed trial of physical therapy.",
               {"physical-therapy negated", "prior-fusion planned"}},
          Case{"Appeal denied: no evidence that the member completed a course of PT.",
               {"physical-therapy negated"}},
          Case{"Denied because the records do not show a course of physiotherapy.",
               {"physical-therapy negated"}},
          Case{"Coverage denied; there is no record of supervised PT.",
               {"physical-therapy negated"}},
          // Sessions held stay held, beside a denial or not.
          Case{"She completed 8 weeks of PT with no lasting relief.", {"physical-therapy"}},
          Case{"Additional visits denied by the insurer after he completed 12 sessions of "
               "physical therapy.",
               {"physical-therapy"}},
      },
      false);
}

TEST_CASE("s50 lumbar: what an evaluation is of stays known; what it is for is sought") {
  check_lines(
      {
          Case{"Please evaluate the known L3-4 anterolisthesis for dynamic instability.",
               {"instability L3-L4 planned", "spondylolisthesis L3-L4"}},
          Case{"Assess L2-3 canal stenosis for interval progression.", {"stenosis L2-L3"}},
          // Nothing named before "for": what is sought stays sought.
          Case{"Upright films to evaluate for instability at L5-S1.",
               {"instability L5-S1 planned"}},
          Case{"Evaluate for spondylolisthesis.", {"spondylolisthesis planned"}},
      },
      false);
}

TEST_CASE("s50 lumbar: facet signs and facet pain are no facet arthropathy") {
  check_lines(
      {
          Case{"Positive facet loading on the right, worse with extension.", {}},
          Case{"Tenderness over the L3-4 facets on the left.", {}},
          Case{"History suggests facet-mediated low back pain.", {}},
          Case{"Her facet pain is worse in the morning.", {}},
          // The imaging finding, and the procedure on the joint, as before.
          Case{"Moderate facet arthropathy at L4-5 on the left.", {"facet-arthropathy L4-L5"}},
          Case{"Bilateral L4-5 facet injections gave two weeks of relief.", {}},
      },
      false);
}

TEST_CASE("s50 lumbar: a reading the final report does not bear out or renames is dropped") {
  check_lines(
      {
          Case{"The preliminary impression of an L3-4 disc extrusion was not confirmed on the "
               "final read.",
               {"disc-herniation L3-L4 negated"}},
          Case{"Radiculopathy is not confirmed by the nerve conduction study.",
               {"radiculopathy negated"}},
          Case{"ADDENDUM: the L4-5 abnormality described above as an extrusion is a diffuse "
               "disc bulge.",
               {"disc-herniation L4-L5 negated"}},
      },
      false);
}
