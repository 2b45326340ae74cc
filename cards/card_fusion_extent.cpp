// Card 1: the fusion extends beyond what the record supports.
#include "cards/card_kinds.h"
#include "cards/criterion_names.h"
#include "cards/levels_text.h"
#include "cards/markdown_escape.h"

namespace spinecds::cards {

namespace {

std::string level_table(const criteria::Assessment& a, const FusionFindings& f) {
  std::string t = "| Level | Stenosis | Instability | Fusion | Evidence |\n|---|---|---|---|---|\n";
  for (const auto& row : a.levels) {
    if (!row.requested && !contains(f.stenotic, row.segment)) continue;
    std::string fusion;
    if (!row.requested) {
      fusion = "not requested";
    } else if (contains(f.construct, row.segment)) {
      fusion = row.fusion_supported ? "supported" : "bridged inside the supported construct";
    } else if (contains(f.stenotic, row.segment)) {
      fusion = "not supported: decompression only";
    } else {
      fusion = "not supported";
    }
    const std::string ev = evidence_markdown(row.evidence);
    t += "| " + terminology::to_string(row.segment) + " | " +
         (row.stenosis ? terminology::to_string(*row.stenosis) : std::string("none documented")) +
         " | " + (row.instability ? "documented" : "not documented") + " | " + fusion + " | " +
         (ev.empty() ? std::string("none in the record") : ev) + " |\n";
  }
  if (f.pelvis_requested) {
    t += std::string("| Pelvis | | | ") +
         (f.keep_pelvis() ? "supported" : "no documented indication") + " | |\n";
  }
  return t;
}

// Criterion summaries are sentences without a final stop.
std::string sentence(std::string s) {
  if (!s.empty() && s.back() != '.') s += '.';
  return s;
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
  spec.criteria_for_links = {"instability", "deformity", "pelvic-fixation.indication"};
  if (!f.construct.empty()) {
    spec.summary = "Fusion " + requested + " exceeds " + basis + " (" + supported + " only)";
  } else if (!f.stenotic.empty()) {
    spec.summary = "Fusion " + requested +
                   ": documentation does not show instability at any level; " +
                   "decompression alone at " + construct_name(f.stenotic, false);
  } else {
    spec.summary = "Fusion " + requested + ": documentation does not show instability at any level";
  }

  std::string d = "**Requested:** fusion " + requested + " (" +
                  markdown_escape(in.order_reference) + "). **Supported by the documentation:** " +
                  (f.construct.empty() ? std::string("no fusion level") : "fusion " + supported) +
                  ".\n\n" + level_table(a, f) + "\n";
  if (const auto* c = find_criterion(a, "instability"); c != nullptr && !c->summary.empty()) {
    d += "**Guideline:** " + sentence(markdown_escape(c->summary)) + "\n\n";
  } else {
    d += "**Guideline:** fusion is supported only at levels where the documentation shows "
         "instability (or a deformity that fusion corrects); documentation does not show it at " +
         segment_list(f.unsupported) + ".\n\n";
  }
  if (f.pelvis_requested && !keep_pelvis) {
    const auto* c = find_criterion(a, "pelvic-fixation.indication");
    d += "**Pelvic fixation:** ";
    if (c != nullptr && !c->summary.empty()) {
      d += markdown_escape(c->summary);
      if (d.back() == '.') d.pop_back();
    } else if (f.pelvis_supported) {
      d += "the supported construct does not reach the sacrum, so pelvic fixation has nothing to "
           "protect";
    } else {
      d += "documentation does not show an indication (deformity, sagittal imbalance, high-grade "
           "slip, or a long construct to the sacrum)";
    }
    d += ".\n\n";
  }
  const bool has_suggestion = !f.construct.empty() || !plan.decompression.empty();
  if (has_suggestion) {
    d += "**Suggested change:** ";
    if (!f.construct.empty()) {
      d += "fusion " + supported;
      const std::vector<terminology::Segment> decomp_only = [&] {
        std::vector<terminology::Segment> v;
        for (auto s : f.stenotic)
          if (!contains(f.construct, s)) v.push_back(s);
        return v;
      }();
      if (!decomp_only.empty()) d += ", decompression only at " + segment_list(decomp_only);
      if (f.pelvis_requested && !keep_pelvis) d += ", without pelvic fixation";
    } else {
      d += "decompression alone at " + segment_list(plan.decompression);
    }
    d += ". The update keeps everything else in the order.";
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
