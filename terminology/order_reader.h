#pragma once
// The one reader of a fusion order, as EHRs write them: which region it fuses
// and which levels, from CPT/HCPCS/SNOMED codes or, whatever the coding (EHRs
// send local codes), from its words (code.text, coding.display, orderDetail,
// note, bodySite). The hook pipeline and the assessment both use it.
#include <vector>

#include <rapidjson/document.h>

#include "terminology/quote.h"
#include "terminology/segment.h"

namespace spinecds::terminology {

enum class FusionRegion { none, cervical, thoracic, lumbar, unknown };

struct RequestedLevels {
  std::vector<Segment> segments;  // sorted, unique (the fusion levels)
  bool pelvis = false;            // pelvic fixation (22848, S2AI, iliac, "-pelvis")
  std::vector<Quote> evidence;
};

struct FusionOrder {
  // `none`: not a spinal fusion. `unknown`: a fusion whose codes, levels and
  // words name no region (22614, "posterior spinal fusion").
  FusionRegion region = FusionRegion::none;
  RequestedLevels requested;  // empty segments: the levels could not be read
};

// Reads a ServiceRequest; anything else is `none`.
FusionOrder read_fusion_order(const rapidjson::Value& service_request);

}  // namespace spinecds::terminology
