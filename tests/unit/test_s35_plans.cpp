// The text engine on operations weighed, set aside, booked or prepared for
// (session 35, outside text): an operation the writer would not do, or sets
// aside for another, is a plan and never a denied history; the surgeon's
// conditional voice, scheduling shorthand and care given in anticipation of
// an operation plan it; a risk list under its label is contingent; a
// therapy's evaluation and denied complications do not reach the operation
// after them. Each case is a wording of the class written fresh (not taken
// from any evaluation file).
#include <doctest/doctest.h>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using spinecds::test::check_lines;
using Case = spinecds::test::LinesCase;

TEST_CASE("an operation the writer would not do or sets aside is a plan, not denied") {
  check_lines(
      {
          Case{"We would not recommend an L3-4 fusion at this time.",
               {"prior-fusion L3-L4 planned"}},
          Case{"I recommend against fusion given her osteoporosis.", {"prior-fusion planned"}},
          Case{"Proceed with L3-4 laminotomy alone instead of fusion.",
               {"prior-laminectomy L3-L4 planned", "prior-fusion L3-L4 planned"}},
          Case{"He would be best served by L5-S1 decompression alone rather than an "
               "arthrodesis.",
               {"prior-laminectomy L5-S1 planned", "prior-fusion L5-S1 planned"}},
          Case{"I would not fuse L2-3 in a patient this frail.", {"prior-fusion L2-L3 planned"}},
          Case{"Dr. Lee advised against C4-5 ACDF.", {"prior-fusion C4-C5 planned"}},
      },
      false);
}

TEST_CASE("a judgement the writer declines to make denies the finding, not plans it") {
  // Longer than the bare "would not" that declines an operation: what follows
  // is a reading, so the finding is negated and nothing is planned.
  check_lines(
      {
          Case{"The 2 mm shift at L4-5 is something I would not call unstable.",
               {"instability L4-L5 negated"}},
          Case{"I would not describe the L3-4 canal as stenotic.", {"stenosis L3-L4 negated"}},
          Case{"Would not characterize the C5-6 bulge as a herniation.",
               {"disc-herniation C5-C6 negated"}},
      },
      false);
}

TEST_CASE("the surgeon's conditional voice and scheduling shorthand plan the operation") {
  check_lines(
      {
          Case{"I would confine the surgery to an L4-5 TLIF.", {"prior-fusion L4-L5 planned"}},
          Case{"We would extend the construct with a T10-L2 PSF.",
               {"prior-fusion T10-T11,T11-T12,T12-L1,L1-L2 planned"}},
          Case{"Pt sched for C6-7 ACDF on 3/2.", {"prior-fusion C6-C7 planned"}},
          Case{"Vitamin D repleted ahead of her L3-L5 PLF.", {"prior-fusion L3-L4,L4-L5 planned"}},
          Case{"Romosozumab begun in anticipation of a T11-pelvis fusion.",
               {"prior-fusion T11-T12,T12-L1,L1-L2,L2-L3,L3-L4,L4-L5,L5-S1 planned"}},
          Case{"We will fuse C5-C6 through an anterior approach.", {"prior-fusion C5-C6 planned"}},
      },
      false);
}

TEST_CASE("a risk list under its label is contingent") {
  check_lines(
      {
          Case{"Risks discussed: bleeding, infection, pseudarthrosis, hardware failure.",
               {"pseudarthrosis planned"}},
          Case{"Potential complications: wound breakdown, nonunion, dysphagia.",
               {"pseudarthrosis planned"}},
          Case{"Risks: infection, non-union, need for revision.", {"pseudarthrosis planned"}},
      },
      false);
}

TEST_CASE("a therapy evaluation and denied complications leave the operation done") {
  check_lines(
      {
          Case{"OT initial evaluation POD 2 s/p C4-6 ACDF: independent with ADLs.",
               {"prior-fusion C4-C5,C5-C6"}},
          Case{"PT initial eval day 3 status post L4-5 TLIF, ambulating 150 ft.",
               {"physical-therapy", "prior-fusion L4-L5"}},
          Case{"No anesthesia complications: L5-S1 ALIF 2012, cholecystectomy 2018.",
               {"prior-fusion L5-S1"}},
          Case{"No prior anaesthetic complications: C6-7 ACDF 2015 under GA.",
               {"prior-fusion C6-C7"}},
      },
      false);
}
