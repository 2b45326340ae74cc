// A level named as a landmark ("above the L4-S1 fusion") and a level across a
// contrast ("no stenosis, but ... at L4-5") are not the finding's level: a
// post-operative report must not move adjacent-segment stenosis onto the
// fused levels, nor the fusion onto the adjacent level.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "terminology/text_findings.h"

using spinecds::terminology::extract_findings;
using spinecds::terminology::Finding;
using spinecds::terminology::FindingKind;

namespace {

std::vector<std::string> levels_of(const std::vector<Finding>& found, FindingKind kind,
                                   bool negated = false) {
  std::vector<std::string> out;
  for (const auto& f : found) {
    if (f.kind != kind || f.negated != negated) continue;
    if (f.segments.empty()) out.emplace_back("none");
    for (const auto& s : f.segments) out.push_back(to_string(s));
  }
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("a finding after a landmark keeps the level it was at") {
  const auto f = extract_findings(
      "Adjacent segment degeneration at L3-4 above the L4-S1 fusion with moderate stenosis.");
  CHECK(levels_of(f, FindingKind::stenosis) == V{"L3-L4"});
  CHECK(levels_of(f, FindingKind::prior_fusion) == V{"L4-L5", "L5-S1"});
}

TEST_CASE("a landmark finding does not take the level of the finding it locates") {
  for (const char* text :
       {"Above the fused segments, at L3-4, there is new moderate canal stenosis.",
        "Moderate stenosis at L3-L4, just above the prior fusion.",
        "Severe stenosis at the level adjacent to the fusion at L3-4."}) {
    CAPTURE(text);
    const auto f = extract_findings(text);
    CHECK(levels_of(f, FindingKind::stenosis) == V{"L3-L4"});
    CHECK(levels_of(f, FindingKind::prior_fusion) == V{"none"});
  }
}

TEST_CASE("the sentence's one level does not cross a contrast") {
  const auto f = extract_findings(
      "There is no spinal stenosis, but there is a moderate right foraminal stenosis at L4-5.");
  CHECK(levels_of(f, FindingKind::stenosis, true) == V{"none"});
  CHECK(levels_of(f, FindingKind::stenosis) == V{"L4-L5"});
  // A semicolon is no contrast: the level still reaches the clause after it.
  const auto g = extract_findings("Grade 1 anterolisthesis at L4-5; no significant stenosis.");
  CHECK(levels_of(g, FindingKind::stenosis, true) == V{"L4-L5"});
}
