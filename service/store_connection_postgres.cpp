#include "service/store_connection.h"

#ifdef SPINECDS_HAVE_POSTGRESQL
#include <libpq-fe.h>

namespace spinecds::service {

bool pg_ok(PGresult* r) {
  const auto s = PQresultStatus(r);
  return s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK;
}

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

std::string pg_insert_rows(PGconn* conn, const char* sql, const std::vector<TextRow>& rows) {
  if (!pg_connected(conn)) return "database unavailable";
  if (!pg_exec(conn, "BEGIN")) return "could not begin a transaction";
  std::vector<const char*> params;
  for (const auto& row : rows) {
    params.clear();
    for (const std::string* v : row) params.push_back(v->c_str());
    PGresult* r = PQexecParams(conn, sql, static_cast<int>(params.size()), nullptr, params.data(),
                               nullptr, nullptr, 0);
    const bool good = pg_ok(r);
    // The primary message only: DETAIL may quote the row's values.
    const char* primary = good ? nullptr : PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY);
    std::string err = primary ? primary : "";
    PQclear(r);
    if (!good) {
      pg_exec(conn, "ROLLBACK");
      return err.empty() ? "insert failed" : err;
    }
  }
  if (!pg_exec(conn, "COMMIT")) {
    pg_exec(conn, "ROLLBACK");
    return "commit failed";
  }
  return {};
}

PGconn* open_postgres_store(const std::string& url, const char* schema, std::string& error) {
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
  return conn;
}

}  // namespace spinecds::service
#endif
