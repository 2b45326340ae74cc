#include "service/router.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <optional>

#include <rapidjson/writer.h>

#include <openssl/crypto.h>
#include "fhir/json_parse.h"

#include "service/analytics.h"
#include "service/error_ids.h"
#include "service/hook_pipeline.h"
#include "service/log.h"
#include "service/operation_outcome.h"
#include "service/review_page.h"
#include "service/services.h"
#include "service/web_assets.h"

namespace spinecds::service {

std::optional<std::string_view> embedded_file(std::string_view path);

namespace {

constexpr std::string_view kServicesPrefix = "/cds-services/";

HttpResponse json_response(int status, std::string body) {
  HttpResponse r;
  r.status = status;
  r.body = std::move(body);
  return r;
}

HttpResponse method_not_allowed(const char* allow) {
  auto r = operation_outcome(405, error_id::kMethodNotAllowed,
                             std::string("This path accepts ") + allow);
  r.headers.emplace_back("Allow", allow);
  return r;
}

std::string path_of(const std::string& target) {
  const auto q = target.find_first_of("?#");
  return q == std::string::npos ? target : target.substr(0, q);
}

// application/json or application/fhir+json, any parameters (charset), any
// case. Anything else, or none, could come from a plain HTML form or a
// no-preflight fetch of another site (issue 10 item 9).
bool is_json_media_type(std::string_view value) {
  value = value.substr(0, value.find(';'));
  while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
  while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.remove_suffix(1);
  std::string lower(value);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return lower == "application/json" || lower == "application/fhir+json";
}

bool is_read(const HttpRequest& req) {
  return req.method == "GET" || req.method == "HEAD";
}

bool needs_token(const HttpRequest& req, const std::string& path) {
  if (req.method == "OPTIONS") return false;
  // A review link carries its own signature: a clinician opens it in a
  // browser, without the EHR's token.
  return !(path == "/healthz" || path == "/readyz" || path == "/" || path == "/index.html" ||
           path == "/metrics" || path.rfind("/reviews/", 0) == 0 || path == "/analytics" ||
           path == "/analytics.json" || path.rfind("/vendor/", 0) == 0 ||
           path.rfind("/samples/", 0) == 0);  // reviews: signed links; analytics: admin tokens
}

// A service's hook or feedback path: the only paths a POST body goes to.
bool posts_to_service(const std::string& path) {
  if (path.rfind(kServicesPrefix, 0) != 0) return false;
  std::string rest = path.substr(kServicesPrefix.size());
  if (const auto slash = rest.find('/'); slash != std::string::npos) {
    if (rest.substr(slash) != "/feedback") return false;
    rest = rest.substr(0, slash);
  }
  return find_service(rest) != nullptr;
}

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

Router::Router(RouterDeps deps) : deps_(std::move(deps)) {}

std::string Router::audience(const HttpRequest& req, const std::string& path) const {
  if (!deps_.config->public_url.empty()) return deps_.config->public_url + path;
  return std::string(req.tls ? "https://" : "http://") + std::string(req.header("host")) + path;
}

void Router::add_cors(std::string_view origin, HttpResponse& res) const {
  const auto& origins = deps_.config->cors_origins;
  bool any = false;
  for (const auto& o : origins) any = any || o == "*";
  if (any) {
    res.headers.emplace_back("Access-Control-Allow-Origin", "*");
  } else {
    for (const auto& o : origins) {
      if (!origin.empty() && o == origin) {
        res.headers.emplace_back("Access-Control-Allow-Origin", std::string(origin));
        break;
      }
    }
    res.headers.emplace_back("Vary", "Origin");
  }
  // Never Allow-Credentials: the JWT travels in Authorization, not cookies.
  res.headers.emplace_back("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
  res.headers.emplace_back("Access-Control-Allow-Headers", "Authorization, Content-Type");
  res.headers.emplace_back("Access-Control-Max-Age", "600");
}

HttpResponse Router::unauthorized(const HttpRequest& req, const std::string& path,
                                  const AuthDecision& auth) const {
  if (deps_.metrics) ++deps_.metrics->auth_failures_total;
  log(LogLevel::warn, "auth.refused",
      {{"path", path}, {"reason", auth.reason_code}, {"detail", auth.log_reason}});
  auto res = operation_outcome(401, error_id::kUnauthorized, "unauthorized");
  res.headers.emplace_back("WWW-Authenticate", "Bearer");
  add_cors(req.header("origin"), res);
  return res;
}

bool Router::served_inline(const HttpRequest& head) const {
  if (head.method == "OPTIONS") return true;
  const std::string path = path_of(head.target);
  return is_read(head) && (path == "/healthz" || path == "/readyz" || path == "/metrics");
}

// Neither a token to verify nor an answer to route (a bodiless POST's 404,
// 405 or 415 may read the stores): a few compares, fit for the I/O thread.
bool Router::admits_inline(const HttpRequest& head) const {
  const std::string path = path_of(head.target);
  if (deps_.authenticator && needs_token(head, path)) return false;
  return head.method != "POST" ||
         (posts_to_service(path) && is_json_media_type(head.header("content-type")));
}

std::optional<HttpResponse> Router::admit(HttpRequest& head) const {
  const std::string path = path_of(head.target);
  auto auth = std::make_shared<AuthDecision>();
  auth->ok = true;
  if (deps_.authenticator && needs_token(head, path)) {
    *auth = (*deps_.authenticator)(head, audience(head, path));
    if (!auth->ok) {
      if (deps_.metrics) ++deps_.metrics->requests_total;
      return unauthorized(head, path, *auth);
    }
  }
  head.auth = auth;
  // Only a service or its feedback takes a body, and only as JSON; any other
  // POST is answered (404, 405, 415) from its headers, without reading what
  // it sends.
  if (head.method == "POST" &&
      (!posts_to_service(path) || !is_json_media_type(head.header("content-type")))) {
    if (deps_.metrics) ++deps_.metrics->requests_total;
    auto res = route(head, path, *auth);
    add_cors(head.header("origin"), res);
    return res;
  }
  return std::nullopt;
}

HttpResponse Router::handle(const HttpRequest& req) const {
  if (deps_.metrics) ++deps_.metrics->requests_total;
  const std::string path = path_of(req.target);
  AuthDecision auth;
  auth.ok = true;
  HttpResponse res;
  if (req.auth) {
    auth = *req.auth;
  } else if (deps_.authenticator && needs_token(req, path)) {
    auth = (*deps_.authenticator)(req, audience(req, path));
    if (!auth.ok) return unauthorized(req, path, auth);
  }
  try {
    res = route(req, path, auth);
  } catch (const std::exception& e) {
    log(LogLevel::error, "request.failed", {{"path", path}, {"error", e.what()}});
    res = operation_outcome(500, error_id::kInternal, "The service failed to handle the request");
  }
  add_cors(req.header("origin"), res);
  return res;
}

HttpResponse Router::route(const HttpRequest& req, const std::string& path,
                           const AuthDecision& auth) const {
  if (req.method == "OPTIONS") {
    HttpResponse r;
    r.status = 204;
    r.content_type.clear();
    return r;
  }
  if (path == "/cds-services" || path == "/cds-services/") {
    if (!is_read(req)) return method_not_allowed("GET, OPTIONS");
    return json_response(200, discovery_json());
  }
  if (path.rfind(kServicesPrefix, 0) == 0) {
    std::string rest = path.substr(kServicesPrefix.size());
    bool is_feedback = false;
    if (const auto slash = rest.find('/'); slash != std::string::npos) {
      if (rest.substr(slash) != "/feedback") {
        return operation_outcome(404, error_id::kNotFound, "No such endpoint");
      }
      is_feedback = true;
      rest = rest.substr(0, slash);
    }
    if (!find_service(rest)) {
      return operation_outcome(404, error_id::kUnknownService,
                               "No CDS service with id '" + rest + "'");
    }
    if (req.method != "POST") return method_not_allowed("POST, OPTIONS");
    if (!is_json_media_type(req.header("content-type"))) {
      return operation_outcome(415, error_id::kUnsupportedMediaType,
                               "The request body must be application/json or "
                               "application/fhir+json");
    }
    return is_feedback ? feedback(req, rest) : hook(req, rest, auth);
  }
  if (path == "/healthz") {
    if (!is_read(req)) return method_not_allowed("GET, OPTIONS");
    return json_response(200, R"({"status":"ok"})");
  }
  if (path == "/readyz") {
    if (!is_read(req)) return method_not_allowed("GET, OPTIONS");
    const auto snapshot = deps_.policies ? deps_.policies->current() : nullptr;
    const bool ready = snapshot && deps_.store && deps_.store->ready();
    if (!ready) return operation_outcome(503, error_id::kNotReady, "The service is not ready");
    return json_response(200, snapshot->readiness_json);
  }
  if (path == "/metrics") {
    if (!is_read(req)) return method_not_allowed("GET, OPTIONS");
    HttpResponse r;
    r.content_type = "text/plain; version=0.0.4";
    r.body = deps_.metrics ? deps_.metrics->render() : std::string();
    if (deps_.policies) r.body += deps_.policies->current()->metrics_text;
    if (deps_.labeled != nullptr) {
      if (deps_.reviews != nullptr) deps_.labeled->dropped("reviews", deps_.reviews->dropped());
      if (deps_.ledger != nullptr) deps_.labeled->dropped("ledger", deps_.ledger->dropped());
      r.body += deps_.labeled->render();
    }
    return r;
  }
  if (path == "/" || path == "/index.html") {
    if (!is_read(req)) return method_not_allowed("GET, OPTIONS");
    const auto page = embedded_file("web/index.html");
    if (!page) return operation_outcome(404, error_id::kNotFound, "No page in this build");
    HttpResponse r;
    r.content_type = "text/html; charset=utf-8";
    r.body = std::string(*page);
    return r;
  }
  if (path.rfind("/reviews/", 0) == 0) return review(req, path);
  if (path.rfind("/vendor/", 0) == 0 || path.rfind("/samples/", 0) == 0) {
    if (!is_read(req)) return method_not_allowed("GET, OPTIONS");
    if (auto asset = web_asset(path)) return *asset;
  }
  if (path == "/analytics" || path == "/analytics.json") {
    return analytics(req, path == "/analytics.json");
  }
  return operation_outcome(404, error_id::kNotFound, "No such endpoint");
}

// Analytics need one of admin.tokens (the hook's JWTs do not open them);
// with --no-auth they are open like everything else.
HttpResponse Router::analytics(const HttpRequest& req, bool json) const {
  if (!is_read(req)) return method_not_allowed("GET, OPTIONS");
  if (deps_.authenticator) {
    const std::string_view h = req.header("authorization");
    const std::string_view token = h.starts_with("Bearer ") ? h.substr(7) : std::string_view();
    bool ok = false;
    for (const auto& t : deps_.config->admin_tokens) {
      ok |= !token.empty() && t.size() == token.size() &&
            CRYPTO_memcmp(t.data(), token.data(), t.size()) == 0;
    }
    if (!ok) {
      auto r = operation_outcome(401, error_id::kUnauthorized, "unauthorized");
      r.headers.emplace_back("WWW-Authenticate", "Bearer");
      return r;
    }
  }
  if (deps_.ledger == nullptr || deps_.store == nullptr) {
    return operation_outcome(503, error_id::kNotReady, "The ledger is not open");
  }
  deps_.ledger->flush();  // what this replica issued so far is counted
  const auto a = compute_analytics(
      deps_.ledger->read(""), deps_.store->read(""),
      deps_.latency ? deps_.latency->snapshot() : std::map<std::string, std::vector<double>>());
  HttpResponse r;
  r.headers.emplace_back("Content-Security-Policy",
                         "default-src 'none'; base-uri 'none'; frame-ancestors 'none'");
  if (json) {
    r.body = analytics_json(a);
  } else {
    r.content_type = "text/html; charset=utf-8";
    r.body = analytics_html(a);
  }
  return r;
}

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

// Missing, tampered, expired and disabled all answer the same 404.
HttpResponse Router::review(const HttpRequest& req, const std::string& path) const {
  if (!is_read(req)) return method_not_allowed("GET, OPTIONS");
  HttpResponse r;
  // Cache-Control: no-store and nosniff come with every response (http_server).
  r.headers.emplace_back("Referrer-Policy", "no-referrer");
  r.headers.emplace_back("Content-Security-Policy", review_csp());
  r.content_type = "text/html; charset=utf-8";
  const auto q = req.target.find('?');
  const std::string_view query =
      q == std::string::npos ? std::string_view() : std::string_view(req.target).substr(q + 1);
  const auto page = deps_.reviews != nullptr
                        ? deps_.reviews->page(std::string_view(path).substr(9), query)
                        : std::nullopt;
  if (!page) {
    r.status = 404;
    r.body = "<!doctype html><title>Not found</title><p>Not found.</p>";
    return r;
  }
  r.body = *page;
  return r;
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
  return json_response(200, "{}");
}

}  // namespace spinecds::service
