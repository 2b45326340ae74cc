#pragma once
// The update of a draft cervical fusion ServiceRequest limited to the
// supported segments, with its codes counted again (DESIGN §9): 22551 +
// 22552 per extra interspace (22554 + 22585, 22600 + 22614 alike), the
// anterior plate 22845 for 2-3 vertebrae or 22846 for 4-7, cages (22853) per
// interspace; body sites the construct's vertebrae; everything else kept.
#include <vector>

#include <rapidjson/document.h>

#include "terminology/segment.h"

namespace spinecds::cards {

rapidjson::Value limited_cervical_request(const rapidjson::Value& order,
                                          const std::vector<terminology::Segment>& fusion,
                                          const rapidjson::Value* coverage_extension,
                                          rapidjson::Document::AllocatorType& alloc);

// The CPT code of the anterior plate across `vertebrae` vertebrae: 22845
// (2-3), 22846 (4-7), 22847 (8 or more).
const char* anterior_instrumentation_code(int vertebrae);

}  // namespace spinecds::cards
