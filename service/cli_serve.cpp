#include "service/cli_serve.h"

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <memory>
#include <string>

#include "fhir/gather.h"
#include "service/cli_common.h"
#include "service/clock.h"
#include "service/config.h"
#include "service/feedback_store.h"
#include "service/hook_pool.h"
#include "service/http_server.h"
#include "service/labeled_metrics.h"
#include "service/latency_window.h"
#include "service/ledger.h"
#include "service/ledger_store.h"
#include "service/log.h"
#include "service/policy_holder.h"
#include "service/policy_reloader.h"
#include "service/policy_source.h"
#include "service/review_store.h"
#include "service/reviews.h"
#include "service/router.h"
#include "service/schema_set.h"

namespace spinecds::service {

namespace {

constexpr const char* kUsage =
    "usage: spinecds serve [--config FILE] [--port N] [--bind ADDR] [--no-auth]\n"
    "\n"
    "Serves the CDS Hooks endpoints (DESIGN.md §3). Every config key has a default;\n"
    "SPINECDS_<SECTION>_<KEY> environment variables override the file.\n"
    "  --config FILE  JSON configuration (listen, auth, fhir, store, policies, payers, ...)\n"
    "  --port N       listen on port N (0: any free port; the chosen port is logged)\n"
    "  --bind ADDR    listen address (default 127.0.0.1)\n"
    "  --no-auth      accept calls without a JWT (demo and local trials only)\n"
    "\n"
    "SIGHUP reloads the policy files and value sets; a bad file keeps the ones in use.\n";

}  // namespace

std::optional<Authenticator> make_authenticator(const Config& config, std::string& error);

int run_serve_command(int argc, char** argv) {
  std::optional<std::string> config_path;
  std::optional<int> port;
  std::optional<std::string> bind;
  bool no_auth = false;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    // The argument after an option, or nullopt when the line ends.
    auto value = [&]() -> std::optional<std::string> {
      if (i + 1 >= argc) return std::nullopt;
      return std::string(argv[++i]);
    };
    if (a == "--help" || a == "-h") {
      std::fputs(kUsage, stdout);
      return 0;
    } else if (a == "--no-auth") {
      no_auth = true;
    } else if (a == "--config") {
      config_path = value();
      if (!config_path) return usage_error("serve", "--config needs a file");
    } else if (a == "--port") {
      const auto v = value();
      char* end = nullptr;
      const long p = v ? std::strtol(v->c_str(), &end, 10) : -1;
      if (!v || v->empty() || *end != '\0' || p < 0 || p > 65535) {
        return usage_error("serve", "--port needs a number from 0 to 65535");
      }
      port = static_cast<int>(p);
    } else if (a == "--bind") {
      bind = value();
      if (!bind) return usage_error("serve", "--bind needs an address");
    } else {
      return usage_error("serve", "unknown argument '" + a + "' (see --help)");
    }
  }

  std::optional<std::string> config_text;
  if (config_path) {
    std::string err;
    config_text = read_file(*config_path, err);
    if (!config_text) return usage_error("serve", err);
  }
  auto loaded = load_config(config_text, process_environment());
  if (!loaded.config) return usage_error("serve", "bad configuration: " + loaded.error);
  Config config = std::move(*loaded.config);
  if (port) config.port = *port;
  if (bind) config.bind = *bind;
  set_log_level(parse_log_level(config.log_level));

  std::optional<Authenticator> authenticator;
  if (no_auth) {
    log(LogLevel::warn, "auth.disabled",
        {{"message", "started with --no-auth: anyone who can reach this port can call it"}});
  } else if (!config.has_trusted_issuers) {
    return usage_error("serve",
                       "no trusted issuer is configured (auth.trustedIssuers); configure one, or "
                       "pass --no-auth to let anyone call the service");
  } else {
    std::string err;
    authenticator = make_authenticator(config, err);
    if (!authenticator) return usage_error("serve", "bad auth configuration: " + err);
  }

  const PolicySources policy_files = policy_sources(config);
  auto policies = load_policy_snapshot(policy_files);
  if (!policies.snapshot) return usage_error("serve", policies.error);
  PolicyHolder policy_holder(std::move(policies.snapshot));

  auto store = open_feedback_store(config.store);
  if (!store.store) return usage_error("serve", store.error);

  // Reviews (DESIGN.md §6) live in the same database as feedback.
  std::unique_ptr<Reviews> reviews;
  if (config.reviews_enabled) {
    auto review_store = open_review_store(config.store);
    if (!review_store.store) return usage_error("serve", review_store.error);
    if (config.reviews_secret.empty()) {
      log(LogLevel::warn, "reviews.random-key",
          {{"message",
            "no reviews.secret: review links end with this process and work on this "
            "replica only"}});
    }
    reviews = std::make_unique<Reviews>(
        config.reviews_secret, config.reviews_ttl_hours, std::move(review_store.store),
        [] { return static_cast<std::int64_t>(std::time(nullptr)); });
  }

  auto ledger_store = open_ledger_store(config.store);
  if (!ledger_store.store) return usage_error("serve", ledger_store.error);
  Ledger ledger(std::move(ledger_store.store));
  LatencyWindow latency;
  LabeledMetrics labeled;

  SchemaSet schemas;
  Metrics metrics;
  RouterDeps deps;
  deps.config = &config;
  deps.schemas = &schemas;
  deps.policies = &policy_holder;
  deps.store = store.store.get();
  deps.metrics = &metrics;
  deps.reviews = reviews.get();
  deps.ledger = &ledger;
  deps.latency = &latency;
  deps.labeled = &labeled;
  deps.authenticator = authenticator;
  deps.today = utc_date_today;
  deps.now_utc = utc_timestamp_now;
  Router router(std::move(deps));

  HttpServerOptions options;
  options.bind = config.bind;
  options.port = config.port;
  options.io_threads = config.threads;
  options.worker_threads =
      config.worker_threads > 0 ? config.worker_threads : static_cast<int>(default_hook_threads());
  options.queue_limit = config.queue_limit;
  options.body_limit = config.body_bytes;
  options.header_limit = config.header_bytes;
  options.max_connections = config.max_connections;
  options.max_inflight_body_bytes = config.max_inflight_body_bytes;
  options.header_timeout_ms = config.header_timeout_ms;
  options.body_timeout_ms = config.body_timeout_ms;
  options.idle_timeout_ms = config.idle_timeout_ms;
  options.call_deadline_ms = config.call_deadline_ms;
  options.shutdown_grace_seconds = config.shutdown_grace_seconds;
  options.tls_cert = config.tls_cert;
  options.tls_key = config.tls_key;
  options.tls_min_version = config.tls_min_version;
  options.tls_ciphers = config.tls_ciphers;
  options.decorate_error = [&router](std::string_view origin, HttpResponse& r) {
    router.add_cors(origin, r);
  };
  // SIGHUP: reload the policy files and value sets named at start (DESIGN.md
  // §7); a bad file keeps the ones in use. Declared before the server so it
  // outlives every signal the server delivers.
  PolicyReloader reloader(policy_holder, policy_files, &metrics);
  options.on_hangup = [&reloader] { reloader.request(); };
  HttpHandlers handlers;
  handlers.handle = [&router](const HttpRequest& r) { return router.handle(r); };
  handlers.admit = [&router](HttpRequest& head) { return router.admit(head); };
  handlers.admits_inline = [&router](const HttpRequest& head) {
    return router.admits_inline(head);
  };
  handlers.served_inline = [&router](const HttpRequest& head) {
    return router.served_inline(head);
  };
  HttpServer server(options, std::move(handlers));
  if (auto err = server.start(); !err.empty()) {
    log(LogLevel::error, "server.failed", {{"error", err}});
    std::fprintf(stderr, "spinecds serve: %s\n", err.c_str());
    return 1;
  }
  log(LogLevel::info, "server.listening",
      {{"bind", config.bind},
       {"port", std::to_string(server.port())},
       {"tls", config.tls_cert.empty() ? "off" : "on"},
       {"auth", no_auth ? "off" : "jwt"},
       {"policies", policy_holder.current()->describe()},
       {"valueSets", policy_holder.current()->value_sets_source}});
  if (!server.wait()) {
    // SIGTERM's grace period is over and a call is still computing: exit
    // without joining its thread (DESIGN.md §8: exit 0 all the same). Stored
    // feedback is already committed; nothing else is written at exit.
    log(LogLevel::warn, "server.stopped", {{"abandoned", "busy hook calls"}});
    std::fflush(nullptr);
    std::_Exit(0);
  }
  server.stop();
  // A fetch past its deadline may still be finishing on its own thread; let it
  // end before process teardown frees what it uses.
  fhir::wait_for_background_fetches(std::chrono::seconds(5));
  log(LogLevel::info, "server.stopped");
  return 0;
}

}  // namespace spinecds::service
