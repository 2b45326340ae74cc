// The text engine on a county safety-net hospital's wording (session 29):
// findings tables written on one line with slashes, attending addenda that
// correct a resident's preliminary read, and care that is only arranged.
// Each case is a class of wording, written fresh (not the eval files').
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using namespace spinecds::terminology;
using spinecds::test::check_lines;
using spinecds::test::finding_lines;
using spinecds::test::Lines;

namespace {

bool has(const Lines& lines, const std::string& line) {
  return std::find(lines.begin(), lines.end(), line) != lines.end();
}

}  // namespace

TEST_CASE("a slash table on one line gives each cell its column's finding at its row's level") {
  check_lines({
      {"Level / Canal / Foramina: L1-2 normal / normal; L2-3 mild / moderate R.",
       {"stenosis L1-L2 negated", "stenosis L1-L2 negated", "stenosis L2-L3 mild",
        "stenosis L2-L3 moderate"}},
      {"SEGMENT/CENTRAL/NEURAL FORAMINA: L4-L5 moderate/mild bilat; L5-S1 none/severe R",
       {"stenosis L4-L5 mild", "stenosis L4-L5 moderate", "stenosis L5-S1 negated",
        "stenosis L5-S1 severe"}},
      {"Level/Canal/Right NF/Left NF: C5-6 severe/mod/nl; C6-7 mild/nl/severe.",
       {"stenosis C5-C6 moderate", "stenosis C5-C6 negated", "stenosis C5-C6 severe",
        "stenosis C6-C7 mild", "stenosis C6-C7 negated", "stenosis C6-C7 severe"}},
      {"Levels | canal | foramina: L3-4 | mild | patent; L4-5 | severe | severe",
       {"stenosis L3-L4 mild", "stenosis L3-L4 negated", "stenosis L4-L5 severe",
        "stenosis L4-L5 severe"}},
  });
}

TEST_CASE("a slash table keeps each cell's column where a level is written with a slash") {
  const auto lines = finding_lines("Level / Canal / Foramina: L4/5 severe / mild; L5/S1 nl / nl");
  CHECK(has(lines, "stenosis L4-L5 severe"));
  CHECK(has(lines, "stenosis L4-L5 mild"));
  CHECK(has(lines, "stenosis L5-S1 negated"));
}

TEST_CASE("slashes outside a table header stay grades of one finding") {
  // No "Level" column: a prose line with a grade range and a slash level.
  const auto lines = finding_lines("L4/5: mild/moderate canal stenosis.");
  CHECK(lines.size() == 1);
}

TEST_CASE("an addendum's rejected reading is no finding; its corrected reading stands") {
  check_lines(
      {
          {"Addendum: what was described as a protrusion at L3-4 is a broad bulge; no "
           "herniation at L3-4.",
           {"disc-herniation L3-L4 negated"}},
          {"ADDENDUM: the L5-S1 \"herniation\" on the prelim is a bulge with annular fissure; "
           "no herniation at L5-S1.",
           {"disc-herniation L5-S1 negated"}},
          {"Attending addendum: what the resident called an extrusion at L4-5 is facet "
           "hypertrophy.",
           {"disc-herniation L4-L5 negated", "facet-arthropathy L4-L5"}},
      },
      false);
}

TEST_CASE("an addendum that regrades a finding drops the preliminary grade") {
  check_lines({
      {"PRELIMINARY: moderate central stenosis at L3-4.\nADDENDUM: the L3-4 central "
       "stenosis is severe rather than moderate.",
       {"stenosis L3-L4 severe"}},
      {"Resident read: mild right foraminal stenosis at L5-S1. Attending: the L5-S1 "
       "foraminal stenosis is moderate, not mild.",
       {"stenosis L5-S1 moderate"}},
      {"Prelim: severe canal stenosis at C4-5. Addendum: canal stenosis at C4-5 is "
       "moderate instead of severe.",
       {"stenosis C4-C5 moderate"}},
  });
  // Two grades for two places are no correction.
  const auto both = finding_lines(
      "Moderate central stenosis at L4-5. Mild foraminal stenosis "
      "at L4-5, not severe.");
  CHECK(has(both, "stenosis L4-L5 moderate"));
}

TEST_CASE("a finding the preliminary read left out is present") {
  for (const char* text :
       {"ADDENDUM: T2 hyperintensity in the cord at C4-5, not mentioned in the preliminary "
        "report.",
        "Attending addendum: cord signal abnormality at C4-5 not reported on the prelim.",
        "Addendum: there is cord signal change at C4-5 which was not described by the resident."}) {
    CAPTURE(text);
    const auto hits = spinecds::test::of_kind(text, FindingKind::cord_signal_change);
    REQUIRE(hits.size() == 1);
    CHECK_FALSE(hits.front().negated);
  }
}

TEST_CASE("the cord named before its level and verb") {
  CHECK(finding_lines("The cord at C5-6 is flattened.", false) == Lines{"cord-compression C5-C6"});
  CHECK(finding_lines("Correction: the cord at C6-7 is not deformed.", false) ==
        Lines{"cord-compression C6-C7 negated"});
  CHECK(finding_lines("Mild stenosis at C4-5 with cord contact but no cord compression.", false) ==
        Lines{"cord-compression C4-C5 negated", "stenosis C4-C5"});
}

TEST_CASE("an interpreter declined denies nothing clinical") {
  for (const char* text :
       {"Family member interpreting (pt declined interpreter services): left sciatica x 2 yrs.",
        "Pt refused an interpreter; son translates. Reports R leg radicular pain."}) {
    CAPTURE(text);
    const auto hits = spinecds::test::of_kind(text, FindingKind::radiculopathy);
    REQUIRE(hits.size() == 1);
    CHECK_FALSE(hits.front().negated);
  }
}

TEST_CASE("a report translated by staff is no vertebral translation") {
  CHECK(spinecds::test::of_kind("Outside CT (Portuguese; translated by our interpreter): L4-5 "
                                "disc protrusion.",
                                FindingKind::translation)
            .empty());
}

TEST_CASE("an operation or therapy written before 'planned' or 'to start' is to come") {
  for (const char* text :
       {"C6 corpectomy planned once funding approved.", "L5-S1 ALIF planned for January.",
        "Outpatient PT to start next week after ride assistance approved.",
        "Pt lacks a car; medical transport set up, PT to begin 7/14."}) {
    CAPTURE(text);
    const auto lines = finding_lines(text, false);
    REQUIRE_FALSE(lines.empty());
    for (const auto& l : lines) CHECK(l.find("planned") != std::string::npos);
  }
  CHECK(finding_lines("L4-5 TLIF performed as planned.", false) == Lines{"prior-fusion L4-L5"});
}

TEST_CASE("a level said to be patent after a stenosis denies the stenosis there") {
  const auto lines = finding_lines("Severe canal stenosis at C4-5; C6-7 is patent.", false);
  CHECK(has(lines, "stenosis C6-C7 negated"));
  CHECK(has(lines, "stenosis C4-C5"));
  const auto lumbar = finding_lines("Moderate L3-4 central stenosis, L5-S1 is normal.", false);
  CHECK(has(lumbar, "stenosis L5-S1 negated"));
  const auto past_cord = finding_lines(
      "Severe C5-6 canal stenosis with flattening of the cord; C3-4 is normal.", false);
  CHECK(has(past_cord, "stenosis C3-C4 negated"));
}

TEST_CASE("a grade before a side's letter and the level keeps its finding") {
  CHECK(finding_lines("Moderate L L4-5 foraminal stenosis.") == Lines{"stenosis L4-L5 moderate"});
  CHECK(finding_lines("Severe Rt C6-7 foraminal narrowing.") == Lines{"stenosis C6-C7 severe"});
}

TEST_CASE("a charity-care or other named referral's label is followed by its reason, stated") {
  for (const char* text : {"Financial-assistance referral for L4-5 TLIF: pt w/ L L5 radiculopathy.",
                           "Spine surgery referral for C5-6 ACDF: R C6 radiculopathy."}) {
    CAPTURE(text);
    const auto hits = spinecds::test::of_kind(text, FindingKind::radiculopathy);
    REQUIRE(hits.size() == 1);
    CHECK_FALSE(hits.front().hypothetical);
  }
}
