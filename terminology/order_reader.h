#pragma once
// The one reader of a fusion order, as EHRs write them: which region it fuses
// and which levels, from CPT/HCPCS/SNOMED codes or, whatever the coding (EHRs
// send local codes), from its words (code.text, coding.display, orderDetail,
// note, bodySite). The hook pipeline and the assessment both use it.
#include <string>
#include <string_view>
#include <utility>
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

// The side of the spine the surgeon works from; cervical policies judge an
// anterior fusion (the discectomy is why it is fused) apart from a posterior one.
enum class Approach { unknown, anterior, posterior, combined };
std::string to_string(Approach a);  // "anterior", ...; "unknown"

struct FusionOrder {
  // `none`: not a spinal fusion. `unknown`: a fusion whose codes, levels and
  // words name no region (22614, "posterior spinal fusion"). Of several
  // regions, lumbar wins (the one the lumbar services assess); `regions`
  // lists them all.
  FusionRegion region = FusionRegion::none;
  // Every region the order's codes, levels and words touch, sorted, unique,
  // without `none`: a mixed cervical + lumbar order lists both, so each
  // family's service assesses its own segments and says the rest exists.
  std::vector<FusionRegion> regions;
  RequestedLevels requested;  // all families' segments; empty: the levels could not be read
  Approach approach = Approach::unknown;  // of the whole order
  // The approach of each region's own codes, where they name one: a mixed
  // order's cervical part (22551) is anterior though its lumbar part (22633)
  // is posterior.
  std::vector<std::pair<FusionRegion, Approach>> approach_by_region;
  // Cervical disc arthroplasty (22856, +22858 or its words) on the order: not
  // a fusion. An arthroplasty-only order has region `none`.
  bool arthroplasty = false;
  // The CPT/HCPCS codes on the order (code and orderDetail), as written and
  // in order, repeats kept: what the fusion-extent card recounts.
  std::vector<std::string> codes;

  bool touches(FusionRegion r) const;
  // The approach of the part of the order in `family`: its own codes' when
  // they name one, else the whole order's.
  Approach approach_for(FusionRegion family) const;
};

// What one text of an order says of its extent, read as the reader reads an
// orderDetail: the fusion levels it names, whether it names the pelvis or a
// fusion. A limited order must not keep a text that says more (the reader
// would find the old extent in it when the order is signed again).
struct OrderTextExtent {
  std::vector<Segment> fusion_segments;
  bool pelvis = false;
  bool fusion = false;
};
// `detail`: read as an orderDetail (levels alone are the fusion's), else as
// a note (levels belong to the procedure named beside them).
OrderTextExtent read_order_text(std::string_view text, bool detail);

// Reads a ServiceRequest; anything else is `none`. A bare pelvic-fixation
// add-on (22848 alone) is `none` with `requested.pelvis` set and no segments.
FusionOrder read_fusion_order(const rapidjson::Value& service_request);

}  // namespace spinecds::terminology
