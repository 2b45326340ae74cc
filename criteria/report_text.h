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

}  // namespace spinecds::criteria
