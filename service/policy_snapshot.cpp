#include "service/policy_snapshot.h"

namespace spinecds::service {

const criteria::Policy* PolicySnapshot::policy(std::string_view id) const {
  const auto it = policies.find(id);
  return it == policies.end() ? nullptr : &it->second.policy;
}

std::string PolicySnapshot::describe() const {
  std::string out;
  for (const auto& [id, loaded] : policies) {
    if (!out.empty()) out += ",";
    out += id + "@" + loaded.policy.version;
  }
  return out;
}

}  // namespace spinecds::service
