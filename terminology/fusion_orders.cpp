#include "terminology/fusion_orders.h"

namespace spinecds::terminology {

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
    // `unknown` (deformity or add-on codes with no readable level) is kept:
    // a lumbar deformity fusion must not slip through unassessed.
    if (region == FusionRegion::lumbar || region == FusionRegion::unknown) {
      out.push_back(&res->value);
    }
  }
  return out;
}

}  // namespace spinecds::terminology
