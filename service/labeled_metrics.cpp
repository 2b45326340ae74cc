#include "service/labeled_metrics.h"

#include <cstdio>

#include "service/metrics.h"

namespace spinecds::service {

namespace {

// Label values are cut to 100 bytes: a series name is no place for a long text.
std::string escape(const std::string& v) {
  return prometheus_label_value(v.substr(0, 100));
}

const char* help(const std::string& name) {
  if (name == "spinecds_cards_issued_total") return "Cards issued, by kind and indicator.";
  if (name == "spinecds_feedback_entries_total")
    return "Feedback entries stored, by outcome and reason.";
  if (name == "spinecds_fhir_fetch_errors_total")
    return "Prefetch keys that could not be fetched, by key.";
  return "";
}

}  // namespace

void LabeledMetrics::add(const std::string& name, Labels labels, std::uint64_t n) {
  std::lock_guard lock(mu_);
  counters_[name][std::move(labels)] += n;
}

void LabeledMetrics::card_issued(const std::string& kind, const std::string& indicator) {
  add("spinecds_cards_issued_total", {{"kind", kind}, {"indicator", indicator}});
}

void LabeledMetrics::feedback(const std::string& outcome, const std::string& reason) {
  add("spinecds_feedback_entries_total", {{"outcome", outcome}, {"reason", reason}});
}

void LabeledMetrics::fhir_fetch_error(const std::string& key) {
  add("spinecds_fhir_fetch_errors_total", {{"key", key}});
}

void LabeledMetrics::hook_latency(const std::string& service, double seconds) {
  std::lock_guard lock(mu_);
  auto& h = latency_[service];
  if (h.buckets.empty()) h.buckets.assign(kLatencyBuckets, 0);
  for (std::size_t i = 0; i < kLatencyBuckets; ++i) {
    if (i == kLatencyBuckets - 1 || seconds <= static_cast<double>(kLatencyBoundsMs[i]) / 1000.0) {
      ++h.buckets[i];
    }
  }
  h.sum += seconds;
  ++h.count;
}

void LabeledMetrics::dropped(const std::string& queue, std::uint64_t total) {
  std::lock_guard lock(mu_);
  dropped_[queue] = total;
}

std::string LabeledMetrics::render() const {
  std::lock_guard lock(mu_);
  std::string out;
  for (const auto& [name, series] : counters_) {
    out.append("# HELP ").append(name).append(" ").append(help(name));
    out.append("\n# TYPE ").append(name).append(" counter\n");
    for (const auto& [labels, n] : series) {
      out += name + "{";
      for (std::size_t i = 0; i < labels.size(); ++i) {
        out += (i ? "," : "") + labels[i].first + "=\"" + escape(labels[i].second) + "\"";
      }
      out += "} " + std::to_string(n) + "\n";
    }
  }
  if (!latency_.empty()) {
    out +=
        "# HELP spinecds_hook_service_duration_seconds Hook call latency by service.\n"
        "# TYPE spinecds_hook_service_duration_seconds histogram\n";
    for (const auto& [service, h] : latency_) {
      const std::string s = escape(service);
      for (std::size_t i = 0; i < kLatencyBuckets; ++i) {
        out += "spinecds_hook_service_duration_seconds_bucket{service=\"" + s + "\",le=\"" +
               kLatencyBoundNames[i] + "\"} " + std::to_string(h.buckets[i]) + "\n";
      }
      char sum[64];
      std::snprintf(sum, sizeof sum, "%.6f", h.sum);
      out += "spinecds_hook_service_duration_seconds_sum{service=\"" + s + "\"} " + sum + "\n";
      out += "spinecds_hook_service_duration_seconds_count{service=\"" + s + "\"} " +
             std::to_string(h.count) + "\n";
    }
  }
  if (!dropped_.empty()) {
    out +=
        "# HELP spinecds_background_writes_dropped_total Writes dropped by a full queue.\n"
        "# TYPE spinecds_background_writes_dropped_total counter\n";
    for (const auto& [queue, n] : dropped_) {
      out += "spinecds_background_writes_dropped_total{queue=\"" + escape(queue) + "\"} " +
             std::to_string(n) + "\n";
    }
  }
  return out;
}

}  // namespace spinecds::service
