// Levels, grades and measures as other institutions write them
// (tests/data/eval/lumbar-sentences-tune-s23lv.json, session 23): each case is
// a general mechanism, shown on wordings of its own.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using spinecds::terminology::FindingKind;
using spinecds::test::finding_lines;
using spinecds::test::Lines;
using spinecds::test::of_kind;

namespace {

std::vector<std::string> read(const char* text) {
  return finding_lines(text);
}

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
