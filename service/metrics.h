#pragma once
// Process counters exposed at GET /metrics in Prometheus text format.
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace spinecds::service {

// The hook latency histograms' buckets (every /metrics histogram uses them):
// upper bounds in milliseconds, and their `le` names in seconds, +Inf last.
inline constexpr std::size_t kLatencyBuckets = 8;
inline constexpr std::uint64_t kLatencyBoundsMs[kLatencyBuckets - 1] = {10,  50,   100, 250,
                                                                        500, 1000, 3000};
inline constexpr const char* kLatencyBoundNames[kLatencyBuckets] = {"0.01", "0.05", "0.1", "0.25",
                                                                    "0.5",  "1",    "3",   "+Inf"};

// A Prometheus label value: backslash, double quote and newline escaped.
std::string prometheus_label_value(std::string_view v);

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
  std::atomic<std::uint64_t> hook_latency_buckets[kLatencyBuckets]{};

  void observe_hook_latency(std::uint64_t micros);
  std::string render() const;
};

// The gauge naming the policies in use, one series per policy:
//   spinecds_policy_info{id="lumbar-fusion",version="1.0.0"} 1
// so a dashboard shows which version each replica runs after a reload.
// Pairs are (id, version).
std::string policy_info_metric(const std::vector<std::pair<std::string, std::string>>& policies);

}  // namespace spinecds::service
