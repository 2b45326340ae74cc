#include <mutex>
#include <string>

#include "service/ledger_store.h"

#ifdef SPINECDS_HAVE_POSTGRESQL
#include <libpq-fe.h>
#endif

#include "service/store_connection.h"

namespace spinecds::service {

#ifdef SPINECDS_HAVE_POSTGRESQL
namespace {

constexpr const char* kSchema =
    "CREATE TABLE IF NOT EXISTS issued_cards (card TEXT PRIMARY KEY, service_id TEXT NOT NULL,"
    " kind TEXT NOT NULL, indicator TEXT NOT NULL, policy_id TEXT NOT NULL,"
    " policy_version TEXT NOT NULL, verdict TEXT NOT NULL, issued_at TEXT NOT NULL,"
    " assessment TEXT NOT NULL);"
    "CREATE INDEX IF NOT EXISTS issued_cards_time ON issued_cards(issued_at);";

class PostgresLedgerStore : public LedgerStore {
 public:
  explicit PostgresLedgerStore(PGconn* conn) : conn_(conn) {}
  ~PostgresLedgerStore() override { PQfinish(conn_); }

  std::string put(const std::vector<LedgerEntry>& entries) override {
    std::lock_guard lock(mu_);
    return pg_insert_rows(conn_,
                          "INSERT INTO issued_cards (card, service_id, kind, indicator,"
                          " policy_id, policy_version, verdict, issued_at, assessment)"
                          " VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) ON CONFLICT (card) DO NOTHING",
                          ledger_rows(entries));
  }

  std::vector<LedgerEntry> read(const std::string& since) override {
    std::lock_guard lock(mu_);
    std::vector<LedgerEntry> out;
    if (!pg_connected(conn_)) return out;
    const char* params[] = {since.c_str()};
    PGresult* r = PQexecParams(conn_,
                               "SELECT card, service_id, kind, indicator, policy_id,"
                               " policy_version, verdict, issued_at, assessment FROM issued_cards"
                               " WHERE issued_at >= $1 ORDER BY issued_at",
                               1, nullptr, params, nullptr, nullptr, 0);
    if (pg_ok(r)) {
      for (int i = 0; i < PQntuples(r); ++i) {
        out.push_back({PQgetvalue(r, i, 0), PQgetvalue(r, i, 1), PQgetvalue(r, i, 2),
                       PQgetvalue(r, i, 3), PQgetvalue(r, i, 4), PQgetvalue(r, i, 5),
                       PQgetvalue(r, i, 6), PQgetvalue(r, i, 7), PQgetvalue(r, i, 8)});
      }
    }
    PQclear(r);
    return out;
  }

 private:
  std::mutex mu_;
  PGconn* conn_;
};

}  // namespace

std::unique_ptr<LedgerStore> open_postgres_ledger_store(const std::string& url,
                                                        std::string& error) {
  PGconn* conn = open_postgres_store(url, kSchema, error);
  if (conn == nullptr) return nullptr;
  return std::make_unique<PostgresLedgerStore>(conn);
}
#else
std::unique_ptr<LedgerStore> open_postgres_ledger_store(const std::string&, std::string& error) {
  error = "this build has no PostgreSQL client library";
  return nullptr;
}
#endif

}  // namespace spinecds::service
