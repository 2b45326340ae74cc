#include "service/store_connection.h"

#include <sqlite3.h>

namespace spinecds::service {

StoreKind store_kind(std::string_view spec) {
  if (spec.starts_with("postgresql://") || spec.starts_with("postgres://")) {
    return StoreKind::postgres;
  }
  if (spec.starts_with("sqlite:") && spec.size() > 7) return StoreKind::sqlite;
  return StoreKind::invalid;
}

sqlite3* open_sqlite_store(const std::string& spec, std::string_view synchronous,
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
  return db;
}

std::string sqlite_insert_rows(sqlite3* db, const char* sql, const std::vector<TextRow>& rows) {
  if (sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK) {
    return std::string("could not begin: ") + sqlite3_errmsg(db);
  }
  sqlite3_stmt* st = nullptr;
  std::string error;
  if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK) error = sqlite3_errmsg(db);
  for (const auto& row : rows) {
    if (!error.empty()) break;
    int i = 1;
    for (const std::string* v : row) {
      sqlite3_bind_text(st, i++, v->c_str(), static_cast<int>(v->size()), SQLITE_TRANSIENT);
    }
    if (sqlite3_step(st) != SQLITE_DONE) error = sqlite3_errmsg(db);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
  }
  sqlite3_finalize(st);
  if (error.empty() && sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK) {
    return error;
  }
  if (error.empty()) error = sqlite3_errmsg(db);
  sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
  return error;
}

}  // namespace spinecds::service
