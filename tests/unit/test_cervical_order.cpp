// Cervical fusion orders (issue 15, DESIGN.md §9): the regions an order
// touches, its approach, arthroplasty and the CPT codes the fusion-extent
// card recounts, and the cervical segments, occiput included.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "support/terminology_fixtures.h"
#include "terminology/level_parser.h"
#include "terminology/order_reader.h"
#include "terminology/segment.h"

using namespace spinecds::terminology;
using spinecds::test::parse_json;
using spinecds::test::segment_names;

namespace {

// An order with CPT codes (repeats allowed) and words in code.text.
std::string cpt_order(const std::vector<std::string>& codes, const std::string& text) {
  std::string codings;
  for (const auto& c : codes) {
    if (!codings.empty()) codings += ",";
    codings += R"({"system": "http://www.ama-assn.org/go/cpt", "code": ")" + c + "\"}";
  }
  return R"({"resourceType": "ServiceRequest", "id": "sr-c", "status": "draft",
    "code": {"coding": [)" +
         codings + R"(], "text": ")" + text + "\"}}";
}

FusionOrder read(const std::string& json) {
  const auto d = parse_json(json);
  return read_fusion_order(d);
}

}  // namespace

TEST_CASE("the occiput is C0 and the cervical segments run from C0-C1 to C7-T1") {
  const auto occ = parse_canonical_segment("C0-C1");
  REQUIRE(occ);
  CHECK(to_string(*occ) == "C0-C1");
  CHECK(is_cervical(*occ));
  CHECK(is_cervical(*parse_canonical_segment("C7-T1")));
  CHECK_FALSE(is_cervical(*parse_canonical_segment("T1-T2")));
  CHECK_FALSE(is_cervical(*parse_canonical_segment("L4-L5")));
  CHECK_FALSE(is_lumbar(*occ));
}

TEST_CASE("the order keeps its CPT codes, repeats and add-ons included, for the recount") {
  const auto o = read(cpt_order({"22551", "22552", "22552", "22845"}, "ACDF C4-C7"));
  CHECK(o.region == FusionRegion::cervical);
  CHECK(o.codes == std::vector<std::string>{"22551", "22552", "22552", "22845"});
  CHECK(o.touches(FusionRegion::cervical));
  CHECK_FALSE(o.touches(FusionRegion::lumbar));
}

TEST_CASE("a mixed cervical and lumbar order lists both regions and all its segments") {
  const auto o = read(cpt_order({"22551", "22612"}, "ACDF C5-6 and posterior fusion L4-5"));
  CHECK(o.region == FusionRegion::lumbar);  // the lumbar services still see their part
  CHECK(o.touches(FusionRegion::cervical));
  CHECK(o.touches(FusionRegion::lumbar));
  CHECK(segment_names(o.requested.segments) == std::vector<std::string>{"C5-C6", "L4-L5"});
}

TEST_CASE("cervical levels in every notation") {
  struct Case {
    const char* text;
    std::vector<std::string> want;
  };
  const Case cases[] = {
      {"C5-6", {"C5-C6"}},
      {"C5/6", {"C5-C6"}},
      {"C56", {"C5-C6"}},
      {"C5-C7", {"C5-C6", "C6-C7"}},
      {"C5-C7 plate", {"C5-C6", "C6-C7"}},
      {"C4/5 through C6/7", {"C4-C5", "C5-C6", "C6-C7"}},
      {"C7/T1", {"C7-T1"}},
      {"occiput to C2", {"C0-C1", "C1-C2"}},
      {"O-C2", {"C0-C1", "C1-C2"}},
      {"C0-C1", {"C0-C1"}},
      {"atlantoaxial", {"C1-C2"}},
      {"cervicothoracic junction", {"C7-T1"}},
      {"C5 corpectomy", {"C4-C5", "C5-C6"}},
      {"corpectomy of C5 and C6", {"C4-C5", "C5-C6", "C6-C7"}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    const auto p = parse_levels(c.text);
    REQUIRE_MESSAGE(p.value, p.error);
    CHECK(segment_names(p.value->segments) == c.want);
  }
  // A lone vertebra is still not a segment, and the occiput only tops a range.
  CHECK_FALSE(parse_levels("C5").value);
  CHECK_FALSE(parse_levels("occiput").value);
  CHECK_FALSE(parse_levels("C8").value);
}
