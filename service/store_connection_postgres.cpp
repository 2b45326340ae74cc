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
