#pragma once
// Opening the database behind the `store` setting, shared by every table the
// service keeps there (feedback, reviews, the issued-card ledger): one
// connection per table's store, the schema created if missing.
#include <string>
#include <string_view>

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

}  // namespace spinecds::service
