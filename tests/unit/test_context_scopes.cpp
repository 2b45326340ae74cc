// ConText scopes that ran too far or stopped too soon (session 23,
// tests/data/eval/lumbar-sentences-tune-s23ctx.json): each case is a scope
// rule or a cue class, shown on wordings of its own.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using spinecds::test::Lines;
using spinecds::test::read;

TEST_CASE("a denial list closed by 'or' or ', and' denies every item, the last one included") {
  CHECK(read("Denies fevers, urinary retention, bowel or bladder changes, or progressive leg "
             "weakness.") == Lines{"weakness negated"});
  CHECK(read("Negative for chills, night sweats, leg weakness, and saddle numbness.") ==
        Lines{"weakness negated"});
  CHECK(read("She denies saddle anesthesia, urinary incontinence, radicular leg pain, or falls.") ==
        Lines{"radiculopathy negated"});
  // ", and" right after the denied item opens a clause of its own.
  CHECK(read("No fracture, and she reports new leg weakness.") == Lines{"weakness"});
  // Without a closing conjunction a comma still ends the denial.
  CHECK(read("No fracture, small disc protrusion at L4-5.") == Lines{"disc-herniation L4-L5"});
}

TEST_CASE("'ruled out' before its finding and 'criteria ... are not met' deny it") {
  CHECK(read("The CT myelogram ruled out severe canal stenosis at L2-3.") ==
        Lines{"stenosis L2-L3 negated"});
  CHECK(read("Angular motion at L3-4 is 8 degrees; criteria for instability are not met.") ==
        Lines{"angulation L3-L4", "instability L3-L4 negated"});
}

TEST_CASE("'versus': an alternative that is no finding hedges the finding before its comma") {
  CHECK(read("Give-way weakness of the right quadriceps, 4/5, versus poor effort.") ==
        Lines{"weakness uncertain"});
  // An alternative that is a finding is hedged alone.
  CHECK(read("Mild canal narrowing at L3-4 from a bulge, versus a tiny protrusion.") ==
        Lines{"disc-herniation L3-L4 uncertain", "stenosis L3-L4"});
  // Alternatives that are the cause do not hedge the finding they cause.
  CHECK(read("Severe canal stenosis at L2-3 from a disc bulge versus a small protrusion.") ==
        Lines{"disc-herniation L2-L3 uncertain", "stenosis L2-L3"});
  // "vs." does not end the clause at its full stop (a facet cyst is itself
  // no facet arthropathy, session 28).
  CHECK(read("Right L5-S1 facet cyst vs. sequestered disc fragment.") ==
        Lines{"disc-herniation L5-S1 uncertain"});
  // A type in doubt leaves the finding affirmed.
  CHECK(read("Grade 1 anterolisthesis of L5 on S1, isthmic versus degenerative.") ==
        Lines{"spondylolisthesis L5-S1"});
}

TEST_CASE("'favoured to represent' hedges what the image stands for, not its reality") {
  CHECK(read("The signal is favoured to represent a small annular protrusion at L3-4.") ==
        Lines{"disc-herniation L3-L4 uncertain"});
  CHECK(read("Mild cord flattening at C4-5 is favoured to be real rather than artefactual.") ==
        Lines{"cord-compression C4-C5"});
}

TEST_CASE(
    "a cause offered for a complaint is stated: 'likely secondary to', 'probably related to'") {
  CHECK(read("Left S1 radicular pain, likely secondary to the L5-S1 foraminal stenosis.") ==
        Lines{"radiculopathy", "stenosis L5-S1"});
  CHECK(read("Neurogenic claudication, most likely due to the severe L3-4 canal stenosis.") ==
        Lines{"neurogenic-claudication", "stenosis L3-L4"});
  // A judgement of what a finding is, not a plan.
  CHECK(read("The L4-5 slip reduces when supine, which I consider a mobile spondylolisthesis.") ==
        Lines{"instability L4-L5", "spondylolisthesis L4-L5"});
}

TEST_CASE("risks listed with 'including' are hypothetical; a referral never taken up is denied") {
  CHECK(read("Risks including nonunion, bleeding and infection were reviewed with her.") ==
        Lines{"pseudarthrosis planned"});
  CHECK(read("She was referred to physical therapy in May but never scheduled.") ==
        Lines{"physical-therapy negated"});
  CHECK(read("Referred to physical therapy last month but has not yet started.") ==
        Lines{"physical-therapy negated"});
}

TEST_CASE("a clause of time or condition before a cue bounds its backward scope") {
  CHECK(read("Home exercise program recommended once the fracture has healed.") ==
        Lines{"physical-therapy planned"});
}

TEST_CASE("a denied finding at an operation does not deny the operation") {
  CHECK(read("No evidence of nonunion at the L5-S1 fusion.") ==
        Lines{"prior-fusion L5-S1", "pseudarthrosis L5-S1 negated"});
  CHECK(read("There is no evidence to suggest pseudarthrosis at the C6-7 ACDF.") ==
        Lines{"prior-fusion C6-C7", "pseudarthrosis C6-C7 negated"});
  // A list of denied findings and operations stays denied.
  CHECK(read("No prior laminectomy or fusion.") ==
        Lines{"prior-fusion negated", "prior-laminectomy negated"});
}

TEST_CASE("'not a candidate for' an operation is a plan weighed, not a denied history") {
  CHECK(read("She is not a surgical candidate for L4-5 fusion at this time.") ==
        Lines{"prior-fusion L4-L5 planned"});
}

TEST_CASE("an outcome denied keeps the therapy: 'without lasting benefit'") {
  CHECK(read("He completed a home exercise program without lasting benefit.") ==
        Lines{"physical-therapy"});
}

TEST_CASE("a study named only with its purpose is ordered: 'radiographs ... to evaluate for'") {
  CHECK(read("Flexion and extension views of the lumbar spine to evaluate for instability at "
             "L3-4.") == Lines{"flexion-extension-study planned", "instability L3-L4 planned"});
  // A study said to be done is done.
  CHECK(read("Flexion and extension views were obtained to evaluate for instability at L3-4.") ==
        Lines{"flexion-extension-study", "instability L3-L4 planned"});
}

TEST_CASE("a relative's level is not the patient's; an opening contrast keeps its clause apart") {
  CHECK(read("His father had an L3-5 fusion; he himself has had no back surgery.") ==
        Lines{"prior-fusion L3-L4,L4-L5", "prior-fusion negated", "prior-laminectomy negated"});
  CHECK(read("Although there is no foraminal stenosis, the L3-4 extrusion contacts the L4 root.") ==
        Lines{"disc-herniation L3-L4", "stenosis negated"});
  CHECK(read("Aside from moderate facet arthropathy at L3-4, there is no stenosis.") ==
        Lines{"facet-arthropathy L3-L4", "stenosis negated"});
  // A level before an "although" clause still reaches the finding after it.
  CHECK(read("Although there is mild stenosis at L2-3, no herniation is seen.") ==
        Lines{"disc-herniation L2-L3 negated", "stenosis L2-L3"});
  CHECK(read("No significant stenosis other than moderate right foraminal narrowing at L4-5.") ==
        Lines{"stenosis L4-L5", "stenosis negated"});
}

TEST_CASE("a section heading alone on its line opens its section without a colon") {
  CHECK(read("PLAN\nL4-5 decompression and instrumented fusion.") ==
        Lines{"prior-fusion L4-L5 planned", "prior-laminectomy L4-L5 planned"});
  CHECK(read("Plan\nFlexion-extension radiographs of the lumbar spine.") ==
        Lines{"flexion-extension-study planned"});
  // The next heading ends the plan; a short line that is no heading opens nothing.
  CHECK(read("Plan\nL4-5 fusion.\nImpression\nModerate L3-4 stenosis.") ==
        Lines{"prior-fusion L4-L5 planned", "stenosis L3-L4"});
  CHECK(read("Neck pain\nC5-6 ACDF in 2019.") == Lines{"prior-fusion C5-C6"});
  // A hard-wrapped sentence that leaves a verb alone on its line opens no
  // section: the next sentence's findings are neither planned nor history.
  CHECK(read("The patient asked what is\nplanned\nMRI shows severe stenosis at L4-5.") ==
        Lines{"stenosis L4-L5"});
  CHECK(read("Compare with the study of 2024, see\ncomparison\nSevere stenosis at L4-5.") ==
        Lines{"stenosis L4-L5"});
}

TEST_CASE("a prior authorisation is for care to come, not a past operation") {
  CHECK(read("Prior auth submitted for L5-S1 ALIF.") == Lines{"prior-fusion L5-S1 planned"});
  CHECK(read("Prior authorization: C5-6 ACDF for cervical radiculopathy.") ==
        Lines{"prior-fusion C5-C6 planned", "radiculopathy"});
  CHECK(read("Prior L4-5 fusion.") == Lines{"prior-fusion L4-L5"});
}

TEST_CASE("symptoms named after them with a hedge: one syndrome, in doubt") {
  // (lumbar-sentences-tune-s26sc.json, -s26mc.json: "likely neurogenic
  // claudication vs vascular claudication", "may be vascular rather than
  // neurogenic claudication")
  CHECK(read("Bilateral buttock and thigh pain with walking, relieved by sitting, likely "
             "neurogenic claudication vs vascular claudication.") ==
        Lines{"neurogenic-claudication uncertain"});
  CHECK(read("Walking intolerance, possibly neurogenic claudication; ABIs pending.") ==
        Lines{"neurogenic-claudication uncertain"});
  CHECK(read("Calf and thigh pain after two blocks that eases when he sits down, suspicious for "
             "neurogenic claudication.") == Lines{"neurogenic-claudication uncertain"});
  // Named without a hedge, the symptoms and the syndrome stay one, stated.
  CHECK(read("Bilateral thigh pain with walking, relieved by sitting, consistent with neurogenic "
             "claudication.") == Lines{"neurogenic-claudication"});
  // Two roots named, one in doubt, are two findings.
  CHECK(read("Right L5 radiculopathy; possible left S1 radiculopathy as well.") ==
        Lines{"radiculopathy", "radiculopathy uncertain"});
}

TEST_CASE("an operation planned with another, or sent for approval, is planned too") {
  // (lumbar-sentences-tune-s26mc.json: "Prior authorization request: L3-S1
  // posterior spinal fusion with L3-4 decompression", "Will submit for L3-5
  // decompression")
  CHECK(read("Prior authorization request: L3-S1 posterior spinal fusion with L3-4 "
             "decompression.") ==
        Lines{"prior-fusion L3-L4,L4-L5,L5-S1 planned", "prior-laminectomy L3-L4 planned"});
  CHECK(read("We recommend an L4-S1 instrumented fusion plus L4-5 laminectomy.") ==
        Lines{"prior-fusion L4-L5,L5-S1 planned", "prior-laminectomy L4-L5 planned"});
  CHECK(read("2. Will submit for L3-5 decompression; pt agreeable.") ==
        Lines{"prior-laminectomy L3-L4,L4-L5 planned"});
  // A finding after "with" is still outside the plan's scope.
  CHECK(read("Possible mild stenosis at L3-4 with facet arthropathy.") ==
        Lines{"facet-arthropathy L3-L4", "stenosis L3-L4 uncertain"});
  // Levels before "decompression" name the operation, done as well as planned.
  CHECK(read("He is 2 years out from an L4-5 decompression.") == Lines{"prior-laminectomy L4-L5"});
}

TEST_CASE("a therapy's reason after its frequency or dates is a diagnosis stated") {
  // (lumbar-sentences-tune-s26ac.json, -s26mc.json: "PT eval and treat 2-3x/week
  // x 6 weeks for lumbar spinal stenosis", "8 PT visits approved
  // 03/01/2025-04/30/2025 for lumbar radiculopathy")
  CHECK(read("Referral: Outpatient PT eval and treat 2-3x/week x 6 weeks for lumbar spinal "
             "stenosis with neurogenic claudication.") ==
        Lines{"neurogenic-claudication", "physical-therapy planned", "stenosis"});
  CHECK(read("Authorization: 8 PT visits approved 03/01/2025-04/30/2025 for lumbar "
             "radiculopathy.") == Lines{"physical-therapy planned", "radiculopathy"});
  CHECK(read("Plan: physiotherapy twice weekly x 8 wks, 1/6/25 - 2/28/25, for sciatica.") ==
        Lines{"physical-therapy planned", "radiculopathy"});
}

TEST_CASE("a syndrome named outright stays stated beside a hedged one") {
  // (review, session 27)
  CHECK(read("EMG-confirmed radiculopathy on the left; possible superimposed radiculopathy from "
             "diabetic neuropathy.") == Lines{"radiculopathy", "radiculopathy uncertain"});
  CHECK(read("Classic neurogenic claudication with walking; cannot exclude superimposed "
             "neurogenic claudication from L2-3.") ==
        Lines{"neurogenic-claudication", "neurogenic-claudication uncertain"});
  CHECK(read("Right L5 radiculopathy, possible radiculopathy at another level as well.") ==
        Lines{"radiculopathy", "radiculopathy uncertain"});
  CHECK(read("Known left S1 radiculitis. Possible radiculopathy on the right too.") ==
        Lines{"radiculopathy", "radiculopathy uncertain"});
}

TEST_CASE("a sac decompressed by a fragment, a laminectomy seen on MRI, a study submitted") {
  // (review, session 27)
  CHECK(read("L4-5 decompression of the thecal sac by the retropulsed fragment is noted.") ==
        Lines{});
  CHECK(read("Outside MRI submitted for second opinion shows severe stenosis at L4-5.") ==
        Lines{"stenosis L4-L5"});
  CHECK(read("Plan L3-S1 fusion with L2-3 laminectomy changes noted on MRI.") ==
        Lines{"prior-fusion L3-L4,L4-L5,L5-S1 planned", "prior-laminectomy L2-L3"});
}
