#include <mutex>

#include <sqlite3.h>

#include "service/review_store.h"
#include "service/store_connection.h"

namespace spinecds::service {

std::unique_ptr<ReviewStore> open_postgres_review_store(const std::string& url, std::string& error);

namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS reviews (
  id TEXT PRIMARY KEY,
  expires_at INTEGER NOT NULL,
  html TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS reviews_expires ON reviews(expires_at);
)sql";

class SqliteReviewStore : public ReviewStore {
 public:
  explicit SqliteReviewStore(sqlite3* db) : db_(db) {}
  ~SqliteReviewStore() override { sqlite3_close(db_); }

  std::string put(const std::vector<ReviewRecord>& records) override {
    std::lock_guard lock(mu_);
    const ReviewRows rows(records);
    return sqlite_insert_rows(db_,
                              "INSERT INTO reviews (id, expires_at, html) VALUES (?,?,?) "
                              "ON CONFLICT(id) DO UPDATE SET expires_at = excluded.expires_at, "
                              "html = excluded.html",
                              rows.rows);
  }

  std::optional<std::string> get(std::string_view id, std::int64_t now) override {
    std::lock_guard lock(mu_);
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db_, "SELECT html FROM reviews WHERE id = ? AND expires_at > ?", -1, &st,
                           nullptr) != SQLITE_OK) {
      return std::nullopt;
    }
    sqlite3_bind_text(st, 1, id.data(), static_cast<int>(id.size()), SQLITE_TRANSIENT);
    sqlite3_bind_int64(st, 2, now);
    std::optional<std::string> out;
    if (sqlite3_step(st) == SQLITE_ROW) {
      const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
      out = std::string(text ? text : "", static_cast<std::size_t>(sqlite3_column_bytes(st, 0)));
    }
    sqlite3_finalize(st);
    return out;
  }

  std::size_t purge(std::int64_t now) override {
    std::lock_guard lock(mu_);
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db_, "DELETE FROM reviews WHERE expires_at <= ?", -1, &st, nullptr) !=
        SQLITE_OK) {
      return 0;
    }
    sqlite3_bind_int64(st, 1, now);
    sqlite3_step(st);
    sqlite3_finalize(st);
    return static_cast<std::size_t>(sqlite3_changes(db_));
  }

 private:
  std::mutex mu_;
  sqlite3* db_;
};

}  // namespace

ReviewStoreOpen open_review_store(const std::string& spec) {
  // Reviews are re-created by the next hook call, so NORMAL sync is enough.
  return open_store<ReviewStore>(
      spec, "NORMAL", kSchema, [](sqlite3* db) { return std::make_unique<SqliteReviewStore>(db); },
      open_postgres_review_store);
}

}  // namespace spinecds::service
