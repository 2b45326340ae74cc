#pragma once
// Gathering the record for one hook call: prefetch first, then FHIR queries
// for what is missing (in parallel, within one deadline).
#include <chrono>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "fhir/record.h"
#include "fhir/transport.h"

namespace spinecds::fhir {

struct PrefetchTemplate {
  std::string key;        // "conditions"
  std::string query;      // "Condition?patient={{context.patientId}}"
  bool optional = false;  // `documents`: never an error or a gap
};

// The prefetch keys and templates both services declare (DESIGN.md §3).
const std::vector<PrefetchTemplate>& lumbar_fusion_prefetch();

struct GatherOptions {
  bool offline = false;  // `spinecds assess`: a missing key is "not available", never fetched
  std::vector<std::string> allowed_servers;  // fhir.allowedServers (+ the issuer's fhirServers)
  int deadline_ms = 3000;
  int max_pages = 10;
  int max_resources = 5000;
  std::size_t max_body_bytes = std::size_t{16} * 1024 * 1024;  // per response, enforced while it streams
  // How FHIR queries go out; null means the process-wide cpprestsdk transport
  // (shared, so connections to a server are reused across calls).
  std::shared_ptr<Transport> transport;
};

// An error that stops the call: 412 (needed data missing and no fhirServer)
// or 400 (a fhirServer outside the allowed list).
struct GatherError {
  int http_status = 412;
  std::string error_id;    // "spinecds.prefetch.unavailable"
  std::string message;     // the human sentence (never the token)
  std::string expression;  // "prefetch.procedures" / "fhirServer"
};

struct GatherResult {
  Record record;
  std::optional<GatherError> error;
};

// Reads request.context, .prefetch, .fhirServer and
// .fhirAuthorization.access_token. Prefetched keys are used as given; the
// missing ones (and those whose prefetch failed or was paginated) are fetched
// from fhirServer in parallel, all within options.deadline_ms. Blocks at
// most about the deadline; never throws; the token appears in no message.
//
// Decisions (DESIGN.md §3, §7):
// - a required key absent and no fhirServer: 412 spinecds.prefetch.unavailable;
// - a required key absent and fhirServer not allowed: 400
//   spinecds.request.fhir-server-not-allowed, and nothing is sent;
// - otherwise never an error: an OperationOutcome key, a paginated prefetch
//   that cannot be followed, a failed query, a cap reached, a template the
//   context cannot fill all become gaps (partial when some data was had);
// - the optional `documents` key is fetched when an allowed server is at
//   hand and never becomes a gap or an error;
// - a complete prefetch contacts no server, whatever fhirServer says;
// - offline: prefetch only, a missing required key is a gap "not available".
// An unexpected internal failure answers 500 spinecds.internal.
// The record views the request's prefetch resources (no copies): `request`
// must outlive the result; a temporary does not compile.
GatherResult gather(const rapidjson::Value& request, const GatherOptions& options);
GatherResult gather(rapidjson::Value&& request, const GatherOptions& options) = delete;
GatherResult gather(rapidjson::Document&& request, const GatherOptions& options) = delete;

// Waits, at most `limit`, until no fetch thread of an earlier gather is still
// running (each ends shortly after its gather's deadline). For an orderly
// shutdown and for tests: OpenSSL's exit handlers must not run while a thread
// is still inside a TLS call. True when none is left.
bool wait_for_background_fetches(std::chrono::milliseconds limit);

// The transport used when GatherOptions::transport is null.
std::shared_ptr<Transport> default_transport();

}  // namespace spinecds::fhir
