#include "service/store_connection.h"

#include <sqlite3.h>

#include <mutex>
#include <string>
#include <unordered_map>
#include <utility>

namespace spinecds::service {

StoreKind store_kind(std::string_view spec) {
  if (spec.starts_with("postgresql://") || spec.starts_with("postgres://")) {
    return StoreKind::postgres;
  }
  if (spec.starts_with("sqlite:") && spec.size() > 7) return StoreKind::sqlite;
  return StoreKind::invalid;
}

std::string schema_for(StoreKind kind, std::string_view schema) {
  const bool pg = kind == StoreKind::postgres;
  std::string out(schema);
  for (const auto& [from, to] :
       {std::pair<std::string_view, std::string_view>{
            "{serial}", pg ? "BIGSERIAL PRIMARY KEY" : "INTEGER PRIMARY KEY AUTOINCREMENT"},
        {"{int64}", pg ? "BIGINT" : "INTEGER"}}) {
    for (auto at = out.find(from); at != std::string::npos; at = out.find(from, at + to.size())) {
      out.replace(at, from.size(), to);
    }
  }
  return out;
}

namespace {

// Runs a prepared statement that returns no rows and makes it ready to run again.
bool run_done(sqlite3_stmt* st) {
  const bool done = st != nullptr && sqlite3_step(st) == SQLITE_DONE;
  if (st != nullptr) sqlite3_reset(st);
  return done;
}

// Binds every parameter as text; null when `sql` does not prepare.
sqlite3_stmt* sqlite_prepare(sqlite3* db, const char* sql, const std::vector<std::string>& params) {
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK) {
    sqlite3_finalize(st);
    return nullptr;
  }
  int i = 1;
  for (const std::string& p : params) {
    sqlite3_bind_text(st, i++, p.c_str(), static_cast<int>(p.size()), SQLITE_TRANSIENT);
  }
  return st;
}

// One connection serialised by a mutex: SQLite allows one writer at a time
// anyway, and the tables' traffic is small next to hook calls.
class SqliteDatabase : public StoreDatabase {
 public:
  explicit SqliteDatabase(sqlite3* db) : db_(db) {}
  ~SqliteDatabase() override {
    for (auto& [sql, st] : statements_) sqlite3_finalize(st);
    sqlite3_close(db_);
  }

  bool ready() const override { return db_ != nullptr; }

  // The batch writers insert a batch at a time; the statements (BEGIN,
  // the INSERT, COMMIT) are prepared once per connection, not per batch:
  // preparing them was most of a small batch's cost.
  std::string insert_rows(const char* sql, const std::vector<TextRow>& rows) override {
    std::lock_guard lock(mu_);
    if (!run_done(prepared("BEGIN IMMEDIATE"))) {
      return std::string("could not begin: ") + sqlite3_errmsg(db_);
    }
    sqlite3_stmt* st = prepared(sql);
    std::string error = st == nullptr ? std::string(sqlite3_errmsg(db_)) : std::string();
    for (const auto& row : rows) {
      if (!error.empty()) break;
      int i = 1;
      for (const std::string* v : row) {
        sqlite3_bind_text(st, i++, v->c_str(), static_cast<int>(v->size()), SQLITE_TRANSIENT);
      }
      if (sqlite3_step(st) != SQLITE_DONE) error = sqlite3_errmsg(db_);
      sqlite3_reset(st);
      sqlite3_clear_bindings(st);
    }
    if (error.empty() && run_done(prepared("COMMIT"))) return error;
    if (error.empty()) error = sqlite3_errmsg(db_);
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    return error;
  }

  TextTable select(const char* sql, const std::vector<std::string>& params) override {
    std::lock_guard lock(mu_);
    TextTable out;
    sqlite3_stmt* st = sqlite_prepare(db_, sql, params);
    if (st == nullptr) return out;
    const int columns = sqlite3_column_count(st);
    while (sqlite3_step(st) == SQLITE_ROW) {
      auto& row = out.emplace_back();
      for (int i = 0; i < columns; ++i) {
        const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(st, i));
        row.push_back(t ? std::string(t, static_cast<std::size_t>(sqlite3_column_bytes(st, i)))
                        : std::string());
      }
    }
    sqlite3_finalize(st);
    return out;
  }

  std::size_t change(const char* sql, const std::vector<std::string>& params) override {
    std::lock_guard lock(mu_);
    sqlite3_stmt* st = sqlite_prepare(db_, sql, params);
    if (st == nullptr) return 0;
    const bool done = sqlite3_step(st) == SQLITE_DONE;
    sqlite3_finalize(st);
    return done ? static_cast<std::size_t>(sqlite3_changes(db_)) : 0;
  }

 private:
  // `sql` prepared on this connection (kept until it closes); null when it does not prepare.
  sqlite3_stmt* prepared(const char* sql) {
    auto [it, fresh] = statements_.try_emplace(sql, nullptr);
    if (fresh && sqlite3_prepare_v2(db_, sql, -1, &it->second, nullptr) != SQLITE_OK) {
      sqlite3_finalize(it->second);
      statements_.erase(it);
      return nullptr;
    }
    return it->second;
  }

  std::mutex mu_;
  sqlite3* db_;
  std::unordered_map<std::string, sqlite3_stmt*> statements_;  // guarded by mu_
};

}  // namespace

std::unique_ptr<StoreDatabase> open_sqlite_database(const std::string& spec,
                                                    std::string_view synchronous,
                                                    const char* schema, std::string& error) {
  const std::string path = spec.substr(7);
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db,
                      SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
                      nullptr) != SQLITE_OK) {
    error = "cannot open SQLite store at " + path + ": " + (db ? sqlite3_errmsg(db) : "?");
    sqlite3_close(db);
    return nullptr;
  }
  sqlite3_busy_timeout(db, 5000);
  const std::string pragmas =
      "PRAGMA journal_mode=WAL; PRAGMA synchronous=" + std::string(synchronous) + ";";
  char* err = nullptr;
  if (sqlite3_exec(db, pragmas.c_str(), nullptr, nullptr, &err) != SQLITE_OK ||
      sqlite3_exec(db, schema, nullptr, nullptr, &err) != SQLITE_OK) {
    error = "cannot prepare SQLite store at " + path + ": " + (err ? err : "?");
    sqlite3_free(err);
    sqlite3_close(db);
    return nullptr;
  }
  return std::make_unique<SqliteDatabase>(db);
}

}  // namespace spinecds::service
