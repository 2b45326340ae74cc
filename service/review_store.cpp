#include "service/review_store.h"

namespace spinecds::service {

namespace {

constexpr const char* kSqliteSchema = R"sql(
CREATE TABLE IF NOT EXISTS reviews (
  id TEXT PRIMARY KEY,
  expires_at INTEGER NOT NULL,
  html TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS reviews_expires ON reviews(expires_at);
)sql";

constexpr const char* kPostgresSchema =
    "CREATE TABLE IF NOT EXISTS reviews (id TEXT PRIMARY KEY, expires_at BIGINT NOT NULL,"
    " html TEXT NOT NULL);"
    "CREATE INDEX IF NOT EXISTS reviews_expires ON reviews(expires_at);";

// With PostgreSQL, replicas share the table: a link signed by one is served
// by any other.
class DatabaseReviewStore : public ReviewStore {
 public:
  explicit DatabaseReviewStore(std::unique_ptr<StoreDatabase> db) : db_(std::move(db)) {}

  std::string put(const std::vector<ReviewRecord>& records) override {
    const ReviewRows rows(records);
    return db_->insert_rows(
        "INSERT INTO reviews (id, expires_at, html) VALUES (?,?,?) ON CONFLICT (id) DO UPDATE"
        " SET expires_at = EXCLUDED.expires_at, html = EXCLUDED.html",
        rows.rows);
  }

  std::optional<std::string> get(std::string_view id, std::int64_t now) override {
    auto rows = db_->select("SELECT html FROM reviews WHERE id = ? AND expires_at > ?",
                            {std::string(id), std::to_string(now)});
    if (rows.size() != 1) return std::nullopt;
    return std::move(rows[0][0]);
  }

  std::size_t purge(std::int64_t now) override {
    return db_->change("DELETE FROM reviews WHERE expires_at <= ?", {std::to_string(now)});
  }

 private:
  std::unique_ptr<StoreDatabase> db_;
};

}  // namespace

ReviewStoreOpen open_review_store(const std::string& spec) {
  // Reviews are re-created by the next hook call, so NORMAL sync is enough.
  return open_store<ReviewStore, DatabaseReviewStore>(spec, "NORMAL", kSqliteSchema,
                                                      kPostgresSchema);
}

}  // namespace spinecds::service
