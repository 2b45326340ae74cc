// The text engine on lumbar motion wording left open by sessions 26-27
// (session 28): flexion and extension values written as a pair after their
// order ("L4-5 6/2 (flexion/extension)") and slips given as a percentage per
// position are one motion of the difference, not two slips. Each case is a
// class of wording.
#include <doctest/doctest.h>

#include <string>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using namespace spinecds::terminology;
using spinecds::test::of_kind;
using spinecds::test::only;

TEST_CASE("a flexion/extension pair of figures is one translation of their difference") {
  struct Case {
    const char* text;
    const char* seg;
    double mm;
  };
  for (const Case& c : {
           Case{"Dynamic views: L3-4 translation 5/1 mm (flexion/extension).", "L3-L4", 4},
           Case{"Translation at L4-L5, flex/ext: 7 mm / 3 mm.", "L4-L5", 4},
           Case{"Anterolisthesis of L5 on S1 measures 9 mm / 4 mm (flexion/extension).", "L5-S1",
                5},
           Case{"Sagittal translation (extension/flexion): L2-3 1/4 mm.", "L2-L3", 3},
       }) {
    CAPTURE(c.text);
    const auto f = only(c.text, FindingKind::translation);
    REQUIRE(f.segments.size() == 1);
    CHECK(to_string(f.segments[0]) == c.seg);
    REQUIRE(f.mm);
    CHECK(*f.mm == doctest::Approx(c.mm));
  }
}

// Session 43: a slip given only per position is at least its smallest value
// (ehr-310: "0.1 cm in flexion and 0.1 cm in extension" is a 1 mm slip, not
// an ungraded one that reads as grade 1); its larger value is no slip's.
TEST_CASE("a pair of figures on a slip keeps only the smaller as the slip's") {
  const auto slip = only("Anterolisthesis of L5 on S1 measures 9 mm / 4 mm (flexion/extension).",
                         FindingKind::spondylolisthesis);
  CHECK(slip.mm == std::optional<double>(4));
}

TEST_CASE("a slash between figures without a flexion/extension order is no motion") {
  for (const char* text : {"Left EHL 4/5, ankle dorsiflexion 4/5; L4-5 disc protrusion.",
                           "Pain 6/10 today; anterolisthesis of L4 on L5 measures 4 mm.",
                           "Grade 1 anterolisthesis at L4-5, 3/2026 study."}) {
    CAPTURE(text);
    CHECK(of_kind(text, FindingKind::translation).empty());
  }
}

TEST_CASE("a slip given as a percentage per position is a slip and its motion") {
  for (const char* text :
       {"Anterolisthesis of L3 on L4 is 22% in flexion and 10% in extension.",
        "L4-5 slip: 16% in flexion, 8% in extension.",
        "The L5-S1 spondylolisthesis measures 30% on flexion versus 21% on extension."}) {
    CAPTURE(text);
    CHECK(of_kind(text, FindingKind::spondylolisthesis).size() == 1);
    const auto t = only(text, FindingKind::translation);
    CHECK(t.segments.size() == 1);
    CHECK_FALSE(t.negated);
  }
}

TEST_CASE("a slip in percent without positions is no motion") {
  for (const char* text : {"Anterolisthesis of L4 on L5 of about 20%.",
                           "L5-S1 spondylolisthesis, 25% slip, previously 15%."}) {
    CAPTURE(text);
    CHECK(of_kind(text, FindingKind::translation).empty());
  }
}

TEST_CASE("a synovial cyst at a facet is no facet arthropathy by itself") {
  for (const char* text :
       {"There is a synovial cyst arising from the right L4-5 facet.",
        "Left L5-S1 facet synovial cyst indents the thecal sac.",
        "A 7 mm juxtafacet cyst off the left L3-4 facet joint narrows the lateral recess.",
        "Synovial cyst projecting from the L4/5 facets on the right."}) {
    CAPTURE(text);
    CHECK(of_kind(text, FindingKind::facet_arthropathy).empty());
  }
}

TEST_CASE("facet arthropathy stated beside a synovial cyst is still facet arthropathy") {
  for (const char* text : {"Moderate L4-5 facet arthropathy with a small right synovial cyst.",
                           "Synovial cyst at L4-5 arising from a degenerated, hypertrophic facet.",
                           "Severe facet hypertrophy at L5-S1 and a left facet synovial cyst."}) {
    CAPTURE(text);
    CHECK_FALSE(of_kind(text, FindingKind::facet_arthropathy).empty());
  }
}
