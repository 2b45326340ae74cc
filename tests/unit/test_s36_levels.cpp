// The text engine on levels and measures as outside forms and conference
// minutes write them (session 36): a level written right before a graded
// finding is that finding's, whatever level a later finding names; a PI-LL
// mismatch named beside its two angles is their difference. Each case is a
// wording of the class written fresh (not taken from any evaluation file).
#include <doctest/doctest.h>

#include <optional>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using spinecds::terminology::extract_findings;
using spinecds::terminology::FindingKind;
using spinecds::test::check_lines;
using Case = spinecds::test::LinesCase;

TEST_CASE("a level right before a graded finding is its own, not a later finding's") {
  check_lines({
      Case{"L2-3 through L4-5 severe canal stenosis with a disc extrusion at L3-4.",
           {"stenosis L2-L3,L3-L4,L4-L5 severe", "disc-herniation L3-L4"}},
      Case{"C4-5 mild foraminal stenosis and cord flattening at C5-6.",
           {"stenosis C4-C5 mild", "cord-compression C5-C6"}},
      Case{"L4-5 moderate central stenosis, facet arthropathy at L5-S1.",
           {"stenosis L4-L5 moderate", "facet-arthropathy L5-S1"}},
  });
}

namespace {
std::optional<double> mismatch_degrees(const char* text) {
  for (const auto& f : extract_findings(text)) {
    if (f.kind == FindingKind::pi_ll_mismatch) return f.degrees;
  }
  return std::nullopt;
}
}  // namespace

TEST_CASE("a PI-LL mismatch named beside its two angles is their difference") {
  CHECK(mismatch_degrees("PI 61°, LL 38° - PI-LL mismatch.") == 23.0);
  CHECK(mismatch_degrees("Pelvic incidence 55 and lumbar lordosis 30, i.e. PI-LL mismatch.") ==
        25.0);
  CHECK(mismatch_degrees("PI-LL mismatch (PI 64, LL 41).") == 23.0);
  // A value written for the mismatch is kept.
  CHECK(mismatch_degrees("PI 60, LL 35, PI-LL mismatch of 25 degrees.") == 25.0);
}

TEST_CASE("a comparison of positions is no differential; a read that left a finding out keeps it") {
  check_lines({
      Case{"Upright vs recumbent: grade 1 anterolisthesis of L3 on L4.",
           {"spondylolisthesis L3-L4"}},
      Case{"The prior read did not mention the L4-5 disc extrusion, which is clearly present.",
           {"disc-herniation L4-L5"}},
      Case{"Outside radiologist failed to mention severe left foraminal stenosis at L5-S1.",
           {"stenosis L5-S1 severe"}},
  });
}
