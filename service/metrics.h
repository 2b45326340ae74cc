#pragma once
// Process counters exposed at GET /metrics in Prometheus text format.
#include <atomic>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace spinecds::service {

struct Metrics {
  std::atomic<std::uint64_t> requests_total{0};
  std::atomic<std::uint64_t> hook_calls_total{0};
  std::atomic<std::uint64_t> hook_errors_total{0};
  std::atomic<std::uint64_t> cards_total{0};
  std::atomic<std::uint64_t> feedback_total{0};
  std::atomic<std::uint64_t> auth_failures_total{0};
  std::atomic<std::uint64_t> policy_reloads_total{0};          // SIGHUP reloads swapped in
  std::atomic<std::uint64_t> policy_reload_failures_total{0};  // kept the old snapshot
  std::atomic<std::uint64_t> hook_latency_us_sum{0};
  // Cumulative histogram buckets of hook latency (ms): 10, 50, 100, 250, 500, 1000, 3000, +Inf.
  std::atomic<std::uint64_t> hook_latency_buckets[8]{};

  void observe_hook_latency(std::uint64_t micros);
  std::string render() const;
};

// The gauge naming the policies in use, one series per policy:
//   spinecds_policy_info{id="lumbar-fusion",version="1.0.0"} 1
// so a dashboard shows which version each replica runs after a reload.
// Pairs are (id, version).
std::string policy_info_metric(const std::vector<std::pair<std::string, std::string>>& policies);

}  // namespace spinecds::service
