#pragma once
// Opening the database behind the `store` setting, shared by every table the
// service keeps there (feedback, reviews, the issued-card ledger): one
// connection per table's store, the schema created if missing.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct pg_conn;    // libpq's PGconn
struct pg_result;  // libpq's PGresult

namespace spinecds::service {

enum class StoreKind { sqlite, postgres, invalid };

// "sqlite:PATH" → sqlite, "postgresql://…"/"postgres://…" → postgres.
StoreKind store_kind(std::string_view spec);

// Opens `sqlite:PATH` (WAL, busy timeout, `synchronous` as given: FULL where
// acknowledged means stored, NORMAL for re-creatable data) and runs `schema`.
// Null and `error` set on failure.
sqlite3* open_sqlite_store(const std::string& spec, std::string_view synchronous,
                           const char* schema, std::string& error);

// Connects to a PostgreSQL URL and runs `schema` (PostgreSQL builds only).
// Null and `error` set on failure; the error never carries the URL (it may
// hold a password).
pg_conn* open_postgres_store(const std::string& url, const char* schema, std::string& error);

// The result of a command or query succeeded.
bool pg_ok(pg_result* r);
// Reconnects once when the server dropped the connection; whether it is up.
bool pg_connected(pg_conn* conn);
// Runs a command without parameters; whether it succeeded.
bool pg_exec(pg_conn* conn, const char* sql);

// One row's values in column order, bound as text (SQLite converts to the
// column's affinity, PostgreSQL to the column's type).
using TextRow = std::vector<const std::string*>;

// Inserts every row with `sql` ("?" placeholders) in one transaction: all
// rows or none. "" or why not.
std::string sqlite_insert_rows(sqlite3* db, const char* sql, const std::vector<TextRow>& rows);
// The same for PostgreSQL ("$1" placeholders), reconnecting once if the
// server dropped the connection.
std::string pg_insert_rows(pg_conn* conn, const char* sql, const std::vector<TextRow>& rows);

// A table's store opened from the `store` setting, or why not.
template <class Store>
struct StoreOpened {
  std::unique_ptr<Store> store;
  std::string error;
};

// The one dispatch from the `store` setting to a backend, for every table:
// `from_sqlite(sqlite3*)` wraps a connection opened with `synchronous` and
// `sqlite_schema`; `from_postgres(url, error)` opens the PostgreSQL side.
template <class Store, class FromSqlite, class FromPostgres>
StoreOpened<Store> open_store(const std::string& spec, std::string_view synchronous,
                              const char* sqlite_schema, FromSqlite from_sqlite,
                              FromPostgres from_postgres) {
  StoreOpened<Store> out;
  switch (store_kind(spec)) {
    case StoreKind::postgres:
      out.store = from_postgres(spec, out.error);
      break;
    case StoreKind::invalid:
      out.error = "store must be sqlite:PATH or a postgresql:// URL";
      break;
    case StoreKind::sqlite:
      if (sqlite3* db = open_sqlite_store(spec, synchronous, sqlite_schema, out.error)) {
        out.store = from_sqlite(db);
      }
      break;
  }
  return out;
}

}  // namespace spinecds::service
