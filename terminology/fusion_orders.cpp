#include "terminology/fusion_orders.h"

#include <string_view>

namespace spinecds::terminology {

namespace {

constexpr std::string_view kCpt = "http://www.ama-assn.org/go/cpt";
constexpr std::string_view kSnomed = "http://snomed.info/sct";

// Primary arthrodesis codes by region. Add-ons (22534, 22585, 22614, 22632,
// 22634) and deformity codes (22800-22812) name no region: the primary code or
// the order's levels decide.
FusionRegion cpt_region(std::string_view code) {
  if (code == "22533" || code == "22558" || code == "22586" || code == "22612" ||
      code == "22630" || code == "22633") {
    return FusionRegion::lumbar;
  }
  if (code == "22532" || code == "22556" || code == "22610") return FusionRegion::thoracic;
  if (code == "22548" || code == "22551" || code == "22554" || code == "22590" ||
      code == "22595" || code == "22600") {
    return FusionRegion::cervical;
  }
  if (code == "22534" || code == "22552" || code == "22585" || code == "22614" ||
      code == "22632" || code == "22634" || code == "22800" || code == "22802" ||
      code == "22804" || code == "22808" || code == "22810" || code == "22812") {
    return FusionRegion::unknown;
  }
  return FusionRegion::none;
}

std::string_view str(const rapidjson::Value& v, const char* key) {
  if (!v.IsObject()) return {};
  auto it = v.FindMember(key);
  if (it == v.MemberEnd() || !it->value.IsString()) return {};
  return {it->value.GetString(), it->value.GetStringLength()};
}

// Folds one coding's region into the order's region: a specific region wins
// over `unknown`, which wins over `none`.
void fold(FusionRegion& acc, FusionRegion r) {
  if (r == FusionRegion::none) return;
  if (acc == FusionRegion::none || acc == FusionRegion::unknown) acc = r;
}

void scan_codings(const rapidjson::Value& codeable, FusionRegion& acc) {
  if (!codeable.IsObject()) return;
  auto it = codeable.FindMember("coding");
  if (it == codeable.MemberEnd() || !it->value.IsArray()) return;
  for (const auto& c : it->value.GetArray()) {
    const auto system = str(c, "system");
    const auto code = str(c, "code");
    if (system == kCpt) fold(acc, cpt_region(code));
    // 55705006 |Spinal fusion (procedure)|: region comes from the levels.
    if (system == kSnomed && code == "55705006") fold(acc, FusionRegion::unknown);
  }
}

}  // namespace

FusionRegion fusion_region(const rapidjson::Value& sr) {
  if (str(sr, "resourceType") != "ServiceRequest") return FusionRegion::none;
  FusionRegion acc = FusionRegion::none;
  if (auto it = sr.FindMember("code"); it != sr.MemberEnd()) scan_codings(it->value, acc);
  if (auto it = sr.FindMember("orderDetail"); it != sr.MemberEnd() && it->value.IsArray()) {
    for (const auto& d : it->value.GetArray()) scan_codings(d, acc);
  }
  return acc;
}

std::vector<const rapidjson::Value*> lumbar_fusion_orders(const rapidjson::Value& draft_orders) {
  std::vector<const rapidjson::Value*> out;
  if (!draft_orders.IsObject()) return out;
  auto entries = draft_orders.FindMember("entry");
  if (entries == draft_orders.MemberEnd() || !entries->value.IsArray()) return out;
  for (const auto& e : entries->value.GetArray()) {
    if (!e.IsObject()) continue;
    auto res = e.FindMember("resource");
    if (res == e.MemberEnd()) continue;
    const auto region = fusion_region(res->value);
    // `unknown` (deformity or add-on codes alone) is kept: the levels decide
    // later, and a lumbar deformity fusion must not slip through.
    if (region == FusionRegion::lumbar || region == FusionRegion::unknown) {
      out.push_back(&res->value);
    }
  }
  return out;
}

}  // namespace spinecds::terminology
