// The text engine on clinical English as written by clinicians and
// radiologists trained in South Asia, the Middle East and the Philippines
// (session 30): "SLRT", "-ve" signs, "PIVD"/"IVDP"/"LSCS", "s/o" for
// "suggestive of", therapy "advised". Each case
// is a class of wording, written fresh by the lead before the engine was
// changed (not taken from any evaluation file).
#include <doctest/doctest.h>

#include <string>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using spinecds::test::check_lines;
using Case = spinecds::test::LinesCase;

// Read without severity: these cases assert kinds, levels and categories.
constexpr bool kNoSeverity = false;

TEST_CASE("a straight leg raising test written as SLRT, 'test' or '+ve/-ve' is radiculopathy") {
  check_lines(
      {
          Case{"Straight leg raising test positive on left side at 40 degrees.", {"radiculopathy"}},
          Case{"SLRT positive at 30 degree on right.", {"radiculopathy"}},
          Case{"SLRT +ve (Rt) at 45 deg.", {"radiculopathy"}},
          Case{"Straight leg raise test is positive on the right.", {"radiculopathy"}},
          Case{"SLR -ve.", {"radiculopathy negated"}},
          Case{"SLRT -ve bilaterally, power 5/5.", {"radiculopathy negated", "weakness negated"}},
          Case{"Straight leg raising test negative on both sides.", {"radiculopathy negated"}},
          Case{"SLR test negative B/L.", {"radiculopathy negated"}},
      },
      kNoSeverity);
}

TEST_CASE("PIVD, IVDP and LSCS are a disc herniation and a central canal stenosis") {
  check_lines(
      {
          Case{"MRI shows IVDP at L4-5.", {"disc-herniation L4-L5"}},
          Case{"PIVD L5-S1 compressing left S1 nerve root.", {"disc-herniation L5-S1"}},
          Case{"Central PIVD at L4-L5 level with LSCS.",
               {"disc-herniation L4-L5", "stenosis L4-L5"}},
          Case{"LSCS at L3-4 and L4-5.", {"stenosis L3-L4,L4-L5"}},
          Case{"No PIVD at L3-4.", {"disc-herniation L3-L4 negated"}},
          Case{"Diagnosis: PIVD C5-6 with cervical radiculopathy.",
               {"disc-herniation C5-C6", "radiculopathy"}},
      },
      kNoSeverity);
}

TEST_CASE("'s/o' (suggestive of) hedges what follows") {
  check_lines(
      {
          Case{"Features s/o lumbar canal stenosis at L3-4.", {"stenosis L3-L4 uncertain"}},
          Case{"Altered cord signal at C5-6 s/o myelomalacia.", {"cord-signal-change C5-C6"}},
          Case{"Findings s/o instability at L4-5 on dynamic views.",
               {"flexion-extension-study", "instability L4-L5 uncertain"}},
          Case{"Mr. Anil Verma s/o Ram Verma, 61 yrs, c/o back pain.", {}},
      },
      kNoSeverity);
}

TEST_CASE("therapy or surgery 'advised' is a plan, 'as advised' is what was done") {
  check_lines(
      {
          Case{"Advised physiotherapy for 6 weeks.", {"physical-therapy planned"}},
          Case{"Patient was advised physiotherapy and NSAIDs.", {"physical-therapy planned"}},
          Case{"Advised L4-5 TLIF.", {"prior-fusion L4-L5 planned"}},
          Case{"Did physiotherapy for 8 weeks as advised.", {"physical-therapy"}},
      },
      kNoSeverity);
}
