#pragma once
// Which draft orders are spinal fusions, and which of those are lumbar or
// lumbosacral (the ones SpineCDS assesses).
#include <cstddef>
#include <vector>

#include <rapidjson/document.h>

#include "terminology/order_reader.h"

namespace spinecds::terminology {

// The region a ServiceRequest fuses: `none` when it is not a spinal fusion.
inline FusionRegion fusion_region(const rapidjson::Value& service_request) {
  return read_fusion_order(service_request).region;
}

// The draft ServiceRequests in a draftOrders Bundle that are lumbar or
// lumbosacral fusions, in Bundle order.
std::vector<const rapidjson::Value*> lumbar_fusion_orders(const rapidjson::Value& draft_orders);

// A pelvic-fixation add-on signed as a draft order of its own (CPT 22848
// "Pelvic fixation", "iliac screws") names no level: it belongs to the fusion
// signed with it. Each such add-on is joined into the lumbar fusion of
// `orders` whose construct ends lowest (the one the pelvis is fixed to): that
// order requests pelvic fixation, with the add-on's quotes and codes. Returns
// the indexes of the add-ons joined, ascending; an add-on with no lumbar
// fusion beside it is left alone.
std::vector<std::size_t> join_pelvic_add_ons(const std::vector<FusionOrder*>& orders);

}  // namespace spinecds::terminology
