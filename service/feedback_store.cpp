#include "service/feedback_store.h"

namespace spinecds::service {

namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS feedback (
  id {serial},
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

class DatabaseFeedbackStore : public DatabaseTable<FeedbackStore> {
 public:
  using DatabaseTable::DatabaseTable;

  bool ready() const override { return db().ready(); }

  std::vector<FeedbackEntry> read(const std::string& since) override {
    std::vector<FeedbackEntry> out;
    for (auto& r : db().select("SELECT service_id, card, outcome, override_system, override_code,"
                               " override_display, outcome_timestamp, received_at FROM feedback"
                               " WHERE received_at >= ? ORDER BY id",
                               {since})) {
      FeedbackEntry e;
      e.service_id = std::move(r[0]);
      e.card = std::move(r[1]);
      e.outcome = std::move(r[2]);
      e.override_system = std::move(r[3]);
      e.override_code = std::move(r[4]);
      e.override_display = std::move(r[5]);
      e.outcome_timestamp = std::move(r[6]);
      e.received_at = std::move(r[7]);
      out.push_back(std::move(e));
    }
    return out;
  }

  std::string store(const std::vector<FeedbackEntry>& entries) override {
    const FeedbackRows rows(entries);
    return db().insert_rows(
        "INSERT INTO feedback (received_at, service_id, card, outcome, accepted_suggestions,"
        " override_system, override_code, override_display, user_comment, outcome_timestamp)"
        " VALUES (?,?,?,?,?,?,?,?,?,?)",
        rows.rows);
  }
};

}  // namespace

StoreOpen open_feedback_store(const std::string& spec) {
  // synchronous=FULL: a committed entry survives a crash or power loss,
  // which is what "on disk before the 200" means.
  return open_store<FeedbackStore, DatabaseFeedbackStore>(spec, "FULL", kSchema);
}

}  // namespace spinecds::service
