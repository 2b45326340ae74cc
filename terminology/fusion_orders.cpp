#include "terminology/fusion_orders.h"

#include <algorithm>

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

namespace {

bool is_pelvic_add_on(const FusionOrder& o) {
  return o.requested.pelvis && o.requested.segments.empty();
}

bool is_lumbar_construct(const FusionOrder& o) {
  const auto& segs = o.requested.segments;
  return std::any_of(segs.begin(), segs.end(), is_lumbar);
}

}  // namespace

std::vector<std::size_t> join_pelvic_add_ons(const std::vector<FusionOrder*>& orders) {
  FusionOrder* target = nullptr;
  for (auto* o : orders) {
    if (o == nullptr || !is_lumbar_construct(*o)) continue;
    if (target == nullptr || target->requested.segments.back() < o->requested.segments.back()) {
      target = o;
    }
  }
  std::vector<std::size_t> joined;
  if (target == nullptr) return joined;
  for (std::size_t i = 0; i < orders.size(); ++i) {
    auto* o = orders[i];
    if (o == nullptr || o == target || !is_pelvic_add_on(*o)) continue;
    target->requested.pelvis = true;
    auto& ev = target->requested.evidence;
    ev.insert(ev.end(), o->requested.evidence.begin(), o->requested.evidence.end());
    std::sort(ev.begin(), ev.end());
    ev.erase(std::unique(ev.begin(), ev.end()), ev.end());
    target->codes.insert(target->codes.end(), o->codes.begin(), o->codes.end());
    joined.push_back(i);
  }
  return joined;
}

}  // namespace spinecds::terminology
