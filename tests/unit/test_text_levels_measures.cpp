// Levels, grades and measures as other institutions write them
// (tests/data/eval/lumbar-sentences-tune-s23lv.json, session 23): each case is
// a general mechanism, shown on wordings of its own.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using spinecds::terminology::FindingKind;
using spinecds::test::Lines;
using spinecds::test::of_kind;
using spinecds::test::graded::read;

namespace {

// "severity side" of each stenosis, in text order: what a reader of a
// template line checks.
std::vector<std::string> sides(const char* text) {
  std::vector<std::string> out;
  for (const auto& f : of_kind(text, FindingKind::stenosis)) {
    std::string line =
        f.negated ? "none" : (f.severity ? std::string(to_string(*f.severity)) : "-");
    line += " " + f.side.value_or("-");
    out.push_back(line);
  }
  return out;
}

}  // namespace

TEST_CASE("the grade of a bulge or desiccation before a finding is not the finding's") {
  CHECK(read("Trace disc bulging and moderate facet hypertrophy at L2-3.") ==
        Lines{"facet-arthropathy L2-L3 moderate"});
  CHECK(read("Severe disc desiccation, mild canal stenosis at L5-S1.") ==
        Lines{"stenosis L5-S1 mild"});
  // Grades of the finding's own sides or locations still pair up.
  CHECK(read("Moderate left and mild right foraminal stenosis at L3-4.") ==
        Lines{"stenosis L3-L4 mild", "stenosis L3-L4 moderate"});
  CHECK(read("Moderate to severe central canal stenosis at L4-5.") ==
        Lines{"stenosis L4-L5 moderate-to-severe"});
}

TEST_CASE("a template line grades each side, and a side written normal is denied") {
  CHECK(sides("L3-4: Foramina: left normal, right severe.") ==
        std::vector<std::string>{"none left", "severe right"});
  CHECK(sides("L5-S1: Neural foramina: R mild, L moderate.") ==
        std::vector<std::string>{"mild right", "moderate left"});
  CHECK(sides("L2-3: Foramina: patent on the right, mild on the left.") ==
        std::vector<std::string>{"none right", "mild left"});
  // A ranking of the sides is one bilateral grade.
  CHECK(sides("L4-5: Foramina: L>R moderate narrowing.") ==
        std::vector<std::string>{"moderate bilateral"});
  // The same line in a cervical report.
  CHECK(sides("C6-7: Foramina: R severe, L mild.") ==
        std::vector<std::string>{"severe right", "mild left"});
  // "Disc: normal" names no finding.
  CHECK(read("L1-2: Disc: normal. Canal: patent.") == Lines{"stenosis L1-L2 negated"});
}

TEST_CASE("'at each level' after named levels is each of them, not every lumbar level") {
  CHECK(read("Spondylosis from L4 to the sacrum with mild canal narrowing at each level.") ==
        Lines{"stenosis L4-L5,L5-S1 mild"});
  // Without a level before it, it is still each level.
  CHECK(read("Mild facet arthropathy at each level.").size() == 1);
  CHECK(read("Mild facet arthropathy at each level.") ==
        Lines{"facet-arthropathy L1-L2,L2-L3,L3-L4,L4-L5,L5-S1 mild"});
}

TEST_CASE("'the two lowest levels' and 'the lower level'") {
  CHECK(read("Severe facet arthropathy at the lowest two levels.") ==
        Lines{"facet-arthropathy L4-L5,L5-S1 severe"});
  CHECK(read("Protrusions at L3-4 and L4-5, larger at the upper level.") ==
        Lines{"disc-herniation L3-L4,L4-L5"});
  CHECK(read("Stenosis at L3-4 and L4-5, severe at the lower level.") ==
        Lines{"stenosis L3-L4", "stenosis L4-L5 severe"});
}

TEST_CASE("a slip said again at another level keeps its own figure") {
  const auto slips = of_kind(
      "Retrolisthesis of L1 on L2 measuring 3 mm and of L2 on L3 "
      "measuring 5 mm.",
      FindingKind::spondylolisthesis);
  REQUIRE(slips.size() == 2);
  CHECK(slips[0].mm == 3);
  CHECK(slips[1].mm == 5);
  const auto graded = of_kind("Grade 1 anterolisthesis at L3-4 (4 mm) and grade 2 at L4-5 (9 mm).",
                              FindingKind::spondylolisthesis);
  REQUIRE(graded.size() == 2);
  CHECK(graded[0].mm == 4);
  CHECK(graded[1].mm == 9);
}

TEST_CASE("a fragment located by a vertebra takes the disc it arises from") {
  CHECK(read("Migrated fragment behind the L4 body, probably arising from the L3-4 disc.") ==
        Lines{"disc-herniation L3-L4"});
  // A vertebra alone still gives no segment.
  CHECK(read("Extruded fragment behind the L4 body.") == Lines{"disc-herniation"});
}

TEST_CASE("'at both L4-5 and L5-S1' after a finding is its levels") {
  CHECK(read("Moderate facet arthropathy is present at both L3-4 and L4-5, with a small facet "
             "effusion at L4-5.") == Lines{"facet-arthropathy L3-L4,L4-L5 moderate"});
}

TEST_CASE("a grade before the facets' pathology noun grades the arthropathy") {
  CHECK(read("Moderate hypertrophy of the facet joints at L3-4.") ==
        Lines{"facet-arthropathy L3-L4 moderate"});
  CHECK(read("Advanced degeneration of the L5-S1 facets.") ==
        Lines{"facet-arthropathy L5-S1 severe"});
}

TEST_CASE("a finding 'at this level' is at the level of the finding before it") {
  CHECK(read("L3 translates 2 mm on L4 in extension and 6 mm in flexion, compatible with "
             "instability at this level.") == Lines{"instability L3-L4", "translation L3-L4"});
  // With nothing before it that has a level, it has none.
  CHECK(read("Mild stenosis at this level.") == Lines{"stenosis mild"});
}

TEST_CASE("a value said to be today's, across a semicolon, is the finding's") {
  const auto t = of_kind("Prior films showed 3 mm of translation at L3-4; today there is 7 mm.",
                         FindingKind::translation);
  REQUIRE(t.size() == 1);
  CHECK(t[0].mm == 7);
  const auto slip = of_kind("The L5-S1 slip measured 6 mm on the prior study; currently 9 mm.",
                            FindingKind::spondylolisthesis);
  REQUIRE(slip.size() == 1);
  CHECK(slip[0].mm == 9);
  // Positions are no times: both values stay and give the motion.
  const auto motion = of_kind("L4 translates 2 mm on L5 in extension; now 6 mm in flexion.",
                              FindingKind::translation);
  REQUIRE(motion.size() == 1);
  CHECK(motion[0].mm == 4);
}

TEST_CASE("'anterolisthesed' is the slip as a verb, measured per position") {
  CHECK(read("L3 is anterolisthesed on L4 by 5 mm in neutral, 8 mm in flexion and 2 mm in "
             "extension.") == Lines{"spondylolisthesis L3-L4", "translation L3-L4"});
  const auto slip = of_kind(
      "L3 is anterolisthesed on L4 by 5 mm in neutral, 8 mm in flexion and "
      "2 mm in extension.",
      FindingKind::spondylolisthesis);
  REQUIRE(slip.size() == 1);
  CHECK(slip[0].mm == 5);
}

TEST_CASE("levels written as alternatives ('L4-5 vs L5-S1') are each level in doubt") {
  CHECK(read("Indication: evaluate for herniation at L3-4 versus L4-5.") ==
        Lines{"disc-herniation L3-L4,L4-L5 planned"});
}

TEST_CASE("a finding joined by 'and' to one with its level before it shares that level") {
  CHECK(read("Planned: L4-S1 decompression and instrumented fusion for adjacent segment stenosis "
             "at L3-4.") == Lines{"prior-fusion L4-L5,L5-S1 planned",
                                  "prior-laminectomy L4-L5,L5-S1 planned", "stenosis L3-L4"});
  // A level written right after the second finding is still its own.
  CHECK(read("History of L4-5 laminectomy and fusion from L3 to L5.") ==
        Lines{"prior-fusion L3-L4,L4-L5", "prior-laminectomy L4-L5"});
}

TEST_CASE("a unit written once in a header holds for the figures each position labels") {
  const auto moves =
      of_kind("Translation at L3-4 (mm): extension 1, flexion 5.", FindingKind::translation);
  REQUIRE(moves.size() == 1);
  CHECK(moves.front().mm.value_or(0) == doctest::Approx(4));
  // The neutral figure is the slip's own value.
  const auto slips = of_kind("L3-L4 retrolisthesis (mm): neutral 3, flexion 2, extension 5.",
                             FindingKind::spondylolisthesis);
  REQUIRE(slips.size() == 1);
  CHECK(slips.front().mm.value_or(0) == doctest::Approx(3));
  // A figure no position labels is no measure: "(mm)" does not make a count one.
  const auto none =
      of_kind("Anterolisthesis (mm) noted on 2 views at L4-5.", FindingKind::spondylolisthesis);
  REQUIRE(none.size() == 1);
  CHECK_FALSE(none.front().mm.has_value());
}

TEST_CASE("slips of two vertebrae, each with its figure in parentheses, are two slips") {
  // Session 26 (lumbar-sentences-tune-s26fx.json f26-015, open since session 25).
  const auto slips = of_kind("Standing lateral: anterolisthesis of L3 (4 mm) and L4 (6 mm).",
                             FindingKind::spondylolisthesis);
  REQUIRE(slips.size() == 2);
  CHECK(read("Standing lateral: anterolisthesis of L3 (4 mm) and L4 (6 mm).") ==
        Lines{"spondylolisthesis L3-L4", "spondylolisthesis L4-L5"});
  CHECK(slips.back().mm.value_or(0) == doctest::Approx(6));
  // A vertebra in parentheses with no figure of its own repeats nothing.
  CHECK(read("Anterolisthesis of L4 (5 mm) and facet arthropathy at L5-S1.") ==
        Lines{"facet-arthropathy L5-S1", "spondylolisthesis L4-L5"});
}

TEST_CASE("a herniation's size written before it is its mm; a slip's figure stays the slip's") {
  // (lumbar-sentences-tune-s26sc.json: "a 4 mm left paracentral herniation
  // at L5-S1"; -s25lv.json: "a 1.2 cm extruded disc fragment")
  const auto mm = [](const char* text) {
    const auto h = of_kind(text, FindingKind::disc_herniation);
    return h.size() == 1 && h[0].mm ? *h[0].mm : -1.0;
  };
  CHECK(mm("MRI 03/2025 showed a 4 mm left paracentral herniation at L5-S1.") == 4.0);
  CHECK(mm("L4-5: 6 mm broad-based central protrusion indenting the sac.") == 6.0);
  CHECK(mm("At L5-S1 there is a 1.2 cm extruded disc fragment migrating inferiorly.") == 12.0);
  // A figure after the herniation, or a slip's, is not its size.
  CHECK(mm("Disc protrusion at L4-5 with 3 mm anterolisthesis of L4 on L5.") == -1.0);
  const auto slip = of_kind("5 mm anterolisthesis of L4 on L5 and a small protrusion.",
                            FindingKind::spondylolisthesis);
  REQUIRE(slip.size() == 1);
  CHECK(slip[0].mm == 5.0);
}

TEST_CASE("a canal's figure before a herniation is not the herniation's size") {
  // (review, session 27)
  const auto mm = [](const char* text) {
    const auto h = of_kind(text, FindingKind::disc_herniation);
    return h.size() == 1 && h[0].mm ? *h[0].mm : -1.0;
  };
  CHECK(mm("Spinal canal narrowed to 7 mm by a large disc herniation at L4-5.") == -1.0);
  CHECK(mm("The canal measures 9 mm, a herniation at L4-5.") == -1.0);
  CHECK(mm("AP canal diameter 8 mm due to a central extrusion at L3-4.") == -1.0);
  CHECK(mm("L5-S1: 5 mm right paracentral disc extrusion.") == 5.0);
}
