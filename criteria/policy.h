#pragma once
// The medical-necessity policy: a versioned JSON data file with thresholds and
// citations (criteria/policies/lumbar-fusion.json), checked against
// criteria/schemas/policy.schema.json when loaded.
#include <optional>
#include <string>
#include <string_view>

namespace spinecds::criteria {

struct Policy {
  std::string id;
  std::string version;
  std::string text;  // the policy JSON as loaded; the engine reads values from it
};

struct PolicyLoad {
  std::optional<Policy> policy;
  std::string error;  // names the rule and field (JSON Pointer) when policy is empty
};

PolicyLoad load_policy(std::string_view json_text);
// The policy compiled into the binary (criteria/policies/lumbar-fusion.json).
std::string_view default_policy_text();

}  // namespace spinecds::criteria
