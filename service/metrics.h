#pragma once
// Process counters exposed at GET /metrics in Prometheus text format.
#include <atomic>
#include <cstdint>
#include <string>

namespace spinecds::service {

struct Metrics {
  std::atomic<std::uint64_t> requests_total{0};
  std::atomic<std::uint64_t> hook_calls_total{0};
  std::atomic<std::uint64_t> hook_errors_total{0};
  std::atomic<std::uint64_t> cards_total{0};
  std::atomic<std::uint64_t> feedback_total{0};
  std::atomic<std::uint64_t> auth_failures_total{0};
  std::atomic<std::uint64_t> hook_latency_us_sum{0};
  // Cumulative histogram buckets of hook latency (ms): 10, 50, 100, 250, 500, 1000, 3000, +Inf.
  std::atomic<std::uint64_t> hook_latency_buckets[8]{};

  void observe_hook_latency(std::uint64_t micros);
  std::string render() const;
};

}  // namespace spinecds::service
