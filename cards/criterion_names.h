#pragma once
// Human names for the fixed criterion ids (DESIGN.md §5) and statuses, in the
// words a clinician reads on a card.
#include <string>
#include <string_view>

#include "criteria/assessment.h"

namespace spinecds::cards {

// "Formal physical therapy", "Flexion-extension radiographs", ...; an unknown
// id is returned as is.
std::string criterion_title(std::string_view id);

// "met", "not met", "not documented", "not applicable".
std::string_view status_text(criteria::Status s);

// "supported", "partially supported", "not supported as documented".
std::string_view verdict_text(criteria::Verdict v);

const criteria::CriterionResult* find_criterion(const criteria::Assessment& a, std::string_view id);

}  // namespace spinecds::cards
