// ConText cue classes from the curated lexicons (NegEx, ConText /
// pyConTextNLP, medspaCy's default rules), as spine records word them
// (tests/data/eval/*-sentences-tune-s22ctx.json, session 22): each case is a
// class of cue, shown on wordings of its own.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using spinecds::test::Lines;
using spinecds::test::read;

TEST_CASE("a change denied keeps the finding: 'no interval increase', 'no further progression'") {
  CHECK(read("No interval increase in the mild anterolisthesis of L3 on L4.") ==
        Lines{"spondylolisthesis L3-L4"});
  CHECK(read("No further progression of the moderate stenosis at L2-3.") ==
        Lines{"stenosis L2-L3"});
  CHECK(read("No significant progression of the C6-7 disc osteophyte complex.") ==
        Lines{"disc-herniation C6-C7"});
  // The plain negation still negates.
  CHECK(read("No anterolisthesis of L3 on L4.") == Lines{"spondylolisthesis L3-L4 negated"});
}

TEST_CASE(
    "a condition or contingency is hypothetical: 'should there be', 'in case of', 'risks of'") {
  CHECK(read("Should there be new foot drop or leg weakness, she will call the office.") ==
        Lines{"weakness planned"});
  CHECK(read("Instructed to go to the ED in case of progressive arm weakness.") ==
        Lines{"weakness planned"});
  CHECK(read("Home exercise program as needed for flares.") == Lines{"physical-therapy planned"});
  CHECK(read("The risks of L5-S1 fusion including pseudarthrosis were reviewed.") ==
        Lines{"prior-fusion L5-S1 planned", "pseudarthrosis L5-S1 planned"});
  CHECK(read("If her symptoms persist, a C5-6 ACDF would be reasonable.") ==
        Lines{"prior-fusion C5-C6 planned"});
  // The weakness itself, stated, stays affirmed.
  CHECK(read("She has new leg weakness.") == Lines{"weakness"});
}

TEST_CASE(
    "NegEx and medspaCy negations: 'fails to reveal', 'not consistent with', 'was negative'") {
  CHECK(read("CT myelogram fails to reveal any foraminal stenosis.") == Lines{"stenosis negated"});
  CHECK(read("The examination is not consistent with a cervical radiculopathy.") ==
        Lines{"radiculopathy negated"});
  CHECK(read("CT is unremarkable for stenosis at L3-4.") == Lines{"stenosis L3-L4 negated"});
  CHECK(read("Foraminal stenosis at L3-4 is not significant.") == Lines{"stenosis L3-L4 negated"});
  // A hedge of doubt is not a denial (tests/data/eval/README.md, session 22).
  CHECK(read("Instability at L4-5 is felt to be unlikely.") ==
        Lines{"instability L4-L5 uncertain"});
  // "consistent with" alone still affirms.
  CHECK(read("Findings consistent with a left L5 radiculopathy.") == Lines{"radiculopathy"});
}

TEST_CASE("'was negative for' negates what follows it") {
  CHECK(read("EMG was negative for lumbosacral radiculopathy.") == Lines{"radiculopathy negated"});
}

TEST_CASE("care ordered or scheduled and not taken up is care not given, not a plan") {
  CHECK(read("Physical therapy was scheduled but cancelled by the patient.") ==
        Lines{"physical-therapy negated"});
  CHECK(read("Physical therapy was ordered but the patient never attended.") ==
        Lines{"physical-therapy negated"});
  CHECK(read("She was referred to physical therapy but did not attend.") ==
        Lines{"physical-therapy negated"});
  CHECK(read("Her L4-5 fusion was cancelled.") == Lines{"prior-fusion L4-L5 negated"});
  // Scheduled and not cancelled stays a plan.
  CHECK(read("Physical therapy is scheduled to start next week.") ==
        Lines{"physical-therapy planned"});
}

TEST_CASE("'never started' before the therapy still negates it forwards") {
  CHECK(read("He never started physical therapy because of his work schedule.") ==
        Lines{"physical-therapy negated"});
}

TEST_CASE("one clause-verb class: a verb after a comma ends a negation, and gives a grade") {
  // "shows", "measures", "becomes" open a clause after the comma, as "is" does.
  CHECK(read("No herniation, the L4-5 canal shows moderate stenosis.") ==
        Lines{"disc-herniation L4-L5 negated", "stenosis L4-L5"});
  CHECK(read("No disc herniation at L3-4, the canal is mildly narrowed.") ==
        Lines{"disc-herniation L3-L4 negated", "stenosis L3-L4"});
  // A list item after the comma stays in the negation.
  CHECK(read("No stenosis at L2-3, central or foraminal.") == Lines{"stenosis L2-L3 negated"});
}

TEST_CASE("a list's last item before the sentence's verb stays in the cue's scope") {
  CHECK(read("Risks of ACDF including dysphagia, pseudarthrosis and adjacent segment "
             "degeneration were reviewed.") ==
        Lines{"prior-fusion planned", "pseudarthrosis planned"});
  CHECK(
      read("No central stenosis at L3-4, foraminal narrowing or facet arthropathy is seen.") ==
      Lines{"facet-arthropathy L3-L4 negated", "stenosis L3-L4 negated", "stenosis L3-L4 negated"});
}

TEST_CASE("a resolution told in a relative clause reaches back over its comma") {
  CHECK(read("The 2022 MRI showed an L4-5 extrusion, which is no longer seen.") ==
        Lines{"disc-herniation L4-L5 negated"});
  CHECK(read("Cord edema at C4-5, which has since resolved.") ==
        Lines{"cord-signal-change C4-C5 negated"});
  // A relative clause with a finding of its own keeps the first one.
  CHECK(read("Moderate stenosis at L3-4, which is unchanged.") == Lines{"stenosis L3-L4"});
}

TEST_CASE("a negation ends at 'since': the operation it counts from was done") {
  CHECK(read("No radicular pain since his L4-5 laminectomy.") ==
        Lines{"prior-laminectomy L4-L5", "radiculopathy negated"});
  // A list before "since" is still denied whole.
  CHECK(read("No leg weakness or claudication since the injection.") ==
        Lines{"neurogenic-claudication negated", "weakness negated"});
}

TEST_CASE(
    "medspaCy cues the table read the other way: 'rather than' denies, 'did not rule out' hedges") {
  CHECK(read("Findings represent a broad-based disc bulge rather than a herniation at L4-5.") ==
        Lines{"disc-herniation L4-L5 negated"});
  CHECK(read("The myelogram did not rule out stenosis at L3-4.") ==
        Lines{"stenosis L3-L4 uncertain"});
  // "rather than" with no finding after it leaves the finding before affirmed.
  CHECK(read("Degenerative spondylolisthesis of L4 on L5 rather than an isthmic one.") ==
        Lines{"spondylolisthesis L4-L5"});
}
