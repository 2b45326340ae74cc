#pragma once
// The issued-card ledger (DESIGN.md §6): one row per card issued, without
// PHI, so feedback can be joined to what was shown. Same database as feedback.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "service/store_connection.h"

namespace spinecds::service {

struct LedgerEntry {
  std::string card;  // uuid
  std::string service_id;
  std::string kind;
  std::string indicator;
  std::string policy_id;
  std::string policy_version;
  std::string verdict;
  std::string issued_at;  // UTC "2026-11-26T10:00:00Z"
  // One assessed order of one call ("<hookInstance>#<order index>"), so the
  // verdict mix counts orders, not cards. hookInstance is a random UUID the
  // EHR makes per call: no PHI.
  std::string assessment;
};

// The rows both backends insert, in the table's column order.
inline std::vector<TextRow> ledger_rows(const std::vector<LedgerEntry>& entries) {
  std::vector<TextRow> rows;
  rows.reserve(entries.size());
  for (const auto& e : entries) {
    rows.push_back({&e.card, &e.service_id, &e.kind, &e.indicator, &e.policy_id, &e.policy_version,
                    &e.verdict, &e.issued_at, &e.assessment});
  }
  return rows;
}

class LedgerStore {
 public:
  virtual ~LedgerStore() = default;
  // One transaction; a card already recorded (a retried hook call gives the
  // same uuids) keeps its first row. "" or why not.
  virtual std::string put(const std::vector<LedgerEntry>& entries) = 0;
  // Every row issued at or after `since` (UTC timestamp text), oldest first.
  virtual std::vector<LedgerEntry> read(const std::string& since) = 0;
};

using LedgerStoreOpen = StoreOpened<LedgerStore>;

LedgerStoreOpen open_ledger_store(const std::string& spec);

}  // namespace spinecds::service
