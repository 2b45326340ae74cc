#pragma once
// Which draft orders are spinal fusions, and which of those are lumbar or
// lumbosacral (the ones SpineCDS assesses).
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

}  // namespace spinecds::terminology
