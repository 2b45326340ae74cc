// Session 28 level work: MRI sequences that look like T1/T2, notations of
// other countries and dictation (D for dorsal, LWK/HWK/BWK, the full-width
// tilde, "dash"/"hyphen" said for the hyphen), "each level from X through Y",
// and an order whose level count disagrees with its levels. Each case holds
// wordings of its own and near-misses that must not change.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "support/finding_lines.h"
#include "support/json_fixtures.h"
#include "support/order_fixtures.h"
#include "support/terminology_fixtures.h"
#include "terminology/level_parser.h"
#include "terminology/order_reader.h"

using namespace spinecds::terminology;
using spinecds::test::finding_lines;
using spinecds::test::Lines;
using spinecds::test::local_order;
using spinecds::test::parse_json;

namespace {

using V = std::vector<std::string>;

// A level string's segments, or its error when it is refused.
V seg(std::string_view t) {
  const auto p = parse_levels(t);
  return p.value ? spinecds::test::segment_names(p.value->segments) : V{p.error};
}

bool refused(std::string_view t) {
  return !parse_levels(t).value;
}

}  // namespace

TEST_CASE("T1 and T2 before a sequence word are MRI sequences, not T1-T2 or a vertebra") {
  CHECK(refused("T1 and T2 weighted axial images"));
  CHECK(refused("T1- and T2-weighted sequences"));
  CHECK(refused("T2 hypointense signal"));
  CHECK(refused("T1/T2 images"));
  CHECK(seg("T2 hyperintensity at L4-5") == V{"L4-L5"});
  CHECK(seg("T1 and T2 weighted images of C6-7") == V{"C6-C7"});
  // Near-misses: vertebrae the words do not follow stay levels.
  CHECK(seg("T1-T2") == V{"T1-T2"});
  CHECK(seg("T1 and T2 laminectomy") == V{"T1-T2"});
  CHECK(seg("fusion T2 to T4") == V{"T2-T3", "T3-T4"});
  // In prose the sequence is no level of the finding.
  CHECK(finding_lines("On T1 and T2 weighted images there is a protrusion at L3-4.") ==
        Lines{"disc-herniation L3-L4"});
  CHECK(finding_lines("T2 hyperintense signal in the cord at C4-5 with moderate canal stenosis.") ==
        Lines{"cord-signal-change C4-C5", "stenosis C4-C5 moderate"});
}

TEST_CASE("D for dorsal is thoracic; German LWK, BWK and HWK name their region") {
  CHECK(seg("D11-12") == V{"T11-T12"});
  CHECK(seg("D12/L1") == V{"T12-L1"});
  CHECK(seg("D10 to D12") == V{"T10-T11", "T11-T12"});
  CHECK(seg("LWK 3/4") == V{"L3-L4"});
  CHECK(seg("LWK4/5") == V{"L4-L5"});
  CHECK(seg("HWK 6/7") == V{"C6-C7"});
  CHECK(seg("BWK 11/12") == V{"T11-T12"});
  // Near-misses: a lone "D" vitamin or a D-dimer is no level.
  CHECK(refused("vitamin D3"));
  CHECK(refused("D-dimer 0.4"));
  CHECK(finding_lines("Disc extrusion at D11-12 compressing the cord.").front().find("T11-T12") !=
        std::string::npos);
}

TEST_CASE("a full-width tilde, or 'dash'/'hyphen' said aloud, joins a range") {
  CHECK(seg("L3\xEF\xBD\x9E"
            "5") == V{"L3-L4", "L4-L5"});
  CHECK(seg("C5\xEF\xBD\x9E"
            "C7") == V{"C5-C6", "C6-C7"});
  CHECK(seg("L5 dash S1") == V{"L5-S1"});
  CHECK(seg("C5 hyphen 6") == V{"C5-C6"});
  CHECK(seg("L3 dash 4 and L4 dash 5") == V{"L3-L4", "L4-L5"});
  CHECK(finding_lines("Moderate canal stenosis at L3 dash 4.") == Lines{"stenosis L3-L4 moderate"});
  CHECK(finding_lines("Protrusion at C6\xEF\xBD\x9E"
                      "7.") == Lines{"disc-herniation C6-C7"});
  // Near-miss: the ASCII tilde in prose is "about", not a range.
  CHECK(finding_lines("Anterolisthesis of L4 ~4 mm.") == Lines{"spondylolisthesis L4-L5"});
}

TEST_CASE("each level from one segment through another is those segments only") {
  CHECK(finding_lines("Facet hypertrophy at each level from L3-4 through L5-S1.") ==
        Lines{"facet-arthropathy L3-L4,L4-L5,L5-S1"});
  CHECK(finding_lines("Mild foraminal narrowing at every level from C3-4 to C5-6.") ==
        Lines{"stenosis C3-C4,C4-C5,C5-C6 mild"});
  CHECK(finding_lines("Moderate canal stenosis at all levels between L1-2 and L3-4.") ==
        Lines{"stenosis L1-L2,L2-L3,L3-L4 moderate"});
  // Near-miss: "each level" with no range after it is still every lumbar level.
  CHECK(finding_lines("Facet hypertrophy at each lumbar level.") ==
        Lines{"facet-arthropathy L1-L2,L2-L3,L3-L4,L4-L5,L5-S1"});
}

TEST_CASE("a slip named by its vertebrae stays at its own segment after a list") {
  CHECK(finding_lines("FACET ARTHROPATHY AT L3-4 AND L4-5 WITH GRADE 1 RETROLISTHESIS OF L3 ON "
                      "L4.") == Lines{"facet-arthropathy L3-L4,L4-L5", "spondylolisthesis L3-L4"});
  CHECK(finding_lines("Foraminal stenosis at L4-5 and L5-S1 with grade 2 anterolisthesis of L5 "
                      "on S1.") == Lines{"spondylolisthesis L5-S1", "stenosis L4-L5,L5-S1"});
  CHECK(finding_lines("Facet arthropathy L4-5 and L5-S1, grade 1 anterolisthesis of L4 on L5.") ==
        Lines{"facet-arthropathy L4-L5,L5-S1", "spondylolisthesis L4-L5"});
}

TEST_CASE("an order whose level count disagrees with its levels has unreadable levels") {
  const auto levels_of = [](const std::string& text) {
    return spinecds::test::segment_names(
        read_fusion_order(parse_json(local_order(text))).requested.segments);
  };
  CHECK(levels_of("3-level L4-S1 posterior spinal fusion").empty());
  CHECK(levels_of("Two level ACDF C4-C7").empty());
  CHECK(levels_of("single level TLIF L3-L5").empty());
  // The fusion is still a fusion: it reaches the order-levels gap, not "no fusion".
  CHECK(
      read_fusion_order(parse_json(local_order("3-level L4-S1 posterior spinal fusion"))).region ==
      FusionRegion::lumbar);
  // Near-misses: a count that agrees, or one that counts another procedure.
  CHECK(levels_of("2-level L4-S1 posterior spinal fusion") == V{"L4-L5", "L5-S1"});
  CHECK(levels_of("3 level ACDF C4-5, C5-6, C6-7") == V{"C4-C5", "C5-C6", "C6-C7"});
  CHECK(levels_of("2-level fusion L4-S1 with L3-4 decompression") == V{"L4-L5", "L5-S1"});
}
