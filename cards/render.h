#pragma once
// Renders Assessments as a CDS Hooks response: a pure function of the
// Assessments, the hook request and the policy.
#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "cards/guideline.h"
#include "criteria/assessment.h"
#include "criteria/policy.h"
#include "fhir/record.h"

namespace spinecds::cards {

enum class Hook { order_sign, order_select };

// What the issued-card ledger records of a card (no PHI).
struct IssuedCard {
  std::string uuid;
  std::string kind;       // "fusion-extent", ...
  std::string indicator;  // "warning" | "info"
  std::size_t order = 0;  // index into RenderInput::assessments
};

struct RenderInput {
  Hook hook = Hook::order_sign;
  const rapidjson::Value* request = nullptr;  // the whole hook request
  // One per fusion order, in draftOrders order; orders[i] is the draft
  // ServiceRequest that assessments[i] judged.
  std::vector<const rapidjson::Value*> orders;
  const std::vector<criteria::Assessment>* assessments = nullptr;
  const criteria::Policy* policy = nullptr;
  // `policy`'s guidelines read ahead (cards::read_guidelines); null → read
  // from the policy on each call.
  const Guidelines* guidelines = nullptr;
  // The gathered record; the patient's Coverage is looked up here (else in
  // the request's prefetch).
  const fhir::Record* record = nullptr;
  // Da Vinci CRD coverage information on order-sign (config
  // `crd.coverageInformation`, default on). A deployment that is not a
  // payer's turns it off; without a Coverage in the record none is returned.
  bool coverage_information = true;
  // The payer profile's CRD `pa-needed` code ("no-auth", "auth-needed",
  // "performpa", "conditional"); "" → the policy profile's, else auth-needed.
  std::string pa_needed;
  // Per order (as `orders`), the absolute link to its full review; "" or
  // absent → no link (offline, reviews off, or the order is fully supported).
  std::vector<std::string> review_urls;
  // When set, receives one entry per card returned, in order.
  std::vector<IssuedCard>* issued = nullptr;
};

// {"cards": [...], "systemActions": [...]} (systemActions only when non-empty).
// Orders whose Assessment is not-applicable get nothing, so a hook without a
// lumbar fusion answers {"cards": []}.
rapidjson::Document render_response(const RenderInput& in);

}  // namespace spinecds::cards
