#pragma once
// One builder per card kind (one concept per file: card_<kind>.cpp). Each
// returns the card, or a null Value when its problem is absent.
#include <vector>

#include <rapidjson/document.h>

#include "cards/card_context.h"
#include "cards/suggestion_limit_fusion.h"
#include "terminology/segment.h"

namespace spinecds::cards {

// The fusion findings cards 1 and 2 share.
struct FusionFindings {
  std::vector<terminology::Segment> requested;    // sorted
  std::vector<terminology::Segment> construct;    // supported (+ bridged), one contiguous span
  std::vector<terminology::Segment> unsupported;  // requested, outside the construct
  std::vector<terminology::Segment> stenotic;     // requested with stenosis, or decompression-only
  bool pelvis_requested = false;
  bool pelvis_supported = false;
  bool extent_exceeds() const { return !unsupported.empty(); }
  bool pelvis_unsupported() const { return pelvis_requested && !pelvis_supported; }
  // Pelvic fixation survives only when indicated and the construct reaches S1.
  bool keep_pelvis() const;
  bool deformity_indicated = false;
};

FusionFindings fusion_findings(const criteria::Assessment& a);

// The plan for the limiting update of card 1 (or card 2: same levels, no pelvis).
LimitPlan limit_plan(const FusionFindings& f, const criteria::Assessment& a);

rapidjson::Value card_fusion_extent(const CardContext& ctx, const OrderInput& in);
// The cervical fusion-extent card (DESIGN §9): concordant compression per
// segment, codes counted again.
rapidjson::Value card_cervical_fusion_extent(const CardContext& ctx, const OrderInput& in);
rapidjson::Value card_pelvic_fixation(const CardContext& ctx, const OrderInput& in);
rapidjson::Value card_flexion_extension(const CardContext& ctx, const OrderInput& in);
rapidjson::Value card_physical_therapy(const CardContext& ctx, const OrderInput& in);
rapidjson::Value card_criteria_summary(const CardContext& ctx, const OrderInput& in);
rapidjson::Value card_data_unavailable(const CardContext& ctx, const OrderInput& in);
rapidjson::Value card_instructions(const CardContext& ctx, const OrderInput& in);

}  // namespace spinecds::cards
