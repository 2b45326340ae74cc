#pragma once
// The update of a draft fusion ServiceRequest limited to what the record
// supports: body sites, code.text and orderDetail rewritten to the new
// construct (interspace count on the add-on fusion code, the posterior
// instrumentation code for the new span, no 22848 without pelvic fixation,
// decompression named at the stenotic levels), everything else kept, same id.
#include <vector>

#include <rapidjson/document.h>

#include "terminology/segment.h"

namespace spinecds::cards {

struct LimitPlan {
  // Contiguous segments to fuse; empty turns the order into decompression alone.
  std::vector<terminology::Segment> fusion;
  bool pelvic_fixation = false;
  // Levels to decompress (sorted). With fusion empty, must be non-empty.
  std::vector<terminology::Segment> decompression;
  // Levels to add as decompression when the order itself codes none (the
  // stenotic levels that lose their fusion).
  std::vector<terminology::Segment> added_decompression;
};

// The whole updated ServiceRequest. `coverage_extension` (may be null) is put
// on it too, so the card's update and the coverage systemAction compose.
rapidjson::Value limited_service_request(const rapidjson::Value& order, const LimitPlan& plan,
                                         const rapidjson::Value* coverage_extension,
                                         rapidjson::Document::AllocatorType& alloc);

// The CPT code of the posterior instrumentation for a construct across
// `vertebrae` vertebral segments: 22840 (2), 22842 (3-6), 22843 (7-12),
// 22844 (13+).
const char* posterior_instrumentation_code(int vertebrae);

}  // namespace spinecds::cards
