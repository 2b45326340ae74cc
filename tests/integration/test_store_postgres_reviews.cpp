// Review pages on a real PostgreSQL (deploy/start-test-services.sh): what
// replicas share, so a link one signs another serves, and expiry purges.
#include <doctest/doctest.h>

#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <string>

#include "service/review_store.h"

namespace {

std::string postgres_url() {
  if (const char* env = std::getenv("SPINECDS_TEST_POSTGRES")) return env;
  std::ifstream in(std::string(SPINECDS_SOURCE_DIR) + "/tests/.test-env");
  std::string line;
  for (const std::string key = "SPINECDS_TEST_POSTGRES="; std::getline(in, line);) {
    if (line.rfind(key, 0) == 0) return line.substr(key.size());
  }
  return {};
}

}  // namespace

TEST_CASE("review pages in PostgreSQL: upsert, expiry, purge") {
  const auto url = postgres_url();
  if (url.empty()) {
    const char* ci = std::getenv("CI");
    if (ci && std::string(ci) == "true") FAIL("CI=true but no PostgreSQL");
    MESSAGE("no PostgreSQL configured (run deploy/start-test-services.sh): skipped");
    return;
  }
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
