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
using spinecds::test::check_lines;
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

TEST_CASE("an operation a payer denied, appealed or left uncertified is still only planned") {
  check_lines(
      {
          {"Peer-to-peer today: the L4-5 TLIF remains non-certified.",
           {"prior-fusion L4-L5 planned"}},
          {"The insurer upheld its denial of the L3-4 laminectomy.",
           {"prior-laminectomy L3-L4 planned"}},
          {"UR decision: L2-L4 decompression not certified as medically necessary.",
           {"prior-laminectomy L2-L3,L3-L4 planned"}},
          {"The carrier denied the requested L5-S1 ALIF.", {"prior-fusion L5-S1 planned"}},
          {"First-level appeal: reconsideration of the non-certified L4-5 laminectomy and "
           "fusion.",
           {"prior-fusion L4-L5 planned", "prior-laminectomy L4-L5 planned"}},
          {"We appeal the denial of L4-5 fusion for this patient with grade 2 "
           "spondylolisthesis at L4-5.",
           {"prior-fusion L4-L5 planned", "spondylolisthesis L4-L5"}},
      },
      false);
}

TEST_CASE("a patient's denial and a past operation in an appeal keep their reading") {
  CHECK(spinecds::test::read("Patient denied prior lumbar surgery.") ==
        Lines{"prior-fusion negated", "prior-laminectomy negated"});
  CHECK(of_kind("Appeal letter: she is status post L5-S1 fusion in 2018 and now has L4-5 "
                "stenosis.",
                FindingKind::prior_fusion)
            .front()
            .hypothetical == false);
}

TEST_CASE("a request for a fusion with decompression at listed levels plans both") {
  CHECK(spinecds::test::read("Surgical request: L4-S1 fusion with L4-5 and L5-S1 laminectomy.") ==
        Lines{"prior-fusion L4-L5,L5-S1 planned", "prior-laminectomy L4-L5,L5-S1 planned"});
  CHECK(spinecds::test::read("Requested: L3-L5 PLIF with L3/4, L4/5 decompression.") ==
        Lines{"prior-fusion L3-L4,L4-L5 planned", "prior-laminectomy L3-L4,L4-L5 planned"});
  // An operation already done, seen beside the one planned, is not planned.
  CHECK(spinecds::test::read("Plan L4-S1 fusion with L2-3 and L3-4 laminectomy changes noted on "
                             "MRI.") ==
        Lines{"prior-fusion L4-L5,L5-S1 planned", "prior-laminectomy L2-L3,L3-L4"});
}

TEST_CASE("a hedge set off after its finding, or a position blamed, hedges the finding") {
  check_lines(
      {
          {"Right S1 radiculopathy, probable.", {"radiculopathy uncertain"}},
          {"Mild L5 weakness on the left, questionable, limited by pain.", {"weakness uncertain"}},
          {"Grade 1 anterolisthesis at L3-4, possible.", {"spondylolisthesis L3-L4 uncertain"}},
          {"Small central protrusion at L5-S1, suspected, on this motion-degraded study.",
           {"disc-herniation L5-S1 uncertain"}},
          {"2 mm retrolisthesis of L3 on L4, likely positional.",
           {"spondylolisthesis L3-L4 uncertain"}},
          {"Anterolisthesis of L4 on L5 of 3 mm, which could be positional.",
           {"spondylolisthesis L4-L5 uncertain"}},
      },
      false);
}

TEST_CASE("a hedge on a cause after the comma leaves the finding stated") {
  CHECK(spinecds::test::read("Moderate stenosis at L4-5, likely from a disc bulge.") ==
        Lines{"stenosis L4-L5"});
  CHECK(spinecds::test::read("Grade 1 anterolisthesis of L4 on L5, likely degenerative.") ==
        Lines{"spondylolisthesis L4-L5"});
  CHECK(spinecds::test::read("Moderate L4-5 stenosis, and possible instability.") ==
        Lines{"instability L4-L5 uncertain", "stenosis L4-L5"});
}
