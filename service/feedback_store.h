#pragma once
// Durable storage of CDS Hooks feedback: every entry of one request is
// committed together (or none is) before the caller answers 200.
#include <memory>
#include <string>
#include <vector>

#include "service/store_connection.h"

namespace spinecds::service {

struct FeedbackEntry {
  std::string service_id;
  std::string card;     // the card uuid (stored even when this instance never issued it)
  std::string outcome;  // "accepted" | "overridden"
  std::vector<std::string> accepted_suggestions;
  std::string override_system;
  std::string override_code;
  std::string override_display;
  std::string user_comment;
  std::string outcome_timestamp;
  std::string received_at;  // UTC, set by the service
};

// The accepted suggestion uuids as stored: one comma-separated column.
inline std::string accepted_suggestions_column(const FeedbackEntry& e) {
  std::string out;
  for (const auto& s : e.accepted_suggestions) {
    if (!out.empty()) out += ",";
    out += s;
  }
  return out;
}

// The rows both backends insert, in the table's column order.
struct FeedbackRows {
  explicit FeedbackRows(const std::vector<FeedbackEntry>& entries) {
    accepted.reserve(entries.size());  // the rows point into it
    for (const auto& e : entries) {
      accepted.push_back(accepted_suggestions_column(e));
      rows.push_back({&e.received_at, &e.service_id, &e.card, &e.outcome, &accepted.back(),
                      &e.override_system, &e.override_code, &e.override_display, &e.user_comment,
                      &e.outcome_timestamp});
    }
  }
  std::vector<std::string> accepted;
  std::vector<TextRow> rows;
};

class FeedbackStore {
 public:
  virtual ~FeedbackStore() = default;
  // "" on success; otherwise why nothing was stored.
  virtual std::string store(const std::vector<FeedbackEntry>& entries) = 0;
  virtual bool ready() const = 0;
  // Every entry received at or after `since` (UTC timestamp text), oldest
  // first: what analytics joins to the issued-card ledger.
  virtual std::vector<FeedbackEntry> read(const std::string& since) {
    (void)since;
    return {};
  }
};

using StoreOpen = StoreOpened<FeedbackStore>;

// "sqlite:PATH" (the default) or a "postgresql://" URL.
StoreOpen open_feedback_store(const std::string& spec);

}  // namespace spinecds::service
