// The CDS Hooks service calls the router hands on: a hook call run through
// the pipeline (its metrics, ledger rows and log line) and a service's
// feedback stored. Dispatch, admission, CORS and the other endpoints are
// router.cpp's.
#include <algorithm>
#include <chrono>
#include <optional>

#include "fhir/json_parse.h"
#include "service/error_ids.h"
#include "service/hook_pipeline.h"
#include "service/log.h"
#include "service/operation_outcome.h"
#include "service/router.h"
#include "service/services.h"

namespace spinecds::service {

namespace {

std::vector<FeedbackEntry> feedback_entries(const rapidjson::Value& doc,
                                            const std::string& service_id,
                                            const std::string& received_at) {
  std::vector<FeedbackEntry> out;
  for (const auto& f : doc["feedback"].GetArray()) {
    FeedbackEntry e;
    e.service_id = service_id;
    e.received_at = received_at;
    e.card = f["card"].GetString();
    e.outcome = f["outcome"].GetString();
    e.outcome_timestamp = f["outcomeTimestamp"].GetString();
    if (f.HasMember("acceptedSuggestions")) {
      for (const auto& s : f["acceptedSuggestions"].GetArray()) {
        e.accepted_suggestions.emplace_back(s["id"].GetString());
      }
    }
    if (f.HasMember("overrideReason")) {
      const auto& o = f["overrideReason"];
      if (o.HasMember("reason")) {
        e.override_system = o["reason"]["system"].GetString();
        e.override_code = o["reason"]["code"].GetString();
        if (o["reason"].HasMember("display"))
          e.override_display = o["reason"]["display"].GetString();
      }
      if (o.HasMember("userComment")) e.user_comment = o["userComment"].GetString();
    }
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace

// The ledger rows and labeled series of one answered hook call (no PHI).
void Router::record_issued(const std::string& service_id, const PipelineResult& result) const {
  std::vector<LedgerEntry> entries;
  const std::string now = deps_.now_utc ? deps_.now_utc() : std::string();
  for (const auto& c : result.issued) {
    if (deps_.labeled) deps_.labeled->card_issued(c.kind, c.indicator);
    if (c.order >= result.assessments.size()) continue;
    const auto& a = result.assessments[c.order];
    entries.push_back({c.uuid, service_id, c.kind, c.indicator, a.policy.id, a.policy.version,
                       criteria::to_string(a.verdict), now,
                       result.hook_instance + "#" + std::to_string(c.order)});
  }
  if (deps_.labeled && !result.assessments.empty()) {
    for (const auto& g : result.assessments.front().data_gaps) {
      deps_.labeled->fhir_fetch_error(g.key);
    }
  }
  if (deps_.ledger && !entries.empty()) deps_.ledger->record(std::move(entries));
}

HttpResponse Router::hook(const HttpRequest& req, const std::string& service_id,
                          const AuthDecision& auth) const {
  // One snapshot for the whole call, however many reloads happen meanwhile.
  const auto snapshot = deps_.policies ? deps_.policies->current() : nullptr;
  // The policy of the service's procedure family.
  const auto* service = find_service(service_id);
  const criteria::Policy* policy =
      snapshot && service ? snapshot->policy(service->family) : nullptr;
  if (!policy) return operation_outcome(503, error_id::kNotReady, "The policy is not loaded");
  const auto start = std::chrono::steady_clock::now();
  if (deps_.metrics) ++deps_.metrics->hook_calls_total;
  PipelineDeps p;
  p.schemas = deps_.schemas;
  p.policy = policy;
  if (const auto it = snapshot->policies.find(policy->id); it != snapshot->policies.end()) {
    p.guidelines = &it->second.guidelines;
  }
  p.payers = deps_.config->payers;
  p.coverage_information = deps_.config->crd_coverage_information;
  p.today = deps_.today();
  p.gather.allowed_servers = deps_.config->fhir_allowed_servers;
  for (const auto& s : auth.fhir_servers) p.gather.allowed_servers.push_back(s);
  p.control = &req.control;
  // The FHIR queries end by the call's deadline too, not only fhir.deadlineMs.
  p.gather.deadline_ms = static_cast<int>(std::max<long long>(
      1, std::min<long long>(deps_.config->fhir_deadline_ms, req.control.remaining_ms())));
  p.gather.max_pages = deps_.config->fhir_max_pages;
  p.gather.max_resources = deps_.config->fhir_max_resources;
  std::optional<Reviews::Call> reviews;
  if (deps_.reviews != nullptr) {
    std::string base = audience(req, "");
    // The Host header ends up in a link: only a host[:port] shape is used.
    const bool sane = !base.empty() && base.find_first_not_of(
                                           "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                           "0123456789-._:/[]") == std::string::npos;
    if (sane) {
      reviews.emplace(*deps_.reviews, std::move(base), service_id);
      p.review_link = [&reviews](std::string_view instance, std::size_t index,
                                 const criteria::Assessment& a) {
        return reviews->link(instance, index, a);
      };
    }
  }
  auto result = run_hook(*service, req.body, p);
  const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(
                          std::chrono::steady_clock::now() - start)
                          .count();
  if (deps_.metrics) deps_.metrics->observe_hook_latency(static_cast<std::uint64_t>(micros));
  if (deps_.latency) deps_.latency->record(service_id, static_cast<double>(micros) / 1000.0);
  if (deps_.labeled) deps_.labeled->hook_latency(service_id, static_cast<double>(micros) / 1e6);
  if (!result.ok) {
    if (deps_.metrics) ++deps_.metrics->hook_errors_total;
    if (result.error.error_id == error_id::kCallStopped) {
      log(LogLevel::warn, "hook.stopped",
          {{"service", service_id},
           {"reason",
            req.control.client_gone && *req.control.client_gone ? "client-gone" : "deadline"},
           {"ms", std::to_string(micros / 1000)}});
      return operation_outcome(503, result.error.error_id, result.error.message);
    }
    log(LogLevel::info, "hook.refused",
        {{"service", service_id},
         {"status", std::to_string(result.error.status)},
         {"error", result.error.error_id},
         {"expression", result.error.expression}});
    return operation_outcome(result.error.status, result.error.error_id, result.error.message,
                             result.error.expression);
  }
  if (deps_.metrics) deps_.metrics->cards_total += result.cards;
  record_issued(service_id, result);
  HttpResponse response;
  write_response(result.response, response.body);
  std::string verdicts;
  for (const auto& a : result.assessments) {
    if (!verdicts.empty()) verdicts += ",";
    verdicts += criteria::to_string(a.verdict);
  }
  log(LogLevel::info, "hook.answered",
      {{"service", service_id},
       {"orders", std::to_string(result.assessments.size())},
       {"cards", std::to_string(result.cards)},
       {"verdicts", verdicts},
       {"ms", std::to_string(micros / 1000)}});
  // Last: the assessments are moved into the review queue.
  if (reviews) reviews->commit(result.assessments);
  return response;
}

HttpResponse Router::feedback(const HttpRequest& req, const std::string& service_id) const {
  if (!deps_.store) return operation_outcome(503, error_id::kNotReady, "The store is not open");
  rapidjson::Document doc;
  if (auto e = json_error(fhir::parse_json(req.body, doc))) {
    return operation_outcome(e->status, e->error_id, e->message, e->expression);
  }
  if (auto v = deps_.schemas->validate(SchemaId::feedback_request, doc)) {
    // The only anyOf in the feedback schema is "accepted ⇒ acceptedSuggestions".
    if (v->keyword == "anyOf") {
      v->keyword = "required";
      v->pointer += "/acceptedSuggestions";
    }
    const auto e = schema_error(*v, "");
    return operation_outcome(e.status, e.error_id, e.message, e.expression);
  }
  const auto entries = feedback_entries(doc, service_id, deps_.now_utc());
  if (auto err = deps_.store->store(entries); !err.empty()) {
    log(LogLevel::error, "feedback.store-failed", {{"service", service_id}, {"error", err}});
    return operation_outcome(503, error_id::kStoreFailed,
                             "Feedback could not be stored; nothing was written. Retry later.");
  }
  if (deps_.metrics) deps_.metrics->feedback_total += entries.size();
  if (deps_.labeled) {
    for (const auto& e : entries) deps_.labeled->feedback(e.outcome, e.override_code);
  }
  log(LogLevel::info, "feedback.stored",
      {{"service", service_id}, {"entries", std::to_string(entries.size())}});
  HttpResponse ok;
  ok.status = 200;
  ok.body = "{}";
  return ok;
}

}  // namespace spinecds::service
