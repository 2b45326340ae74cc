#pragma once
// Human names for statuses and verdicts, in the words a clinician reads on a
// card. Criterion titles are the policy's (CriterionResult::title).
#include <string>
#include <string_view>

#include "criteria/assessment.h"

namespace spinecds::cards {

// "met", "not met", "not documented", "not applicable".
std::string_view status_text(criteria::Status s);

// "supported", "partially supported", "not supported as documented".
std::string_view verdict_text(criteria::Verdict v);

const criteria::CriterionResult* find_criterion(const criteria::Assessment& a, std::string_view id);

}  // namespace spinecds::cards
