#pragma once
// /metrics series with labels (issue 12): cards by kind and indicator,
// feedback by outcome and reason, FHIR fetch problems by prefetch key, and
// hook latency by service. Label values are ours or checked codes, escaped.
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace spinecds::service {

class LabeledMetrics {
 public:
  void card_issued(const std::string& kind, const std::string& indicator);
  void feedback(const std::string& outcome, const std::string& reason);
  void fhir_fetch_error(const std::string& key);
  void hook_latency(const std::string& service, double seconds);
  void dropped(const std::string& queue, std::uint64_t total);  // a gauge-like total
  std::string render() const;

 private:
  using Labels = std::vector<std::pair<std::string, std::string>>;
  void add(const std::string& name, Labels labels, std::uint64_t n = 1);

  mutable std::mutex mu_;
  std::map<std::string, std::map<Labels, std::uint64_t>> counters_;
  struct Histogram {
    std::vector<std::uint64_t> buckets;  // cumulative
    double sum = 0;
    std::uint64_t count = 0;
  };
  std::map<std::string, Histogram> latency_;  // per service
  std::map<std::string, std::uint64_t> dropped_;
};

}  // namespace spinecds::service
