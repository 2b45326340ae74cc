// The text engine on classes met in session 42 and the mends owed from
// session 41's review. Each case is a wording of the class written fresh
// (not taken from any evaluation file).
#include <doctest/doctest.h>

#include "support/finding_lines.h"

using spinecds::terminology::FindingKind;
using spinecds::test::check_lines;
using spinecds::test::check_root_and_side;
using Case = spinecds::test::LinesCase;

TEST_CASE("a root's palsy names that root, lumbar or cervical; a nerve's or a face's is none") {
  check_root_and_side(
      {"Right L5 nerve palsy with foot drop.", FindingKind::weakness, "L5", "right"});
  check_root_and_side({"New left C8 palsy, grip 3/5.", FindingKind::weakness, "C8", "left"});
  check_root_and_side(
      {"S1 palsy on the left after the revision.", FindingKind::weakness, "S1", "left"});
  check_lines(
      {
          // The root's name is no level of the stenosis beside it.
          Case{"C5 palsy; moderate canal stenosis at C3-4.",
               {"weakness", "stenosis C3-C4 moderate"}},
          Case{"Left peroneal nerve palsy after a fibular fracture.", {}},
          Case{"History of Bell's palsy in 2019.", {}},
      },
      true);
}

TEST_CASE("therapy and rehabilitation after another care's name are not physiotherapy") {
  check_lines(
      {
          Case{"Completed psychological therapy for chronic pain.", {}},
          Case{"Vestibular rehab for dizziness, 6 sessions.", {}},
          Case{"Behavioural therapy and sleep hygiene discussed.", {}},
          Case{"Six weeks of outpatient rehabilitation for the lumbar spine.",
               {"physical-therapy"}},
      },
      false);
}

TEST_CASE("a scan's misreadings: rn for m, a closing 1 for l, a letter for the 1 of S1 and T1") {
  check_lines(
      {
          Case{"Marked central stenosis at L4-5 and rnoderately severe stenosis at L3-4.",
               {"stenosis L4-L5 severe", "stenosis L3-L4 moderate-to-severe"}},
          Case{"Status post C5 corpectorny with strut graft, 1994.", {"prior-fusion C4-C5,C5-C6"}},
          Case{"Faint increased T2 signa1 in the cord at C5-6.", {"cord-signal-change C5-C6"}},
          Case{"L5-Sl: broad disc protrusion.", {"disc-herniation L5-S1"}},
          Case{"Mild foraminal narrowing at L5-SI.", {"stenosis L5-S1 mild"}},
          Case{"Disc osteophyte complex at C7-Tl.", {"disc-herniation C7-T1"}},
          // The sacroiliac joint keeps its capital I.
          Case{"SI joint injection on the right.", {}},
      },
      true);
  using spinecds::test::only;
  CHECK(only("There is 3rnm of retrolisthesis of L2 on L3.", FindingKind::spondylolisthesis).mm ==
        std::optional<double>(3));
  CHECK(only("The grade l spondylolisthesis at L5-S1.", FindingKind::spondylolisthesis).grade ==
        std::optional<int>(1));
}

TEST_CASE("a fax or page banner inside a sentence is no part of it") {
  check_lines(
      {
          Case{"There is moderate central canal stenosis at L4-5 with\n"
               "FAX 555-0142   10/03/2019 14:22   P.004\n"
               "mild bilateral facet arthropathy.",
               {"stenosis L4-L5 moderate", "facet-arthropathy L4-L5 mild"}},
          Case{"Severe spinal stenosis at L4-5 secondary to\n----- Page 2 of 3 -----\n"
               "RE: DOE, JANE  DOB: 01/02/1950  MR#: 0048812\ndegenerative spondylolisthesis.",
               {"stenosis L4-L5 severe", "spondylolisthesis L4-L5"}},
      },
      true);
}

TEST_CASE("each side's grade written after the finding is its own finding") {
  for (const char* text : {"C6-7 foraminal stenosis, right moderate, left severe.",
                           "Foraminal stenosis C6/7 moderate on the right and severe on the left.",
                           "At C6-7 there is foraminal narrowing which is moderate on the right "
                           "and severe on the left."}) {
    const std::string t = text;
    CAPTURE(t);
    const auto [left, right] = spinecds::test::left_and_right(text, FindingKind::stenosis);
    CHECK(right.severity == spinecds::terminology::Severity::moderate);
    CHECK(left.severity == spinecds::terminology::Severity::severe);
  }
  // Grades before a finding of their own are that finding's.
  check_lines(
      {Case{"L3-4: moderate central stenosis, severe left and mild right foraminal stenosis.",
            {"stenosis L3-L4 moderate", "stenosis L3-L4 severe", "stenosis L3-L4 mild"}}},
      true);
}

TEST_CASE("conditions, queries, plans and differentials as outside clinics write them") {
  check_lines(
      {
          // A condition by inversion.
          Case{"Should myelopathic symptoms appear, surgery will be considered.",
               {"myelopathy planned"}},
          // A query written onto its word reaches forward only.
          Case{"Left sciatica ?PIVD.", {"radiculopathy", "disc-herniation planned"}},
          // "for" opening a clause with the care: what the patient is put down for.
          Case{"Lumbar canal stenosis with claudication; for decompressive laminectomy L4-L5.",
               {"stenosis L4-L5", "neurogenic-claudication", "prior-laminectomy L4-L5 planned"}},
          Case{"Counselled on L4/L5 decompression and fusion.",
               {"prior-laminectomy L4-L5 planned", "prior-fusion L4-L5 planned"}},
          Case{"C6-7 ACDF offered; he elected to continue conservative care.",
               {"prior-fusion C6-C7 planned"}},
          Case{"Suggestive of L4/5 spondylolisthesis; advise flexion/extension views.",
               {"spondylolisthesis L4-L5 uncertain", "flexion-extension-study planned"}},
          Case{"Pt will benefit from skilled PT 2x/wk x 12 wks.", {"physical-therapy planned"}},
          // A numbered differential list's items are each only possible.
          Case{"Differential diagnoses: 1. Lumbar canal stenosis 2. Pott's disease.",
               {"stenosis uncertain"}},
          // A spaced dash closes the clause a hedge after it would reach back to.
          Case{"An epidural collection compressing the cord at C6-7 - ?TB vs pyogenic.",
               {"cord-compression C6-C7"}},
      },
      false);
}

TEST_CASE("signs, denials and courses in African, Caribbean and older records") {
  check_lines(
      {
          Case{"The pain is purely axial and the SLRT is negative.", {"radiculopathy negated"}},
          Case{"Power normal in all four limbs.", {"weakness negated"}},
          Case{"His gait has become wide-based.", {"myelopathy"}},
          Case{"Physiotherapy was advised but she did not go because of the cost.",
               {"physical-therapy negated"}},
          Case{"Old healed C6 fracture with 3 mm anterolisthesis of C6 on C7.",
               {"spondylolisthesis C6-C7"}},
          Case{"He was treated for pulmonary TB and completed 6 months of therapy.", {}},
          Case{"Good rehab potential.", {}},
          Case{"Flexion/extension films have not yet been obtained.",
               {"flexion-extension-study negated"}},
          Case{"722.10 Displacement of lumbar intervertebral disc.", {"disc-herniation"}},
      },
      false);
  using spinecds::test::one_therapy;
  CHECK(one_therapy("Attended 11 visits over approx. 6 1/2 weeks.").weeks ==
        std::optional<double>(6.5));
}

TEST_CASE(
    "a table whose cells were run together, and a list whose last level has its own finding") {
  check_lines(
      {
          Case{
              "LEVEL CANAL R FORAMEN L FORAMEN L3-4 MILD PATENT PATENT L4-5 SEVERE MODERATE SEVERE",
              {"stenosis L3-L4 mild", "stenosis L3-L4 negated", "stenosis L3-L4 negated",
               "stenosis L4-L5 severe", "stenosis L4-L5 moderate", "stenosis L4-L5 severe"}},
          Case{"Flex/ext: 5 mm translation L4-5, L5-S1 no motion.",
               {"flexion-extension-study", "translation L4-L5", "instability L5-S1 negated"}},
      },
      true);
}

TEST_CASE("dates written day first with dashes or dots, and a range that only runs forward so") {
  using spinecds::test::one_therapy;
  const auto dashed = one_therapy("Physiotherapy 12-01-2026 through 06-03-2026 (14 sessions).");
  CHECK(dashed.start == std::optional<std::string>("2026-01-12"));
  CHECK(dashed.end == std::optional<std::string>("2026-03-06"));
  const auto dotted = one_therapy("Physiotherapy from 02.03.2026 to 14.04.2026.");
  CHECK(dotted.start == std::optional<std::string>("2026-03-02"));
  CHECK(dotted.end == std::optional<std::string>("2026-04-14"));
  // A level and a telephone number are no dates.
  check_lines({Case{"Call 555-0142 about the L4-5 stenosis.", {"stenosis L4-L5"}}}, false);
}

TEST_CASE("a weakness's side after its grade in parentheses, and both hands as both sides") {
  check_root_and_side({"Weakness of shoulder abduction (4/5) on the left since the fall.",
                       FindingKind::weakness, "C5", "left"});
  check_root_and_side({"Progressive weakness and clumsiness of both hands.", FindingKind::weakness,
                       nullptr, "bilateral"});
}
