#include "cards/render.h"

#include <algorithm>
#include <numeric>
#include <optional>

#include "cards/card_context.h"
#include "cards/card_kinds.h"
#include "cards/coverage_information.h"
#include "cards/crd_configuration.h"
#include "cards/guideline.h"
#include "criteria/procedure_family.h"

namespace spinecds::cards {

namespace {

struct Rendered {
  rapidjson::Value card;
  int rank;  // lower is more important (for max-cards)
  std::string_view kind;
  std::size_t order;
};

using Builder = rapidjson::Value (*)(const CardContext&, const OrderInput&);

struct KindBuilder {
  std::string_view kind;
  Builder build;
};

// Most important first (the order).
constexpr KindBuilder kBuilders[] = {
    {kFusionExtent, card_fusion_extent},
    {kPelvicFixation, card_pelvic_fixation},
    {kFlexionExtensionFilms, card_flexion_extension},
    {kPhysicalTherapy, card_physical_therapy},
    {kCriteriaSummary, card_criteria_summary},
    {kDataUnavailable, card_data_unavailable},
    {kInstructions, card_instructions},
};

std::string patient_reference(const rapidjson::Value* request) {
  const auto id = str_member(member(request, "context"), "patientId");
  return id.empty() ? std::string() : "Patient/" + std::string(id);
}

}  // namespace

rapidjson::Document render_response(const RenderInput& in) {
  rapidjson::Document out(rapidjson::kObjectType);
  Alloc& a = out.GetAllocator();
  rapidjson::Value cards(rapidjson::kArrayType);
  rapidjson::Value system_actions(rapidjson::kArrayType);

  const bool order_sign = in.hook == Hook::order_sign;
  const CardConfiguration config = read_card_configuration(in.request);
  const std::string patient_id(str_member(member(in.request, "context"), "patientId"));
  std::optional<std::string> coverage;
  if (order_sign && in.coverage_information) {
    coverage = in.record ? find_coverage_reference(*in.record, patient_id)
                         : find_coverage_reference(in.request);
  }

  CardContext ctx;
  ctx.alloc = &a;
  ctx.order_select = !order_sign;
  ctx.crd = requested_crd_version(in.request);
  ctx.hook_instance = std::string(str_member(in.request, "hookInstance"));
  ctx.patient_reference = patient_reference(in.request);
  ctx.user_reference = std::string(str_member(member(in.request, "context"), "userId"));

  std::vector<Rendered> rendered;
  const std::size_t n = in.assessments != nullptr ? in.assessments->size() : 0;
  for (std::size_t i = 0; i < n; ++i) {
    const criteria::Assessment& as = (*in.assessments)[i];
    if (as.verdict == criteria::Verdict::not_applicable) continue;
    const rapidjson::Value* order = i < in.orders.size() ? in.orders[i] : nullptr;
    Guideline read_now;
    const Guideline* guideline = nullptr;
    if (in.guidelines != nullptr) {
      const auto it = in.guidelines->find(as.policy.profile);
      if (it != in.guidelines->end()) guideline = &it->second;
    }
    if (guideline == nullptr) {
      read_now = read_guideline(in.policy, as.policy.profile);
      guideline = &read_now;
    }
    ctx.guideline = guideline;

    OrderInput oi;
    oi.order = order;
    oi.assessment = &as;
    oi.order_reference = order_reference(order, as);
    if (i < in.review_urls.size() && config.enabled(kReviewLink)) {
      oi.review_url = in.review_urls[i];
    }

    rapidjson::Value extension;
    if (coverage) {
      CoverageInformationInput ci;
      ci.assessment = &as;
      ci.coverage_reference = *coverage;
      ci.patient_id = patient_id;
      ci.pa_needed = !in.pa_needed.empty() ? in.pa_needed : guideline->pa_needed;
      ci.version = ctx.crd;
      extension = coverage_information_extension(ci, a);
      oi.coverage_extension = &extension;
    }

    // The family's card kinds (criteria/procedure_family.h); a cervical
    // order has no pelvic card and its own fusion-extent card.
    const criteria::ProcedureFamily* family = criteria::find_family(as.family);
    const bool cervical = as.family == criteria::kCervicalFusion;
    int rank = 0;
    for (const auto& kb : kBuilders) {
      ++rank;
      if (!config.enabled(kb.kind)) continue;
      if (family != nullptr && std::find(family->card_kinds.begin(), family->card_kinds.end(),
                                         kb.kind) == family->card_kinds.end())
        continue;
      const Builder build =
          cervical && kb.kind == kFusionExtent ? card_cervical_fusion_extent : kb.build;
      rapidjson::Value card = build(ctx, oi);
      if (card.IsNull()) continue;
      const bool warning = std::string_view(card["indicator"].GetString()) == "warning";
      // Warnings before information, then the kinds' own order, then orders.
      rendered.push_back({std::move(card), (warning ? 0 : 100) + rank, kb.kind, i});
    }

    if (oi.coverage_extension != nullptr && order != nullptr && order->IsObject() &&
        !str_member(order, "id").empty()) {
      rapidjson::Value action(rapidjson::kObjectType);
      put(action, "type", "update", a);
      put(action, "description", "Add Da Vinci CRD coverage information to " + oi.order_reference,
          a);
      put(action, "resource", with_extension(*order, extension, a), a);
      system_actions.PushBack(action, a);
    }
  }

  // max-cards keeps the most important cards, in their original order.
  std::vector<std::size_t> keep(rendered.size());
  std::iota(keep.begin(), keep.end(), 0);
  if (config.max_cards && static_cast<std::size_t>(*config.max_cards) < rendered.size()) {
    std::stable_sort(keep.begin(), keep.end(), [&](std::size_t x, std::size_t y) {
      return rendered[x].rank < rendered[y].rank;
    });
    keep.resize(static_cast<std::size_t>(*config.max_cards));
    std::sort(keep.begin(), keep.end());
  }
  for (auto k : keep) {
    if (in.issued != nullptr) {
      const auto& c = rendered[k].card;
      in.issued->push_back({c["uuid"].GetString(), std::string(rendered[k].kind),
                            c["indicator"].GetString(), rendered[k].order});
    }
    cards.PushBack(rendered[k].card, a);
  }

  out.AddMember("cards", cards, a);
  if (!system_actions.Empty()) out.AddMember("systemActions", system_actions, a);
  return out;
}

}  // namespace spinecds::cards
