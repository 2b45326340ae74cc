#include <mutex>

#include <sqlite3.h>

#include "service/feedback_store.h"

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

  std::string store(const std::vector<FeedbackEntry>& entries) override {
    std::lock_guard lock(mu_);
    if (sqlite3_exec(db_, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK) {
      return std::string("could not begin: ") + sqlite3_errmsg(db_);
    }
    sqlite3_stmt* st = nullptr;
    const char* sql =
        "INSERT INTO feedback (received_at, service_id, card, outcome, accepted_suggestions, "
        "override_system, override_code, override_display, user_comment, outcome_timestamp) "
        "VALUES (?,?,?,?,?,?,?,?,?,?)";
    std::string error;
    if (sqlite3_prepare_v2(db_, sql, -1, &st, nullptr) != SQLITE_OK) {
      error = sqlite3_errmsg(db_);
    }
    for (const auto& e : entries) {
      if (!error.empty()) break;
      const std::string accepted = accepted_suggestions_column(e);
      const std::string* values[] = {&e.received_at,      &e.service_id,       &e.card,
                                     &e.outcome,          &accepted,           &e.override_system,
                                     &e.override_code,    &e.override_display, &e.user_comment,
                                     &e.outcome_timestamp};
      int i = 1;
      for (const auto* v : values) {
        sqlite3_bind_text(st, i++, v->c_str(), static_cast<int>(v->size()), SQLITE_TRANSIENT);
      }
      if (sqlite3_step(st) != SQLITE_DONE) error = sqlite3_errmsg(db_);
      sqlite3_reset(st);
      sqlite3_clear_bindings(st);
    }
    sqlite3_finalize(st);
    if (!error.empty()) {
      sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
      return error;
    }
    if (sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
      error = sqlite3_errmsg(db_);
      sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    return error;
  }

 private:
  std::mutex mu_;
  sqlite3* db_;
};

}  // namespace

StoreOpen open_feedback_store(const std::string& spec) {
  StoreOpen out;
  if (spec.rfind("postgresql://", 0) == 0 || spec.rfind("postgres://", 0) == 0) {
    out.store = open_postgres_feedback_store(spec, out.error);
    return out;
  }
  if (spec.rfind("sqlite:", 0) != 0 || spec.size() <= 7) {
    out.error = "store must be sqlite:PATH or a postgresql:// URL";
    return out;
  }
  const std::string path = spec.substr(7);
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db,
                      SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
                      nullptr) != SQLITE_OK) {
    out.error = "cannot open SQLite store at " + path + ": " + (db ? sqlite3_errmsg(db) : "?");
    sqlite3_close(db);
    return out;
  }
  sqlite3_busy_timeout(db, 5000);
  // WAL with synchronous=FULL: a committed entry survives a crash or power
  // loss, which is what "on disk before the 200" means.
  char* err = nullptr;
  if (sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;", nullptr, nullptr,
                   &err) != SQLITE_OK ||
      sqlite3_exec(db, kSchema, nullptr, nullptr, &err) != SQLITE_OK) {
    out.error = "cannot prepare SQLite store at " + path + ": " + (err ? err : "?");
    sqlite3_free(err);
    sqlite3_close(db);
    return out;
  }
  out.store = std::make_unique<SqliteFeedbackStore>(db);
  return out;
}

}  // namespace spinecds::service
