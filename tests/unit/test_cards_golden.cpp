// Whole CDS Hooks responses compared with golden files under
// tests/data/golden/. SPINECDS_UPDATE_GOLDEN=1 rewrites them, so a reviewer
// sees every change to what an EHR receives as a diff in the commit. The
// Assessments are built by hand: the criteria engine has its own goldens.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>

#include <rapidjson/prettywriter.h>

#include "cards/render.h"
#include "support/cards_fixtures.h"

using namespace spinecds;
using namespace spinecds::test;

namespace {

std::string pretty(const rapidjson::Value& v) {
  rapidjson::StringBuffer b;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> w(b);
  w.SetIndent(' ', 2);
  v.Accept(w);
  return std::string(b.GetString()) + "\n";
}

void compare_golden(const std::string& name, const rapidjson::Value& resp) {
  const std::string path = source_dir() + "/tests/data/golden/" + name;
  const std::string actual = pretty(resp);
  const char* update = std::getenv("SPINECDS_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    std::ofstream(path, std::ios::binary) << actual;
    MESSAGE("rewrote " << path);
    return;
  }
  CAPTURE(path);
  REQUIRE_MESSAGE(file_exists(path), "missing golden; run with SPINECDS_UPDATE_GOLDEN=1");
  CHECK(read_text(path) == actual);
}

rapidjson::Document own_request() {
  return parse_file(source_dir() + "/tests/data/cards/order-sign-l2-pelvis.json");
}

}  // namespace

TEST_CASE("golden: founding case (the copy of the shared request)") {
  const std::string path = shared_dir() + "/founding/seed-l2-pelvis/request.json";
  REQUIRE_MESSAGE(file_exists(path), path << " is missing");
  const auto req = parse_file(path);
  compare_golden("cards-seed-l2-pelvis.response.json",
                 render_one(req, {founding_assessment("ServiceRequest/sr-fusion-l2-pelvis")}));
}

TEST_CASE("golden: own founding-like request, order-sign, CRD 2.0.1") {
  const auto req = own_request();
  compare_golden("cards-l2-pelvis-order-sign.response.json",
                 render_one(req, {founding_assessment("ServiceRequest/sr-fusion-cards-1")}));
}

TEST_CASE("golden: order-select") {
  auto req = own_request();
  req["hook"].SetString("order-select");
  compare_golden("cards-l2-pelvis-order-select.response.json",
                 render_one(req, {founding_assessment("ServiceRequest/sr-fusion-cards-1")},
                            cards::Hook::order_select));
}

TEST_CASE("golden: CRD 2.2, data gap, no segment supported") {
  auto req = own_request();
  rapidjson::Value ext(rapidjson::kObjectType);
  ext.AddMember("davinci-crd.requestedVersion", "2.2", req.GetAllocator());
  req.AddMember("extension", ext, req.GetAllocator());
  auto a = founding_assessment("ServiceRequest/sr-fusion-cards-1");
  a.supported_fusion_levels.clear();
  a.decompression_only = a.requested_levels;
  for (auto& l : a.levels) l.instability = l.fusion_supported = false;
  a.data_gaps = {{"procedures", "HTTP 503 from the FHIR server", false}};
  compare_golden("cards-decompression-only-crd22.response.json", render_one(req, {a}));
}

TEST_CASE("golden: pelvic fixation only") {
  const auto req = own_request();
  auto a = founding_assessment("ServiceRequest/sr-fusion-cards-1");
  a.supported_fusion_levels = a.requested_levels;
  a.decompression_only.clear();
  for (auto& l : a.levels) l.instability = l.fusion_supported = true;
  for (auto& c : a.criteria)
    if (c.id == "instability" || c.id == "imaging.flexion-extension" ||
        c.id == "conservative-care.pt-6-weeks")
      c.status = criteria::Status::met;
  a.verdict = criteria::Verdict::partially_supported;
  compare_golden("cards-pelvic-fixation-only.response.json", render_one(req, {a}));
}
