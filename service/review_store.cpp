#include "service/review_store.h"

namespace spinecds::service {

namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS reviews (
  id TEXT PRIMARY KEY,
  expires_at {int64} NOT NULL,
  html TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS reviews_expires ON reviews(expires_at);
)sql";

// With PostgreSQL, replicas share the table: a link signed by one is served
// by any other.
class DatabaseReviewStore : public DatabaseTable<ReviewStore> {
 public:
  using DatabaseTable::DatabaseTable;

  std::string put(const std::vector<ReviewRecord>& records) override {
    const ReviewRows rows(records);
    return db().insert_rows(
        "INSERT INTO reviews (id, expires_at, html) VALUES (?,?,?) ON CONFLICT (id) DO UPDATE"
        " SET expires_at = EXCLUDED.expires_at, html = EXCLUDED.html",
        rows.rows);
  }

  std::optional<std::string> get(std::string_view id, std::int64_t now) override {
    auto rows = db().select("SELECT html FROM reviews WHERE id = ? AND expires_at > ?",
                            {std::string(id), std::to_string(now)});
    if (rows.size() != 1) return std::nullopt;
    return std::move(rows[0][0]);
  }

  std::size_t purge(std::int64_t now) override {
    return db().change("DELETE FROM reviews WHERE expires_at <= ?", {std::to_string(now)});
  }
};

}  // namespace

ReviewStoreOpen open_review_store(const std::string& spec) {
  // Reviews are re-created by the next hook call, so NORMAL sync is enough.
  return open_store<ReviewStore, DatabaseReviewStore>(spec, "NORMAL", kSchema);
}

}  // namespace spinecds::service
