#include "cards/new_orders.h"

#include "cards/evidence_text.h"

namespace spinecds::cards {

rapidjson::Value codeable_concept(rapidjson::Value codings, std::string_view text, Alloc& a) {
  rapidjson::Value cc(rapidjson::kObjectType);
  if (codings.IsArray() && !codings.Empty()) put(cc, "coding", std::move(codings), a);
  if (!text.empty()) put(cc, "text", text, a);
  return cc;
}

rapidjson::Value new_service_request(const CardContext& ctx, const OrderInput& in,
                                     rapidjson::Value category, rapidjson::Value code,
                                     std::string_view fallback_reason) {
  Alloc& a = *ctx.alloc;
  rapidjson::Value sr(rapidjson::kObjectType);
  put(sr, "resourceType", "ServiceRequest", a);
  put(sr, "status", "draft", a);
  put(sr, "intent", "order", a);
  rapidjson::Value cats(rapidjson::kArrayType);
  cats.PushBack(category, a);
  put(sr, "category", std::move(cats), a);
  put(sr, "code", std::move(code), a);

  // The patient: the fusion order's subject, else the hook's patientId.
  const auto* subject = member(in.order, "subject");
  if (subject != nullptr && !str_member(subject, "reference").empty()) {
    put(sr, "subject", rapidjson::Value(*subject, a), a);
  } else {
    put(sr, "subject", reference(ctx.patient_reference, a), a);
  }
  if (const auto* enc = member(in.order, "encounter");
      enc != nullptr && !str_member(enc, "reference").empty()) {
    put(sr, "encounter", rapidjson::Value(*enc, a), a);
  }
  if (!ctx.user_reference.empty()) {
    put(sr, "requester", reference(ctx.user_reference, a), a);
  } else if (const auto* req = member(in.order, "requester");
             req != nullptr && !str_member(req, "reference").empty()) {
    put(sr, "requester", rapidjson::Value(*req, a), a);
  }
  rapidjson::Value reasons = copy_reason_codes(in.order, a);
  if (reasons.Empty()) {
    reasons.PushBack(codeable_concept(rapidjson::Value(rapidjson::kArrayType), fallback_reason, a),
                     a);
  }
  put(sr, "reasonCode", std::move(reasons), a);
  if (!in.order_reference.empty()) {
    rapidjson::Value info(rapidjson::kArrayType);
    info.PushBack(reference(in.order_reference, a), a);
    put(sr, "supportingInfo", std::move(info), a);
  }
  return sr;
}

rapidjson::Value card_suggesting_order(const CardContext& ctx, const OrderInput& in, CardSpec spec,
                                       const std::vector<criteria::Evidence>& evidence,
                                       std::size_t max_evidence, std::string_view suggested,
                                       const NewOrder& order) {
  QuoteSet shown;
  const std::string ev = evidence_list(evidence, shown, max_evidence);
  if (!ev.empty()) spec.detail += "\n\n" + ev;
  spec.detail += "\n\n**Suggested order:** ";
  spec.detail += suggested;

  rapidjson::Value card = make_card(ctx, in, spec);
  Alloc& al = *ctx.alloc;
  rapidjson::Value codings(rapidjson::kArrayType);
  for (const CodingRow& c : order.codes)
    codings.PushBack(coding(c.system, c.code, c.display, al), al);
  rapidjson::Value cat(rapidjson::kArrayType);
  cat.PushBack(coding(order.category.system, order.category.code, order.category.display, al), al);
  rapidjson::Value sr = new_service_request(
      ctx, in, codeable_concept(std::move(cat), order.category_text, al),
      codeable_concept(std::move(codings), order.code_text, al), order.fallback_reason);
  add_suggestion(ctx, in, card, spec.kind, order.suggestion_key, order.label, false, "any",
                 make_action("create", order.action, std::move(sr), al));
  return card;
}

}  // namespace spinecds::cards
