// The text engine on payer and review wording and the multispecialty group's
// templates (session 29): flattened tables with a cell per side, payers'
// determinations on requested operations, hedges set off after their
// finding. Each case is a class of wording, written before the engine was
// changed for it.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using namespace spinecds::terminology;
using spinecds::test::finding_lines;
using spinecds::test::Lines;
using spinecds::test::of_kind;

namespace {

// "stenosis L4-L5 foraminal right moderate": the foraminal items of a text
// with their sides, sorted.
Lines foraminal_sides(const char* text) {
  Lines out;
  for (const auto& f : of_kind(text, FindingKind::stenosis)) {
    if (f.location != "foraminal") continue;
    std::string line = f.segments.empty() ? "none" : std::string(to_string(f.segments[0]));
    line += " " + f.side.value_or("-");
    line += f.negated ? " negated" : " " + std::string(f.severity ? to_string(*f.severity) : "-");
    out.push_back(line);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("a table column for both foramina splits each cell into right and left") {
  CHECK(
      foraminal_sides("Segment | Central canal | Neural foramina (right/left)\n"
                      "L3-L4 | mild | moderate/mild\nL4-L5 | moderate | severe/severe") ==
      Lines{"L3-L4 left mild", "L3-L4 right moderate", "L4-L5 left severe", "L4-L5 right severe"});
  CHECK(foraminal_sides("Level | Canal | NF R/L\nL5-S1 | patent | normal/moderate") ==
        Lines{"L5-S1 left moderate", "L5-S1 right negated"});
  // Left written first in the header: the first value is the left one.
  CHECK(foraminal_sides("Level | Spinal canal | Foramen L/R\nL4-5 | severe | mild/patent") ==
        Lines{"L4-L5 left mild", "L4-L5 right negated"});
  // One grade under a two-sided header stays one item without a side.
  CHECK(foraminal_sides("Level | Canal | Foramina R/L\nL2-3 | mild | moderate") ==
        Lines{"L2-L3 - moderate"});
}
