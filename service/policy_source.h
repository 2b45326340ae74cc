#pragma once
// Where the running policies and value sets come from: the configured files
// (DESIGN.md §7 `policies`, `policy`, `valueSets`), else the ones compiled
// into the binary. Loading is all or nothing: a snapshot holds every policy,
// or the load fails naming the file and the JSON Pointer of the field at
// fault, so a bad file at reload never leaves a half-swapped set.
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "criteria/policy.h"
#include "service/config.h"
#include "service/policy_snapshot.h"

namespace spinecds::service {

// One policy file, or the built-in policy of `family` when `path` is empty
// (for `spinecds assess --policy`).
std::optional<criteria::Policy> load_configured_policy(const std::string& path, std::string& error,
                                                       std::string_view family = kLumbarPolicyId);

struct PolicySources {
  std::map<std::string, std::string> files;  // policy id → file; ids not named: the shipped file
  std::string value_sets_dir;                // "" → the shipped value sets
};

PolicySources policy_sources(const Config& config);

struct SnapshotLoad {
  std::shared_ptr<const PolicySnapshot> snapshot;  // null on failure
  std::string error;  // "policy /etc/p/lumbar-fusion.json: policy field /version ..."
};

// Every policy the binary ships plus every configured one, each checked
// against the policy schema and its configured id, and the value sets.
SnapshotLoad load_policy_snapshot(const PolicySources& sources);

}  // namespace spinecds::service
