// The text engine on a resident's preliminary read followed by the
// attending's addendum (session 33, structured radiology): what the addendum
// says of a level and kind replaces what the preliminary read said of it;
// the rest of the preliminary read stands. Each case is a class of wording,
// written fresh before the engine was changed (not taken from any evaluation
// file).
#include <doctest/doctest.h>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using spinecds::test::check_lines;
using Case = spinecds::test::LinesCase;

TEST_CASE("an attending addendum's finding replaces the preliminary read's at its level") {
  check_lines(
      {
          Case{"Prelim read (PGY-3): Severe central stenosis at L4-5. Mild foraminal narrowing at "
               "L5-S1.\nAddendum (Dr. Ortiz, attending): The L4-5 central canal stenosis is "
               "moderate. Otherwise agree.",
               {"stenosis L4-L5", "stenosis L5-S1"}},
          Case{"Resident preliminary report: extrusion at L5-S1; moderate facet arthropathy "
               "L4-5.\nAMENDMENT: No disc herniation at L5-S1; there is a disc bulge.",
               {"disc-herniation L5-S1 negated", "facet-arthropathy L4-L5"}},
          Case{"PRELIMINARY: Cord compression at C4-5.\n\nATTENDING ADDENDUM: At C4-5 there is no "
               "cord compression; the CSF ventral to the cord is effaced.",
               {"cord-compression C4-C5 negated"}},
          Case{"Preliminary (night float): grade 2 retrolisthesis of L2 on L3.\nAddendum: the L2-3 "
               "retrolisthesis is grade 1.",
               {"spondylolisthesis L2-L3"}},
      },
      false);
  // A finding at another place of the same level is a finding added, and a
  // report without a preliminary read keeps its own findings.
  check_lines({
      Case{"Prelim: moderate central stenosis at L4-5.\nAddendum: there is also severe left "
           "foraminal stenosis at L4-5.",
           {"stenosis L4-L5 moderate", "stenosis L4-L5 severe"}},
      Case{"IMPRESSION: Moderate L4-5 stenosis.\nADDENDUM: Mild L3-4 stenosis also noted.",
           {"stenosis L3-L4 mild", "stenosis L4-L5 moderate"}},
  });
}
