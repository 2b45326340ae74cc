// The tables replicas share on a real PostgreSQL (deploy/start-test-services.sh):
// review pages (a link one signs another serves; expiry purges), the
// issued-card ledger, and feedback read back for analytics.
#include <doctest/doctest.h>

#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <string>

#include "service/feedback_store.h"
#include "service/ledger_store.h"
#include "service/review_store.h"
#include "support/outside_service.h"

using spinecds::testing::have_postgres;

std::string unique(const char* prefix) {
  return prefix + std::to_string(getpid()) + "x" +
         std::to_string(std::chrono::system_clock::now().time_since_epoch().count());
}

TEST_CASE("review pages in PostgreSQL: upsert, expiry, purge") {
  std::string url;
  if (!have_postgres(url)) return;
  auto a = spinecds::service::open_review_store(url);
  REQUIRE_MESSAGE(a.store, a.error);
  auto b = spinecds::service::open_review_store(url);  // another replica
  REQUIRE(b.store);
  const std::string id =
      "pgtest" + std::to_string(getpid()) + "x" +
      std::to_string(std::chrono::system_clock::now().time_since_epoch().count());
  CHECK(a.store->put({{id, 1000, "<p>one</p>"}}).empty());
  CHECK(a.store->put({{id, 2000, "<p>two</p>"}}).empty());  // a repeated call replaces it
  CHECK(b.store->get(id, 1500) == std::optional<std::string>("<p>two</p>"));
  CHECK_FALSE(b.store->get(id, 2000));  // expired
  b.store->purge(2000);
  CHECK_FALSE(a.store->get(id, 0));  // deleted
}

TEST_CASE("the issued-card ledger and feedback read back from PostgreSQL") {
  std::string url;
  if (!have_postgres(url)) return;
  auto ledger = spinecds::service::open_ledger_store(url);
  REQUIRE_MESSAGE(ledger.store, ledger.error);
  const std::string card = unique("pgcard");
  const std::string when = "2099-01-01T00:00:00Z";  // after every other test row
  spinecds::service::LedgerEntry e{
      card, "svc", "fusion-extent", "warning", "lumbar-fusion", "1.0.0", "partially-supported",
      when, "h#0"};
  CHECK(ledger.store->put({e, e}).empty());  // a retried call keeps one row
  const auto rows = ledger.store->read(when);
  int mine = 0;
  for (const auto& r : rows) mine += r.card == card ? 1 : 0;
  CHECK(mine == 1);

  auto feedback = spinecds::service::open_feedback_store(url);
  REQUIRE(feedback.store);
  spinecds::service::FeedbackEntry f;
  f.service_id = "svc";
  f.card = card;
  f.outcome = "overridden";
  f.override_code = "patient-specific-judgement";
  f.outcome_timestamp = when;
  f.received_at = when;
  CHECK(feedback.store->store({f}).empty());
  bool found = false;
  for (const auto& r : feedback.store->read(when)) {
    found |= r.card == card && r.override_code == "patient-specific-judgement";
  }
  CHECK(found);
}
