#pragma once
// Gathering the record for one hook call: prefetch first, then FHIR queries
// for what is missing (in parallel, within one deadline).
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "fhir/record.h"

namespace spinecds::fhir {

struct PrefetchTemplate {
  std::string key;       // "conditions"
  std::string query;     // "Condition?patient={{context.patientId}}"
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
  std::size_t max_body_bytes = 16u * 1024u * 1024u;
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

GatherResult gather(const rapidjson::Value& request, const GatherOptions& options);

}  // namespace spinecds::fhir
