#pragma once
// Whether a test can use the Node FHIR test server (tests/fhir-server): it
// needs `npm ci` to have run (deploy/fhir-test-server-setup.sh).
#include "gather_support.h"
#include "support/outside_service.h"

namespace gather_support {

// Installed; else a failure under CI, or a skip that says so.
inline bool fhir_server_ready() {
  return spinecds::testing::have_service(
      server_installed(),
      "tests/fhir-server/node_modules is missing: run deploy/fhir-test-server-setup.sh",
      "skipped: the FHIR test server is not installed (deploy/fhir-test-server-setup.sh)");
}

}  // namespace gather_support
