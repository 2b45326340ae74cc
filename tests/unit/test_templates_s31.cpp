// The text engine on templated specialty-EHR exports (session 31): checkbox
// and pick-list answers, and exam signs written "(+) ... / (-) ...". Each
// case is a class of wording, written fresh before the engine was changed
// (not taken from any evaluation file).
#include <doctest/doctest.h>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using spinecds::test::check_lines;
using Case = spinecds::test::LinesCase;

// Read without severity: these cases assert kinds, cues and levels.
constexpr bool kNoSeverity = false;

TEST_CASE("an unticked box's item is only a choice: it affirms and denies nothing") {
  check_lines(
      {
          Case{"Dx: [X] Lumbar radiculopathy  [ ] Neurogenic claudication  [ ] Spondylolisthesis",
               {"radiculopathy"}},
          Case{"[ ] Myelopathy  [ ] Radiculopathy  [x] Axial neck pain only", {}},
          Case{"Assessment: [ ] Spinal stenosis [x] Facet arthropathy", {"facet-arthropathy"}},
          Case{"[ ] Positive SLR\n[X] Negative SLR", {"radiculopathy negated"}},
          Case{"Imaging reviewed: [_] instability on flexion/extension", {}},
          Case{"Findings: [*] L4-5 disc herniation [ ] L5-S1 stenosis", {"disc-herniation L4-L5"}},
      },
      kNoSeverity);
}

TEST_CASE("a ticked Yes or No answers its label") {
  check_lines(
      {
          Case{"History of back surgery: [ ] Yes [x] No",
               {"prior-fusion negated", "prior-laminectomy negated"}},
          Case{"Previous lumbar surgery:  [X] No  [ ] Yes",
               {"prior-fusion negated", "prior-laminectomy negated"}},
          Case{"Radicular symptoms: [ ] Yes  [X] No", {"radiculopathy negated"}},
          Case{"Leg weakness: [X] Yes [ ] No", {"weakness"}},
          Case{"Leg weakness:\t[ ] Yes\t[X] No", {"weakness negated"}},
      },
      kNoSeverity);
}

TEST_CASE("signs written '(+) test side / (-) test side' are two exam statements") {
  check_lines(
      {
          Case{"(+) SLR L at 30 deg reproducing radicular pain below the knee / (-) SLR R",
               {"radiculopathy", "radiculopathy negated"}},
          Case{"(+) Spurling's L reproducing radicular pain to the L forearm / (-) Spurling's R",
               {"radiculopathy"}},
          Case{"(-) SLR R / (+) SLR L with radiating pain to the dorsum of the foot",
               {"radiculopathy", "radiculopathy negated"}},
          Case{"(+) SLR L / (-) SLR R", {"radiculopathy", "radiculopathy negated"}},
          Case{"SLR: (-) bilaterally", {"radiculopathy negated"}},
          Case{"Neuro: SLR: negative B/L, strength 5/5 throughout",
               {"radiculopathy negated", "weakness negated"}},
          Case{"Slump: (+) R", {"radiculopathy"}},
          Case{"Seated slump: (+) L, reproduces radicular leg pain / (-) R", {"radiculopathy"}},
      },
      kNoSeverity);
}

TEST_CASE("a therapy template's visit count and frequency fields are therapy") {
  check_lines(
      {
          Case{"Visits completed: 11", {"physical-therapy"}},
          Case{"Total visits to date: 5 (auth 12)", {"physical-therapy"}},
          Case{"Visits to date: __", {}},
          Case{"Visits to date: 7  Authorized visits: 10", {"physical-therapy"}},
          Case{"Frequency: 3x/week", {"physical-therapy planned"}},
          Case{"Plan of care: 2 x/wk for 8 wks, then reassess", {"physical-therapy planned"}},
          Case{"Plan: continue 1x/wk x 3 more weeks, then d/c to HEP",
               {"physical-therapy planned", "physical-therapy planned"}},
          Case{"Urinary frequency: none", {}},
      },
      kNoSeverity);
}
