// A limit suggestion, once the EHR applies it and the order is signed again,
// must read at the limited extent: the order reader takes levels and pelvic
// fixation from every text and code of the order (code displays, orderDetail,
// notes, the CPT codes an EHR lists in ServiceRequest.code), so the update
// rewrites or leaves out each of them. Plain values: build the update, read
// it back with the same reader the hook uses.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "cards/suggestion_limit_cervical.h"
#include "cards/suggestion_limit_fusion.h"
#include "terminology/order_reader.h"

using namespace spinecds;
using terminology::Segment;

namespace {

Segment seg(const char* s) {
  return *terminology::parse_canonical_segment(s);
}

rapidjson::Document parse(const char* json) {
  rapidjson::Document d;
  d.Parse(json);
  REQUIRE_FALSE(d.HasParseError());
  return d;
}

std::vector<std::string> code_codes(const rapidjson::Value& sr) {
  std::vector<std::string> out;
  for (const auto& c : sr["code"]["coding"].GetArray()) out.emplace_back(c["code"].GetString());
  return out;
}

bool has(const std::vector<std::string>& v, const char* s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

std::string all_text(const rapidjson::Value& sr, const char* key) {
  std::string out;
  if (!sr.HasMember(key)) return out;
  for (const auto& e : sr[key].GetArray()) {
    if (e.HasMember("text")) out += std::string(e["text"].GetString()) + "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("an Epic-style order coding the whole construct in code reads limited once applied") {
  // L2-pelvis with every CPT in code.coding, levels and fixation only in
  // uncoded details and the note, a local code whose display names the pelvis.
  auto order = parse(R"({"resourceType":"ServiceRequest","id":"sr1","status":"draft",
    "intent":"order","subject":{"reference":"Patient/p"},
    "code":{"coding":[
      {"system":"urn:oid:1.2.3.4","code":"SPN77","display":"Lumbar fusion L2-pelvis w/ S2AI"},
      {"system":"http://www.ama-assn.org/go/cpt","code":"22612"},
      {"system":"http://www.ama-assn.org/go/cpt","code":"22614"},
      {"system":"http://www.ama-assn.org/go/cpt","code":"22842"},
      {"system":"http://www.ama-assn.org/go/cpt","code":"22848"}],
      "text":"Posterior lumbar fusion L2 to pelvis"},
    "orderDetail":[{"text":"Levels: L2-L3, L3-L4, L4-L5, L5-S1"},
      {"text":"Pelvic fixation: bilateral S2-alar-iliac screws"},
      {"text":"Implant rep: Medtronic"}],
    "note":[{"text":"PSF L2 to pelvis for stenosis. Prior L4-5 laminectomy 2019."}]})");
  rapidjson::Document out;
  cards::LimitPlan plan;
  plan.fusion = {seg("L4-L5")};
  plan.decompression = {seg("L2-L3"), seg("L3-L4"), seg("L5-S1")};
  plan.added_decompression = plan.decompression;
  const auto sr = cards::limited_service_request(order, plan, nullptr, out.GetAllocator());

  const auto read = terminology::read_fusion_order(sr);
  CHECK(read.requested.segments == std::vector<Segment>{seg("L4-L5")});
  CHECK_FALSE(read.requested.pelvis);
  const auto codes = code_codes(sr);
  CHECK(has(codes, "22612"));
  CHECK_FALSE(has(codes, "22614"));  // one interspace: no add-on
  CHECK_FALSE(has(codes, "22848"));  // no pelvic fixation
  CHECK_FALSE(has(codes, "22842"));
  CHECK(has(codes, "22840"));  // the instrumentation of two vertebrae
  CHECK(has(codes, "SPN77"));  // the EHR's orderable stays, its display goes
  CHECK_FALSE(sr["code"]["coding"][0].HasMember("display"));
  const auto details = all_text(sr, "orderDetail");
  CHECK(details.find("Levels: L2-L3") == std::string::npos);
  CHECK(details.find("Pelvic fixation") == std::string::npos);
  CHECK(details.find("Implant rep: Medtronic") != std::string::npos);
  // The note keeps what else it says.
  CHECK(all_text(sr, "note") == "Prior L4-5 laminectomy 2019.\n");
}

TEST_CASE("a cervical order with levels only in a detail reads limited once applied") {
  auto order = parse(R"({"resourceType":"ServiceRequest","id":"sr2","status":"draft",
    "intent":"order","subject":{"reference":"Patient/p"},
    "code":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"22551"},
      {"system":"http://www.ama-assn.org/go/cpt","code":"22552"},
      {"system":"http://www.ama-assn.org/go/cpt","code":"22846"}],"text":"ACDF"},
    "orderDetail":[{"text":"Levels: C4/5, C5/6 and C6/7"},{"text":"Plate: yes"}],
    "note":[{"text":"Three-level ACDF C4-C7."}]})");
  rapidjson::Document out;
  const auto sr =
      cards::limited_cervical_request(order, {seg("C6-C7")}, nullptr, out.GetAllocator());
  const auto read = terminology::read_fusion_order(sr);
  CHECK(read.requested.segments == std::vector<Segment>{seg("C6-C7")});
  const auto codes = code_codes(sr);
  CHECK(has(codes, "22551"));
  CHECK_FALSE(has(codes, "22552"));
  CHECK_FALSE(has(codes, "22846"));
  CHECK(has(codes, "22845"));  // a plate over two vertebrae
  CHECK(all_text(sr, "orderDetail").find("Plate: yes") != std::string::npos);
  CHECK_FALSE(sr.HasMember("note"));  // nothing of it said less than C4-C7
}

TEST_CASE("decompression alone: no detail still names the fusion") {
  auto order = parse(R"({"resourceType":"ServiceRequest","id":"sr3","status":"draft",
    "intent":"order","subject":{"reference":"Patient/p"},
    "code":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"22558"}],
      "text":"ALIF L5-S1"},
    "orderDetail":[{"text":"CPT: 22558 Anterior interbody arthrodesis, lumbar"},
      {"text":"Level: L5/S1"},{"text":"Approach surgeon: vascular surgery"}]})");
  rapidjson::Document out;
  cards::LimitPlan plan;
  plan.decompression = {seg("L5-S1")};
  const auto sr = cards::limited_service_request(order, plan, nullptr, out.GetAllocator());
  const auto read = terminology::read_fusion_order(sr);
  CHECK(read.region == terminology::FusionRegion::none);
  const auto details = all_text(sr, "orderDetail");
  CHECK(details.find("22558") == std::string::npos);
  CHECK(details.find("Approach surgeon") != std::string::npos);
}
