// Card 1: the fusion extends beyond what the record supports.
#include "cards/card_kinds.h"
#include "cards/criterion_names.h"
#include "cards/evidence_text.h"
#include "cards/levels_text.h"
#include "criteria/criterion_ids.h"

namespace spinecds::cards {

namespace {

// Words that make a quote the deciding one for instability or stenosis.
const std::vector<std::string_view> kInstabilityWords = {"listhesis", "translat", "instab",
                                                         "angulat",   "motion",   "spondylolysis"};
const std::vector<std::string_view> kStenosisWords = {"stenosis", "compress", "narrow"};

struct LevelGroup {
  std::string what;  // "instability documented → fusion"
  std::vector<terminology::Segment> segments;
  std::vector<const criteria::Evidence*> evidence;  // in the assessment's rows
  const std::vector<std::string_view>* prefer = nullptr;
};

// One line per outcome ("L2-L3, L3-L4 and L5-S1: stenosis, no instability →
// decompression only"), each with its deciding quote, each quote once.
std::string level_lines(const criteria::Assessment& a, const FusionFindings& f) {
  LevelGroup fused{"instability documented → fusion", {}, {}, &kInstabilityWords};
  LevelGroup bridged{"no instability of its own, bridged inside the construct", {}, {}, nullptr};
  LevelGroup decomp{"stenosis, no instability → decompression only", {}, {}, &kStenosisWords};
  LevelGroup neither{"documentation shows neither instability nor stenosis", {}, {}, nullptr};
  for (const auto& row : a.levels) {
    if (!row.requested) continue;
    LevelGroup* g = nullptr;
    if (contains(f.construct, row.segment)) {
      g = row.fusion_supported ? &fused : &bridged;
    } else if (contains(f.stenotic, row.segment)) {
      g = &decomp;
    } else {
      g = &neither;
    }
    g->segments.push_back(row.segment);
    for (const auto& e : row.evidence) g->evidence.push_back(&e);
  }
  if (f.deformity_indicated) fused.what = "documented indication → fusion";
  QuoteSet shown;
  std::string out;
  for (LevelGroup* g : {&fused, &bridged, &decomp, &neither}) {
    if (g->segments.empty()) continue;
    out += "- **" + segment_list(g->segments) + ":** " + g->what;
    const std::string ev =
        pick_evidence(g->evidence, shown, g->prefer != nullptr ? *g->prefer : kStenosisWords);
    if (!ev.empty()) out += ". " + ev;
    out += "\n";
  }
  if (f.pelvis_requested) {
    out += std::string("- **Pelvis:** ") +
           (f.keep_pelvis() ? "indication documented → pelvic fixation"
                            : "documentation does not show an indication → no pelvic fixation") +
           "\n";
  }
  return out;
}

}  // namespace

rapidjson::Value card_fusion_extent(const CardContext& ctx, const OrderInput& in) {
  const criteria::Assessment& a = *in.assessment;
  const FusionFindings f = fusion_findings(a);
  if (f.requested.empty() || !f.extent_exceeds()) return rapidjson::Value();

  const std::string requested = construct_name(f.requested, f.pelvis_requested);
  const bool keep_pelvis = f.keep_pelvis();
  const std::string supported = construct_name(f.construct, keep_pelvis);
  const std::string basis =
      f.deformity_indicated ? "documented indication" : "documented instability";
  const LimitPlan plan = limit_plan(f, a);

  CardSpec spec;
  spec.kind = kFusionExtent;
  spec.indicator = Indicator::warning;
  spec.topic = kTopicOffGuideline;
  spec.criteria_for_links = {std::string(criteria::criterion_id::kInstability),
                             std::string(criteria::criterion_id::kDeformity),
                             std::string(criteria::criterion_id::kPelvicFixation)};
  if (!f.construct.empty()) {
    spec.summary = "Fusion " + requested + " exceeds " + basis + " (" + supported + " only)";
  } else if (!f.stenotic.empty()) {
    spec.summary = "Fusion " + requested +
                   ": documentation does not show instability at any level; " +
                   "decompression alone at " + construct_name(f.stenotic, false);
  } else {
    spec.summary = "Fusion " + requested + ": documentation does not show instability at any level";
  }

  std::string d = "**Requested:** fusion " + requested + ". **Supported by the documentation:** " +
                  (f.construct.empty() ? std::string("no fusion level") : "fusion " + supported) +
                  ".\n\n" + level_lines(a, f) + "\n";
  const bool has_suggestion = !f.construct.empty() || !plan.decompression.empty();
  if (has_suggestion) {
    d += "**Suggested change:** ";
    if (!f.construct.empty()) {
      d += "fusion " + supported;
      std::vector<terminology::Segment> decomp_only;
      for (auto s : f.stenotic)
        if (!contains(f.construct, s)) decomp_only.push_back(s);
      if (!decomp_only.empty()) d += ", decompression only at " + segment_list(decomp_only);
      if (f.pelvis_requested && !keep_pelvis) d += ", without pelvic fixation";
    } else {
      d += "decompression alone at " + segment_list(plan.decompression);
    }
    d += "; the rest of the order is kept.";
  } else {
    d += "No stenosis is documented at the requested levels either, so there is no narrower "
         "order to suggest.";
  }
  spec.detail = d;

  rapidjson::Value card = make_card(ctx, in, spec);
  if (has_suggestion && in.order != nullptr) {
    Alloc& al = *ctx.alloc;
    std::string label;
    std::string description;
    if (!f.construct.empty()) {
      label = "Limit fusion to " + supported;
      if (f.pelvis_requested && !keep_pelvis) label += " without pelvic fixation";
      description = "Update " + in.order_reference + ": fusion " + supported;
      if (!plan.decompression.empty()) {
        description += ", decompression " + construct_name(plan.decompression, false);
      }
      if (f.pelvis_requested && !keep_pelvis) description += ", pelvic fixation (22848) removed";
    } else {
      label = "Change to decompression alone at " + construct_name(plan.decompression, false);
      description = "Update " + in.order_reference + " to decompression alone at " +
                    segment_list(plan.decompression) + " (no fusion)";
    }
    add_suggestion(
        ctx, in, card, kFusionExtent, "limit", label, true, "at-most-one",
        make_action("update", description,
                    limited_service_request(*in.order, plan, in.coverage_extension, al), al));
  }
  return card;
}

}  // namespace spinecds::cards
