#include <mutex>

#include <sqlite3.h>

#include "service/feedback_store.h"
#include "service/store_connection.h"

namespace spinecds::service {

std::unique_ptr<FeedbackStore> open_postgres_feedback_store(const std::string& url,
                                                            std::string& error);

namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS feedback (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  received_at TEXT NOT NULL,
  service_id TEXT NOT NULL,
  card TEXT NOT NULL,
  outcome TEXT NOT NULL,
  accepted_suggestions TEXT NOT NULL,
  override_system TEXT NOT NULL,
  override_code TEXT NOT NULL,
  override_display TEXT NOT NULL,
  user_comment TEXT NOT NULL,
  outcome_timestamp TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS feedback_card ON feedback(card);
)sql";

// One connection serialised by a mutex: feedback is small and rare next to
// hook calls, and SQLite allows one writer at a time anyway.
class SqliteFeedbackStore : public FeedbackStore {
 public:
  explicit SqliteFeedbackStore(sqlite3* db) : db_(db) {}
  ~SqliteFeedbackStore() override { sqlite3_close(db_); }

  bool ready() const override { return db_ != nullptr; }

  std::vector<FeedbackEntry> read(const std::string& since) override {
    std::lock_guard lock(mu_);
    std::vector<FeedbackEntry> out;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db_,
                           "SELECT service_id, card, outcome, override_system, override_code, "
                           "override_display, outcome_timestamp, received_at FROM feedback "
                           "WHERE received_at >= ? ORDER BY id",
                           -1, &st, nullptr) != SQLITE_OK) {
      return out;
    }
    sqlite3_bind_text(st, 1, since.c_str(), static_cast<int>(since.size()), SQLITE_TRANSIENT);
    const auto col = [st](int i) {
      const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(st, i));
      return t ? std::string(t, static_cast<std::size_t>(sqlite3_column_bytes(st, i)))
               : std::string();
    };
    while (sqlite3_step(st) == SQLITE_ROW) {
      FeedbackEntry e;
      e.service_id = col(0);
      e.card = col(1);
      e.outcome = col(2);
      e.override_system = col(3);
      e.override_code = col(4);
      e.override_display = col(5);
      e.outcome_timestamp = col(6);
      e.received_at = col(7);
      out.push_back(std::move(e));
    }
    sqlite3_finalize(st);
    return out;
  }

  std::string store(const std::vector<FeedbackEntry>& entries) override {
    std::lock_guard lock(mu_);
    const FeedbackRows rows(entries);
    return sqlite_insert_rows(
        db_,
        "INSERT INTO feedback (received_at, service_id, card, outcome, accepted_suggestions, "
        "override_system, override_code, override_display, user_comment, outcome_timestamp) "
        "VALUES (?,?,?,?,?,?,?,?,?,?)",
        rows.rows);
  }

 private:
  std::mutex mu_;
  sqlite3* db_;
};

}  // namespace

StoreOpen open_feedback_store(const std::string& spec) {
  // synchronous=FULL: a committed entry survives a crash or power loss,
  // which is what "on disk before the 200" means.
  return open_store<FeedbackStore>(
      spec, "FULL", kSchema, [](sqlite3* db) { return std::make_unique<SqliteFeedbackStore>(db); },
      open_postgres_feedback_store);
}

}  // namespace spinecds::service
