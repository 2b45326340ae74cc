#pragma once
// One hook call from body to response: parse, validate, find the fusion
// orders, gather, assess, render. Used by the HTTP service and, offline, by
// `spinecds assess`.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/document.h>

#include "cards/render.h"
#include "criteria/assessment.h"
#include "criteria/policy.h"
#include "fhir/gather.h"
#include "fhir/json_arena.h"
#include "fhir/json_parse.h"
#include "service/call_control.h"
#include "service/schema_set.h"
#include "service/services.h"

namespace spinecds::service {

struct PipelineDeps {
  const SchemaSet* schemas = nullptr;
  const criteria::Policy* policy = nullptr;
  fhir::GatherOptions gather;  // offline for `assess`
  std::map<std::string, std::string> payers;
  bool coverage_information = true;
  std::string today;  // "2026-11-26": the as-of date when an order has no authoredOn
  // Looked at between stages: a call whose client left or whose deadline
  // passed stops with 503 spinecds.service.call-stopped. Null: never stops.
  const CallControl* control = nullptr;
  // The policy's card guidelines, read at policy load; null → read per call.
  const cards::Guidelines* guidelines = nullptr;
  // The link to an order's full review (queued for storing), "" for none;
  // unset offline (`assess`), so offline cards carry no review link.
  // `index`: the assessment's place in PipelineResult::assessments.
  std::function<std::string(std::string_view hook_instance, std::size_t index,
                            const criteria::Assessment&)>
      review_link;
};

struct PipelineError {
  int status = 400;
  std::string error_id;
  std::string message;
  std::string expression;
};

struct PipelineResult {
  bool ok = false;
  PipelineError error;                            // when !ok
  std::vector<criteria::Assessment> assessments;  // one per fusion order
  // The parsed request, parsed in situ into a pooled arena: the response
  // shares its strings (the order's code, subject, ...), so both are kept,
  // and declared first, to outlive the response.
  fhir::JsonArenaLease arena;
  rapidjson::Document request;
  rapidjson::Document response;  // the CDS Hooks response when ok
  std::size_t cards = 0;
  std::vector<cards::IssuedCard> issued;  // one per card, for the ledger
  std::string hook_instance;              // the request's, for the ledger
};

// The body as received (raw JSON text).
PipelineResult run_hook(const ServiceDef& service, std::string_view body, const PipelineDeps& deps);

// The response body as sent: the Writer writes straight into `out` (the
// outgoing body), reserved once, with no StringBuffer to copy from.
void write_response(const rapidjson::Value& response, std::string& out);

// The 400 for a body that did not parse, or nullopt when it parsed.
std::optional<PipelineError> json_error(const fhir::JsonParse& parsed);

// The 400 for a schema violation; `prefix` is the pointer of the validated
// value inside the body ("/context").
PipelineError schema_error(const SchemaViolation& v, std::string_view prefix);

// "/context/draftOrders/entry/0" → "context.draftOrders.entry[0]"
std::string pointer_to_expression(std::string_view pointer);

}  // namespace spinecds::service
