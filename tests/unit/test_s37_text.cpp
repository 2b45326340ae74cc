// The text engine on classes left open at the end of session 36: a pair of
// figures joined by "vs" under a comparison of positions, therapy "never
// attempted", and decompression weighed "rather than" a fusion in a plan.
// Each case is a wording of the class written fresh (not taken from any
// evaluation file).
#include <doctest/doctest.h>

#include <optional>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using spinecds::terminology::extract_findings;
using spinecds::terminology::FindingKind;
using spinecds::test::check_lines;
using Case = spinecds::test::LinesCase;

namespace {
std::optional<double> translation_mm(const char* text) {
  for (const auto& f : extract_findings(text)) {
    if (f.kind == FindingKind::translation) return f.mm;
  }
  return std::nullopt;
}
}  // namespace

TEST_CASE("figures joined by 'vs' under a comparison of positions are per position") {
  // README: motion given per position is the difference between positions.
  CHECK(translation_mm("Flexion vs extension: 7 mm vs 3 mm anterolisthesis at L3-4.") == 4.0);
  CHECK(translation_mm("Standing versus supine: L4-5 slip 9 mm versus 4 mm.") == 5.0);
  // Without positions named, "vs" compares two studies: no motion.
  CHECK(translation_mm("L4-5 anterolisthesis 6 mm vs 4 mm on the prior study.") == std::nullopt);
  check_lines({
      Case{"Flexion vs extension: 7 mm vs 3 mm anterolisthesis at L3-4.",
           {"spondylolisthesis L3-L4", "translation L3-L4"}},
  });
}

TEST_CASE("therapy never attempted or trialed is the therapy's, not the patient's") {
  check_lines({
      Case{"PT was never attempted because of transportation.", {"physical-therapy negated"}},
      Case{"PT was trialed for several weeks in the spring.", {"physical-therapy"}},
  });
}

TEST_CASE("decompression weighed rather than a fusion in a plan is a plan, not a denial") {
  check_lines({
      Case{"Surgeon favored decompression alone at L3-4 rather than fusion.",
           {"prior-fusion L3-L4 planned", "prior-laminectomy L3-L4 planned"}},
      Case{"We recommend an L4-5 laminectomy instead of fusion.",
           {"prior-fusion L4-L5 planned", "prior-laminectomy L4-L5 planned"}},
      // Without a plan the alternative set aside is denied.
      Case{"L3-4 disc bulge rather than a protrusion.", {"disc-herniation L3-L4 negated"}},
  });
}
