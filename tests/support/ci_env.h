#pragma once
// Whether the tests run under CI, where every outside service a test needs
// (PostgreSQL, the FHIR test server, nginx) is installed, so a missing one is
// a failure rather than a skip. No doctest here: benchmarks include it too.
#include <cstdlib>
#include <string>

namespace spinecds::testing {

// CI set to anything but "", "false" or "0".
inline bool under_ci() {
  const char* ci = std::getenv("CI");
  return ci && *ci && std::string(ci) != "false" && std::string(ci) != "0";
}

}  // namespace spinecds::testing
