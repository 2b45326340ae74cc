#pragma once
// The value sets SpineCDS ships, for callers that list or inspect them
// (tests, tools). Membership is in_value_set (value_sets.h).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace spinecds::terminology {

// Every value set id, sorted.
const std::vector<std::string>& value_set_ids();

// The display of (system, code) in the set, when it is a member.
std::optional<std::string> value_set_display(std::string_view value_set_id, std::string_view system,
                                             std::string_view code);

// Canonical system URI for the aliases records use ("urn:oid:2.16.840.1.113883.6.12"
// is CPT); other systems come back unchanged.
std::string_view canonical_system(std::string_view system);

}  // namespace spinecds::terminology
