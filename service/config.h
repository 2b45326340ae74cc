#pragma once
// Configuration (DESIGN.md §7): one JSON file, every key defaulted, and
// SPINECDS_<SECTION>_<KEY> environment variables overriding it.
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace spinecds::service {

// The policy id `policy` names and the lumbar fusion services assess with.
// When the registry of procedure families lands (DESIGN.md §9), each
// service names its family's policy id instead.
inline constexpr std::string_view kLumbarPolicyId = "lumbar-fusion";

struct Config {
  // listen
  std::string bind = "127.0.0.1";
  int port = 8080;
  std::string public_url;  // "" → scheme + Host of each request
  std::vector<std::string> cors_origins = {"*"};
  std::string tls_cert;  // PEM paths; both set → HTTPS
  std::string tls_key;
  std::string tls_min_version = "1.2";  // listen.tls.minVersion: "1.2" or "1.3"
  std::string tls_ciphers;  // listen.tls.ciphers: "" → service/tls_context.h's default
  int threads = 2;
  int header_timeout_ms = 10000;
  int idle_timeout_ms = 30000;
  // auth: the section as JSON text, for the JWT module ("" when absent)
  std::string auth_json;
  bool has_trusted_issuers = false;
  // fhir
  std::vector<std::string> fhir_allowed_servers;
  int fhir_deadline_ms = 3000;
  int fhir_max_pages = 10;
  int fhir_max_resources = 5000;
  // store, policy, payers, crd
  std::string store = "sqlite:spinecds.db";
  std::string
      policy_path;  // "" → the policy compiled into the binary; = policy_paths["lumbar-fusion"]
  // policies: procedure family policy id → file (DESIGN.md §7); a family not
  // named uses the policy the binary ships. `policy` is the lumbar entry.
  std::map<std::string, std::string> policy_paths;
  std::string value_sets_dir;  // valueSets: a folder of ValueSet JSON files; "" → the shipped ones
  std::map<std::string, std::string> payers;
  bool crd_coverage_information = true;
  // reviews (DESIGN.md §6): the signed, expiring page behind a card's link.
  // The secret is shared by replicas; "" → a random one per process.
  bool reviews_enabled = true;
  int reviews_ttl_hours = 24;
  std::string reviews_secret;
  // admin: bearer tokens for /analytics (DESIGN.md §7)
  std::vector<std::string> admin_tokens;
  // limits, log
  std::size_t body_bytes = 5u * 1024u * 1024u;
  std::size_t header_bytes = 16u * 1024u;
  int max_connections = 1024;  // limits.maxConnections
  // limits.maxInflightBodyBytes: request bodies held at once, from headers
  // to answer. A hook call's working set is up to ~30 times its body (a 5 MiB
  // text peaked at 150 MB), so the default lets one body of the 5 MiB limit
  // be worked on at a time, next to hundreds of ordinary (14-200 KB) calls.
  std::size_t max_inflight_body_bytes = 8u * 1024u * 1024u;
  int call_deadline_ms = 10000;  // limits.callDeadlineMs: from request headers to answer
  int worker_threads = 0;        // limits.workerThreads: hook work; 0 → four per core
  int queue_limit = 64;          // limits.queueLimit: hook calls waiting for a worker
  int body_timeout_ms = 30000;   // limits.bodyTimeoutMs (headerTimeoutMs, idleTimeoutMs above)
  int shutdown_grace_seconds = 10;
  std::string log_level = "info";
};

struct ConfigLoad {
  std::optional<Config> config;
  std::string error;  // names the key ("fhir.deadlineMs must be a positive integer")
};

// file_text: the config file's contents, or nullopt for none. env: the
// process environment (only SPINECDS_* entries matter).
ConfigLoad load_config(const std::optional<std::string>& file_text,
                       const std::map<std::string, std::string>& env);

std::map<std::string, std::string> process_environment();

}  // namespace spinecds::service
