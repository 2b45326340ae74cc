// The feedback store on a real PostgreSQL (started by deploy/start-test-services.sh),
// the one several replicas share.
#include <doctest/doctest.h>
#include <libpq-fe.h>

#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <string>

#include "service/feedback_store.h"
#include "support/outside_service.h"

namespace {

using spinecds::testing::have_postgres;

// libpq handles freed even when a REQUIRE ends the test early.
using Conn = std::unique_ptr<PGconn, decltype(&PQfinish)>;
using Result = std::unique_ptr<PGresult, decltype(&PQclear)>;

}  // namespace

TEST_CASE("feedback entries land in PostgreSQL together, or not at all") {
  std::string url;
  if (!have_postgres(url)) return;
  auto opened = spinecds::service::open_feedback_store(url);
  REQUIRE_MESSAGE(opened.store, opened.error);
  CHECK(opened.store->ready());

  // Unique per run: the database outlives test runs.
  const std::string marker =
      "pg-test-" + std::to_string(getpid()) + "-" +
      std::to_string(std::chrono::system_clock::now().time_since_epoch().count());
  spinecds::service::FeedbackEntry a;
  a.service_id = "lumbar-fusion-order-sign";
  a.card = marker;
  a.outcome = "accepted";
  a.accepted_suggestions = {"s-1", "s-2"};
  a.outcome_timestamp = "2026-11-20T16:45:00Z";
  a.received_at = "2026-11-20T16:45:01Z";
  auto b = a;
  b.outcome = "overridden";
  b.accepted_suggestions.clear();
  b.override_code = "patient-specific-judgement";
  CHECK(opened.store->store({a, b}).empty());

  Conn owned(PQconnectdb(url.c_str()), &PQfinish);
  PGconn* conn = owned.get();
  REQUIRE(PQstatus(conn) == CONNECTION_OK);
  const char* params[] = {marker.c_str()};
  Result rows(PQexecParams(conn,
                           "SELECT outcome, accepted_suggestions, override_code FROM feedback "
                           "WHERE card = $1 ORDER BY id",
                           1, nullptr, params, nullptr, nullptr, 0),
              &PQclear);
  PGresult* r = rows.get();
  REQUIRE(PQresultStatus(r) == PGRES_TUPLES_OK);
  REQUIRE(PQntuples(r) == 2);
  CHECK(std::string(PQgetvalue(r, 0, 0)) == "accepted");
  CHECK(std::string(PQgetvalue(r, 0, 1)) == "s-1,s-2");
  CHECK(std::string(PQgetvalue(r, 1, 0)) == "overridden");
  CHECK(std::string(PQgetvalue(r, 1, 2)) == "patient-specific-judgement");

  // A value PostgreSQL refuses (a NUL-free but invalid UTF-8 byte) in the second
  // entry rolls back the first one too.
  auto bad = a;
  bad.card = marker + "-partial";
  auto worse = bad;
  worse.user_comment = std::string("\xff\xfe", 2);
  CHECK_FALSE(opened.store->store({bad, worse}).empty());
  const std::string partial = marker + "-partial";
  const char* p2[] = {partial.c_str()};
  Result count(PQexecParams(conn, "SELECT COUNT(*) FROM feedback WHERE card = $1", 1, nullptr, p2,
                            nullptr, nullptr, 0),
               &PQclear);
  REQUIRE(PQresultStatus(count.get()) == PGRES_TUPLES_OK);
  CHECK(std::string(PQgetvalue(count.get(), 0, 0)) == "0");
}

TEST_CASE("an unreachable PostgreSQL is a clear error, without the password") {
  auto opened = spinecds::service::open_feedback_store(
      "postgresql://spinecds:secret-pw@127.0.0.1:1/none?connect_timeout=2");
  CHECK_FALSE(opened.store);
  CHECK(opened.error.find("PostgreSQL") != std::string::npos);
  CHECK(opened.error.find("secret-pw") == std::string::npos);
}
