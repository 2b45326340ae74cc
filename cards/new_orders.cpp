#include "cards/new_orders.h"

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

}  // namespace spinecds::cards
