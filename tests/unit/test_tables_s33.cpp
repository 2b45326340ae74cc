// The text engine on structured radiology templates flattened to text
// (session 33): tables whose cells are split by tabs or runs of spaces, a
// key naming both foramina ("(R/L)") before rows of paired grades, and
// per-position tables with the unit in the header. Each case is a class of
// template wording, written fresh before the engine was changed (not taken
// from any evaluation file).
#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using spinecds::test::check_lines;
using spinecds::test::finding_line;
using spinecds::test::Lines;
using Case = spinecds::test::LinesCase;

namespace {

std::string figure(double v, const char* unit) {
  std::ostringstream out;
  out << " " << v << unit;
  return out.str();
}

// Each finding as finding_line with its place, side and measures: a table's
// cells give them as much as its levels and grades.
Lines detailed(const char* text) {
  Lines out;
  for (const auto& f : spinecds::terminology::extract_findings(text)) {
    std::string line = finding_line(f);
    if (f.location) line += " " + *f.location;
    if (f.side) line += " " + *f.side;
    if (f.direction) line += " " + *f.direction;
    if (f.mm) line += figure(*f.mm, "mm");
    if (f.degrees) line += figure(*f.degrees, "deg");
    out.push_back(line);
  }
  std::sort(out.begin(), out.end());
  return out;
}

void check_detailed(const char* text, Lines want) {
  std::sort(want.begin(), want.end());
  const Lines got = detailed(text);
  std::string shown = std::string(text) + "\n  got: ";
  for (const auto& l : got) shown += "[" + l + "] ";
  INFO(shown);
  CHECK(got == want);
}

}  // namespace

TEST_CASE("a table whose cells are split by tabs or runs of spaces reads as one split by bars") {
  check_lines({
      Case{"Segment\tCentral canal\tForamina\nL3-L4\tmild\tnone\nL4-L5\tsevere\tmoderate",
           {"stenosis L3-L4 mild", "stenosis L3-L4 negated", "stenosis L4-L5 moderate",
            "stenosis L4-L5 severe"}},
      Case{"Level    Disc    Facets\nL4-5    extrusion    moderate\nL5-S1    bulge    mild",
           {"disc-herniation L4-L5", "facet-arthropathy L4-L5 moderate",
            "facet-arthropathy L5-S1 mild"}},
      Case{"LEVEL\tCANAL\nC5-6\tsevere\nC6-7\tpatent",
           {"stenosis C5-C6 severe", "stenosis C6-C7 negated"}},
  });
  check_detailed("Level\tLateral recess\tRight foramen\tLeft foramen\nL5-S1\tmild\tnormal\tsevere",
                 {"stenosis L5-S1 mild lateral-recess", "stenosis L5-S1 negated foraminal right",
                  "stenosis L5-S1 severe foraminal left"});
  // A prose line with a wide gap is no table row.
  check_lines({Case{"Impression:   Mild L4-5 canal stenosis.", {"stenosis L4-L5 mild"}}});
}

TEST_CASE("a key naming both foramina is followed by rows of one grade per side") {
  check_detailed(
      "Neural foramina (right/left): L4-5 mild/moderate; L5-S1 severe/none.",
      {"stenosis L4-L5 mild foraminal right", "stenosis L4-L5 moderate foraminal left",
       "stenosis L5-S1 severe foraminal right", "stenosis L5-S1 negated foraminal left"});
  check_detailed(
      "Foraminal narrowing R/L: L4-L5 moderate/mild, L5-S1 none/severe.",
      {"stenosis L4-L5 moderate foraminal right", "stenosis L4-L5 mild foraminal left",
       "stenosis L5-S1 negated foraminal right", "stenosis L5-S1 severe foraminal left"});
  check_detailed("Foramina (L/R): C5-6 normal/severe.", {"stenosis C5-C6 negated foraminal left",
                                                         "stenosis C5-C6 severe foraminal right"});
  check_detailed(
      "Lateral recesses (R/L): L4-5 mild/moderate.",
      {"stenosis L4-L5 mild lateral-recess right", "stenosis L4-L5 moderate lateral-recess left"});
  // One grade per level is read as prose already.
  check_lines({Case{"Central canal stenosis: L3-4 mild; L4-5 severe.",
                    {"stenosis L3-L4 mild", "stenosis L4-L5 severe"}}});
}

TEST_CASE("a per-position table gives the slip in neutral and the motion between positions") {
  check_detailed("Retrolisthesis (mm)\tFlexion\tExtension\nL2-3\t1\t4",
                 {"spondylolisthesis L2-L3 retro", "translation L2-L3 3mm"});
  check_detailed("Translation, mm | Ext | Flex | Neutral\nL3-4 | 1 | 5 | 2\nL4-5 | 2 | 2 | 2",
                 {"translation L3-L4 4mm", "instability L4-L5 negated"});
  check_detailed("Angulation (degrees) | Flexion | Extension\nL4-5 | 14 | 2",
                 {"angulation L4-L5 12deg"});
  check_detailed("Listhesis | Standing | Supine\nL5-S1 | 8 mm | 3 mm",
                 {"spondylolisthesis L5-S1 8mm", "translation L5-S1 5mm"});
  check_detailed("Anterolisthesis   Neutral   Flexion   Extension\nL4-5   4   7   3",
                 {"spondylolisthesis L4-L5 antero 4mm", "translation L4-L5 4mm"});
}
