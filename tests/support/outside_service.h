#pragma once
// Tests that need an outside service (PostgreSQL, the FHIR test server,
// nginx) either find it, fail under CI, or are skipped saying so.
#include <doctest/doctest.h>

#include <string>

#include "support/ci_env.h"
#include "support/postgres_env.h"

namespace spinecds::testing {

// `available`, else a failure under CI (`missing_in_ci`) or a skip
// (`skipped`, as a message); whether the test can go on.
inline bool have_service(bool available, const std::string& missing_in_ci,
                         const std::string& skipped) {
  if (available) return true;
  if (under_ci()) FAIL(missing_in_ci);
  MESSAGE(skipped);
  return false;
}

// The shared test PostgreSQL's URL into `url`, or have_service's verdict.
inline bool have_postgres(std::string& url) {
  url = postgres_url();
  return have_service(!url.empty(),
                      "CI=true but no PostgreSQL: deploy/start-test-services.sh did not start it",
                      "no PostgreSQL configured (run deploy/start-test-services.sh): skipped");
}

}  // namespace spinecds::testing
