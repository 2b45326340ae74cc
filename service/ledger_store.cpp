#include "service/ledger_store.h"

namespace spinecds::service {

namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS issued_cards (
  card TEXT PRIMARY KEY,
  service_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  indicator TEXT NOT NULL,
  policy_id TEXT NOT NULL,
  policy_version TEXT NOT NULL,
  verdict TEXT NOT NULL,
  issued_at TEXT NOT NULL,
  assessment TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS issued_cards_time ON issued_cards(issued_at);
)sql";

class DatabaseLedgerStore : public DatabaseTable<LedgerStore> {
 public:
  using DatabaseTable::DatabaseTable;

  std::string put(const std::vector<LedgerEntry>& entries) override {
    return db().insert_rows(
        "INSERT INTO issued_cards (card, service_id, kind, indicator, policy_id, policy_version,"
        " verdict, issued_at, assessment) VALUES (?,?,?,?,?,?,?,?,?)"
        " ON CONFLICT (card) DO NOTHING",
        ledger_rows(entries));
  }

  std::vector<LedgerEntry> read(const std::string& since) override {
    std::vector<LedgerEntry> out;
    for (auto& r : db().select("SELECT card, service_id, kind, indicator, policy_id,"
                               " policy_version, verdict, issued_at, assessment FROM issued_cards"
                               " WHERE issued_at >= ? ORDER BY issued_at",
                               {since})) {
      out.push_back({std::move(r[0]), std::move(r[1]), std::move(r[2]), std::move(r[3]),
                     std::move(r[4]), std::move(r[5]), std::move(r[6]), std::move(r[7]),
                     std::move(r[8])});
    }
    return out;
  }
};

}  // namespace

LedgerStoreOpen open_ledger_store(const std::string& spec) {
  return open_store<LedgerStore, DatabaseLedgerStore>(spec, "NORMAL", kSchema);
}

}  // namespace spinecds::service
