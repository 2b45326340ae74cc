#include "service/router.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include <openssl/crypto.h>

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

}  // namespace spinecds::service
