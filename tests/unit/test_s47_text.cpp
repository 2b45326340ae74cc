// The text engine on classes met in session 47's work: a request that a
// payer denies, the dot inside a diagnosis code, a long item in a list of
// denied symptoms, a hedge after a level's "-7", an appositive "the level
// above", day-first dates, doubtful strength grades, visits left after some
// were held, cord signal named after its verb, a landmark's own level, a
// general statement of what does not justify fusion, roots listed with a
// grade, full strength said over a list, figures of another care, side
// clauses without their article and two-edit misspellings. Each case is a
// wording of the class written fresh (not taken from any evaluation file
// or case).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "support/finding_lines.h"

using spinecds::test::check_lines;
using spinecds::test::of_kind;
using Case = spinecds::test::LinesCase;
using spinecds::terminology::FindingKind;

namespace {

// The roots of the weakness findings of `text`, sorted.
std::vector<std::string> weak_roots(const char* text) {
  std::vector<std::string> out;
  for (const auto& f : of_kind(text, FindingKind::weakness)) {
    if (!f.negated) out.push_back(f.root.value_or("-"));
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("s47: a request a payer turns down is no patient's denial") {
  const auto pt =
      of_kind("Precert for C6-7 ACDF is denied: notes document 4 weeks of physical therapy.",
              FindingKind::physical_therapy);
  REQUIRE(pt.size() == 1);
  CHECK_FALSE(pt.front().negated);
  CHECK(pt.front().weeks == 4.0);
  check_lines({
      Case{"She denied: arm weakness.", {"weakness negated"}},
      Case{"At his own request, he denies prior neck surgery.",
           {"prior-fusion negated", "prior-laminectomy negated"}},
  });
}

TEST_CASE("s47: a diagnosis code's dot and an order's treatment leave its reason affirmed") {
  check_lines({
      Case{"Order: C4-5 ACDF, dx M47.12 cervical spondylosis with myelopathy.",
           {"myelopathy", "prior-fusion C4-C5 planned"}},
      Case{"Scheduled: left L5 TFESI (64483) for left L5 radiculopathy.", {"radiculopathy"}},
      Case{"CT ordered to evaluate for possible stenosis.", {"stenosis planned"}},
  });
}

TEST_CASE("s47: a denied list reads through its items' little words") {
  check_lines({
      Case{"Denies headache, tingling in both hands, or trouble with buttons.",
           {"myelopathy negated"}},
      Case{"Denies chest pain; weakness in the left hand since June.", {"weakness"}},
  });
}

TEST_CASE("s47: 'may' after a level's number is a hedge, not the month") {
  check_lines({
      Case{"A central protrusion at C4-5 may indent the ventral cord.",
           {"cord-compression C4-C5 uncertain", "disc-herniation C4-C5"}},
      Case{"Imaging of 3 May 2026: protrusion at C4-5 indents the ventral cord.",
           {"cord-compression C4-C5", "disc-herniation C4-C5"}},
  });
}

TEST_CASE("s47: an appositive 'the level above' describes the level before it") {
  check_lines({
      Case{"At C3-4, the level above, there is mild canal stenosis.", {"stenosis C3-C4 mild"}},
      Case{"Mild canal stenosis at C5-6 and moderate at the level above.",
           {"stenosis C4-C5 moderate", "stenosis C5-C6 mild"}},
  });
}

TEST_CASE("s47: a day before its month dates a course of therapy") {
  const auto pt = of_kind("Attended 9 physiotherapy sessions between 2 March and 20 April 2026.",
                          FindingKind::physical_therapy);
  REQUIRE(pt.size() == 1);
  CHECK(pt.front().start == "2026-03-02");
  CHECK(pt.front().end == "2026-04-20");
  // "may" with a number and no year is no date.
  const auto later =
      of_kind("Grip 4 may improve with physiotherapy.", FindingKind::physical_therapy);
  REQUIRE(later.size() == 1);
  CHECK_FALSE(later.front().start.has_value());
}

TEST_CASE("s47: a grade the examiner doubts is uncertain weakness") {
  check_lines({
      Case{"Left biceps 4/5 with breakaway quality.", {"weakness uncertain"}},
      Case{"Give-way weakness of the right hip flexors.", {"weakness uncertain"}},
      Case{"Left triceps 4/5, good effort.", {"weakness"}},
      Case{"Her legs give way on stairs; Hoffmann positive.", {"myelopathy"}},
  });
}

TEST_CASE("s47: visits left to run follow visits held") {
  check_lines({
      Case{"Remaining physio sessions cancelled once surgery was booked.", {"physical-therapy"}},
      Case{"Physio cancelled.", {"physical-therapy negated"}},
  });
}

TEST_CASE("s47: cord signal named after its verb and level") {
  check_lines({
      Case{"Abnormal signal intensity is seen within the spinal cord at C4-5.",
           {"cord-signal-change C4-C5"}},
      Case{"Increased T2 signal is noted in the C6-7 disc.", {}},
      Case{"Altered signal intensity in the T12 vertebral body.", {}},
  });
}

TEST_CASE("s47: a landmark's own level; a general statement names no operation") {
  check_lines({
      Case{"Moderate stenosis at C4-5 above the fused C5-6 level.",
           {"prior-fusion C5-C6", "stenosis C4-C5 moderate"}},
      Case{"Disc degeneration alone is not an indication for fusion.", {}},
      Case{"There is no indication for fusion at C3-4.", {"prior-fusion C3-C4 planned"}},
  });
}

TEST_CASE("s47: roots listed with a grade, and full strength over a list") {
  CHECK(weak_roots("C7 and C8 myotomes 4/5 on the left, C6 5/5.") ==
        std::vector<std::string>{"C7", "C8"});
  CHECK(weak_roots("C5 4/5 right, C6 and C7 5/5.") == std::vector<std::string>{"C5"});
  check_lines(
      {
          Case{"Intact strength, sensation and reflexes in the legs.", {"weakness negated"}},
          Case{"Intact strength and sensation except right EHL 4/5.", {"weakness"}},
      },
      false);
}

TEST_CASE("s47: a figure of another care is no course of therapy") {
  const auto pt =
      of_kind("Six weeks of chiropractic care in the spring, then physical therapy in June.",
              FindingKind::physical_therapy);
  REQUIRE(pt.size() == 1);
  CHECK_FALSE(pt.front().weeks.has_value());
  const auto pt2 =
      of_kind("10 weeks of massage therapy and 7 weeks of PT.", FindingKind::physical_therapy);
  REQUIRE(pt2.size() == 1);
  CHECK(pt2.front().weeks == 7.0);
}

TEST_CASE("s47: a side clause without its article, and misspellings two edits away") {
  check_lines({
      Case{"C6-7: right foramen moderately narrowed, left patent.",
           {"stenosis C6-C7 moderate", "stenosis C6-C7 negated"}},
      Case{"C5-6: mild canal narowwing.", {"stenosis C5-C6 mild"}},
  });
}

TEST_CASE("s47: the root a herniation reaches after the cord it flattens") {
  const auto h = of_kind(
      "C6-7: right paracentral extrusion flattening the right hemicord and compressing the right "
      "C7 nerve root.",
      FindingKind::disc_herniation);
  REQUIRE(h.size() == 1);
  CHECK(h.front().root == "C7");
  const auto s =
      of_kind("C5-6: moderate canal stenosis and right C6 radiculopathy.", FindingKind::stenosis);
  REQUIRE(s.size() == 1);
  CHECK_FALSE(s.front().root.has_value());
}

TEST_CASE("s47: a flattened table's Cord column") {
  check_lines({
      Case{"Level | Canal | Cord\nC5-6 | moderate | contacted, no signal change\nC6-7 | severe | "
           "compressed, T2 hyperintense",
           {"cord-compression C6-C7", "cord-signal-change C5-C6 negated",
            "cord-signal-change C6-C7", "stenosis C5-C6 moderate", "stenosis C6-C7 severe"}},
      Case{"Level | Canal | Foramina\nC4-5 | mild | moderate",
           {"stenosis C4-C5 mild", "stenosis C4-C5 moderate"}},
  });
}

TEST_CASE("s47: a slip's lone vertebra is the level of the findings beside it") {
  check_lines(
      {
          Case{"Grade 1 anterolisthesis of L4 with severe facet arthropathy and moderate canal "
               "stenosis at that level.",
               {"facet-arthropathy L4-L5", "spondylolisthesis L4-L5", "stenosis L4-L5"}},
          Case{"Anterolisthesis of L4 on 5; mild lateral recess stenosis.",
               {"spondylolisthesis L4-L5", "stenosis L4-L5"}},
          Case{"Anterolisthesis of L4 with mild stenosis at L2-3.",
               {"spondylolisthesis L4-L5", "stenosis L2-L3"}},
      },
      false);
}

TEST_CASE("s47: another clause's level stays with its finding") {
  check_lines(
      {
          Case{"Outside surgeon advised L4-S1 fusion; I find no instability, and L5-S1 "
               "decompression alone is planned.",
               {"instability negated", "prior-fusion L4-L5,L5-S1 planned",
                "prior-laminectomy L5-S1 planned"}},
          Case{"Mild stenosis at L2-3; no instability.",
               {"instability L2-L3 negated", "stenosis L2-L3"}},
      },
      false);
}

TEST_CASE("s47: words of one finding, kept together") {
  check_lines(
      {
          Case{"Claudicatory leg pain after 200 yards.", {"neurogenic-claudication"}},
          Case{"Hourglass constriction of the dye column at L4-5, consistent with severe central "
               "stenosis.",
               {"stenosis L4-L5"}},
          Case{"Facetal arthrosis at L5-S1.", {"facet-arthropathy L5-S1"}},
          Case{"ServiceRequest: L4-5 TLIF.", {"prior-fusion L4-L5 planned"}},
          Case{"Her claudication is no longer an issue.", {"neurogenic-claudication negated"}},
          Case{"I do not think she needs an L4-5 fusion.", {"prior-fusion L4-L5 planned"}},
          Case{"I do not think there is stenosis at L4-5.", {"stenosis L4-L5 negated"}},
          Case{"Left DF 4/5; left EHL 4-/5.", {"weakness"}},
          Case{"Left DF 4/5; right EHL 4/5.", {"weakness", "weakness"}},
      },
      false);
}

TEST_CASE("s47 review: near misses the session's rules must leave alone") {
  check_lines(
      {
          // A study or therapy with no indication stays denied; only an
          // operation so judged is a plan.
          Case{"No indication for flexion-extension radiographs.",
               {"flexion-extension-study negated"}},
          Case{"No indication for further physical therapy.", {"physical-therapy negated"}},
          // Consent wording about the operation to come stays a plan.
          Case{"We discussed that if the fusion does not heal, revision may be needed.",
               {"prior-fusion planned"}},
          // A limb that gives way is a complaint of weakness, not doubt about it.
          Case{"Reports leg weakness and her legs give way on stairs.", {"weakness"}},
          // "for the rest of the year" counts no sessions held.
          Case{"PT was denied by insurance for the rest of the year.",
               {"physical-therapy negated"}},
          // A patient's denial reported in a referral stays a denial.
          Case{"Referral notes state she denied prior lumbar fusion.", {"prior-fusion negated"}},
          // "Neurogenic leg pain" is no claudication.
          Case{"Neurogenic leg pain in an L5 distribution.", {"radiculopathy"}},
      },
      false);
  // An addendum that only notes how the levels were counted revises nothing.
  const char* noted =
      "FINDINGS: Severe central canal stenosis at L4-5.\n\nADDENDUM 09/24/2026\nFor numbering "
      "purposes, the lowest rib-bearing vertebra is designated T12, consistent with the prior "
      "radiographs.\n";
  CHECK(of_kind(noted, FindingKind::stenosis).size() == 1);
  // A grade written with "multilevel" is no slip's level.
  check_lines({Case{"Grade 1 anterolisthesis of L4 with mild multilevel facet arthropathy.",
                    {"facet-arthropathy", "spondylolisthesis L4-L5"}}},
              false);
}
