// Classes of wording that session 30 left read wrongly (session 31, s31-left):
// a correction that renames a finding as another of its kind, a payer's
// denial of an operation, and a myelopathy sign denied in a lumbar exam.
// Each case was written fresh for its class, before the engine was changed
// (not taken from any evaluation file).
#include <doctest/doctest.h>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using spinecds::test::check_lines;
using Case = spinecds::test::LinesCase;

// Read without severity: these cases assert kinds, levels and categories.
constexpr bool kNoSeverity = false;

TEST_CASE("a correction that renames a finding as another of its kind keeps one affirmed finding") {
  check_lines(
      {
          Case{"ADDENDUM: what was reported as an extrusion at L4-5 is a protrusion.",
               {"disc-herniation L4-L5"}},
          Case{"On re-review, what was called a large L5-S1 herniation is a small central "
               "protrusion.",
               {"disc-herniation L5-S1"}},
          Case{"Attending addendum: what was interpreted as an extrusion at L3-4 represents a "
               "broad-based protrusion.",
               {"disc-herniation L3-L4"}},
          Case{"Correction: the L4-5 extrusion in the prelim is a protrusion without migration.",
               {"disc-herniation L4-L5"}},
          Case{"What was read as severe foraminal stenosis at L5-S1 is severe central canal "
               "stenosis.",
               {"stenosis L5-S1"}},
          // The rejected reading renamed as something that is no finding of
          // ours stays denied.
          Case{"What was described as a protrusion at L2-3 is a disc bulge; there is no "
               "herniation at this level.",
               {"disc-herniation L2-L3 negated"}},
      },
      kNoSeverity);
}

TEST_CASE("an operation a payer denied is still the surgeon's plan") {
  check_lines(
      {
          Case{"The fusion was denied by the insurer and we will appeal.",
               {"prior-fusion planned"}},
          Case{"L4-5 TLIF denied by insurance; appeal submitted.", {"prior-fusion L4-L5 planned"}},
          Case{"Her L5-S1 ALIF was denied by the payer, peer-to-peer scheduled for Friday.",
               {"prior-fusion L5-S1 planned"}},
          Case{"Insurance denied the L3-4 laminectomy; we are appealing.",
               {"prior-laminectomy L3-L4 planned"}},
          Case{"Authorization for L4-S1 posterior fusion was denied by her carrier.",
               {"prior-fusion L4-L5,L5-S1 planned"}},
          // The patient's own denial of an operation stays a negation.
          Case{"She denies prior lumbar fusion.", {"prior-fusion negated"}},
          Case{"Prior spine surgery: denied.",
               {"prior-fusion negated", "prior-laminectomy negated"}},
      },
      kNoSeverity);
}

TEST_CASE("anatomy said to be patent before a comma is denied, not a place of the next finding") {
  check_lines(
      {
          Case{"Patent foramina, severe canal stenosis at L4-5.",
               {"stenosis L4-L5", "stenosis L4-L5 negated"}},
          Case{"L3-4: patent neural foramina, moderate central stenosis.",
               {"stenosis L3-L4", "stenosis L3-L4 negated"}},
          Case{"At L5-S1 there are widely patent foramina, mild facet arthropathy.",
               {"facet-arthropathy L5-S1", "stenosis L5-S1 negated"}},
          Case{"Capacious canal, moderate bilateral foraminal stenosis at L2-3.",
               {"stenosis L2-L3", "stenosis L2-L3 negated"}},
      },
      kNoSeverity);
}

TEST_CASE(
    "a therapy consult headed as its evaluation visit took place; its plan of care is planned") {
  check_lines(
      {
          Case{"PT CONSULT - INITIAL EVALUATION 03/02/2026\nPlan of care: 2x/week for 4 weeks, "
               "therex and manual therapy.",
               {"physical-therapy", "physical-therapy planned"}},
          Case{"Physiotherapy consultation: initial assessment 11/09/2025.", {"physical-therapy"}},
          Case{"OUTPATIENT PHYSICAL THERAPY CONSULT / EVAL 05/14/2025", {"physical-therapy"}},
          // A consult asked for is still a referral.
          Case{"PT consult placed for gait training.", {"physical-therapy planned"}},
      },
      kNoSeverity);
}
