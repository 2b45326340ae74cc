#include "service/store_connection.h"

#ifdef SPINECDS_HAVE_POSTGRESQL
#include <libpq-fe.h>

#include <mutex>

namespace spinecds::service {

namespace {

bool pg_ok(PGresult* r) {
  const auto s = PQresultStatus(r);
  return s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK;
}

// Reconnects once when the server dropped the connection; whether it is up.
bool pg_connected(PGconn* conn) {
  if (PQstatus(conn) != CONNECTION_OK) PQreset(conn);
  return PQstatus(conn) == CONNECTION_OK;
}

bool pg_exec(PGconn* conn, const char* sql) {
  PGresult* r = PQexec(conn, sql);
  const bool good = pg_ok(r);
  PQclear(r);
  return good;
}

// The statement with its "?" placeholders numbered as PostgreSQL wants them.
std::string numbered(const char* sql) {
  std::string out;
  int n = 0;
  for (const char* c = sql; *c != '\0'; ++c) {
    if (*c == '?') {
      out += "$" + std::to_string(++n);
    } else {
      out += *c;
    }
  }
  return out;
}

std::vector<const char*> c_strings(const std::vector<std::string>& params) {
  std::vector<const char*> out;
  out.reserve(params.size());
  for (const std::string& p : params) out.push_back(p.c_str());
  return out;
}

// Several replicas share one database; each table's store keeps one
// connection and reconnects once when the server dropped it.
class PostgresDatabase : public StoreDatabase {
 public:
  explicit PostgresDatabase(PGconn* conn) : conn_(conn) {}
  ~PostgresDatabase() override { PQfinish(conn_); }

  bool ready() const override { return conn_ && PQstatus(conn_) == CONNECTION_OK; }

  std::string insert_rows(const char* sql, const std::vector<TextRow>& rows) override {
    std::lock_guard lock(mu_);
    if (!pg_connected(conn_)) return "database unavailable";
    if (!pg_exec(conn_, "BEGIN")) return "could not begin a transaction";
    const std::string statement = numbered(sql);
    std::vector<const char*> params;
    for (const auto& row : rows) {
      params.clear();
      for (const std::string* v : row) params.push_back(v->c_str());
      PGresult* r = PQexecParams(conn_, statement.c_str(), static_cast<int>(params.size()), nullptr,
                                 params.data(), nullptr, nullptr, 0);
      const bool good = pg_ok(r);
      // The primary message only: DETAIL may quote the row's values.
      const char* primary = good ? nullptr : PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY);
      std::string err = primary ? primary : "";
      PQclear(r);
      if (!good) {
        pg_exec(conn_, "ROLLBACK");
        return err.empty() ? "insert failed" : err;
      }
    }
    if (!pg_exec(conn_, "COMMIT")) {
      pg_exec(conn_, "ROLLBACK");
      return "commit failed";
    }
    return {};
  }

  TextTable select(const char* sql, const std::vector<std::string>& params) override {
    std::lock_guard lock(mu_);
    TextTable out;
    if (!pg_connected(conn_)) return out;
    PGresult* r = run(sql, params);
    if (pg_ok(r)) {
      const int columns = PQnfields(r);
      for (int i = 0; i < PQntuples(r); ++i) {
        auto& row = out.emplace_back();
        for (int j = 0; j < columns; ++j) {
          row.emplace_back(PQgetvalue(r, i, j), static_cast<std::size_t>(PQgetlength(r, i, j)));
        }
      }
    }
    PQclear(r);
    return out;
  }

  std::size_t change(const char* sql, const std::vector<std::string>& params) override {
    std::lock_guard lock(mu_);
    if (!pg_connected(conn_)) return 0;
    PGresult* r = run(sql, params);
    std::size_t n = 0;
    if (pg_ok(r)) n = std::stoul(PQcmdTuples(r)[0] ? PQcmdTuples(r) : "0");
    PQclear(r);
    return n;
  }

 private:
  PGresult* run(const char* sql, const std::vector<std::string>& params) {
    const auto values = c_strings(params);
    return PQexecParams(conn_, numbered(sql).c_str(), static_cast<int>(values.size()), nullptr,
                        values.data(), nullptr, nullptr, 0);
  }

  std::mutex mu_;
  PGconn* conn_;
};

}  // namespace

std::unique_ptr<StoreDatabase> open_postgres_database(const std::string& url, const char* schema,
                                                      std::string& error) {
  PGconn* conn = PQconnectdb(url.c_str());
  if (PQstatus(conn) != CONNECTION_OK) {
    error = std::string("cannot connect to PostgreSQL: ") + PQerrorMessage(conn);
    PQfinish(conn);
    return nullptr;
  }
  // "relation already exists, skipping" notices are not worth a log line.
  PQsetNoticeProcessor(
      conn, [](void*, const char*) {}, nullptr);
  PGresult* r = PQexec(conn, schema);
  const bool good = pg_ok(r);
  PQclear(r);
  if (!good) {
    error = std::string("cannot prepare the PostgreSQL store: ") + PQerrorMessage(conn);
    PQfinish(conn);
    return nullptr;
  }
  return std::make_unique<PostgresDatabase>(conn);
}

}  // namespace spinecds::service
#else
namespace spinecds::service {

std::unique_ptr<StoreDatabase> open_postgres_database(const std::string&, const char*,
                                                      std::string& error) {
  error = "this build has no PostgreSQL client library";
  return nullptr;
}

}  // namespace spinecds::service
#endif
