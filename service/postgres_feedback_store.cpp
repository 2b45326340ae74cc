#include <memory>
#include <mutex>
#include <string>

#include "service/feedback_store.h"

#ifdef SPINECDS_HAVE_POSTGRESQL
#include <libpq-fe.h>
#endif

#include "service/store_connection.h"

namespace spinecds::service {

#ifdef SPINECDS_HAVE_POSTGRESQL
namespace {

constexpr const char* kSchema =
    "CREATE TABLE IF NOT EXISTS feedback ("
    " id BIGSERIAL PRIMARY KEY, received_at TEXT NOT NULL, service_id TEXT NOT NULL,"
    " card TEXT NOT NULL, outcome TEXT NOT NULL, accepted_suggestions TEXT NOT NULL,"
    " override_system TEXT NOT NULL, override_code TEXT NOT NULL,"
    " override_display TEXT NOT NULL, user_comment TEXT NOT NULL,"
    " outcome_timestamp TEXT NOT NULL);"
    "CREATE INDEX IF NOT EXISTS feedback_card ON feedback(card);";

// Several replicas share one database; each keeps one connection and
// reconnects once when the server dropped it.
class PostgresFeedbackStore : public FeedbackStore {
 public:
  PostgresFeedbackStore(std::string url, PGconn* conn) : url_(std::move(url)), conn_(conn) {}
  ~PostgresFeedbackStore() override { PQfinish(conn_); }

  bool ready() const override { return conn_ && PQstatus(conn_) == CONNECTION_OK; }

  std::vector<FeedbackEntry> read(const std::string& since) override {
    std::lock_guard lock(mu_);
    std::vector<FeedbackEntry> out;
    if (PQstatus(conn_) != CONNECTION_OK) PQreset(conn_);
    if (PQstatus(conn_) != CONNECTION_OK) return out;
    const char* params[] = {since.c_str()};
    PGresult* r = PQexecParams(conn_,
                               "SELECT service_id, card, outcome, override_system, override_code,"
                               " override_display, outcome_timestamp, received_at FROM feedback"
                               " WHERE received_at >= $1 ORDER BY id",
                               1, nullptr, params, nullptr, nullptr, 0);
    if (pg_ok(r)) {
      for (int i = 0; i < PQntuples(r); ++i) {
        FeedbackEntry e;
        e.service_id = PQgetvalue(r, i, 0);
        e.card = PQgetvalue(r, i, 1);
        e.outcome = PQgetvalue(r, i, 2);
        e.override_system = PQgetvalue(r, i, 3);
        e.override_code = PQgetvalue(r, i, 4);
        e.override_display = PQgetvalue(r, i, 5);
        e.outcome_timestamp = PQgetvalue(r, i, 6);
        e.received_at = PQgetvalue(r, i, 7);
        out.push_back(std::move(e));
      }
    }
    PQclear(r);
    return out;
  }

  std::string store(const std::vector<FeedbackEntry>& entries) override {
    std::lock_guard lock(mu_);
    const FeedbackRows rows(entries);
    return pg_insert_rows(
        conn_,
        "INSERT INTO feedback (received_at, service_id, card, outcome, accepted_suggestions,"
        " override_system, override_code, override_display, user_comment, outcome_timestamp)"
        " VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)",
        rows.rows);
  }

 private:
  std::mutex mu_;
  std::string url_;
  PGconn* conn_;
};

}  // namespace

std::unique_ptr<FeedbackStore> open_postgres_feedback_store(const std::string& url,
                                                            std::string& error) {
  PGconn* conn = open_postgres_store(url, kSchema, error);
  if (conn == nullptr) return nullptr;
  return std::make_unique<PostgresFeedbackStore>(url, conn);
}
#else
std::unique_ptr<FeedbackStore> open_postgres_feedback_store(const std::string&,
                                                            std::string& error) {
  error = "this build has no PostgreSQL client library";
  return nullptr;
}
#endif

}  // namespace spinecds::service
