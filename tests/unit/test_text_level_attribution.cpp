// Which level a finding takes in sentences that name levels in more than one
// way (tests/data/eval/lumbar-sentences-tune-s22.json, session 22): each case
// is a general mechanism, shown on wordings of its own.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using spinecds::test::Lines;
using spinecds::test::graded::read;

TEST_CASE("a lone vertebra named for a slip or a bone is not the level of the finding after it") {
  CHECK(read("At L4-5 there is a degenerative anterolisthesis of L4 with resultant moderate "
             "canal stenosis.") == Lines{"spondylolisthesis L4-L5", "stenosis L4-L5 moderate"});
  CHECK(read("Grade 2 slip of L5 on S1 with bilateral L5 pars defects and severe foraminal "
             "narrowing at that level.") ==
        Lines{"spondylolisthesis L5-S1", "stenosis L5-S1 severe"});
  // The slip itself still takes the segment below its vertebra.
  CHECK(read("There is retrolisthesis of L2.") == Lines{"spondylolisthesis L2-L3"});
  // With no level of the sentence to fall back on, the finding has none.
  CHECK(read("Edema in the L5 pedicles with mild facet arthropathy.") ==
        Lines{"facet-arthropathy mild"});
}

TEST_CASE("an anatomy's name followed by 'compromise' or 'encroachment' is its stenosis") {
  CHECK(read("Central canal compromise at L3-4 is moderately severe.") ==
        Lines{"stenosis L3-L4 moderate-to-severe"});
  CHECK(read("Mild right lateral recess encroachment at L4-5.") == Lines{"stenosis L4-L5 mild"});
  CHECK(read("No thecal sac compromise at L2-3.") == Lines{"stenosis L2-L3 negated"});
  // The anatomy alone, affirmed and ungraded, is still no finding.
  CHECK(read("The central canal at L3-4 contains the cauda equina.").empty());
}

TEST_CASE("a 'Procedure:' line keeps the section it stands in") {
  // In an order the procedure is asked for; the order's diagnosis is stated.
  CHECK(read("ORDER: Surgical case request\nProcedure: L4-5 laminectomy\nDiagnosis: lumbar "
             "stenosis") == Lines{"prior-laminectomy L4-L5 planned", "stenosis"});
  CHECK(read("Plan:\nProcedure: L5-S1 fusion") == Lines{"prior-fusion L5-S1 planned"});
  // In an op note it is what was done.
  CHECK(read("PROCEDURE: L4-5 laminectomy.") == Lines{"prior-laminectomy L4-L5"});
}

TEST_CASE("'the level above' and 'the level below' are next to the level named before them") {
  CHECK(read("There is 5 mm anterolisthesis at L4-5 and a retrolisthesis at the level above.") ==
        Lines{"spondylolisthesis L3-L4", "spondylolisthesis L4-L5"});
  CHECK(read("Severe stenosis at L4-5 with mild stenosis at the level below.") ==
        Lines{"stenosis L4-L5 severe", "stenosis L5-S1 mild"});
  // A landmark after "above" is the landmark's, not a level next to another.
  CHECK(read("Moderate stenosis at L3-4 above the L4-S1 fusion.") ==
        Lines{"prior-fusion L4-L5,L5-S1", "stenosis L3-L4 moderate"});
  // Without a level before it, "the level above" names none.
  CHECK(read("The level above is normal.").empty());
  // A level right before "level above" is the level above something said
  // before: its own finding is there, not one segment higher.
  CHECK(read("The L2-3 level above shows moderate stenosis.") == Lines{"stenosis L2-L3 moderate"});
  CHECK(read("At the C3-4 level below, mild canal stenosis.") == Lines{"stenosis C3-C4 mild"});
}

TEST_CASE("a finding named again by its kind at a level is the finding at that level") {
  // The fusion's status before its level, the operation after: one fusion at
  // that level, whatever the next clause names.
  // (The status and the operation are two readings of the one fusion, both at
  // L5-S1; none is left without a level.)
  const Lines ct =
      read("CT: solid bony bridging across the prior L5-S1 ALIF; L4-5 has moderate stenosis.");
  CHECK(std::count(ct.begin(), ct.end(), "prior-fusion") == 0);
  CHECK(std::count(ct.begin(), ct.end(), "prior-fusion L5-S1") >= 1);
  CHECK(std::count(ct.begin(), ct.end(), "stenosis L4-L5 moderate") == 1);
  CHECK(read("Osseous bridging through the C6-7 ACDF; the C5-6 disc shows a small protrusion.") ==
        Lines{"disc-herniation C5-C6", "prior-fusion C6-C7"});
}

TEST_CASE("'the last mobile segment' names a level, not a slip that moves") {
  CHECK(read("Degenerative spondylolisthesis at the last mobile lumbar segment, L4-5.") ==
        Lines{"spondylolisthesis L4-L5"});
  CHECK(read("Stenosis at the lowest mobile level, L5-S1.") == Lines{"stenosis L5-S1"});
  // A mobile slip still moves.
  CHECK(read("Mobile spondylolisthesis at L4-5.") ==
        Lines{"instability L4-L5", "spondylolisthesis L4-L5"});
}

TEST_CASE("less common words: a disc that 'herniates', a 'coronal shift'") {
  CHECK(read("The L3-4 disc herniates into the right lateral recess.") ==
        Lines{"disc-herniation L3-L4"});
  CHECK(read("There is a 2 cm coronal shift to the right.") == Lines{"coronal-imbalance"});
  CHECK(read("No coronal shift.") == Lines{"coronal-imbalance negated"});
  // Session 26: "coronal or sagittal" shares the noun, as "coronal and sagittal" does.
  CHECK(read("No coronal or sagittal imbalance.") ==
        Lines{"coronal-imbalance negated", "sagittal-imbalance negated"});
}

TEST_CASE("'respectively' pairs grades with levels written before the finding, too") {
  CHECK(read("Disc bulges at L2-3, L3-4 and L4-5 result in mild, mild and moderate canal "
             "stenosis, respectively.") ==
        Lines{"stenosis L2-L3 mild", "stenosis L3-L4 mild", "stenosis L4-L5 moderate"});
  CHECK(read("At L3-4 and L4-5 there is mild and severe foraminal stenosis, respectively.") ==
        Lines{"stenosis L3-L4 mild", "stenosis L4-L5 severe"});
}

TEST_CASE("an adverb of degree closing the finding's clause grades it") {
  CHECK(read("At L4-5 a disc bulge narrows the canal severely.") == Lines{"stenosis L4-L5 severe"});
  CHECK(read("At L3-4 facet overgrowth narrows both foramina moderately, more on the left.") ==
        Lines{"facet-arthropathy L3-L4", "stenosis L3-L4 moderate"});
  // An adverb that is no grade leaves the finding ungraded.
  CHECK(read("At L4-5 a disc bulge narrows the canal slightly less than before.") ==
        Lines{"stenosis L4-L5"});
}

TEST_CASE("a grade the finding 'progressed to' replaces the grade written before it") {
  CHECK(read("Since then, the moderate L3-4 canal stenosis has progressed to severe.") ==
        Lines{"stenosis L3-L4 severe"});
  CHECK(read("The severe L4-5 stenosis has improved to moderate.") ==
        Lines{"stenosis L4-L5 moderate"});
  // Without a change word the grade before the finding stands.
  CHECK(read("The moderate L3-4 canal stenosis is unchanged.") == Lines{"stenosis L3-L4 moderate"});
}

TEST_CASE("a decompression said to have been performed is an operation") {
  CHECK(read("A complete decompression was performed from L4 to S1.") ==
        Lines{"prior-laminectomy L4-L5,L5-S1"});
  CHECK(read("Plan: decompression will be performed at L4-5.") ==
        Lines{"prior-laminectomy L4-L5 planned"});
  // The decompression of a sac by a disc is no operation.
  CHECK(read("There is mild decompression of the thecal sac at L4-5.").empty());
}

TEST_CASE("a myelogram's hourglass constriction of the sac is stenosis at its level") {
  CHECK(read("Myelogram: Hourglass constriction of the contrast column at L4-5.") ==
        Lines{"stenosis L4-L5"});
  CHECK(read("No hourglass deformity at L3-4.") == Lines{"stenosis L3-L4 negated"});
}
