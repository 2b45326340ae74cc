// ConText scopes as outside authors write them (session 24,
// tests/data/eval/*-tune-s24ctx.json): Commonwealth and resident shorthand,
// templated lists, record reviews and plans weighed. Each case is a cue class
// or a scope rule, shown on wordings of its own.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using spinecds::test::Lines;
using spinecds::test::read;

TEST_CASE("'nil', 'no e/o', 'neg for' and '-ve for' deny what follows") {
  CHECK(read("Nil foraminal stenosis at L2-3.") == Lines{"stenosis L2-L3 negated"});
  CHECK(read("No e/o spondylolisthesis.") == Lines{"spondylolisthesis negated"});
  CHECK(read("Neg for cord compression at C6-7.") == Lines{"cord-compression C6-C7 negated"});
  CHECK(read("L4-5: -ve for canal stenosis.") == Lines{"stenosis L4-L5 negated"});
  // The word inside another is no cue: "vanilla" has no "nil".
  CHECK(read("Severe canal stenosis at L3-4.") == Lines{"stenosis L3-L4"});
}

TEST_CASE("'not convincingly seen' denies; 'favour' and '+/-' hedge") {
  CHECK(read("An extrusion at L4-5 is not convincingly seen.") ==
        Lines{"disc-herniation L4-L5 negated"});
  CHECK(read("Appearances favour a small central protrusion at L3-4.") ==
        Lines{"disc-herniation L3-L4 uncertain"});
  CHECK(read("+/- mild canal stenosis at L2-3.") == Lines{"stenosis L2-L3 uncertain"});
  CHECK(read("Hoffmann sign +/- on the right.") == Lines{"myelopathy uncertain"});
  // A preference between two types of one finding leaves it stated.
  CHECK(read("Appearances favour an isthmic spondylolisthesis at L5-S1 rather than a "
             "degenerative one.") == Lines{"spondylolisthesis L5-S1"});
  // After a hedge, an alternative that is a finding is hedged, not denied ...
  CHECK(read("The tissue at L4-5 likely represents scar rather than a recurrent protrusion.") ==
        Lines{"disc-herniation L4-L5 uncertain"});
  // ... and without one it is denied, as before.
  CHECK(read("This is a broad disc bulge at L4-5 rather than a herniation.") ==
        Lines{"disc-herniation L4-L5 negated"});
}

TEST_CASE("a templated 'Negative:' list denies every item to the end of its line") {
  CHECK(read("Negative: fever, weight loss, leg weakness, saddle numbness.") ==
        Lines{"weakness negated"});
  CHECK(read("Pertinent negatives: night pain, radicular symptoms, falls") ==
        Lines{"radiculopathy negated"});
  CHECK(read("Negative: Babinski, clonus, Hoffmann's.") == Lines{"myelopathy negated"});
  // A review-of-systems answer after its label.
  CHECK(read("Leg weakness: denies.") == Lines{"weakness negated"});
}

TEST_CASE("a resolution said of 'this' reaches the clause before it") {
  using spinecds::terminology::FindingKind;
  const char* quoted = "A left L4-5 protrusion was described in 2020; this has since resolved.";
  CHECK(read(quoted) == Lines{"disc-herniation L4-L5 negated"});
  CHECK(spinecds::test::only(quoted, FindingKind::disc_herniation).historical);
  CHECK(read("Earlier films showed a grade 1 slip at L4-5; it is no longer seen.") ==
        Lines{"spondylolisthesis L4-L5 negated"});
  // Without the pronoun the semicolon still ends the scope.
  CHECK(read("Moderate stenosis at L3-4; the protrusion at L4-5 has resolved.") ==
        Lines{"disc-herniation L4-L5 negated", "stenosis L3-L4"});
}

TEST_CASE("a cue before its noun after an article is said of that noun only") {
  CHECK(read("She has a left S1 radiculopathy with an absent ankle reflex.") ==
        Lines{"radiculopathy"});
}

TEST_CASE("symptoms 'may be related to' a finding are in doubt; the finding is stated") {
  CHECK(read("His right L5 radicular pain may be related to the L4-5 lateral recess stenosis.") ==
        Lines{"radiculopathy uncertain", "stenosis L4-L5"});
}

TEST_CASE("a hedge on the link leaves the cause stated: 'possibly from', 'may be ... from'") {
  CHECK(read("Left L5 radiculopathy, possibly from the L4-5 lateral recess stenosis.") ==
        Lines{"radiculopathy", "stenosis L4-L5"});
  // A range after "from" is still in the hedge.
  CHECK(read("Possible stenosis from L3-4 to L4-5.") == Lines{"stenosis L3-L4,L4-L5 uncertain"});
}

TEST_CASE("a slash joins two words of one denied item: 'bowel/bladder incontinence'") {
  CHECK(read("She denies saddle anesthesia, bowel/bladder incontinence or leg weakness.") ==
        Lines{"weakness negated"});
}

TEST_CASE("an operation 'favoured over' another: both weighed, the reason not") {
  CHECK(read("Laminectomy alone is favoured over fusion given no instability at L4-5.") ==
        Lines{"instability L4-L5 negated", "prior-fusion L4-L5 planned",
              "prior-laminectomy L4-L5 planned"});
  // The risks of an operation include the items after "including".
  CHECK(read("We reviewed the risks of an L5-S1 fusion, including pseudarthrosis and infection.") ==
        Lines{"prior-fusion L5-S1 planned", "pseudarthrosis L5-S1 planned"});
  CHECK(read("Flexion-extension radiographs would clarify.") ==
        Lines{"flexion-extension-study planned"});
}

TEST_CASE("'-ve' denies only as one word: '+ve' affirms and \"I've\" is no cue") {
  CHECK(read("Hoffmann's -ve.") == Lines{"myelopathy negated"});
  CHECK(read("Hoffmann's +ve on the right.") == Lines{"myelopathy"});
  CHECK(read("Arm numbness I've had for months in the C6 distribution.") == Lines{"radiculopathy"});
}

TEST_CASE("'likely to be affecting the root' hedges the effect, not the finding it follows") {
  CHECK(read("Broad-based protrusion at L4-5 with moderate canal stenosis, likely to be affecting "
             "the traversing L5 roots.") == Lines{"disc-herniation L4-L5", "stenosis L4-L5"});
  CHECK(read("Disc osteophyte complex at C6-7 likely to be contacting the left C7 root.") ==
        Lines{"disc-herniation C6-C7"});
  // A finding after it is what is in doubt.
  CHECK(read("The extrusion at C5-6 is likely to be compressing the cord.") ==
        Lines{"cord-compression C5-C6 uncertain", "disc-herniation C5-C6"});
}

TEST_CASE("an order's title after the study orders it") {
  CHECK(read("XR LUMBAR SPINE FLEXION AND EXTENSION ORDER.") ==
        Lines{"flexion-extension-study planned"});
  CHECK(read("Flexion and extension views were obtained in order to assess motion.") ==
        Lines{"flexion-extension-study"});
}

TEST_CASE("an outcome denied leaves the care given: 'have not improved with PT'") {
  CHECK(read("Her symptoms have not improved with 3 months of PT.") == Lines{"physical-therapy"});
  CHECK(read("His leg symptoms had not improved despite 8 weeks of physiotherapy.") ==
        Lines{"physical-therapy"});
}

TEST_CASE("a tension sign written '+' or 'now negative' says radiculopathy or denies it") {
  // (lumbar-sentences-tune-s26sc.json, -s26mc.json, -s26ac.json)
  CHECK(read("Slump test + on R reproducing posterior thigh and calf pain.") ==
        Lines{"radiculopathy"});
  CHECK(read("OBJECTIVE: (+) SLUMP TEST L REPRODUCING POSTERIOR THIGH/CALF PAIN.") ==
        Lines{"radiculopathy"});
  CHECK(read("Seated slump positive on the left at 20 degrees knee extension.") ==
        Lines{"radiculopathy"});
  CHECK(read("R SLR now negative (was positive at eval).") == Lines{"radiculopathy negated"});
  CHECK(read("Left SLR is now negative; centralizes with repeated extension.") ==
        Lines{"radiculopathy negated"});
  CHECK(read("Slump test now negative bilaterally.") == Lines{"radiculopathy negated"});
}

TEST_CASE("'slump + SLR negative' is one sign list, denied") {
  // (review, session 27: "slump +" read the '+' that joins two signs)
  CHECK(read("Slump + SLR negative bilaterally.") == Lines{"radiculopathy negated"});
  CHECK(read("Slump + straight leg raise negative on both sides.") ==
        Lines{"radiculopathy negated"});
}
