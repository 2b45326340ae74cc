// Which draft orders are lumbar fusions: by code, and by level when the codes
// name no region.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "support/json_fixtures.h"
#include "terminology/fusion_orders.h"

using namespace spinecds::terminology;
using spinecds::test::parse_json;

namespace {

std::string order(const std::string& system, const std::string& code,
                  const std::string& extra = "") {
  return R"({"resourceType": "ServiceRequest", "id": "x", "code": {"coding": [{"system": ")" +
         system + R"(", "code": ")" + code + "\"}]" + extra + "}}";
}

constexpr const char* kCpt = "http://www.ama-assn.org/go/cpt";
// CPT 22848's descriptor, as EHRs print it on the order.
constexpr const char* kPelvicText =
    R"x(, "text": "Pelvic fixation (attachment of caudal end of instrumentation to pelvic bony structures)")x";

}  // namespace

TEST_CASE("region from primary codes") {
  CHECK(fusion_region(parse_json(order(kCpt, "22612"))) == FusionRegion::lumbar);
  CHECK(fusion_region(parse_json(order(kCpt, "22633"))) == FusionRegion::lumbar);
  CHECK(fusion_region(parse_json(order(kCpt, "22630"))) == FusionRegion::lumbar);
  CHECK(fusion_region(parse_json(order(kCpt, "22551"))) == FusionRegion::cervical);
  CHECK(fusion_region(parse_json(order(kCpt, "22610"))) == FusionRegion::thoracic);
  CHECK(fusion_region(parse_json(order(kCpt, "72148"))) == FusionRegion::none);
  CHECK(fusion_region(parse_json(order("urn:oid:2.16.840.1.113883.6.12", "22612"))) ==
        FusionRegion::lumbar);
}

TEST_CASE("region-agnostic codes: unknown alone, the levels decide") {
  CHECK(fusion_region(parse_json(order(kCpt, "22614"))) == FusionRegion::unknown);
  CHECK(fusion_region(parse_json(order(kCpt, "22800"))) == FusionRegion::unknown);
  CHECK(fusion_region(parse_json(order("http://snomed.info/sct", "55705006"))) ==
        FusionRegion::unknown);
  CHECK(fusion_region(parse_json(order(
            kCpt, "22800", R"(, "text": "Posterior fusion T10-pelvis")"))) == FusionRegion::lumbar);
  CHECK(fusion_region(parse_json(order(kCpt, "22802", R"(, "text": "Posterior fusion T2-T9")"))) ==
        FusionRegion::thoracic);
  CHECK(
      fusion_region(parse_json(order(
          "http://snomed.info/sct", "55705006",
          R"(, "text": "Spinal fusion"}, "bodySite": [{"coding": [{"system": "http://snomed.info/sct", "code": "14293000"}]}, {"coding": [{"system": "http://snomed.info/sct", "code": "22356005"}]}], "x": {)"))) ==
      FusionRegion::lumbar);
}

TEST_CASE("uncoded order text") {
  auto d = parse_json(R"({"resourceType": "ServiceRequest", "code": {"text": "L4-5 TLIF"}})");
  CHECK(fusion_region(d) == FusionRegion::lumbar);
  d = parse_json(
      R"({"resourceType": "ServiceRequest", "code": {"text": "MRI to assess L4-5 fusion"}})");
  CHECK(fusion_region(d) == FusionRegion::none);
  // A lumbar fusion named without levels is still a lumbar fusion: it gets an
  // answer saying the levels could not be read.
  d = parse_json(R"({"resourceType": "ServiceRequest", "code": {"text": "Lumbar fusion"}})");
  CHECK(fusion_region(d) == FusionRegion::lumbar);
}

TEST_CASE("lumbar_fusion_orders keeps lumbar and unknown, in Bundle order") {
  const auto b = parse_json(R"({"resourceType": "Bundle", "entry": [
    {"resource": {"resourceType": "ServiceRequest", "id": "a", "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "72148"}]}}},
    {"resource": {"resourceType": "ServiceRequest", "id": "b", "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "22612"}]}}},
    {"resource": {"resourceType": "ServiceRequest", "id": "c", "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "22551"}]}}},
    {"resource": {"resourceType": "ServiceRequest", "id": "d", "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "22800"}]}}},
    {"resource": {"resourceType": "MedicationRequest", "id": "e"}},
    {"resource": 7}, {}, 3]})");
  const auto out = lumbar_fusion_orders(b);
  REQUIRE(out.size() == 2);
  CHECK(std::string((*out[0])["id"].GetString()) == "b");
  CHECK(std::string((*out[1])["id"].GetString()) == "d");
  CHECK(lumbar_fusion_orders(parse_json("[]")).empty());
}

TEST_CASE("the seed case orders a lumbar fusion") {
  // The project's copy of shared/cases/seed-l2-pelvis.
  const std::string path =
      std::string(SPINECDS_SOURCE_DIR) + "/tests/data/founding/seed-l2-pelvis/request.json";
  FILE* f = std::fopen(path.c_str(), "rb");
  REQUIRE_MESSAGE(f, path << " is missing");
  std::string text;
  char buf[4096];
  for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) text.append(buf, n);
  std::fclose(f);
  const auto req = parse_json(text);
  const auto& draft = req["context"]["draftOrders"];
  CHECK(lumbar_fusion_orders(draft).size() >= 1);
}

TEST_CASE("a pelvic-fixation add-on signed as its own order joins the fusion beside it") {
  auto fusion = read_fusion_order(parse_json(R"({"resourceType": "ServiceRequest", "id": "f",
    "code": {"text": "Posterior spinal fusion L5-S1 with reduction",
             "coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "22612"}]}})"));
  auto upper = read_fusion_order(parse_json(R"({"resourceType": "ServiceRequest", "id": "u",
    "code": {"text": "Posterior lumbar fusion L2-L3"}})"));
  auto pelvic = read_fusion_order(parse_json(order(kCpt, "22848", kPelvicText)));
  REQUIRE(pelvic.requested.pelvis);
  REQUIRE(!fusion.requested.pelvis);

  const auto joined = join_pelvic_add_ons({&upper, &pelvic, &fusion});
  CHECK(joined == std::vector<std::size_t>{1});
  CHECK(fusion.requested.pelvis);  // the construct that ends lowest
  CHECK(!upper.requested.pelvis);
  CHECK(std::count(fusion.codes.begin(), fusion.codes.end(), "22848") == 1);

  SUBCASE("a bare 22848 with no words is no fusion, and still joins") {
    auto bare = read_fusion_order(parse_json(order(kCpt, "22848")));
    CHECK(bare.region == FusionRegion::none);
    CHECK(bare.requested.pelvis);
    CHECK(bare.requested.segments.empty());
    auto lower = read_fusion_order(parse_json(R"({"resourceType": "ServiceRequest", "id": "l",
      "code": {"text": "Revision arthrodesis L5-S1"}})"));
    CHECK(join_pelvic_add_ons({&lower, &bare}) == std::vector<std::size_t>{1});
    CHECK(lower.requested.pelvis);
  }
  SUBCASE("an imaging order of the pelvis is no add-on") {
    auto ct = read_fusion_order(parse_json(R"({"resourceType": "ServiceRequest", "id": "p",
      "code": {"text": "CT pelvis without contrast"},
      "bodySite": [{"coding": [{"system": "http://snomed.info/sct", "code": "12921003"}]}]})"));
    CHECK_FALSE(ct.requested.pelvis);
  }
  SUBCASE("alone, the add-on stays an order of its own") {
    auto lone = read_fusion_order(parse_json(order(kCpt, "22848", kPelvicText)));
    CHECK(join_pelvic_add_ons({&lone}).empty());
    CHECK(lone.requested.pelvis);
  }
  SUBCASE("a fusion with its own levels and pelvic fixation is not an add-on") {
    auto whole = read_fusion_order(parse_json(R"({"resourceType": "ServiceRequest", "id": "w",
      "code": {"text": "Posterior fusion L4 to pelvis"}})"));
    auto other = read_fusion_order(parse_json(R"({"resourceType": "ServiceRequest", "id": "o",
      "code": {"text": "Posterior lumbar fusion L2-L3"}})"));
    CHECK(join_pelvic_add_ons({&other, &whole}).empty());
    CHECK(!other.requested.pelvis);
  }
}
