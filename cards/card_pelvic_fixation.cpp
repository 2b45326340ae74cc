// Card 2: pelvic fixation without a documented indication, when every
// requested segment is supported (otherwise card 1 carries it, so two updates
// of the same order never compete).
#include "cards/card_kinds.h"
#include "cards/criterion_names.h"
#include "cards/evidence_text.h"
#include "cards/levels_text.h"
#include "cards/markdown_escape.h"
#include "criteria/criterion_ids.h"

namespace spinecds::cards {

rapidjson::Value card_pelvic_fixation(const CardContext& ctx, const OrderInput& in) {
  const criteria::Assessment& a = *in.assessment;
  const FusionFindings f = fusion_findings(a);
  if (f.requested.empty() || f.extent_exceeds() || !f.pelvis_unsupported()) {
    return rapidjson::Value();
  }
  const std::string requested = construct_name(f.requested, true);
  const std::string without = construct_name(f.construct, false);

  CardSpec spec;
  spec.kind = kPelvicFixation;
  spec.indicator = Indicator::warning;
  spec.topic = kTopicOffGuideline;
  spec.criteria_for_links = {std::string(criteria::criterion_id::kPelvicFixation),
                             std::string(criteria::criterion_id::kDeformity)};
  spec.summary =
      "Pelvic fixation in fusion " + requested +
      " has no documented indication; end the construct at " +
      (f.construct.empty()
           ? std::string("S1")
           : terminology::to_string(terminology::Vertebra{f.construct.back().upper.ordinal + 1}));

  std::string d = "**Requested:** fusion " + requested + ". Fusion at " +
                  segment_list(f.requested) +
                  " is supported by the documentation; pelvic fixation is not.\n\n";
  const auto* c = find_criterion(a, criteria::criterion_id::kPelvicFixation);
  d += "**Pelvic fixation:** ";
  if (c != nullptr && !c->summary.empty()) {
    d += markdown_escape(truncate_code_points(c->summary, 300));
    if (d.back() != '.') d += '.';
    QuoteSet shown;
    const std::string ev = evidence_list(c->evidence, shown, 1);
    if (!ev.empty()) d += "\n\n" + ev;
  } else {
    d += "documentation does not show an indication (deformity, sagittal imbalance, high-grade "
         "slip, or a long construct to the sacrum).";
  }
  d += "\n\n**Suggested change:** fusion " + without +
       " without pelvic fixation (22848 removed); the rest of the order is kept.";
  spec.detail = d;

  rapidjson::Value card = make_card(ctx, in, spec);
  if (in.order != nullptr) {
    Alloc& al = *ctx.alloc;
    LimitPlan plan = limit_plan(f, a);
    plan.pelvic_fixation = false;
    add_suggestion(
        ctx, in, card, kPelvicFixation, "end-at-s1",
        "End the construct at S1 without pelvic fixation", true, "at-most-one",
        make_action("update",
                    "Update " + in.order_reference + ": fusion " + without +
                        ", pelvic fixation (22848) removed",
                    limited_service_request(*in.order, plan, in.coverage_extension, al), al));
  }
  return card;
}

}  // namespace spinecds::cards
