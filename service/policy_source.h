#pragma once
// Where the running policy comes from: the configured file, else the one
// compiled into the binary.
#include <optional>
#include <string>

#include "criteria/policy.h"

namespace spinecds::service {
std::optional<criteria::Policy> load_configured_policy(const std::string& path, std::string& error);
}  // namespace spinecds::service
