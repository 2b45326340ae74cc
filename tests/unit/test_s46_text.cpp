// The text engine on classes met in session 46's work: a relative's list
// that keeps its grades, the present said after the past, a grade after
// "and" that a denial of something else does not reach, a look-back that is
// no length of care, and reports written in Dutch or Portuguese (their
// negations, sides, grades and words for the findings). Each case is a
// wording of the class written fresh (not taken from any evaluation file
// or case).
#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using spinecds::test::check_lines;
using Case = spinecds::test::LinesCase;
using spinecds::terminology::extract_findings;
using spinecds::terminology::FindingKind;

namespace {

// The one finding of `kind` in `text`; fails when there is none.
spinecds::terminology::Finding only(const char* text, FindingKind kind) {
  for (const auto& f : extract_findings(text)) {
    if (f.kind == kind) return f;
  }
  FAIL("no finding of the kind in: " << text);
  return {};
}

std::optional<double> weeks_of(const char* text) {
  for (const auto& f : extract_findings(text)) {
    if (f.kind == FindingKind::physical_therapy) return f.weeks;
  }
  return std::nullopt;
}

}  // namespace

TEST_CASE("s46: a relative's list keeps its grades; the present ends the past") {
  CHECK(only("Her father has scoliosis and severe stenosis at L3-4.", FindingKind::stenosis)
            .experiencer_other);
  CHECK_FALSE(only("Father: scoliosis. She has severe stenosis at L3-4.", FindingKind::stenosis)
                  .experiencer_other);
  CHECK_FALSE(only("S/p C6-7 ACDF for radiculopathy, now with recurrent right C5 radiculopathy.",
                   FindingKind::radiculopathy)
                  .historical);
  CHECK(only("S/p C6-7 ACDF for radiculopathy in 2018.", FindingKind::radiculopathy).historical);
}

TEST_CASE("s46: a grade after 'and' opens a finding a denial of something else does not reach") {
  check_lines({
      Case{"L3-4: no fracture and mild foraminal narrowing.", {"stenosis L3-L4 mild"}},
      Case{"L5-S1: without nerve root contact and moderate left foraminal stenosis.",
           {"stenosis L5-S1 moderate"}},
      Case{"L4-5: no moderate or severe stenosis.",
           {"stenosis L4-L5 negated moderate", "stenosis L4-L5 negated severe"}},
  });
}

TEST_CASE("s46: a look-back or a time since is no length of therapy") {
  CHECK_FALSE(weeks_of("The 2023 PT course falls outside the 12-month window.").has_value());
  CHECK_FALSE(weeks_of("She last had physical therapy 4 months ago.").has_value());
  CHECK(weeks_of("Criteria: at least 6 weeks of PT within the past 12 months.") == 6.0);
  CHECK(weeks_of("PT twice weekly for the last 8 weeks.") == 8.0);
  CHECK(weeks_of("Completed 12 PT visits within 6 weeks.") == 6.0);
}

TEST_CASE("s46: reports written in Dutch or Portuguese keep their negations, sides and grades") {
  check_lines({
      Case{"Hoffmann negatief, geen clonus.", {"myelopathy negated"}},
      Case{"Geen stenose C4-C5.", {"stenosis C4-C5 negated"}},
      Case{"C5-C6: links foraminale discusherniatie met matige foraminale stenose.",
           {"disc-herniation C5-C6", "stenosis C5-C6 moderate"}},
      Case{"Sem sinais de instabilidade em L4-L5.", {"instability L4-L5 negated"}},
      Case{"Estenose foraminal acentuada em L5-S1.", {"stenosis L5-S1 severe"}},
      Case{"Hérnia discal no nível L4-L5 com estenose moderada do forame.",
           {"stenosis L4-L5 moderate"}},
      Case{"Avaliação de instabilidade em L3-L4.", {"instability L3-L4 planned"}},
      Case{"Status na ACDF C6-C7.", {"prior-fusion C6-C7"}},
  });
  CHECK(only("C5-C6: links foraminale discusherniatie.", FindingKind::disc_herniation).side ==
        "left");
  CHECK(only("Status na ACDF C6-C7.", FindingKind::prior_fusion).historical);
}

TEST_CASE("s46: a T2 after a list of levels is the sequence, not the list's next level") {
  check_lines({
      Case{"Cord flattening at C3/4 and C4/5, T2 cord signal change at C4/5.",
           {"cord-compression C3-C4,C4-C5", "cord-signal-change C4-C5"}},
  });
}
