// Card 3: flexion-extension radiographs are not in the record, and the fusion
// rests on instability (a deformity-indicated fusion does not need them).
#include <string>
#include <string_view>

#include "cards/card_kinds.h"
#include "cards/criterion_names.h"
#include "cards/guideline.h"
#include "cards/levels_text.h"
#include "cards/new_orders.h"
#include "criteria/criterion_ids.h"
#include "criteria/procedure_family.h"

namespace spinecds::cards {

namespace {
constexpr std::string_view kSnomed = "http://snomed.info/sct";
constexpr std::string_view kConstruct = "{construct}";

std::string with_construct(std::string_view text, const std::string& construct) {
  std::string out(text);
  if (const auto at = out.find(kConstruct); at != std::string::npos) {
    out.replace(at, kConstruct.size(), construct);
  }
  return out;
}

// " (CPT 72120, LOINC 24971-4)": the films' codes as the card's text names them.
std::string codes_text(const std::vector<FilmsWording::Code>& codes) {
  std::string out;
  for (const auto& c : codes) {
    const bool cpt = c.system.find("cpt") != std::string::npos;
    const bool loinc = c.system.find("loinc") != std::string::npos;
    out += (out.empty() ? " (" : ", ") + std::string(cpt ? "CPT " : loinc ? "LOINC " : "") + c.code;
  }
  return out.empty() ? out : out + ")";
}

}  // namespace

rapidjson::Value card_flexion_extension(const CardContext& ctx, const OrderInput& in) {
  const criteria::Assessment& a = *in.assessment;
  const auto* c = find_criterion(a, criteria::criterion_id::kFlexionExtension);
  if (c == nullptr ||
      (c->status != criteria::Status::not_met && c->status != criteria::Status::unknown)) {
    return rapidjson::Value();
  }
  const FusionFindings f = fusion_findings(a);
  if (f.deformity_indicated || f.requested.empty()) return rapidjson::Value();
  // The wording is the policy's; a policy without it uses the shipped one's.
  const FilmsWording* row =
      ctx.guideline != nullptr && ctx.guideline->films
          ? &*ctx.guideline->films
          : shipped_films_wording(a.family == criteria::kCervicalFusion ? criteria::kCervicalFusion
                                                                        : criteria::kLumbarFusion);
  if (row == nullptr) return rapidjson::Value();
  const std::string requested = construct_name(f.requested, f.pelvis_requested);
  const std::string codes = codes_text(row->codes);

  CardSpec spec;
  spec.kind = kFlexionExtensionFilms;
  spec.indicator = Indicator::info;
  spec.topic = kTopicAppropriateUse;
  spec.criteria_for_links = {std::string(criteria::criterion_id::kFlexionExtension)};
  if (row->links_instability) {
    spec.criteria_for_links.emplace_back(criteria::criterion_id::kInstability);
  }
  spec.summary = row->summary + " for fusion " + requested;
  spec.detail = with_construct(row->detail, requested);

  NewOrder order;
  order.category = {kSnomed, "363679005", "Imaging"};
  order.category_text = "Imaging";
  for (const auto& code : row->codes) {
    order.codes.push_back({code.system, code.code, code.display});
  }
  order.code_text = row->code_text;
  order.fallback_reason = row->reason;
  order.suggestion_key = "order-films";
  order.label = "Order " + row->films;
  order.action =
      "Create a draft order for " + row->films + codes + " supporting " + in.order_reference;
  return card_suggesting_order(ctx, in, std::move(spec), c->evidence, 1,
                               row->suggested_order + codes + ", linked to the fusion order.",
                               order);
}

}  // namespace spinecds::cards
