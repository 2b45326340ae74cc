// CRD's "instructions" card (off unless a request's configuration turns it
// on): the documentation still needed for the order, as text only — no links,
// no suggestions — for EHRs and payers that show instructions apart.
#include "cards/card_kinds.h"
#include "cards/criterion_names.h"
#include "cards/levels_text.h"
#include "cards/markdown_escape.h"

namespace spinecds::cards {

rapidjson::Value card_instructions(const CardContext& ctx, const OrderInput& in) {
  const criteria::Assessment& a = *in.assessment;
  std::string lines;
  for (const auto& c : a.criteria) {
    if (c.status != criteria::Status::not_met && c.status != criteria::Status::unknown) continue;
    const std::string& need = c.documentation_needed;
    if (need.empty()) continue;
    const std::string title =
        c.title.empty() ? c.id : c.title;  // an unknown id is echoed: escape it
    lines += "- **" + (title == c.id ? markdown_escape(title) : title) + ":** " +
             markdown_escape(need) + "\n";
  }
  if (lines.empty()) return rapidjson::Value();
  const FusionFindings f = fusion_findings(a);

  CardSpec spec;
  spec.kind = kInstructions;
  spec.indicator = Indicator::info;
  spec.topic = kTopicGuideline;  // a code both CRD versions define
  spec.summary =
      "Documentation still needed for fusion " + construct_name(f.requested, f.pelvis_requested);
  spec.detail = "Add to the record, or attach to the order:\n\n" + lines;
  rapidjson::Value card = make_card(ctx, in, spec);
  // Instructions are text only (CRD): no links.
  card.RemoveMember("links");
  return card;
}

}  // namespace spinecds::cards
