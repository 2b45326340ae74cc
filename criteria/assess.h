#pragma once
// The assessment engine: a pure function of the order, the gathered record,
// the policy and the date. No I/O, no clock.
#include <string>

#include <rapidjson/document.h>

#include "criteria/assessment.h"
#include "criteria/policy.h"
#include "fhir/record.h"

namespace spinecds::criteria {

struct AssessInput {
  const rapidjson::Value* order = nullptr;  // the draft fusion ServiceRequest
  const fhir::Record* record = nullptr;
  std::string as_of;               // "2026-11-20": authoredOn, else the call's date
  std::string profile = "default";  // payer profile chosen from the Coverage
};

Assessment assess(const Policy& policy, const AssessInput& in);

}  // namespace spinecds::criteria
