// Cervical MRI prose and myelopathy exams (session 33, issue 15): fresh
// variants written before the engine was changed, in the ways
// neuroradiologists and spine surgeons write — per-level paragraphs, what is
// not stenosis or compression (CSF effacement, bulges without stenosis,
// contact with its deformity denied), patency, negations that stop at their
// clause or level, cord signal hedges, myelopathy exams written as
// "Sign: result", and impressions whose next sentence refers back to the
// levels just named ("at these levels"). Conventions:
// tests/data/eval/README.md, "Cervical files".
#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using namespace spinecds::terminology;
using spinecds::test::check_lines;
using spinecds::test::of_kind;
using spinecds::test::only;

TEST_CASE("a per-level paragraph: effacement, uncovertebral narrowing and patency") {
  check_lines({
      {"C5-6: Disc osteophyte complex effaces the ventral CSF without cord deformity. "
       "Uncovertebral hypertrophy results in moderate left and mild right foraminal narrowing.",
       {"disc-herniation C5-C6", "cord-compression C5-C6 negated", "stenosis C5-C6 moderate",
        "stenosis C5-C6 mild"}},
      {"C6-7: Broad-based posterior disc bulge without significant canal or foraminal stenosis.",
       {"stenosis C6-C7 negated", "stenosis C6-C7 negated"}},
      {"C4-5: Mild disc bulge. The canal and foramina are patent.",
       {"stenosis C4-C5 negated", "stenosis C4-C5 negated"}},
      {"C3-4: Unremarkable. C4-5: Small central protrusion contacts the ventral cord without "
       "deforming it. Foramina are patent.",
       {"disc-herniation C4-C5", "cord-compression C4-C5 negated", "stenosis C4-C5 negated"}},
      {"C6-7: Small right paracentral protrusion without mass effect on the cord. Patent foramina.",
       {"disc-herniation C6-C7", "cord-compression C6-C7 negated", "stenosis C6-C7 negated"}},
      {"C4-5: Left uncovertebral spurring produces moderate left foraminal stenosis. No central "
       "stenosis.\nC5-6: Broad disc osteophyte complex with moderate central canal stenosis and "
       "flattening of the ventral cord.",
       {"stenosis C4-C5 moderate", "stenosis C4-C5 negated", "disc-herniation C5-C6",
        "stenosis C5-C6 moderate", "cord-compression C5-C6"}},
      {"The central canal remains widely patent at C6-7.", {"stenosis C6-C7 negated"}},
      {"Neural foramina are widely patent throughout.", {"stenosis negated"}},
      {"Mild narrowing of the right neural foramen at C3-4; the left is patent.",
       {"stenosis C3-C4 mild", "stenosis C3-C4 negated"}},
  });
}

TEST_CASE("CSF effacement alone is no compression; contact with its deformity denied") {
  // Contact or abutment with nothing more said stays as session 24 chose it
  // (test_cervical_text.cpp: contact gives way to what the sentence says of
  // compression); README's cord-compression list does not name contact, a
  // reading left to the lead.
  check_lines({
      {"Partial effacement of the anterior CSF space at C4-5 and C5-6.", {}},
      {"Effacement of the ventral thecal sac at C5-6 without spinal canal stenosis.",
       {"stenosis C5-C6 negated"}},
      {"There is contact with the ventral cord at C5-6 without compression.",
       {"cord-compression C5-C6 negated"}},
      {"C5-6: Disc osteophyte complex with ventral cord contact but no cord compression.",
       {"disc-herniation C5-C6", "cord-compression C5-C6 negated"}},
      {"C6-7: small right paracentral protrusion, no cord contact.",
       {"disc-herniation C6-C7", "cord-compression C6-C7 negated"}},
      // Deformity said is still compression.
      {"C4-C5: Disc osteophyte complex contacts and flattens the ventral cord.",
       {"disc-herniation C4-C5", "cord-compression C4-C5"}},
      {"There is mass effect on the ventral cord at C5-6 without signal abnormality.",
       {"cord-compression C5-C6", "cord-signal-change C5-C6 negated"}},
  });
}

TEST_CASE("a negation stops at its clause and its level") {
  check_lines({
      {"No disc herniation at C4-5 and moderate central stenosis at C5-6.",
       {"disc-herniation C4-C5 negated", "stenosis C5-C6 moderate"}},
      {"No cord signal abnormality at C5-6, and the cord is mildly flattened at C6-7.",
       {"cord-signal-change C5-C6 negated", "cord-compression C6-C7 mild"}},
      {"Without cord compression at C4-5; at C5-6 the cord is moderately compressed.",
       {"cord-compression C4-C5 negated", "cord-compression C5-C6 moderate"}},
      {"No foraminal stenosis at C4-5, but there is severe right foraminal stenosis at C5-6.",
       {"stenosis C4-C5 negated", "stenosis C5-C6 severe"}},
      {"C5-6 is without stenosis; C6-7 demonstrates moderate bilateral foraminal narrowing.",
       {"stenosis C5-C6 negated", "stenosis C6-C7 moderate"}},
      {"At C5-6 there is no significant spinal canal stenosis; however, there is severe left "
       "foraminal stenosis.",
       {"stenosis C5-C6 negated", "stenosis C5-C6 severe"}},
      {"No myelomalacia or cord edema; there is moderate flattening of the cord at C5-6.",
       {"cord-signal-change C5-C6 negated", "cord-compression C5-C6 moderate"}},
      {"Negative for cord compression at C6-7 but positive for severe right foraminal narrowing "
       "at that level.",
       {"cord-compression C6-C7 negated", "stenosis C6-C7 severe"}},
      {"No significant stenosis at C2-3 through C4-5. At C5-6, moderate canal narrowing.",
       {"stenosis C2-C3,C3-C4,C4-C5 negated", "stenosis C5-C6 moderate"}},
  });
}

TEST_CASE("a sentence that refers back to the levels just named takes them") {
  check_lines({
      {"IMPRESSION:\n1. Multilevel cervical spondylosis, most pronounced at C5-6 and C6-7.\n2. At "
       "these levels there is moderate canal stenosis with mild cord flattening.\n3. No abnormal "
       "cord signal.",
       {"stenosis C5-C6,C6-C7 moderate", "cord-compression C5-C6,C6-C7 mild",
        "cord-signal-change negated"}},
      {"IMPRESSION: Moderate foraminal stenosis at C4-5 and C5-6. Mild canal stenosis at the same "
       "levels.",
       {"stenosis C4-C5,C5-C6 moderate", "stenosis C4-C5,C5-C6 mild"}},
      {"Disc osteophyte complexes at C4-5 and C5-6. Both levels show moderate central canal "
       "stenosis.",
       {"disc-herniation C4-C5,C5-C6", "stenosis C4-C5,C5-C6 moderate"}},
      {"Severe canal stenosis at C4-5. There is T2 hyperintensity in the cord at this level.",
       {"stenosis C4-C5 severe", "cord-signal-change C4-C5"}},
      {"Broad disc osteophyte complex at C3-4. At that level the cord is mildly flattened.",
       {"disc-herniation C3-C4", "cord-compression C3-C4 mild"}},
      // A sentence with no word that refers back takes no level from another.
      {"Moderate foraminal stenosis at C4-5 and C5-6. Mild canal stenosis.",
       {"stenosis C4-C5,C5-C6 moderate", "stenosis mild"}},
      // A sentence naming its own level keeps it.
      {"Severe canal stenosis at C4-5. At C6-7, at this level of the study, no stenosis.",
       {"stenosis C4-C5 severe", "stenosis C6-C7 negated"}},
  });
}

TEST_CASE("cord signal and its hedges") {
  check_lines({
      {"Questionable faint T2 hyperintensity within the cord at C5-6.",
       {"cord-signal-change C5-C6 uncertain"}},
      {"Possible subtle intramedullary T2 signal at C4-5, which may be artifactual.",
       {"cord-signal-change C4-C5 uncertain"}},
      {"Myelomalacia cannot be excluded at C6-7.", {"cord-signal-change C6-C7 uncertain"}},
      {"There is no convincing cord signal abnormality.", {"cord-signal-change negated"}},
      {"Intramedullary signal is within normal limits.", {"cord-signal-change negated"}},
      {"The cord maintains normal signal and caliber.", {"cord-signal-change negated"}},
      {"The spinal cord retains normal signal; there is no cord compression at any level.",
       {"cord-signal-change negated", "cord-compression negated"}},
      {"Focal T2 hyperintense signal in the cord at C6-7, consistent with myelomalacia.",
       {"cord-signal-change C6-C7"}},
      {"Spinal cord is normal in caliber and signal. Severe canal stenosis at C6-7 with cord "
       "flattening.",
       {"cord-signal-change negated", "stenosis C6-C7 severe", "cord-compression C6-C7"}},
  });
}

TEST_CASE("a myelopathy exam: each sign found, denied or graded") {
  check_lines({
      {"Positive Hoffmann on the right, negative on the left.", {"myelopathy"}},
      {"Hoffmann's sign present bilaterally; 3 beats of clonus at the right ankle.",
       {"myelopathy"}},
      {"Inverted radial reflex on the left.", {"myelopathy"}},
      {"He has difficulty with tandem walking and a broad-based gait.", {"myelopathy"}},
      {"Positive finger escape sign bilaterally.", {"myelopathy"}},
      {"Finger escape sign negative.", {"myelopathy negated"}},
      {"Exam is notable for a myelopathic hand on the right.", {"myelopathy"}},
      {"Lhermitte's sign positive with neck flexion.", {"myelopathy"}},
      {"Denies Lhermitte phenomenon.", {"myelopathy negated"}},
      {"Tandem gait is intact.", {}},
      {"Hoffmann negative, but 3 beats of clonus at the left ankle.", {"myelopathy"}},
      {"No Hoffmann sign. Gait is wide-based.", {"myelopathy negated", "myelopathy"}},
  });
}

TEST_CASE("a myelopathy sign written as a template's 'Sign: result' line") {
  check_lines({
      {"Babinski: downgoing bilaterally.", {"myelopathy negated"}},
      {"Babinski: flexor bilaterally.", {"myelopathy negated"}},
      {"Plantar responses: downgoing.", {"myelopathy negated"}},
      {"Hoffmann: negative bilaterally. Babinski: downgoing bilaterally.",
       {"myelopathy negated", "myelopathy negated"}},
      {"Babinski: upgoing on the right.", {"myelopathy"}},
      {"Hoffmann: positive on the left.", {"myelopathy"}},
      {"Tandem: unable.", {"myelopathy"}},
      {"Tandem gait: unable to perform.", {"myelopathy"}},
      {"Tandem gait: unsteady.", {"myelopathy"}},
      {"Tandem gait: normal.", {}},
      {"Clonus: absent.", {"myelopathy negated"}},
  });
}
