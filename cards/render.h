#pragma once
// Renders Assessments as a CDS Hooks response: a pure function of the
// Assessments, the hook request and the policy.
#include <vector>

#include <rapidjson/document.h>

#include "criteria/assessment.h"
#include "criteria/policy.h"

namespace spinecds::cards {

enum class Hook { order_sign, order_select };

struct RenderInput {
  Hook hook = Hook::order_sign;
  const rapidjson::Value* request = nullptr;  // the whole hook request
  // One per fusion order, in draftOrders order; orders[i] is the draft
  // ServiceRequest that assessments[i] judged.
  std::vector<const rapidjson::Value*> orders;
  const std::vector<criteria::Assessment>* assessments = nullptr;
  const criteria::Policy* policy = nullptr;
};

// {"cards": [...], "systemActions": [...]} (systemActions only when non-empty).
rapidjson::Document render_response(const RenderInput& in);

}  // namespace spinecds::cards
