#include <mutex>

#include <sqlite3.h>

#include "service/ledger_store.h"
#include "service/store_connection.h"

namespace spinecds::service {

std::unique_ptr<LedgerStore> open_postgres_ledger_store(const std::string& url, std::string& error);

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

std::string col(sqlite3_stmt* st, int i) {
  const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(st, i));
  return t ? std::string(t, static_cast<std::size_t>(sqlite3_column_bytes(st, i))) : "";
}

class SqliteLedgerStore : public LedgerStore {
 public:
  explicit SqliteLedgerStore(sqlite3* db) : db_(db) {}
  ~SqliteLedgerStore() override { sqlite3_close(db_); }

  std::string put(const std::vector<LedgerEntry>& entries) override {
    std::lock_guard lock(mu_);
    return sqlite_insert_rows(db_,
                              "INSERT OR IGNORE INTO issued_cards (card, service_id, kind, "
                              "indicator, policy_id, policy_version, verdict, issued_at, "
                              "assessment) VALUES (?,?,?,?,?,?,?,?,?)",
                              ledger_rows(entries));
  }

  std::vector<LedgerEntry> read(const std::string& since) override {
    std::lock_guard lock(mu_);
    std::vector<LedgerEntry> out;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db_,
                           "SELECT card, service_id, kind, indicator, policy_id, policy_version, "
                           "verdict, issued_at, assessment FROM issued_cards WHERE issued_at >= ? "
                           "ORDER BY issued_at",
                           -1, &st, nullptr) != SQLITE_OK) {
      return out;
    }
    sqlite3_bind_text(st, 1, since.c_str(), static_cast<int>(since.size()), SQLITE_TRANSIENT);
    while (sqlite3_step(st) == SQLITE_ROW) {
      out.push_back({col(st, 0), col(st, 1), col(st, 2), col(st, 3), col(st, 4), col(st, 5),
                     col(st, 6), col(st, 7), col(st, 8)});
    }
    sqlite3_finalize(st);
    return out;
  }

 private:
  std::mutex mu_;
  sqlite3* db_;
};

}  // namespace

LedgerStoreOpen open_ledger_store(const std::string& spec) {
  return open_store<LedgerStore>(
      spec, "NORMAL", kSchema, [](sqlite3* db) { return std::make_unique<SqliteLedgerStore>(db); },
      open_postgres_ledger_store);
}

}  // namespace spinecds::service
