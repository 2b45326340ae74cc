#pragma once
// Which payer profile of the policy applies: the patient's Coverage payor
// (identifier value or display) looked up in the configuration's `payers`
// map; "default" when nothing maps or the mapped profile is not in the policy.
#include <map>
#include <string>

#include "criteria/policy.h"
#include "fhir/record.h"

namespace spinecds::criteria {

std::string choose_profile(const fhir::Record& record,
                           const std::map<std::string, std::string>& payers, const Policy& policy);

}  // namespace spinecds::criteria
