#include "service/policy_source.h"

#include "service/cli_common.h"

namespace spinecds::service {

std::optional<criteria::Policy> load_configured_policy(const std::string& path,
                                                       std::string& error) {
  std::string text;
  if (path.empty()) {
    text = std::string(criteria::default_policy_text());
  } else {
    auto file = read_file(path, error);
    if (!file) return std::nullopt;
    text = std::move(*file);
  }
  auto loaded = criteria::load_policy(text);
  if (!loaded.policy) {
    error = "policy " + (path.empty() ? std::string("(built in)") : path) + ": " + loaded.error;
    return std::nullopt;
  }
  return std::move(loaded.policy);
}

}  // namespace spinecds::service
