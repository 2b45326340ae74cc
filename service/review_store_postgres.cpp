#include <mutex>
#include <string>

#include "service/review_store.h"

#ifdef SPINECDS_HAVE_POSTGRESQL
#include <libpq-fe.h>
#endif

#include "service/store_connection.h"

namespace spinecds::service {

#ifdef SPINECDS_HAVE_POSTGRESQL
namespace {

constexpr const char* kSchema =
    "CREATE TABLE IF NOT EXISTS reviews (id TEXT PRIMARY KEY, expires_at BIGINT NOT NULL,"
    " html TEXT NOT NULL);"
    "CREATE INDEX IF NOT EXISTS reviews_expires ON reviews(expires_at);";

// Replicas share the table: a link signed by one is served by any other.
class PostgresReviewStore : public ReviewStore {
 public:
  explicit PostgresReviewStore(PGconn* conn) : conn_(conn) {}
  ~PostgresReviewStore() override { PQfinish(conn_); }

  std::string put(const std::vector<ReviewRecord>& records) override {
    std::lock_guard lock(mu_);
    const ReviewRows rows(records);
    return pg_insert_rows(conn_,
                          "INSERT INTO reviews (id, expires_at, html) VALUES ($1,$2,$3) "
                          "ON CONFLICT (id) DO UPDATE SET expires_at = "
                          "EXCLUDED.expires_at, html = EXCLUDED.html",
                          rows.rows);
  }

  std::optional<std::string> get(std::string_view id, std::int64_t now) override {
    std::lock_guard lock(mu_);
    if (!pg_connected(conn_)) return std::nullopt;
    const std::string sid(id);
    const std::string snow = std::to_string(now);
    const char* params[] = {sid.c_str(), snow.c_str()};
    PGresult* res =
        PQexecParams(conn_, "SELECT html FROM reviews WHERE id = $1 AND expires_at > $2", 2,
                     nullptr, params, nullptr, nullptr, 0);
    std::optional<std::string> out;
    if (pg_ok(res) && PQntuples(res) == 1) {
      out = std::string(PQgetvalue(res, 0, 0), static_cast<std::size_t>(PQgetlength(res, 0, 0)));
    }
    PQclear(res);
    return out;
  }

  std::size_t purge(std::int64_t now) override {
    std::lock_guard lock(mu_);
    if (!pg_connected(conn_)) return 0;
    const std::string snow = std::to_string(now);
    const char* params[] = {snow.c_str()};
    PGresult* res = PQexecParams(conn_, "DELETE FROM reviews WHERE expires_at <= $1", 1, nullptr,
                                 params, nullptr, nullptr, 0);
    std::size_t n = 0;
    if (pg_ok(res)) n = std::stoul(PQcmdTuples(res)[0] ? PQcmdTuples(res) : "0");
    PQclear(res);
    return n;
  }

 private:
  std::mutex mu_;
  PGconn* conn_;
};

}  // namespace

std::unique_ptr<ReviewStore> open_postgres_review_store(const std::string& url,
                                                        std::string& error) {
  PGconn* conn = open_postgres_store(url, kSchema, error);
  if (conn == nullptr) return nullptr;
  return std::make_unique<PostgresReviewStore>(conn);
}
#else
std::unique_ptr<ReviewStore> open_postgres_review_store(const std::string&, std::string& error) {
  error = "this build has no PostgreSQL client library";
  return nullptr;
}
#endif

}  // namespace spinecds::service
