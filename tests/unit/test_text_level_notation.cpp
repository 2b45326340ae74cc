// Levels as authors unlike ours write them
// (tests/data/eval/lumbar-sentences-tune-s24lv.json, session 24): dictation
// that writes a space or "for" for the hyphen, and discs named by the vertebra
// above them or by ordinal. Each case shows the rule on wordings of its own.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using spinecds::terminology::FindingKind;
using spinecds::test::finding_lines;
using spinecds::test::Lines;
using spinecds::test::of_kind;

TEST_CASE("a segment dictated with a space or 'for' for the hyphen is that segment") {
  CHECK(finding_lines("Mild canal stenosis at L2 3.") == Lines{"stenosis L2-L3 mild"});
  CHECK(finding_lines("Severe left foraminal stenosis, L5 S1.") == Lines{"stenosis L5-S1 severe"});
  CHECK(finding_lines("Moderate canal stenosis at L for 5.") == Lines{"stenosis L4-L5 moderate"});
  CHECK(finding_lines("Right paracentral extrusion at L5-1.") == Lines{"disc-herniation L5-S1"});
  // A figure after a vertebra is a measure, not the next vertebra.
  const auto slips = of_kind("Anterolisthesis of L4 5 mm.", FindingKind::spondylolisthesis);
  REQUIRE(slips.size() == 1);
  CHECK(slips.front().mm.value_or(0) == doctest::Approx(5));
  CHECK(finding_lines("Anterolisthesis of L4 5 mm.") == Lines{"spondylolisthesis L4-L5"});
  // Two roots written side by side stay roots: no segment for the finding.
  CHECK(finding_lines("Left L5 S1 radiculopathy.") == Lines{"radiculopathy"});
  // A grade after a root in a strength grid is a grade, not the next vertebra:
  // "L3 4/5, L4 5/5" names no segment L3-L4 or L4-L5.
  CHECK(finding_lines("Motor: L3 4/5, L4 5/5, L5 4/5 on the left.") == Lines{"weakness"});
  CHECK(finding_lines("Strength: L4 4+/5, L5 5-/5.") == Lines{"weakness"});
}

TEST_CASE("a disc named by the vertebra above it or by ordinal is its segment") {
  CHECK(finding_lines("Small protrusion of the L3 disc.") == Lines{"disc-herniation L3-L4"});
  CHECK(finding_lines("Extrusion of the third lumbar disc.") == Lines{"disc-herniation L3-L4"});
  CHECK(finding_lines("The last lumbar disc has a central protrusion.") ==
        Lines{"disc-herniation L5-S1"});
  CHECK(finding_lines("Protrusion of the lumbosacral disc.") == Lines{"disc-herniation L5-S1"});
  // An ordinal without "lumbar disc" names no level.
  CHECK(finding_lines("Mild canal stenosis on the fourth sagittal image.") ==
        Lines{"stenosis mild"});
}

TEST_CASE("graded levels after the noun: a first cell that says none denies only its level") {
  CHECK(finding_lines("Foraminal stenosis: L1-2 none, L2-3 moderate.") ==
        Lines{"stenosis L1-L2 negated", "stenosis L2-L3 moderate"});
  CHECK(finding_lines("Canal stenosis: L1/2 nil, L2/3 mild.") ==
        Lines{"stenosis L1-L2 negated", "stenosis L2-L3 mild"});
  // "sever" typed for "severe" grades its level like the word it stands for.
  CHECK(finding_lines("Mild L1-2 and sever L2-3 canal stenosis.") ==
        Lines{"stenosis L1-L2 mild", "stenosis L2-L3 severe"});
}

TEST_CASE("a level said again without its noun takes the grade written after it") {
  // The grade after the repeated level is its own, not the one that closed
  // the clause before it.
  CHECK(finding_lines("Stenosis at L2-3, which is severe, and at L1-2, which is mild.") ==
        Lines{"stenosis L1-L2 mild", "stenosis L2-L3 severe"});
  CHECK(finding_lines("Facet arthropathy at L3/4 is moderate and at L2/3 mild.") ==
        Lines{"facet-arthropathy L2-L3 mild", "facet-arthropathy L3-L4 moderate"});
  // A repeat graded before its level keeps that grade.
  CHECK(finding_lines("Severe stenosis at L3-4, moderate at L2-3.") ==
        Lines{"stenosis L2-L3 moderate", "stenosis L3-L4 severe"});
  // After a comma, a level and a grade that close the sentence repeat the finding.
  CHECK(finding_lines("L2/3 severe canal stenosis, L1/2 mild.") ==
        Lines{"stenosis L1-L2 mild", "stenosis L2-L3 severe"});
}

TEST_CASE("a figure followed by its level repeats the measured finding there") {
  CHECK(finding_lines("Grade 2 anterolisthesis L3-4 and grade 1 L2-3.") ==
        Lines{"spondylolisthesis L2-L3", "spondylolisthesis L3-L4"});
  const auto slips =
      of_kind("Retrolisthesis L2-3 of 4 mm and 3 mm L1-2.", FindingKind::spondylolisthesis);
  REQUIRE(slips.size() == 2);
  CHECK(slips[1].mm.value_or(0) == doctest::Approx(3));
  // A figure before a level that a noun follows is that noun's, not a repeat.
  CHECK(finding_lines("Grade 1 anterolisthesis L3-4 and grade 2 L4-5 spondylolisthesis.") ==
        Lines{"spondylolisthesis L3-L4", "spondylolisthesis L4-L5"});
}

TEST_CASE("a level inside a comma list is no repeat: the list keeps the grade written before it") {
  // Review finding: "L5-S1 mild" after a comma inside one level list was read
  // as a repeat and took L4-5's own moderate grade away.
  const auto hits = of_kind("Moderate stenosis at L4-5, L5-S1 mild.", FindingKind::stenosis);
  REQUIRE(!hits.empty());
  CHECK(std::any_of(hits.begin(), hits.end(), [](const auto& f) {
    return f.severity && std::string(spinecds::terminology::to_string(*f.severity)) == "moderate" &&
           std::any_of(f.segments.begin(), f.segments.end(), [](const auto& g) {
             return spinecds::terminology::to_string(g) == "L4-L5";
           });
  }));
  // A level and grade closing the sentence after a comma still repeat it.
  CHECK(finding_lines("L3/4 mod-severe canal stenosis, L4/5 mild.") ==
        Lines{"stenosis L3-L4 moderate-to-severe", "stenosis L4-L5 mild"});
}
