// The text engine on session 37's reading classes: endings of a slip word
// spelt as they sound, the cord graded under a cervical level header, a side
// labelling a list of grades, a side before two places of one finding, a
// patient's own landmark fusion, a slip named as an operation's reason, a
// lordosis measured over the lumbar levels, a slip's grade before a figure
// per position, and a patient's words for a pinched root or a slipped disc.
// Each case is a wording of the class written fresh (not taken from any
// evaluation file).
#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using spinecds::terminology::extract_findings;
using spinecds::terminology::FindingKind;
using spinecds::test::check_lines;
using spinecds::test::of_kind;
using Case = spinecds::test::LinesCase;

namespace {
std::optional<std::string> side_of(const char* text, FindingKind kind) {
  for (const auto& f : of_kind(text, kind)) return f.side;
  return std::nullopt;
}
std::optional<double> degrees_of(const char* text, FindingKind kind) {
  for (const auto& f : of_kind(text, kind)) return f.degrees;
  return std::nullopt;
}
std::optional<double> mm_of(const char* text, FindingKind kind) {
  for (const auto& f : of_kind(text, kind)) return f.mm;
  return std::nullopt;
}
}  // namespace

TEST_CASE("a slip word with its ending spelt as it sounds is the slip") {
  check_lines(
      {
          Case{"Known spondylolythesis at L4-5, unchanged.", {"spondylolisthesis L4-L5"}},
          Case{"Impression: grade 2 spondylolysthesis of L5 on S1.", {"spondylolisthesis L5-S1"}},
          Case{"Mild anterolysthesis of C4 on C5.", {"spondylolisthesis C4-C5"}},
          Case{"Small retrolistesis of L2 on L3.", {"spondylolisthesis L2-L3"}},
      },
      false);
}

TEST_CASE("the cord graded on its own line under a level header is at that level") {
  check_lines(
      {
          Case{"C5-C6:\nDisc: broad bulge.\nCord: no abnormal signal.",
               {"cord-signal-change C5-C6 negated"}},
          Case{"C4-5:\nCanal: moderate narrowing.\nCord signal: normal.",
               {"stenosis C4-C5", "cord-signal-change C4-C5 negated"}},
          Case{"C3-C4:\nUncovertebral joints: mild hypertrophy.\nCord: normal caliber and signal.",
               {"cord-signal-change C3-C4 negated"}},
      },
      false);
}

TEST_CASE("a side labelling a list of grades is the side of the weak one") {
  CHECK(side_of("L: deltoid 5/5, biceps 4/5, triceps 5/5.", FindingKind::weakness) == "left");
  CHECK(side_of("Right side: hip flexors 5/5, quads 5/5, EHL 4-/5.", FindingKind::weakness) ==
        "right");
  CHECK(side_of("LUE: grip 5/5, wrist ext 5/5, finger abductors 4/5.", FindingKind::weakness) ==
        "left");
  // A label without a side names none.
  CHECK(side_of("Motor: deltoid 5/5, biceps 4/5.", FindingKind::weakness) == std::nullopt);
}

TEST_CASE("a side before two places of one herniation joined by 'and' or 'or' is its side") {
  CHECK(side_of("L4-5: right subarticular and foraminal protrusion.",
                FindingKind::disc_herniation) == "right");
  CHECK(side_of("Broad-based right foraminal or extraforaminal herniation at L3-4.",
                FindingKind::disc_herniation) == "right");
  CHECK(side_of("T12-L1: left paracentral and subarticular extrusion.",
                FindingKind::disc_herniation) == "left");
}

TEST_CASE("the patient's own fusion is a landmark: the level beside it is not the fusion's") {
  check_lines(
      {
          Case{"C6-7 moderate foraminal stenosis below her remote ACDF.",
               {"stenosis C6-C7", "prior-fusion"}},
          Case{"We reviewed that the L2-3 level above his old fusion now shows severe stenosis.",
               {"stenosis L2-L3", "prior-fusion"}},
          Case{"Stenosis at L2-3 just above his old L3-S1 fusion.",
               {"stenosis L2-L3", "prior-fusion L3-L4,L4-L5,L5-S1"}},
      },
      false);
}

TEST_CASE("a slip named as the reason for a multilevel operation takes no level from its range") {
  check_lines(
      {
          Case{"L3-S1 decompression and fusion for degenerative spondylolisthesis.",
               {"prior-laminectomy L3-L4,L4-L5,L5-S1", "prior-fusion L3-L4,L4-L5,L5-S1",
                "spondylolisthesis"}},
          Case{"T10-pelvis fusion with osteotomy, for isthmic spondylolisthesis.",
               {"prior-fusion T10-T11,T11-T12,T12-L1,L1-L2,L2-L3,L3-L4,L4-L5,L5-S1",
                "osteotomy T10-T11,T11-T12,T12-L1,L1-L2,L2-L3,L3-L4,L4-L5,L5-S1",
                "spondylolisthesis"}},
          // A one-level operation's level is the slip's.
          Case{"L5-S1 fusion for spondylolisthesis.",
               {"prior-fusion L5-S1", "spondylolisthesis L5-S1"}},
          // A level of the slip's own is kept.
          Case{"L4-S1 fusion for L5-S1 spondylolisthesis.",
               {"prior-fusion L4-L5,L5-S1", "spondylolisthesis L5-S1"}},
      },
      false);
}

TEST_CASE("a lordosis measured over the lumbar levels is the lumbar lordosis of PI-LL") {
  CHECK(degrees_of("Standing lateral: T4-T12 kyphosis 38, L1-S1 lordosis 42, PI 60.",
                   FindingKind::pi_ll_mismatch) == 18.0);
  CHECK(degrees_of("L1-S1 lordosis of 61 degrees; pelvic incidence 49 degrees.",
                   FindingKind::pi_ll_mismatch) == -12.0);
  CHECK(degrees_of("PI 55, T12-S1 lordosis 40.", FindingKind::pi_ll_mismatch) == 15.0);
  // A short lordosis is no lumbar lordosis.
  CHECK(degrees_of("PI 55, L4-S1 lordosis 30.", FindingKind::pi_ll_mismatch) == std::nullopt);
}

TEST_CASE("a slip's grade before the standing figure is no figure of another position") {
  // README: a slip larger standing than supine is a translation of the difference.
  CHECK(mm_of("Standing: grade 1 L4-5 anterolisthesis, 6 mm. Supine: 2 mm.",
              FindingKind::translation) == 4.0);
  CHECK(mm_of("Upright: grade 2 L5-S1 slip, 14 mm. Supine CT: 9 mm.", FindingKind::translation) ==
        5.0);
  CHECK(mm_of("Standing: grade 1 anterolisthesis of L3 on L4 measuring 5 mm. Supine MRI: 2 mm.",
              FindingKind::translation) == 3.0);
}

TEST_CASE("a patient's words for a pinched root or a slipped disc name the finding") {
  CHECK(side_of("She says the pinched nerve in her right leg keeps her up at night.",
                FindingKind::radiculopathy) == "right");
  CHECK(side_of("My doctor told me the nerve is pinched on the left side.",
                FindingKind::radiculopathy) == "left");
  check_lines(
      {
          Case{"Denies any pinched nerve symptoms.", {"radiculopathy negated"}},
          Case{"Portal message: I think my slipped disk is acting up again.", {"disc-herniation"}},
          Case{"She had a ruptured disc repaired years ago.", {"disc-herniation"}},
          Case{"She slipped on ice and fell.", {}},
      },
      false);
  const auto brother = of_kind("His brother had surgery for a slipped disc in his thirties.",
                               FindingKind::disc_herniation);
  REQUIRE(brother.size() == 1);
  CHECK(brother.front().experiencer_other);
}
