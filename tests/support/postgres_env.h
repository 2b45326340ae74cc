#pragma once
// The PostgreSQL the tests share (deploy/start-test-services.sh writes its
// URL to tests/.test-env).
#include <cstdlib>
#include <fstream>
#include <string>

#include "support/ci_env.h"

namespace spinecds::testing {

// The URL from SPINECDS_TEST_POSTGRES, else from tests/.test-env; "" when none.
inline std::string postgres_url() {
  if (const char* env = std::getenv("SPINECDS_TEST_POSTGRES")) return env;
  std::ifstream in(std::string(SPINECDS_SOURCE_DIR) + "/tests/.test-env");
  std::string line;
  const std::string key = "SPINECDS_TEST_POSTGRES=";
  while (std::getline(in, line)) {
    if (line.rfind(key, 0) == 0) return line.substr(key.size());
  }
  return {};
}

}  // namespace spinecds::testing
