// The text engine on hedges found by the lead's fresh variants in session 51:
// an artefact named after the verb or set aside, and doubt written as a
// judgement ("considered doubtful", "low likelihood of"). Each case is a
// wording written fresh (not taken from any evaluation file or case).
#include <doctest/doctest.h>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using spinecds::test::check_lines;
using Case = spinecds::test::LinesCase;
namespace terminology = spinecds::terminology;

TEST_CASE("s51: artefact offered after the verb doubts the finding; artefact set aside leaves it") {
  check_lines(
      {
          Case{"Foraminal narrowing at C4-5 is likely artifactual.", {"stenosis C4-C5 uncertain"}},
          Case{"Increased cord signal at C3-4, favored to represent artifact.",
               {"cord-signal-change C3-C4 uncertain"}},
          Case{"Cord signal at C6-7 is artifactual.", {"cord-signal-change C6-C7 negated"}},
          Case{"Cord signal change at C4-5 is not thought to represent artifact.",
               {"cord-signal-change C4-C5"}},
          Case{"Faint cord signal at C3-4, unlikely to be artifactual.",
               {"cord-signal-change C3-C4"}},
      },
      false);
}

TEST_CASE("s51: doubt written as a judgement hedges; doubt set aside does not") {
  check_lines(
      {
          Case{"Cord compression at C5-6 is considered doubtful.",
               {"cord-compression C5-C6 uncertain"}},
          Case{"Low likelihood of instability at L2-3.", {"instability L2-L3 uncertain"}},
          Case{"There is little doubt of instability at L3-4.", {"instability L3-L4"}},
      },
      false);
}

TEST_CASE("s51: two adjacent vertebrae after 'between' bound one segment") {
  check_lines(
      {
          Case{"Moderate stenosis at the interspace between L3 and L4.", {"stenosis L3-L4"}},
          Case{"Loss of height of the disc space between C6 and C7 with cord compression.",
               {"cord-compression C6-C7"}},
          Case{"Multilevel stenosis between L2 and L4.", {"stenosis L2-L3,L3-L4"}},
          // Two roots, not a segment.
          Case{"Findings are between L5 and S1 radiculopathy clinically.", {"radiculopathy"}},
      },
      false);
}

TEST_CASE("s51: 'between' one date 'and' another is one course's range") {
  const auto fs = terminology::extract_findings(
      "Physical therapy: 14 sessions between 2/3/26 and 4/10/26, discharged to HEP.");
  REQUIRE(fs.size() == 2);
  CHECK(fs[0].start == "2026-02-03");
  CHECK(fs[0].end == "2026-04-10");
  CHECK(fs[0].visits == 14);
  CHECK(fs[1].setting == "home");
  CHECK_FALSE(fs[1].start);
}

TEST_CASE("s51: a template's 'Gait:' line with a cord sign is myelopathy; a normal one is none") {
  check_lines(
      {
          Case{"Gait: wide-based and spastic.", {"myelopathy"}},
          Case{"Gait: ataxic. Romberg negative.", {"myelopathy"}},
          Case{"Gait: normal.", {}},
      },
      false);
}

TEST_CASE("s51: crowded roots and an effaced recess are the stenosis they show") {
  check_lines(
      {
          Case{"At L3-4 there is crowding of the cauda equina nerve roots.", {"stenosis L3-L4"}},
          Case{"Effacement of the left lateral recess at L5-S1.", {"stenosis L5-S1"}},
          // Beside the named stenosis, one finding.
          Case{"Severe central stenosis at L2-3 with crowding of the cauda equina.",
               {"stenosis L2-L3"}},
      },
      false);
}

// Classes an outside writer's session-51 files found (wordings here are new).
TEST_CASE("s51: a sign in full words before '-ve' or '+ve'") {
  check_lines(
      {
          Case{"Straight leg raising -ve on both sides.", {"radiculopathy negated"}},
          Case{"Slump test -ve.", {"radiculopathy negated"}},
          Case{"Straight leg raise +ve on the right at 45 degrees.", {"radiculopathy"}},
      },
      false);
}

TEST_CASE("s51: the conus's signal named as a phrase") {
  check_lines(
      {
          Case{"No abnormal conus signal is seen.", {"cord-signal-change negated"}},
          Case{"Conus signal abnormality at T12-L1.", {"cord-signal-change T12-L1"}},
      },
      false);
}

TEST_CASE("s51: a study or record 'not provided' for review is not in the record") {
  check_lines(
      {
          Case{"Dynamic flexion-extension radiographs were not provided.",
               {"flexion-extension-study negated"}},
      },
      false);
}

TEST_CASE("s51: contact with the cord named, then its deformity denied") {
  check_lines(
      {
          Case{"The osteophyte contacts the cord without deformity at C3-4.",
               {"cord-compression C3-C4 negated"}},
          Case{"Uncovertebral spurring abuts the ventral cord but no compression at C4-5.",
               {"cord-compression C4-C5 negated"}},
      },
      false);
}

TEST_CASE("s51: a discharge or follow-up plan is what is to come") {
  check_lines(
      {
          Case{"Discharge plan: outpatient physical therapy in 1 week.",
               {"physical-therapy planned"}},
          Case{"Follow-up plan: PT 2x/week.", {"physical-therapy planned"}},
      },
      false);
}
