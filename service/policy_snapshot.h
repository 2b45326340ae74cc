#pragma once
// Everything a hook call reads that an operator may change without a
// restart: every loaded policy (one per procedure family, keyed by id) and
// the value-set catalog. Immutable once built; PolicyHolder swaps a whole
// snapshot at a time, and a hook call keeps the one it started with, so it
// never sees a lumbar policy of one reload and value sets of another.
#include <map>
#include <string>
#include <string_view>

#include "cards/guideline.h"
#include "criteria/policy.h"

namespace spinecds::service {

struct LoadedPolicy {
  criteria::Policy policy;
  cards::Guidelines guidelines;  // read once here, not on every hook call
  std::string source;            // the file it came from, or "(built in)"
};

struct PolicySnapshot {
  std::map<std::string, LoadedPolicy, std::less<>> policies;  // by policy id

  // Value-set catalog slot. The catalog becomes an object passed to the
  // extract stage (terminology::load_value_sets); it is loaded beside the
  // policies, from value_sets_source, and swapped with them:
  //   std::shared_ptr<const terminology::ValueSetCatalog> value_sets;
  std::string value_sets_source;  // the folder, or "(built in)"

  // Made once at load, so /readyz and /metrics only copy a string.
  std::string readiness_json;  // {"status":"ready","policies":[{"id":..,"version":..}],..}
  std::string metrics_text;    // the spinecds_policy_info gauge

  // The policy with this id, or nullptr.
  const criteria::Policy* policy(std::string_view id) const;
  // "lumbar-fusion@1.0.0,cervical-fusion@1.0.0", for log lines.
  std::string describe() const;
};

}  // namespace spinecds::service
