#pragma once
// Shared parts of the ServiceRequests that cards suggest creating (films, PT):
// a draft order for the same patient and encounter, pointing at the fusion
// order through supportingInfo (R4 reasonReference cannot name a
// ServiceRequest) and carrying the fusion order's diagnoses.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/document.h>

#include "cards/card_context.h"
#include "criteria/assessment.h"

namespace spinecds::cards {

// {"resourceType": "ServiceRequest", "status": "draft", "intent": "order",
//  category, code, subject, encounter, requester, reasonCode, supportingInfo}.
rapidjson::Value new_service_request(const CardContext& ctx, const OrderInput& in,
                                     rapidjson::Value category, rapidjson::Value code,
                                     std::string_view fallback_reason);

rapidjson::Value codeable_concept(rapidjson::Value codings, std::string_view text, Alloc& a);

struct CodingRow {
  std::string_view system, code, display;
};

// The draft order a card suggests creating, and the suggestion that creates it.
struct NewOrder {
  CodingRow category;
  std::string_view category_text;
  std::vector<CodingRow> codes;
  std::string code_text;
  std::string fallback_reason;      // reasonCode when the fusion order has none
  std::string_view suggestion_key;  // the suggestion uuid's key
  std::string label;
  std::string action;  // the create action's description
};

// The card of `spec` whose detail ends with up to `max_evidence` quotes of
// `evidence` and "**Suggested order:** `suggested`", with one suggestion
// (not recommended, selection "any") creating `order`: every card that
// suggests a new order (films, physical therapy) is built here.
rapidjson::Value card_suggesting_order(const CardContext& ctx, const OrderInput& in, CardSpec spec,
                                       const std::vector<criteria::Evidence>& evidence,
                                       std::size_t max_evidence, std::string_view suggested,
                                       const NewOrder& order);

}  // namespace spinecds::cards
