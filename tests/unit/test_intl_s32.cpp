// The text engine on English written by physicians trained outside the US
// and on translated outside reports (session 32): decimal commas, grades
// after the noun ("of moderate degree"), calques for findings ("lumbosciatalgia",
// "canal of normal amplitude"). Each case is a class of wording, written fresh before the
// engine was changed (not taken from any evaluation file).
#include <doctest/doctest.h>

#include <string>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using spinecds::terminology::FindingKind;
using spinecds::test::check_lines;
using spinecds::test::only;
using Case = spinecds::test::LinesCase;

constexpr bool kNoSeverity = false;

TEST_CASE("a decimal comma between digits is a decimal point in a measure") {
  struct Mm {
    const char* text;
    FindingKind kind;
    double mm;
  };
  const Mm cases[] = {
      {"Anterolisthesis of L4 on L5 of 6,5 mm.", FindingKind::spondylolisthesis, 6.5},
      {"Retrolisthesis C5 over C6 measuring 2,5 mm.", FindingKind::spondylolisthesis, 2.5},
      {"Sagittal vertical axis of 8,4 cm.", FindingKind::sagittal_imbalance, 84},
      {"C7 plumb line 4,5 cm anterior to S1 (positive sagittal balance).",
       FindingKind::sagittal_imbalance, 45},
      {"Coronal imbalance 2,8 cm to the right.", FindingKind::coronal_imbalance, 28},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    const auto f = only(c.text, c.kind);
    REQUIRE(f.mm.has_value());
    CHECK(*f.mm == doctest::Approx(c.mm));
  }
}

TEST_CASE("comma lists of levels and thousands are not decimals") {
  check_lines(
      {
          Case{"Disc protrusions at L3-4, L4-5 and L5-S1.", {"disc-herniation L3-L4,L4-L5,L5-S1"}},
          // Ranges joined by a comma with no space are levels, not "6,6".
          Case{"Disc protrusions C5-6,6-7.", {"disc-herniation C5-C6,C6-C7"}},
          Case{"Disc protrusions at L3-4,4-5.", {"disc-herniation L3-L4,L4-L5"}},
      },
      kNoSeverity);
}

TEST_CASE("a grade after the noun: 'of moderate degree'") {
  check_lines({
      Case{"L3-L4: foraminal narrowing of severe degree on the left.", {"stenosis L3-L4 severe"}},
      Case{"Central canal stenosis of mild degree at C4-C5.", {"stenosis C4-C5 mild"}},
      Case{"Spinal canal stenosis L4/L5 of a moderate degree.", {"stenosis L4-L5 moderate"}},
      Case{"L5-S1 with narrowing of the lateral recesses of moderate degree.",
           {"stenosis L5-S1 moderate"}},
  });
}

TEST_CASE("calques for radicular pain and its signs") {
  check_lines(
      {
          Case{"Lumbociatalgia on the right for 3 weeks.", {"radiculopathy"}},
          Case{"Chronic lumboischialgia left, worse when sitting.", {"radiculopathy"}},
          Case{"Acute sciatalgia S1 right after lifting.", {"radiculopathy"}},
          Case{"Lasègue positive at 30° right, Wasserman negative.", {"radiculopathy"}},
          Case{"Bicipital reflex abolished on the left.", {"radiculopathy"}},
          Case{"The tricipital reflex is diminished bilaterally.", {"radiculopathy"}},
      },
      kNoSeverity);
}

TEST_CASE("translated reports: a canal of normal amplitude, prior surgery denied") {
  check_lines(
      {
          Case{"At C3-C4 the canal is of normal amplitude.", {"stenosis C3-C4 negated"}},
          Case{"No previous lumbar spine surgeries.",
               {"prior-fusion negated", "prior-laminectomy negated"}},
      },
      kNoSeverity);
}

TEST_CASE("translated reports: the cord contacted, deformed or its signal") {
  check_lines(
      {
          Case{"C4-C5: protrusion with cord contact without deformation.",
               {"cord-compression C4-C5 negated", "disc-herniation C4-C5"}},
          Case{"C6-C7: osteophytes without contact with the spinal cord.",
               {"cord-compression C6-C7 negated"}},
          Case{"C5-C6: disc herniation flattening the ventral contour of the cord.",
               {"cord-compression C5-C6", "disc-herniation C5-C6"}},
          Case{"Cervical cord without changes of signal.", {"cord-signal-change negated"}},
          Case{"C4-C5: small hyperintensity in the cord that may correspond to artifact.",
               {"cord-signal-change C4-C5 uncertain"}},
      },
      kNoSeverity);
}
