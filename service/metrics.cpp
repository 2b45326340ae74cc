#include "service/metrics.h"

namespace spinecds::service {

std::string prometheus_label_value(std::string_view v) {
  std::string out;
  for (char c : v) {
    if (c == '\\' || c == '"') out.push_back('\\');
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out.push_back(c);
  }
  return out;
}

void Metrics::observe_hook_latency(std::uint64_t micros) {
  hook_latency_us_sum += micros;
  for (std::size_t i = 0; i < kLatencyBuckets; ++i) {
    if (i == kLatencyBuckets - 1 || micros <= kLatencyBoundsMs[i] * 1000) ++hook_latency_buckets[i];
  }
}

std::string Metrics::render() const {
  std::string out;
  auto counter = [&out](const char* name, const char* help, std::uint64_t v) {
    out += std::string("# HELP ") + name + " " + help + "\n# TYPE " + name + " counter\n" + name +
           " " + std::to_string(v) + "\n";
  };
  counter("spinecds_http_requests_total", "HTTP requests received.", requests_total);
  counter("spinecds_hook_calls_total", "CDS Hooks service calls.", hook_calls_total);
  counter("spinecds_hook_errors_total", "Hook calls answered with an error status.",
          hook_errors_total);
  counter("spinecds_cards_total", "Cards returned.", cards_total);
  counter("spinecds_feedback_total", "Feedback entries stored.", feedback_total);
  counter("spinecds_auth_failures_total", "Requests refused by authentication.",
          auth_failures_total);
  counter("spinecds_policy_reloads_total", "Policy and value-set reloads swapped in (SIGHUP).",
          policy_reloads_total);
  counter("spinecds_policy_reload_failures_total",
          "Policy and value-set reloads refused; the previous ones stayed in use.",
          policy_reload_failures_total);
  out += "# HELP spinecds_hook_duration_seconds Hook call latency.\n";
  out += "# TYPE spinecds_hook_duration_seconds histogram\n";
  for (std::size_t i = 0; i < kLatencyBuckets; ++i) {
    out += std::string("spinecds_hook_duration_seconds_bucket{le=\"") + kLatencyBoundNames[i] +
           "\"} " + std::to_string(hook_latency_buckets[i].load()) + "\n";
  }
  out += "spinecds_hook_duration_seconds_sum " +
         std::to_string(static_cast<double>(hook_latency_us_sum.load()) / 1e6) + "\n";
  out += "spinecds_hook_duration_seconds_count " +
         std::to_string(hook_latency_buckets[kLatencyBuckets - 1].load()) + "\n";
  return out;
}

std::string policy_info_metric(const std::vector<std::pair<std::string, std::string>>& policies) {
  std::string out =
      "# HELP spinecds_policy_info The medical-necessity policies in use (value 1), by id and "
      "version.\n# TYPE spinecds_policy_info gauge\n";
  for (const auto& [id, version] : policies) {
    out += "spinecds_policy_info{id=\"" + prometheus_label_value(id) + "\",version=\"" +
           prometheus_label_value(version) + "\"} 1\n";
  }
  return out;
}

}  // namespace spinecds::service
