// Reading classes found on text in styles the engine had not seen
// (tests/data/eval/lumbar-sentences-tune-s20.json, session 20): each case is a
// general mechanism, shown on wordings of its own.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using spinecds::terminology::extract_findings;
using spinecds::test::Lines;
using spinecds::test::graded::read;

TEST_CASE("arthropathy without 'facet' is the facets' at a spinal level, not another joint's") {
  CHECK(read("Moderate arthropathy at L3-4.") == Lines{"facet-arthropathy L3-L4 moderate"});
  CHECK(read("Posterior elements: mild arthropathy at L4-5 and L5-S1.") ==
        Lines{"facet-arthropathy L4-L5,L5-S1 mild"});
  CHECK(read("Mild bilateral hip arthropathy is noted.").empty());
  CHECK(read("Degenerative arthropathy of the sacroiliac joints at the level of S1.").empty());
  CHECK(read("History of psoriatic arthropathy.").empty());
  // "Facets: moderate arthropathy" is one facet finding, not two.
  CHECK(read("L4-5: Facets: moderate arthropathy.") == Lines{"facet-arthropathy L4-L5 moderate"});
  // "apart from moderate ..." is an exception, not an earlier value.
  CHECK(read("Facets are unremarkable apart from severe arthropathy at L5-S1.") ==
        Lines{"facet-arthropathy L5-S1 severe", "facet-arthropathy negated"});
}

TEST_CASE(
    "a dynamic or mobile slip is a slip that moves; measured, the motion is its translation") {
  CHECK(read("Dynamic anterolisthesis at L3-4.") ==
        Lines{"instability L3-L4", "spondylolisthesis L3-L4"});
  CHECK(read("The L4-5 anterolisthesis is mobile on flexion.") ==
        Lines{"instability L4-L5", "spondylolisthesis L4-L5"});
  CHECK(read("Non-mobile grade 1 retrolisthesis at L2-3.") ==
        Lines{"instability L2-L3 negated", "spondylolisthesis L2-L3"});
  CHECK(read("Mobile spondy at L5-S1.") == Lines{"instability L5-S1", "spondylolisthesis L5-S1"});
  // Measured, the motion is the translation and no instability is added.
  const auto measured = extract_findings("There is 3 mm of dynamic retrolisthesis at L2-3.");
  REQUIRE(measured.size() == 2);
  for (const auto& f : measured) {
    CHECK(f.kind != spinecds::terminology::FindingKind::instability);
    if (f.kind == spinecds::terminology::FindingKind::translation) {
      CHECK(f.mm.value_or(0) == doctest::Approx(3));
    }
  }
  CHECK(read("Dynamic anterolisthesis of L3 on L4, 1 mm in extension and 5 mm in flexion.") ==
        Lines{"spondylolisthesis L3-L4", "translation L3-L4"});
  // Said of no slip, the words are no finding.
  CHECK(read("The patient is mobile and independent with transfers.").empty());
}

TEST_CASE("signal abnormality is the cord's only in a sentence about the cord") {
  CHECK(read("Edema-like signal abnormality in the left L4 pars interarticularis.").empty());
  CHECK(read("Marrow signal abnormality in the L3 vertebral body, likely a hemangioma.").empty());
  CHECK(read("Signal abnormality within the conus at T12-L1.") ==
        Lines{"cord-signal-change T12-L1"});
  CHECK(read("Mild cord flattening at C5-6 without signal abnormality.") ==
        Lines{"cord-compression C5-C6 mild", "cord-signal-change C5-C6 negated"});
}

TEST_CASE("the shopping-cart sign, named or described, is neurogenic claudication") {
  CHECK(read("Positive shopping-cart sign.") == Lines{"neurogenic-claudication"});
  CHECK(read("She can walk further leaning on a shopping trolley.") ==
        Lines{"neurogenic-claudication"});
}

TEST_CASE("under a Plan header, therapy the sentence says was done is not planned") {
  CHECK(read("Plan: she finished 6 weeks of physical therapy; proceed with L4-5 fusion.") ==
        Lines{"physical-therapy", "prior-fusion L4-L5 planned"});
  CHECK(read("Plan: physical therapy was completed in May; will order flexion-extension views.") ==
        Lines{"flexion-extension-study planned", "physical-therapy"});
  // What the plan proposes stays planned.
  CHECK(read("Plan: PT 2x/week for 6 weeks.") == Lines{"physical-therapy planned"});
}

TEST_CASE("British spellings of cues read as the US ones") {
  CHECK(read("The L4-5 extrusion is no longer visualised.") ==
        Lines{"disc-herniation L4-L5 negated"});
  CHECK(read("The L4-5 extrusion is no longer visualized.") ==
        Lines{"disc-herniation L4-L5 negated"});
}

TEST_CASE("'from' before a grade is an earlier value only in a change") {
  CHECK(read("Complete block of contrast at L2-3 from severe canal stenosis.") ==
        Lines{"stenosis L2-L3 severe"});
  CHECK(read("Canal stenosis at L2-3 has progressed from moderate to severe.") ==
        Lines{"stenosis L2-L3 severe"});
}

TEST_CASE("orders and prior-authorisation requests propose; they do not report") {
  CHECK(read("Requested services: L3-4 laminectomy.") == Lines{"prior-laminectomy L3-L4 planned"});
  CHECK(read("Reason: eval instability at L3-4.") == Lines{"instability L3-L4 planned"});
  CHECK(read("Will trial PT x 6 wks before considering decompression.") ==
        Lines{"physical-therapy planned", "prior-laminectomy planned"});
}

TEST_CASE("a denied list keeps its negation over items of a few words each") {
  CHECK(read("Denies fever, chills, saddle anaesthesia or progressive weakness.") ==
        Lines{"weakness negated"});
  CHECK(read("No fracture, and the patient reports weakness.") == Lines{"weakness"});
}

TEST_CASE("a grade and a side after a clause break repeat the finding on that side") {
  CHECK(read("No foraminal encroachment on the left at L5-S1; moderate on the right.") ==
        Lines{"stenosis L5-S1 moderate", "stenosis L5-S1 negated"});
  CHECK(read("Severe left foraminal stenosis at L4-5, mild on the right.") ==
        Lines{"stenosis L4-L5 mild", "stenosis L4-L5 severe"});
}

TEST_CASE("a figure without a unit right after PI-LL is its angle") {
  const auto f = extract_findings("Pelvic tilt 31 deg, PI 60, LL 42 (PI-LL 18).");
  REQUIRE(f.size() == 1);
  CHECK(f[0].kind == spinecds::terminology::FindingKind::pi_ll_mismatch);
  CHECK(f[0].degrees.value_or(0) == doctest::Approx(18));
}

TEST_CASE("a level header inside a numbered item ends with the item") {
  CHECK(read("IMPRESSION:\n1. L3-4: Severe canal stenosis.\n2. No foraminal stenosis.") ==
        Lines{"stenosis L3-L4 severe", "stenosis negated"});
  // A header on its own line still scopes the numbered lines under it.
  CHECK(read("L3-4:\n1. Severe canal stenosis.\n2. Mild facet arthropathy.") ==
        Lines{"facet-arthropathy L3-L4 mild", "stenosis L3-L4 severe"});
}

TEST_CASE("a change between positions written as an increase is the translation") {
  CHECK(read("Flexion views show a 3 mm increase in the L3-4 anterolisthesis.") ==
        Lines{"flexion-extension-study", "spondylolisthesis L3-L4", "translation L3-L4"});
  const auto f = extract_findings(
      "Anterolisthesis of L4 on L5, which increases from 2 mm to 7 mm on flexion.");
  bool translation = false;
  for (const auto& x : f) {
    if (x.kind != spinecds::terminology::FindingKind::translation) continue;
    translation = true;
    CHECK(x.mm.value_or(0) == doctest::Approx(5));
  }
  CHECK(translation);
  // Against an earlier study, not between positions: no translation.
  CHECK(read("The L2-3 retrolisthesis increased from 2 mm to 4 mm since 2022.") ==
        Lines{"spondylolisthesis L2-L3"});
}

TEST_CASE("what resolved ends where the cause of its resolution begins") {
  CHECK(read("Interval resolution of the L3-4 anterolisthesis after L3-4 fusion.") ==
        Lines{"prior-fusion L3-L4", "spondylolisthesis L3-L4 negated"});
  CHECK(read("The L4-5 canal stenosis has been relieved.") == Lines{"stenosis L4-L5 negated"});
}

TEST_CASE("'not yet' negates; what a payer requires is not yet done") {
  CHECK(read("She has not yet started physical therapy.") == Lines{"physical-therapy negated"});
  CHECK(read("The plan requires documentation of 6 weeks of physical therapy.") ==
        Lines{"physical-therapy planned"});
}

TEST_CASE("under a level header, 'each level' is each of the header's levels") {
  CHECK(read("L3-4 through L5-S1: mild foraminal narrowing at each level.") ==
        Lines{"stenosis L3-L4,L4-L5,L5-S1 mild"});
  CHECK(read("Mild foraminal narrowing at each level.") ==
        Lines{"stenosis L1-L2,L2-L3,L3-L4,L4-L5,L5-S1 mild"});
}

TEST_CASE("'flex/ext' names the flexion-extension films as 'flex/ex' does") {
  CHECK(read("EXAM: XR LUMBAR SPINE FLEX/EXT 4 VIEWS") == Lines{"flexion-extension-study"});
  CHECK(read("No instability on flex/ext.") ==
        Lines{"flexion-extension-study", "instability negated"});
}

TEST_CASE("a slip named before the two vertebrae that tell it is at their segment") {
  CHECK(read("Retrolisthesis: L3 slips backward relative to L4.") ==
        Lines{"spondylolisthesis L3-L4"});
  CHECK(read("L5 slips backward on S1 by 3 mm.") == Lines{"spondylolisthesis L5-S1"});
}

TEST_CASE("a vertebra named for a part of its bone is no level for a denial in another clause") {
  CHECK(read("Stress reaction in the right L4 pars; no spondylolisthesis.") ==
        Lines{"spondylolisthesis negated"});
  CHECK(read("Bilateral L5 pars defects with grade 1 anterolisthesis.") ==
        Lines{"spondylolisthesis L5-S1"});
}

TEST_CASE("an age is no past; what a patient needs is not done") {
  const auto f = extract_findings("A 71-year-old woman with L4-5 stenosis.");
  REQUIRE(f.size() == 1);
  CHECK_FALSE(f[0].historical);
  CHECK(read("He was told he needs an L4-5 fusion.") == Lines{"prior-fusion L4-L5 planned"});
}

TEST_CASE("therapy, then the home programme it hands over to, are two; 'physio' is therapy") {
  CHECK(read("Discharged from physical therapy after 12 visits to a home exercise programme.")
            .size() == 2);
  CHECK(read("Home exercise program prescribed by the physical therapist.").size() == 1);
  CHECK(read("Physio 6 sessions, no benefit.") == Lines{"physical-therapy"});
}

TEST_CASE("partly gone is still there") {
  CHECK(read("The L4-5 extrusion has partially regressed.") == Lines{"disc-herniation L4-L5"});
  CHECK(read("Partial resolution of the L5-S1 foraminal stenosis.") == Lines{"stenosis L5-S1"});
  CHECK(read("The L4-5 extrusion has resolved.") == Lines{"disc-herniation L4-L5 negated"});
}

TEST_CASE("a finding located only by a landmark takes no level named elsewhere") {
  const auto f = extract_findings("Prior L4-5 fusion; possible stenosis above the fusion.");
  bool stenosis = false;
  for (const auto& x : f) {
    if (x.kind == spinecds::terminology::FindingKind::stenosis) {
      stenosis = true;
      CHECK(x.segments.empty());
      CHECK(x.uncertain);
    }
    if (x.kind == spinecds::terminology::FindingKind::prior_fusion) CHECK_FALSE(x.uncertain);
  }
  CHECK(stenosis);
  CHECK(read("Stenosis at L3-4 above the L4-S1 fusion.") ==
        Lines{"prior-fusion L4-L5,L5-S1", "stenosis L3-L4"});
}

TEST_CASE("grade-level pairs after the noun, the grade first, give each level its grade") {
  CHECK(read("Foraminal stenosis: moderate right L4-5, mild left L5-S1.") ==
        Lines{"stenosis L4-L5 moderate", "stenosis L5-S1 mild"});
  CHECK(read("Facet arthropathy, moderate L3-4 and mild L4-5.") ==
        Lines{"facet-arthropathy L3-L4 moderate", "facet-arthropathy L4-L5 mild"});
}

TEST_CASE("'lumbar 4-5' is the L4-5 level") {
  CHECK(read("Lumbar 4-5: moderate central stenosis.") == Lines{"stenosis L4-L5 moderate"});
}

TEST_CASE("surgical shorthand: 'lami', a revision decompression") {
  CHECK(read("Surgical history: appendectomy, L4-5 lami 2017.") ==
        Lines{"prior-laminectomy L4-L5"});
  const auto f = extract_findings("Procedure: revision decompression and extension of the fusion.");
  bool decompression = false;
  for (const auto& x : f) {
    decompression =
        decompression || x.kind == spinecds::terminology::FindingKind::prior_laminectomy;
  }
  CHECK(decompression);
}

TEST_CASE("orders and referrals written as headers or imperatives are planned") {
  CHECK(read("Planned procedure: L4-5 decompression.") == Lines{"prior-laminectomy L4-L5 planned"});
  CHECK(read("Referral: physical therapy, lumbar, eval and treat.") ==
        Lines{"physical-therapy planned"});
  CHECK(read("Order flexion-extension lumbar x-rays.") == Lines{"flexion-extension-study planned"});
  // The diagnosis on an order is stated, not ordered.
  CHECK(read("Diagnosis on order: lumbar spinal stenosis.") == Lines{"stenosis"});
}

TEST_CASE("'mismatch' after the pelvic incidence is the PI-LL mismatch") {
  const auto f = extract_findings("PI 58, LL 36, mismatch 22.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].kind == spinecds::terminology::FindingKind::pi_ll_mismatch);
  CHECK(f[0].degrees.value_or(0) == doctest::Approx(22));
  CHECK(read("Mismatch between symptoms and imaging.").empty());
}

TEST_CASE("a course left unfinished after sessions took place is therapy received") {
  CHECK(read("Stopped after 4 visits; physical therapy not completed.") ==
        Lines{"physical-therapy"});
  CHECK(read("PT not completed.") == Lines{"physical-therapy negated"});
}

TEST_CASE("'c/f' and 'doubt' hedge; 'of doubtful significance' does not") {
  CHECK(read("Symptoms c/f neurogenic claudication.") ==
        Lines{"neurogenic-claudication uncertain"});
  CHECK(read("Doubt instability at L4-5.") == Lines{"instability L4-L5 uncertain"});
  CHECK(read("Small protrusion at L4-5 of doubtful significance.") ==
        Lines{"disc-herniation L4-L5"});
}

TEST_CASE("bony incorporation of a graft is a fusion that was done") {
  CHECK(read("Interbody spacer at L4-5 with bony incorporation.") == Lines{"prior-fusion L4-L5"});
  CHECK(read("No bony incorporation of the L4-5 graft.").empty());
}

TEST_CASE("normal lordosis and alignment is normal alignment") {
  CHECK(read("Normal lumbar lordosis and alignment.") == Lines{"spondylolisthesis negated"});
  CHECK(read("Lordosis and alignment are maintained.") == Lines{"spondylolisthesis negated"});
}

TEST_CASE("surgery wished for, deferred or not indicated is not done") {
  CHECK(read("She is interested in pursuing L4-5 laminectomy.") ==
        Lines{"prior-laminectomy L4-L5 planned"});
  CHECK(read("We will hold off on L4-5 fusion for now.") == Lines{"prior-fusion L4-L5 planned"});
  CHECK(read("L4-5 fusion is not indicated at this time.") == Lines{"prior-fusion L4-L5 planned"});
}

// Session 21 (tests/data/eval/lumbar-sentences-tune-s21.json): mainstream
// reports as an outside examiner writes them.
TEST_CASE("vertebral bodies 'normally aligned' is normal alignment: no slip") {
  CHECK(read("The lumbar vertebral bodies are normally aligned.") ==
        Lines{"spondylolisthesis negated"});
  CHECK(read("Vertebrae are anatomically aligned.") == Lines{"spondylolisthesis negated"});
  // A slip beside it is still read.
  CHECK(read("Grade 1 anterolisthesis of L4 on L5; otherwise normally aligned.") ==
        Lines{"spondylolisthesis L4-L5", "spondylolisthesis negated"});
}

TEST_CASE("signal or edema in the bare facet joints is no arthropathy; what it may reflect is") {
  CHECK(read("Increased T2 signal in the L4-5 facet joints.").empty());
  CHECK(read("Edema in the right L5-S1 facet joint.").empty());
  CHECK(read("Subtle T2 signal in the L4-5 facet joints may reflect active facet arthropathy.") ==
        Lines{"facet-arthropathy L4-L5 uncertain"});
  // The graded anatomy is still arthropathy.
  CHECK(read("L4-5: Facets: moderate arthropathy.") == Lines{"facet-arthropathy L4-L5 moderate"});
}

TEST_CASE("a level written right before a finding is its own, not the next finding's level") {
  CHECK(read("Prior L5-S1 laminectomy and fusion at L3-4.") ==
        Lines{"prior-fusion L3-L4", "prior-laminectomy L5-S1"});
  CHECK(read("Postsurgical changes of L5-S1 laminectomy and posterior fusion from L4 to S1.") ==
        Lines{"prior-fusion L4-L5,L5-S1", "prior-laminectomy L5-S1"});
  // Without a level of its own, a finding still shares the one after its partner.
  CHECK(read("Prior laminectomy and fusion at L4-5.") ==
        Lines{"prior-fusion L4-L5", "prior-laminectomy L4-L5"});
}

TEST_CASE("pelvic incidence and lumbar lordosis given apart are their mismatch") {
  const auto degrees = [](const char* text) {
    const auto found = extract_findings(text);
    return found.size() == 1 && found[0].degrees ? *found[0].degrees : -999.0;
  };
  CHECK(degrees("PI 62, LL 35.") == 27.0);
  CHECK(degrees("Pelvic incidence of 58 degrees, lumbar lordosis of 40 degrees.") == 18.0);
  // A named mismatch is read as written, once.
  CHECK(degrees("PI 58 degrees, LL 31 degrees, PI-LL mismatch of 26 degrees.") == 26.0);
  // One angle alone is no mismatch.
  CHECK(extract_findings("Lumbar lordosis measures 45 degrees.").empty());
}

TEST_CASE("a negation does not cross a comma into a clause with its own verb") {
  CHECK(read("No disc herniation at L4-5, the canal is moderately narrowed.") ==
        Lines{"disc-herniation L4-L5 negated", "stenosis L4-L5 moderate"});
  CHECK(read("No fracture, the canal is narrowed.") == Lines{"stenosis"});
  CHECK(read("Without evidence of cord compression, the canal is mildly narrowed at C5-6.") ==
        Lines{"cord-compression C5-C6 negated", "stenosis C5-C6 mild"});
  // A list after the comma keeps the negation.
  CHECK(read("No spondylolisthesis, spondylolysis, or instability.") ==
        Lines{"instability negated", "spondylolisthesis negated"});
}

TEST_CASE("a noun's list of level grades split by semicolons counts each level once") {
  CHECK(read("Canal stenosis: L3-4 mild; L4-5 severe; L5-S1 moderate.") ==
        Lines{"stenosis L3-L4 mild", "stenosis L4-L5 severe", "stenosis L5-S1 moderate"});
  CHECK(read("Foraminal stenosis: L3-4 mild; L4-5 severe.") ==
        Lines{"stenosis L3-L4 mild", "stenosis L4-L5 severe"});
  // A repeat after a finding at one level is still a repeat.
  CHECK(read("Moderate canal stenosis at L3-4; L4-5 severe.") ==
        Lines{"stenosis L3-L4 moderate", "stenosis L4-L5 severe"});
}

TEST_CASE("a finding's label followed by level-figure pairs gives each level its figure") {
  CHECK(read("Translation: L3-4 1 mm; L4-5 5 mm; L5-S1 2 mm.") ==
        Lines{"translation L3-L4", "translation L4-L5", "translation L5-S1"});
  CHECK(read("Anterolisthesis: L3-4 2 mm; L4-5 5 mm.") ==
        Lines{"spondylolisthesis L3-L4", "spondylolisthesis L4-L5"});
  std::vector<double> mm;
  for (const auto& f : extract_findings("Translation: L3-4 1 mm; L4-5 5 mm; L5-S1 2 mm.")) {
    if (f.mm) mm.push_back(*f.mm);
  }
  CHECK(mm == std::vector<double>{1.0, 5.0, 2.0});
}

TEST_CASE("a sign of non-union gives way to the report's own hedged reading of it") {
  CHECK(read("There is a persistent lucency across the L4-5 interbody fusion without bridging "
             "bone, which may reflect nonunion.") ==
        Lines{"prior-fusion L4-L5", "pseudarthrosis L4-L5 uncertain"});
  // Alone, the sign still says the graft has not united.
  CHECK(read("Persistent lucency across the L4-5 interbody graft.") ==
        Lines{"pseudarthrosis L4-L5"});
}

TEST_CASE(
    "a chiropractor's subluxation is an adjusted segment, a radiologist's a slipped vertebra") {
  CHECK(read("Chiropractic assessment: subluxation at L4 and L5; adjusted with diversified "
             "technique.")
            .empty());
  CHECK(read("Subluxations noted at L3 and L5, corrected with CMT.").empty());
  CHECK(read("Atlantoaxial subluxation at C1-2.") == Lines{"spondylolisthesis C1-C2"});
  CHECK(read("No fracture or subluxation.") == Lines{"spondylolisthesis negated"});
  CHECK(read("Anterior subluxation of L4 on L5 by 4 mm.") == Lines{"spondylolisthesis L4-L5"});
}

TEST_CASE("a hyphenated range of grades reaches its first grade however long the phrase") {
  CHECK(read("Moderate-to-severe central canal and bilateral lateral recess stenosis at L4-L5.") ==
        Lines{"stenosis L4-L5 moderate-to-severe", "stenosis L4-L5 moderate-to-severe"});
  CHECK(read("Mild-to-moderate right and left neural foraminal narrowing at L5-S1.") ==
        Lines{"stenosis L5-S1 mild-to-moderate"});
  CHECK(read("C5-6: moderate-to-severe central and left foraminal stenosis.") ==
        Lines{"stenosis C5-C6 moderate-to-severe", "stenosis C5-C6 moderate-to-severe"});
}
