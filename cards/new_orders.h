#pragma once
// Shared parts of the ServiceRequests that cards suggest creating (films, PT):
// a draft order for the same patient and encounter, pointing at the fusion
// order through supportingInfo (R4 reasonReference cannot name a
// ServiceRequest) and carrying the fusion order's diagnoses.
#include <string_view>

#include <rapidjson/document.h>

#include "cards/card_context.h"

namespace spinecds::cards {

// {"resourceType": "ServiceRequest", "status": "draft", "intent": "order",
//  category, code, subject, encounter, requester, reasonCode, supportingInfo}.
rapidjson::Value new_service_request(const CardContext& ctx, const OrderInput& in,
                                     rapidjson::Value category, rapidjson::Value code,
                                     std::string_view fallback_reason);

rapidjson::Value codeable_concept(rapidjson::Value codings, std::string_view text, Alloc& a);

}  // namespace spinecds::cards
