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

}  // namespace spinecds::service
