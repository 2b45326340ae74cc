#pragma once
// Routes one HTTP request to its endpoint: a function of the request and the
// process's read-only state (plus the feedback store and counters), so tests
// can call it in process as well as over a socket.
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "service/authenticator.h"
#include "service/config.h"
#include "service/feedback_store.h"
#include "service/hook_pipeline.h"
#include "service/http_types.h"
#include "service/labeled_metrics.h"
#include "service/latency_window.h"
#include "service/ledger.h"
#include "service/metrics.h"
#include "service/policy_holder.h"
#include "service/reviews.h"
#include "service/schema_set.h"

namespace spinecds::service {

struct RouterDeps {
  const Config* config = nullptr;
  const SchemaSet* schemas = nullptr;
  const PolicyHolder* policies = nullptr;  // null → not ready; one snapshot per call
  FeedbackStore* store = nullptr;          // null → not ready
  Metrics* metrics = nullptr;
  Reviews* reviews = nullptr;  // null → reviews off: no links, /reviews/ answers 404
  // The issued-card ledger, recent latencies and labeled series behind
  // /analytics and /metrics (null → not kept).
  Ledger* ledger = nullptr;
  LatencyWindow* latency = nullptr;
  LabeledMetrics* labeled = nullptr;
  std::optional<Authenticator> authenticator;  // empty with --no-auth
  std::function<std::string()> today;          // "2026-11-26" (UTC)
  std::function<std::string()> now_utc;        // "2026-11-26T10:00:00Z"
};

class Router {
 public:
  explicit Router(RouterDeps deps);
  // Answers a request (verifying its token unless request.auth is set).
  HttpResponse handle(const HttpRequest& request) const;
  // Checks a request on its headers alone, before its body is read: the
  // token (stored in head.auth for handle) and a method or path that takes no
  // body. A response when refused, else nullopt. May block (a JWKS fetch).
  std::optional<HttpResponse> admit(HttpRequest& head) const;
  // Whether admit(head) neither verifies a token nor routes an answer, so it
  // neither blocks nor computes and may run on an I/O thread.
  bool admits_inline(const HttpRequest& head) const;
  // Cheap, bodiless requests the listener answers on its I/O threads, never
  // behind hook work: health, readiness, metrics, CORS preflight.
  bool served_inline(const HttpRequest& head) const;
  // CORS headers for a response to a request from `origin` ("" when unknown);
  // the HTTP layer uses it for the errors it answers itself (413, 431).
  void add_cors(std::string_view origin, HttpResponse& response) const;

 private:
  // `path` is the request target without query or fragment.
  HttpResponse route(const HttpRequest& request, const std::string& path,
                     const AuthDecision& auth) const;
  HttpResponse hook(const HttpRequest& request, const std::string& service_id,
                    const AuthDecision& auth) const;
  HttpResponse feedback(const HttpRequest& request, const std::string& service_id) const;
  HttpResponse unauthorized(const HttpRequest& request, const std::string& path,
                            const AuthDecision& auth) const;
  std::string audience(const HttpRequest& request, const std::string& path) const;
  HttpResponse review(const HttpRequest& request, const std::string& path) const;
  HttpResponse analytics(const HttpRequest& request, bool json) const;
  void record_issued(const std::string& service_id, const PipelineResult& result) const;

  RouterDeps deps_;
};

}  // namespace spinecds::service
