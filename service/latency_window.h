#pragma once
// Recent hook latencies per service, for the p50 and p99 that /analytics
// shows (the /metrics histogram's buckets are too coarse for a p99). Each
// replica keeps its own last samples in memory.
#include <cstddef>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace spinecds::service {

class LatencyWindow {
 public:
  explicit LatencyWindow(std::size_t per_service = 4096) : cap_(per_service) {}
  void record(std::string_view service, double ms);
  // Service → its recent samples (ms), oldest first within the ring's order.
  std::map<std::string, std::vector<double>> snapshot() const;

 private:
  struct Ring {
    std::vector<double> samples;
    std::size_t next = 0;
  };
  std::size_t cap_;
  mutable std::mutex mu_;
  std::map<std::string, Ring, std::less<>> rings_;
};

}  // namespace spinecds::service
