// The text engine on scopes that end at a reason or a time, on plans named
// by a consult, on a fusion whose status is sought, and on surgical history
// beside a relative's (session 32). Each case is a class of wording, written
// fresh before the engine was changed (not taken from any evaluation file).
#include <doctest/doctest.h>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using spinecds::test::check_lines;
using Case = spinecds::test::LinesCase;

TEST_CASE("a negation ends at the reason or the time it names") {
  check_lines(
      {
          // a reason: "given", "until"
          Case{"No lumbar manipulation given the known grade 2 anterolisthesis at L5-S1.",
               {"spondylolisthesis L5-S1"}},
          Case{"No HVLA to the cervical spine given the C4-5 instability on flexion views.",
               {"flexion-extension-study", "instability C4-C5"}},
          Case{"No physiotherapy until the C5-6 pseudarthrosis has been addressed.",
               {"physical-therapy negated", "pseudarthrosis C5-C6"}},
          // a time: "after", "before", "following", "prior to"
          Case{"Did not start PT after her 2019 L4-5 fusion.",
               {"physical-therapy negated", "prior-fusion L4-L5"}},
          Case{"He did not attend physiotherapy before the C6-7 ACDF.",
               {"physical-therapy negated", "prior-fusion C6-C7"}},
          // read backwards from the cue, the time clause is left out
          Case{"Physical therapy following the L5-S1 fusion was never completed.",
               {"physical-therapy negated", "prior-fusion L5-S1"}},
          Case{"Cervical traction following the C5-C6 ACDF was cancelled.",
               {"physical-therapy negated", "prior-fusion C5-C6"}},
          Case{"PT prior to her L4-5 laminectomy was declined.",
               {"physical-therapy negated", "prior-laminectomy L4-L5"}},
          // the denied finding itself is still denied
          Case{"No recurrent stenosis after the L4-5 laminectomy.",
               {"prior-laminectomy L4-L5", "stenosis L4-L5 negated"}},
      },
      false);
}

TEST_CASE("a denial said of a new subject after 'and' leaves the care before it") {
  check_lines(
      {
          Case{"Her right C7 radiculopathy has resolved following 10 sessions of physiotherapy "
               "and the Spurling test is negative.",
               {"physical-therapy", "radiculopathy negated"}},
          Case{"Sciatica is gone after 8 weeks of physio and her neuro exam is normal.",
               {"physical-therapy", "radiculopathy negated"}},
      },
      false);
}

TEST_CASE("a consult asked about an operation plans it") {
  check_lines(
      {
          Case{"Spine surgery to see re: possible L4-5 TLIF if symptoms progress.",
               {"prior-fusion L4-L5 uncertain planned"}},
          Case{"Ortho spine consult re: L3-4 decompression.", {"prior-laminectomy L3-L4 planned"}},
          Case{"Referred to spine surgery for consultation regarding C5-6 ACDF.",
               {"prior-fusion C5-C6 planned"}},
          Case{"Ortho to see regarding L4-S1 fusion should her symptoms recur.",
               {"prior-fusion L4-L5,L5-S1 planned"}},
      },
      false);
}

TEST_CASE("the fusion whose status is sought exists") {
  check_lines(
      {
          Case{"CT to assess fusion status at C5-C7.", {"prior-fusion C5-C6,C6-C7"}},
          Case{"Please evaluate the status of her L5-S1 fusion.", {"prior-fusion L5-S1"}},
          Case{"Flexion-extension films to evaluate the status of the C4-C6 fusion.",
               {"flexion-extension-study planned", "prior-fusion C4-C5,C5-C6"}},
          // what is sought beside it stays sought
          Case{"CT to check fusion status at L5-S1 and rule out pseudarthrosis.",
               {"prior-fusion L5-S1", "pseudarthrosis L5-S1 planned"}},
      },
      false);
}

TEST_CASE("surgical history: an interval decompression, a relative's fusion, a dx label") {
  check_lines(
      {
          Case{"Interval decompression at L3-4 with resolution of the canal stenosis.",
               {"prior-laminectomy L3-L4", "stenosis L3-L4 negated"}},
          Case{"Interval decompression at L4-5 and L5-S1.", {"prior-laminectomy L4-L5,L5-S1"}},
          // the relative's operation takes no level of the patient's clause
          Case{"His brother had a cervical fusion; the patient himself had an L5-S1 laminectomy.",
               {"prior-fusion", "prior-laminectomy L5-S1"}},
          Case{"Brother with lumbar stenosis; the patient's MRI shows L3-4 stenosis.",
               {"stenosis", "stenosis L3-L4"}},
          // a document quoted in parentheses after its label is a mention of its own
          Case{"She underwent L4-5 laminectomy in 2016 (op note reviewed: 'bilateral L4-5 "
               "laminectomy').",
               {"prior-laminectomy L4-L5", "prior-laminectomy L4-L5"}},
          Case{"Moderate stenosis at L4-5 (series 3: image 12).", {"stenosis L4-L5"}},
          // the diagnosis labelled in an order is stated
          Case{"Request: L4-5 TLIF, dx degenerative spondylolisthesis with instability.",
               {"instability L4-L5", "prior-fusion L4-L5 planned", "spondylolisthesis L4-L5"}},
      },
      false);
}

TEST_CASE("a therapist's frequency names the sessions planned") {
  check_lines(
      {
          // a home health order's frequency and duration
          Case{"Home health PT 3W4 to continue for gait training.", {"physical-therapy planned"}},
          Case{"HH PT frequency 2W3, 1W2 for balance.", {"physical-therapy planned"}},
          Case{"PT 2W6 completed with good progress.", {"physical-therapy"}},
          Case{"Patient lives at 2W4 on the ward; PT seen today.", {"physical-therapy"}},
          // a plan line with no therapy word
          Case{"Plan: 3x/week gait training for 4 weeks.", {"physical-therapy planned"}},
          Case{"Therapist will follow 3x/week during the admission.", {"physical-therapy planned"}},
          Case{"Plan: L4-5 TLIF. Will follow up in 2 weeks.", {"prior-fusion L4-L5 planned"}},
      },
      false);
}
