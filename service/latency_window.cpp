#include "service/latency_window.h"

namespace spinecds::service {

void LatencyWindow::record(std::string_view service, double ms) {
  std::lock_guard lock(mu_);
  auto it = rings_.find(service);
  if (it == rings_.end()) it = rings_.emplace(std::string(service), Ring{}).first;
  Ring& r = it->second;
  if (r.samples.size() < cap_) {
    r.samples.push_back(ms);
  } else {
    r.samples[r.next] = ms;
    r.next = (r.next + 1) % cap_;
  }
}

std::map<std::string, std::vector<double>> LatencyWindow::snapshot() const {
  std::lock_guard lock(mu_);
  std::map<std::string, std::vector<double>> out;
  for (const auto& [service, ring] : rings_) out[service] = ring.samples;
  return out;
}

}  // namespace spinecds::service
