#include "service/policy_holder.h"

#include <utility>

#include "service/log.h"

namespace spinecds::service {

PolicyHolder::PolicyHolder(std::shared_ptr<const PolicySnapshot> first)
    : current_(std::move(first)) {}

std::shared_ptr<const PolicySnapshot> PolicyHolder::current() const {
  return current_.load(std::memory_order_acquire);
}

void PolicyHolder::replace(std::shared_ptr<const PolicySnapshot> next) {
  if (next) current_.store(std::move(next), std::memory_order_release);
}

std::string reload_policies(PolicyHolder& holder, const PolicySources& sources, Metrics* metrics) {
  auto loaded = load_policy_snapshot(sources);
  if (!loaded.snapshot) {
    if (metrics) ++metrics->policy_reload_failures_total;
    log(LogLevel::error, "policy.reload-failed",
        {{"error", loaded.error}, {"kept", holder.current()->describe()}});
    return loaded.error;
  }
  const std::string now_in_use = loaded.snapshot->describe();
  const std::string value_sets = loaded.snapshot->value_sets_source;
  // Counted and logged before the swap, which cannot fail: whoever sees the
  // new snapshot (/readyz, a hook call) also sees the count and the line.
  // Swapped first, a scrape between the two read the new versions with the
  // old count (a CI run under load failed on exactly that).
  if (metrics) ++metrics->policy_reloads_total;
  log(LogLevel::info, "policy.reloaded", {{"policies", now_in_use}, {"valueSets", value_sets}});
  holder.replace(std::move(loaded.snapshot));
  return {};
}

}  // namespace spinecds::service
