#pragma once
// The reviewer's report of `spinecds assess --format text`: the
// recommendation first, then criteria met, criteria not met or unclear,
// documentation still needed, the evidence behind each, and the citations.
#include <string>
#include <vector>

#include "criteria/assessment.h"

namespace spinecds::criteria {

std::string to_text(const Assessment& a);
std::string to_text(const std::vector<Assessment>& all);

// What to add to the record for a criterion that is not met or unknown
// (one sentence); "" for a criterion with nothing to add.
std::string documentation_still_needed(const CriterionResult& c);

}  // namespace spinecds::criteria
