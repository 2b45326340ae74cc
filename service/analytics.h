#pragma once
// Feedback analytics (DESIGN.md §6): the issued-card ledger joined with the
// feedback received, plus recent hook latencies. A pure function of its
// inputs; /analytics renders it as HTML, /analytics.json as JSON.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "service/feedback_store.h"
#include "service/ledger_store.h"

namespace spinecds::service {

struct OutcomeCounts {
  std::uint64_t issued = 0;
  std::uint64_t accepted = 0;    // cards with an `accepted` feedback
  std::uint64_t overridden = 0;  // cards with an `overridden` feedback
};

struct ReasonCount {
  std::string code;
  std::string display;
  std::uint64_t count = 0;
};

struct LatencySummary {
  std::uint64_t count = 0;
  double p50_ms = 0;
  double p99_ms = 0;
};

struct Analytics {
  OutcomeCounts total;
  std::map<std::string, OutcomeCounts> by_kind;
  std::map<std::string, OutcomeCounts> by_week;  // ISO week of issue, "2026-W48"
  // Per CDS service (each procedure family's order-sign and order-select).
  std::map<std::string, OutcomeCounts> by_service;
  std::vector<ReasonCount> top_override_reasons;  // most frequent first, at most 10
  std::map<std::string, std::uint64_t> verdicts;  // assessed orders per verdict
  std::uint64_t feedback_without_ledger = 0;      // feedback on cards no replica recorded
  std::map<std::string, LatencySummary> latency;  // per service, and "all"
};

Analytics compute_analytics(const std::vector<LedgerEntry>& ledger,
                            const std::vector<FeedbackEntry>& feedback,
                            const std::map<std::string, std::vector<double>>& latency_ms);

// "2026-W48" for a timestamp starting "2026-11-26"; "" when unreadable.
std::string iso_week(const std::string& timestamp);

std::string analytics_json(const Analytics& a);
std::string analytics_html(const Analytics& a);

}  // namespace spinecds::service
