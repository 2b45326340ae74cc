#pragma once
// Opening the database behind the `store` setting, shared by every table the
// service keeps there (feedback, reviews, the issued-card ledger): one
// connection per table's store, the schema created if missing, and the few
// statements the tables need (insert rows, select, change) written once per
// backend.
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace spinecds::service {

enum class StoreKind { sqlite, postgres, invalid };

// "sqlite:PATH" → sqlite, "postgresql://…"/"postgres://…" → postgres.
StoreKind store_kind(std::string_view spec);

// One row's values in column order, bound as text (SQLite converts to the
// column's affinity, PostgreSQL to the column's type).
using TextRow = std::vector<const std::string*>;
// A query's rows, each column as text.
using TextTable = std::vector<std::vector<std::string>>;

// The connection behind one table's store, whichever the backend. Every
// statement is written once, in the SQL both backends accept, with "?"
// placeholders (the PostgreSQL side numbers them $1, $2, …; no statement
// holds a "?" of its own). Calls are serialised: one connection each.
class StoreDatabase {
 public:
  virtual ~StoreDatabase() = default;
  virtual bool ready() const = 0;
  // Inserts every row with `sql` in one transaction: all rows or none. ""
  // or why not (never quoting a value).
  virtual std::string insert_rows(const char* sql, const std::vector<TextRow>& rows) = 0;
  // The rows `sql` selects with `params`; none when it failed.
  virtual TextTable select(const char* sql, const std::vector<std::string>& params) = 0;
  // Runs a command with `params`; how many rows it changed (0 when it failed).
  virtual std::size_t change(const char* sql, const std::vector<std::string>& params) = 0;
};

// Opens `sqlite:PATH` (WAL, busy timeout, `synchronous` as given: FULL where
// acknowledged means stored, NORMAL for re-creatable data) and runs `schema`.
// Null and `error` set on failure.
std::unique_ptr<StoreDatabase> open_sqlite_database(const std::string& spec,
                                                    std::string_view synchronous,
                                                    const char* schema, std::string& error);

// Connects to a PostgreSQL URL and runs `schema`. Null and `error` set on
// failure (always so in a build without libpq); the error never carries the
// URL (it may hold a password).
std::unique_ptr<StoreDatabase> open_postgres_database(const std::string& url, const char* schema,
                                                      std::string& error);

// What every table's store keeps: its database.
template <class Interface>
class DatabaseTable : public Interface {
 public:
  explicit DatabaseTable(std::unique_ptr<StoreDatabase> db) : db_(std::move(db)) {}

 protected:
  StoreDatabase& db() const { return *db_; }

 private:
  std::unique_ptr<StoreDatabase> db_;
};

// A table's store opened from the `store` setting, or why not.
template <class Store>
struct StoreOpened {
  std::unique_ptr<Store> store;
  std::string error;
};

// A table's schema written once for both backends: `{serial}` is the
// auto-numbered primary key column's type, `{int64}` a 64-bit integer's; the
// rest is SQL both accept.
std::string schema_for(StoreKind kind, std::string_view schema);

// The one dispatch from the `store` setting to a backend, for every table:
// the database opened with the table's schema, then handed to
// `Impl(std::unique_ptr<StoreDatabase>)`, the table's one implementation.
template <class Store, class Impl>
StoreOpened<Store> open_store(const std::string& spec, std::string_view synchronous,
                              std::string_view schema) {
  StoreOpened<Store> out;
  std::unique_ptr<StoreDatabase> db;
  const StoreKind kind = store_kind(spec);
  switch (kind) {
    case StoreKind::postgres:
      db = open_postgres_database(spec, schema_for(kind, schema).c_str(), out.error);
      break;
    case StoreKind::invalid:
      out.error = "store must be sqlite:PATH or a postgresql:// URL";
      break;
    case StoreKind::sqlite:
      db = open_sqlite_database(spec, synchronous, schema_for(kind, schema).c_str(), out.error);
      break;
  }
  if (db) out.store = std::make_unique<Impl>(std::move(db));
  return out;
}

}  // namespace spinecds::service
