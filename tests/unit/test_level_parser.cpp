// Vertebral level strings: every notation of issue 4, the refusals, body-site
// codings and levels in order text.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "support/files.h"
#include "support/terminology_fixtures.h"
#include "terminology/body_site.h"
#include "terminology/level_parser.h"
#include "terminology/order_levels.h"
#include "terminology/order_reader.h"

using namespace spinecds::terminology;

namespace {

using spinecds::test::read_text;

// Segment names as the tests compare them; one definition in the fixtures.
constexpr auto* names = &spinecds::test::segment_names;

constexpr const char* kSnomed = "http://snomed.info/sct";

}  // namespace

TEST_CASE("level vectors") {
  const std::string json =
      read_text(std::string(SPINECDS_SOURCE_DIR) + "/tests/data/terminology/levels.json");
  rapidjson::Document doc;
  doc.Parse(json.c_str());
  REQUIRE_FALSE(doc.HasParseError());
  int n = 0;
  for (const auto& v : doc["accept"].GetArray()) {
    const std::string text = v["text"].GetString();
    CAPTURE(text);
    const auto p = parse_levels(text);
    REQUIRE_MESSAGE(p.value, p.error);
    std::vector<std::string> want;
    for (const auto& s : v["segments"].GetArray()) want.emplace_back(s.GetString());
    CHECK(names(p.value->segments) == want);
    CHECK(p.value->pelvis == v["pelvis"].GetBool());
    ++n;
  }
  for (const auto& v : doc["refuse"].GetArray()) {
    const std::string text = v["text"].GetString();
    CAPTURE(text);
    const auto p = parse_levels(text);
    CHECK_FALSE(p.value);
    CHECK(p.error.find(v["error"].GetString()) != std::string::npos);
    CHECK(p.error.find('\n') == std::string::npos);
    ++n;
  }
  CHECK(n >= 50);
}

TEST_CASE("levels JSON is the documented shape") {
  const auto p = parse_levels("L2-pelvis");
  REQUIRE(p.value);
  CHECK(to_json(*p.value) ==
        R"({"segments": ["L2-L3", "L3-L4", "L4-L5", "L5-S1"], "pelvis": true})");
  CHECK(to_json(LevelSpan{}) == R"({"segments": [], "pelvis": false})");
}

TEST_CASE("error messages are one bounded line") {
  const std::string evil = "zz\nzz" + std::string(500, 'q');
  const auto p = parse_levels(evil);
  CHECK_FALSE(p.value);
  CHECK(p.error.find('\n') == std::string::npos);
  CHECK(p.error.size() < 200);
}

TEST_CASE("body-site codings") {
  CHECK(body_site_level(kSnomed, "11994002")->vertebra == Vertebra{kFirstLumbar + 3});
  CHECK(body_site_level(kSnomed, "54735007")->vertebra == Vertebra{kSacrum});
  CHECK(body_site_level(kSnomed, "22356005")->pelvis);
  CHECK(body_site_level(kSnomed, "12921003")->pelvis);
  CHECK(body_site_level("urn:oid:2.16.840.1.113883.6.96", "14293000")->vertebra ==
        Vertebra{kFirstLumbar + 1});
  CHECK_FALSE(body_site_level(kSnomed, "122496007"));  // lumbar spine: no level
  CHECK_FALSE(body_site_level("http://loinc.org", "11994002"));

  // L2 + ilium reads as L2-pelvis.
  auto p = levels_from_body_sites({{kSnomed, "14293000"}, {kSnomed, "22356005"}});
  REQUIRE(p.value);
  CHECK(names(p.value->segments) == std::vector<std::string>{"L2-L3", "L3-L4", "L4-L5", "L5-S1"});
  CHECK(p.value->pelvis);
  // L4 and L5 vertebrae: the L4-L5 segment.
  p = levels_from_body_sites({{kSnomed, "49668003"}, {kSnomed, "11994002"}});
  REQUIRE(p.value);
  CHECK(names(p.value->segments) == std::vector<std::string>{"L4-L5"});
  CHECK_FALSE(p.value->pelvis);
  CHECK_FALSE(levels_from_body_sites({{kSnomed, "11994002"}}).value);
  CHECK_FALSE(levels_from_body_sites({}).value);
}

TEST_CASE("levels in order text and in a ServiceRequest") {
  auto p = levels_in_text("Posterior spinal fusion L2-pelvis, TLIF L4-5, CPT 22612");
  REQUIRE(p.value);
  CHECK(names(p.value->segments) == std::vector<std::string>{"L2-L3", "L3-L4", "L4-L5", "L5-S1"});
  CHECK(p.value->pelvis);
  CHECK_FALSE(levels_in_text("Lumbar fusion").value);

  rapidjson::Document sr;
  sr.Parse(R"({"resourceType": "ServiceRequest",
    "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "22614"}],
             "text": "Posterolateral fusion"},
    "bodySite": [{"coding": [{"system": "http://snomed.info/sct", "code": "36470004"}]},
                 {"coding": [{"system": "http://snomed.info/sct", "code": "54735007"}]}],
    "orderDetail": [{"text": "with iliac fixation"}]})");
  const auto order = read_fusion_order(sr);
  CHECK(names(order.requested.segments) == std::vector<std::string>{"L3-L4", "L4-L5", "L5-S1"});
  CHECK(order.requested.pelvis);
}

TEST_CASE("hostile level strings never crash") {
  std::string s;
  for (int i = 0; i < 5000; ++i) s += "L1-L2-L3-L4-L5-S1/T1 to the ilium and ";
  const auto p = parse_levels(s);
  CHECK(p.value);
  for (const char* t : {"-", "/", "L", "LL", "L-", "-L4", "L4 to", "L4 to the", "L99-L100", "L4-5-",
                        "\xE2\x80", "L\xE2\x80\x93", "L4 and", "T10-pelvis-pelvis"}) {
    CAPTURE(t);
    (void)parse_levels(t);
  }
}

// One denial rule (level_scan.h) serves level strings, order text and the
// order reader: a denied pelvis word does not extend the fusion to the pelvis.
TEST_CASE("a denied pelvic word does not reach the pelvis") {
  const auto strict = parse_levels("L4-S1 without pelvic fixation");
  REQUIRE(strict.value);
  CHECK_FALSE(strict.value->pelvis);
  CHECK(parse_levels("L4-S1 with iliac fixation").value->pelvis);
  const auto prose = levels_in_text("Fusion L4-S1, no iliac screws planned");
  REQUIRE(prose.value);
  CHECK_FALSE(prose.value->pelvis);
  CHECK(levels_in_text("Fusion L4 to pelvis with S2AI screws").value->pelvis);
  CHECK_FALSE(parse_levels("L4-S1, pelvic fixation: none").value->pelvis);
  CHECK_FALSE(levels_in_text("Fusion L4-S1; iliac fixation - no").value->pelvis);
}
