#pragma once
// What every family's engine builds its criteria with: one CriterionResult
// maker (the policy's title and citation, evidence sorted and unique), the
// note naming data that could not be had, and the wording of segment lists
// and numbers.
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "criteria/assessment.h"
#include "criteria/policy.h"
#include "fhir/record.h"
#include "terminology/segment.h"

namespace spinecds::criteria {

// "C4-C5, C5-C6 and C6-C7".
std::string join_segments(const std::vector<terminology::Segment>& segs);
// 6, 3.5, -2.5 (shortest form).
std::string num(double v);
// " Data that could not be had: procedures (timeout after 3000 ms)." for
// the gaps among `keys`; "" when none.
std::string gap_note(const std::vector<fhir::DataGap>& gaps,
                     std::initializer_list<std::string_view> keys);
// The criterion `id` with the policy's title, and the citation of the rule
// `citation_rule` (the criterion's own when empty) in `profile`.
CriterionResult make_criterion(const Policy& policy, const Profile& profile, std::string_view id,
                               Status status, std::string summary, std::vector<Evidence> evidence,
                               std::string_view citation_rule = {});

}  // namespace spinecds::criteria
