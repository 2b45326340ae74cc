#include "service/config.h"

#include <cstdlib>
#include <functional>
#include <string_view>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "fhir/json_parse.h"
#include "service/tls_context.h"

extern char** environ;

namespace spinecds::service {

namespace {

using Setter = std::function<std::string(Config&, const rapidjson::Value&)>;
using EnvSetter = std::function<std::string(Config&, const std::string&)>;

std::string want_string(std::string& out, const rapidjson::Value& v, const std::string& name) {
  if (!v.IsString()) return name + " must be a string";
  out = v.GetString();
  return {};
}

std::string want_int(int& out, const rapidjson::Value& v, const std::string& name, int lo, int hi) {
  if (!v.IsInt() || v.GetInt() < lo || v.GetInt() > hi) {
    return name + " must be an integer from " + std::to_string(lo) + " to " + std::to_string(hi);
  }
  out = v.GetInt();
  return {};
}

std::string want_strings(std::vector<std::string>& out, const rapidjson::Value& v,
                         const std::string& name) {
  if (!v.IsArray()) return name + " must be an array of strings";
  std::vector<std::string> items;
  for (const auto& s : v.GetArray()) {
    if (!s.IsString()) return name + " must be an array of strings";
    items.emplace_back(s.GetString());
  }
  out = std::move(items);
  return {};
}

std::string parse_int_text(int& out, const std::string& text, const std::string& name, int lo,
                           int hi) {
  char* end = nullptr;
  const long v = std::strtol(text.c_str(), &end, 10);
  if (text.empty() || *end != '\0' || v < lo || v > hi) {
    return name + " must be an integer from " + std::to_string(lo) + " to " + std::to_string(hi);
  }
  out = static_cast<int>(v);
  return {};
}

std::vector<std::string> split_list(const std::string& text) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : text + ",") {
    if (c == ',') {
      const auto b = cur.find_first_not_of(" \t");
      const auto e = cur.find_last_not_of(" \t");
      if (b != std::string::npos) out.push_back(cur.substr(b, e - b + 1));
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  return out;
}

// A policy id as the policy files spell theirs ("lumbar-fusion").
bool is_policy_id(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  for (char ch : id) {
    if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-')) return false;
  }
  return true;
}

std::string want_policy_map(std::map<std::string, std::string>& out, const rapidjson::Value& v) {
  if (!v.IsObject()) return "policies must be an object of policy id → file";
  std::map<std::string, std::string> paths;
  for (const auto& m : v.GetObject()) {
    const std::string id(m.name.GetString(), m.name.GetStringLength());
    if (!is_policy_id(id)) return "policies." + id + ": not a policy id (a-z, 0-9 and -)";
    if (!m.value.IsString() || m.value.GetStringLength() == 0) {
      return "policies." + id + " must be a file path";
    }
    paths[id] = m.value.GetString();
  }
  out = std::move(paths);
  return {};
}

// SPINECDS_POLICIES="lumbar-fusion=/p/lumbar.json,cervical-fusion=/p/cervical.json"
std::string parse_policy_list(std::map<std::string, std::string>& out, const std::string& text) {
  std::map<std::string, std::string> paths;
  for (const auto& item : split_list(text)) {
    const auto eq = item.find('=');
    const std::string id = item.substr(0, eq);
    if (eq == std::string::npos || eq + 1 == item.size() || !is_policy_id(id)) {
      return "SPINECDS_POLICIES must be a comma-separated list of id=file";
    }
    paths[id] = item.substr(eq + 1);
  }
  out = std::move(paths);
  return {};
}

struct Key {
  const char* section;  // "" for top-level keys
  const char* key;
  const char* env;
  Setter from_json;
  EnvSetter from_env;
};

std::string key_name(const char* section, const char* key) {
  return std::string_view(section).empty() ? std::string(key) : std::string(section) + "." + key;
}

// An integer key from lo to hi, in the file and in its environment variable.
template <typename T>
Key int_key(const char* section, const char* key, const char* env, T Config::*field, int lo,
            int hi) {
  return {section, key, env,
          [=](Config& c, const rapidjson::Value& v) {
            int n = 0;
            auto e = want_int(n, v, key_name(section, key), lo, hi);
            if (e.empty()) c.*field = static_cast<T>(n);
            return e;
          },
          [=](Config& c, const std::string& s) {
            int n = 0;
            auto e = parse_int_text(n, s, env, lo, hi);
            if (e.empty()) c.*field = static_cast<T>(n);
            return e;
          }};
}

std::string normalise_base(std::string s) {
  while (!s.empty() && s.back() == '/') s.pop_back();
  return s;
}

const std::vector<Key>& keys() {
  static const std::vector<Key> k = {
      {"listen", "bind", "SPINECDS_LISTEN_BIND",
       [](Config& c, const rapidjson::Value& v) { return want_string(c.bind, v, "listen.bind"); },
       [](Config& c, const std::string& s) {
         c.bind = s;
         return std::string();
       }},
      {"listen", "port", "SPINECDS_LISTEN_PORT",
       [](Config& c, const rapidjson::Value& v) {
         return want_int(c.port, v, "listen.port", 0, 65535);
       },
       [](Config& c, const std::string& s) {
         return parse_int_text(c.port, s, "SPINECDS_LISTEN_PORT", 0, 65535);
       }},
      {"listen", "publicUrl", "SPINECDS_LISTEN_PUBLIC_URL",
       [](Config& c, const rapidjson::Value& v) {
         auto e = want_string(c.public_url, v, "listen.publicUrl");
         c.public_url = normalise_base(c.public_url);
         return e;
       },
       [](Config& c, const std::string& s) {
         c.public_url = normalise_base(s);
         return std::string();
       }},
      {"listen", "corsOrigins", "SPINECDS_LISTEN_CORS_ORIGINS",
       [](Config& c, const rapidjson::Value& v) {
         return want_strings(c.cors_origins, v, "listen.corsOrigins");
       },
       [](Config& c, const std::string& s) {
         c.cors_origins = split_list(s);
         return std::string();
       }},
      {"listen", "threads", "SPINECDS_LISTEN_THREADS",
       [](Config& c, const rapidjson::Value& v) {
         return want_int(c.threads, v, "listen.threads", 1, 64);
       },
       [](Config& c, const std::string& s) {
         return parse_int_text(c.threads, s, "SPINECDS_LISTEN_THREADS", 1, 64);
       }},
      {"fhir", "allowedServers", "SPINECDS_FHIR_ALLOWED_SERVERS",
       [](Config& c, const rapidjson::Value& v) {
         auto e = want_strings(c.fhir_allowed_servers, v, "fhir.allowedServers");
         for (auto& s : c.fhir_allowed_servers) s = normalise_base(s);
         return e;
       },
       [](Config& c, const std::string& s) {
         c.fhir_allowed_servers = split_list(s);
         for (auto& x : c.fhir_allowed_servers) x = normalise_base(x);
         return std::string();
       }},
      {"fhir", "deadlineMs", "SPINECDS_FHIR_DEADLINE_MS",
       [](Config& c, const rapidjson::Value& v) {
         return want_int(c.fhir_deadline_ms, v, "fhir.deadlineMs", 1, 60000);
       },
       [](Config& c, const std::string& s) {
         return parse_int_text(c.fhir_deadline_ms, s, "SPINECDS_FHIR_DEADLINE_MS", 1, 60000);
       }},
      {"fhir", "maxPages", "SPINECDS_FHIR_MAX_PAGES",
       [](Config& c, const rapidjson::Value& v) {
         return want_int(c.fhir_max_pages, v, "fhir.maxPages", 1, 1000);
       },
       [](Config& c, const std::string& s) {
         return parse_int_text(c.fhir_max_pages, s, "SPINECDS_FHIR_MAX_PAGES", 1, 1000);
       }},
      {"fhir", "maxResources", "SPINECDS_FHIR_MAX_RESOURCES",
       [](Config& c, const rapidjson::Value& v) {
         return want_int(c.fhir_max_resources, v, "fhir.maxResources", 1, 1000000);
       },
       [](Config& c, const std::string& s) {
         return parse_int_text(c.fhir_max_resources, s, "SPINECDS_FHIR_MAX_RESOURCES", 1, 1000000);
       }},
      {"", "store", "SPINECDS_STORE",
       [](Config& c, const rapidjson::Value& v) { return want_string(c.store, v, "store"); },
       [](Config& c, const std::string& s) {
         c.store = s;
         return std::string();
       }},
      {"", "policy", "SPINECDS_POLICY",
       [](Config& c, const rapidjson::Value& v) { return want_string(c.policy_path, v, "policy"); },
       [](Config& c, const std::string& s) {
         c.policy_path = s;
         return std::string();
       }},
      {"", "policies", "SPINECDS_POLICIES",
       [](Config& c, const rapidjson::Value& v) { return want_policy_map(c.policy_paths, v); },
       [](Config& c, const std::string& s) { return parse_policy_list(c.policy_paths, s); }},
      {"", "valueSets", "SPINECDS_VALUE_SETS",
       [](Config& c, const rapidjson::Value& v) {
         return want_string(c.value_sets_dir, v, "valueSets");
       },
       [](Config& c, const std::string& s) {
         c.value_sets_dir = s;
         return std::string();
       }},
      {"crd", "coverageInformation", "SPINECDS_CRD_COVERAGE_INFORMATION",
       [](Config& c, const rapidjson::Value& v) {
         if (!v.IsBool()) return std::string("crd.coverageInformation must be true or false");
         c.crd_coverage_information = v.GetBool();
         return std::string();
       },
       [](Config& c, const std::string& s) {
         if (s != "true" && s != "false") {
           return std::string("SPINECDS_CRD_COVERAGE_INFORMATION must be true or false");
         }
         c.crd_coverage_information = s == "true";
         return std::string();
       }},
      {"limits", "bodyBytes", "SPINECDS_LIMITS_BODY_BYTES",
       [](Config& c, const rapidjson::Value& v) {
         if (!v.IsUint64() || v.GetUint64() < 1024 || v.GetUint64() > (1ull << 30)) {
           return std::string("limits.bodyBytes must be an integer from 1024 to 1073741824");
         }
         c.body_bytes = v.GetUint64();
         return std::string();
       },
       [](Config& c, const std::string& s) {
         int v = 0;
         auto e = parse_int_text(v, s, "SPINECDS_LIMITS_BODY_BYTES", 1024, 1 << 30);
         if (e.empty()) c.body_bytes = static_cast<std::size_t>(v);
         return e;
       }},
      int_key("limits", "maxConnections", "SPINECDS_LIMITS_MAX_CONNECTIONS",
              &Config::max_connections, 1, 1000000),
      int_key("limits", "maxInflightBodyBytes", "SPINECDS_LIMITS_MAX_INFLIGHT_BODY_BYTES",
              &Config::max_inflight_body_bytes, 1024, 1 << 30),
      // DESIGN.md §7's name for the same cap.
      int_key("limits", "inflightBodyBytes", "SPINECDS_LIMITS_INFLIGHT_BODY_BYTES",
              &Config::max_inflight_body_bytes, 1024, 1 << 30),
      int_key("limits", "callDeadlineMs", "SPINECDS_LIMITS_CALL_DEADLINE_MS",
              &Config::call_deadline_ms, 1, 600000),
      int_key("limits", "workerThreads", "SPINECDS_LIMITS_WORKER_THREADS", &Config::worker_threads,
              0, 1024),
      int_key("limits", "queueLimit", "SPINECDS_LIMITS_QUEUE_LIMIT", &Config::queue_limit, 1,
              100000),
      int_key("limits", "headerTimeoutMs", "SPINECDS_LIMITS_HEADER_TIMEOUT_MS",
              &Config::header_timeout_ms, 100, 600000),
      int_key("limits", "bodyTimeoutMs", "SPINECDS_LIMITS_BODY_TIMEOUT_MS",
              &Config::body_timeout_ms, 100, 600000),
      int_key("limits", "idleTimeoutMs", "SPINECDS_LIMITS_IDLE_TIMEOUT_MS",
              &Config::idle_timeout_ms, 100, 600000),
      int_key("", "shutdownGraceSeconds", "SPINECDS_SHUTDOWN_GRACE_SECONDS",
              &Config::shutdown_grace_seconds, 0, 3600),
      {"log", "level", "SPINECDS_LOG_LEVEL",
       [](Config& c, const rapidjson::Value& v) {
         auto e = want_string(c.log_level, v, "log.level");
         if (e.empty() && c.log_level != "debug" && c.log_level != "info" &&
             c.log_level != "warn" && c.log_level != "error") {
           return std::string("log.level must be debug, info, warn or error");
         }
         return e;
       },
       [](Config& c, const std::string& s) {
         if (s != "debug" && s != "info" && s != "warn" && s != "error") {
           return std::string("SPINECDS_LOG_LEVEL must be debug, info, warn or error");
         }
         c.log_level = s;
         return std::string();
       }},
      // reviews and admin (DESIGN.md §6, §7): the review page's key and
      // lifetime, and the bearer tokens that open /analytics.
      {"reviews", "enabled", "SPINECDS_REVIEWS_ENABLED",
       [](Config& c, const rapidjson::Value& v) {
         if (!v.IsBool()) return std::string("reviews.enabled must be true or false");
         c.reviews_enabled = v.GetBool();
         return std::string();
       },
       [](Config& c, const std::string& s) {
         if (s != "true" && s != "false") {
           return std::string("SPINECDS_REVIEWS_ENABLED must be true or false");
         }
         c.reviews_enabled = s == "true";
         return std::string();
       }},
      {"reviews", "ttlHours", "SPINECDS_REVIEWS_TTL_HOURS",
       [](Config& c, const rapidjson::Value& v) {
         return want_int(c.reviews_ttl_hours, v, "reviews.ttlHours", 1, 24 * 90);
       },
       [](Config& c, const std::string& s) {
         return parse_int_text(c.reviews_ttl_hours, s, "SPINECDS_REVIEWS_TTL_HOURS", 1, 24 * 90);
       }},
      {"reviews", "secret", "SPINECDS_REVIEWS_SECRET",
       [](Config& c, const rapidjson::Value& v) {
         return want_string(c.reviews_secret, v, "reviews.secret");
       },
       [](Config& c, const std::string& s) {
         c.reviews_secret = s;
         return std::string();
       }},
      {"reviews", "key", "SPINECDS_REVIEWS_KEY",
       [](Config& c, const rapidjson::Value& v) {
         return want_string(c.reviews_secret, v, "reviews.key");
       },
       [](Config& c, const std::string& s) {
         c.reviews_secret = s;
         return std::string();
       }},
      {"admin", "tokens", "SPINECDS_ADMIN_TOKENS",
       [](Config& c, const rapidjson::Value& v) {
         return want_strings(c.admin_tokens, v, "admin.tokens");
       },
       [](Config& c, const std::string& s) {
         c.admin_tokens = split_list(s);
         return std::string();
       }},
  };
  return k;
}

std::string to_json_text(const rapidjson::Value& v) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  v.Accept(w);
  return {buf.GetString(), buf.GetSize()};
}

std::string apply_file(Config& c, const std::string& text) {
  rapidjson::Document doc;
  const auto parsed = fhir::parse_json(text, doc);
  if (parsed.status != fhir::JsonParseStatus::ok)
    return "config is not valid JSON: " + parsed.error;
  if (!doc.IsObject()) return "config must be a JSON object";
  for (const auto& k : keys()) {
    const rapidjson::Value* v = nullptr;
    if (std::string_view(k.section).empty()) {
      if (doc.HasMember(k.key)) v = &doc[k.key];
    } else if (doc.HasMember(k.section)) {
      const auto& sec = doc[k.section];
      if (!sec.IsObject()) return std::string(k.section) + " must be an object";
      if (sec.HasMember(k.key)) v = &sec[k.key];
    }
    if (v) {
      if (auto e = k.from_json(c, *v); !e.empty()) return e;
    }
  }
  if (doc.HasMember("listen") && doc["listen"].HasMember("tls")) {
    const auto& tls = doc["listen"]["tls"];
    if (!tls.IsObject() || !tls.HasMember("cert") || !tls.HasMember("key") ||
        !tls["cert"].IsString() || !tls["key"].IsString()) {
      return "listen.tls must be an object with cert and key paths";
    }
    c.tls_cert = tls["cert"].GetString();
    c.tls_key = tls["key"].GetString();
    if (tls.HasMember("minVersion")) {
      if (auto e = want_string(c.tls_min_version, tls["minVersion"], "listen.tls.minVersion");
          !e.empty())
        return e;
    }
    if (tls.HasMember("ciphers")) {
      if (auto e = want_string(c.tls_ciphers, tls["ciphers"], "listen.tls.ciphers"); !e.empty())
        return e;
    }
  }
  if (doc.HasMember("auth")) {
    const auto& auth = doc["auth"];
    if (!auth.IsObject()) return "auth must be an object";
    c.auth_json = to_json_text(auth);
    c.has_trusted_issuers = auth.HasMember("trustedIssuers") && auth["trustedIssuers"].IsArray() &&
                            !auth["trustedIssuers"].Empty();
  }
  if (doc.HasMember("payers")) {
    const auto& p = doc["payers"];
    if (!p.IsObject()) return "payers must be an object of payer name → profile";
    for (auto it = p.MemberBegin(); it != p.MemberEnd(); ++it) {
      if (!it->value.IsString()) return "payers values must be profile names (strings)";
      c.payers[it->name.GetString()] = it->value.GetString();
    }
  }
  return {};
}

}  // namespace

ConfigLoad load_config(const std::optional<std::string>& file_text,
                       const std::map<std::string, std::string>& env) {
  Config c;
  if (file_text) {
    if (auto e = apply_file(c, *file_text); !e.empty()) return {std::nullopt, e};
  }
  for (const auto& k : keys()) {
    if (auto it = env.find(k.env); it != env.end()) {
      if (auto e = k.from_env(c, it->second); !e.empty()) return {std::nullopt, e};
    }
  }
  if (auto it = env.find("SPINECDS_LISTEN_TLS_CERT"); it != env.end()) c.tls_cert = it->second;
  if (auto it = env.find("SPINECDS_LISTEN_TLS_KEY"); it != env.end()) c.tls_key = it->second;
  if (auto it = env.find("SPINECDS_LISTEN_TLS_MIN_VERSION"); it != env.end())
    c.tls_min_version = it->second;
  if (auto it = env.find("SPINECDS_LISTEN_TLS_CIPHERS"); it != env.end())
    c.tls_ciphers = it->second;
  if (auto e = check_tls_min_version(c.tls_min_version); !e.empty()) return {std::nullopt, e};
  // `policy` is another name for the lumbar entry of `policies`.
  if (!c.policy_path.empty()) {
    auto [it, added] = c.policy_paths.emplace(kLumbarPolicyId, c.policy_path);
    if (!added && it->second != c.policy_path) {
      return {std::nullopt, "policy and policies.lumbar-fusion name different files"};
    }
  } else if (auto it = c.policy_paths.find(std::string(kLumbarPolicyId));
             it != c.policy_paths.end()) {
    c.policy_path = it->second;
  }
  if (c.tls_cert.empty() != c.tls_key.empty()) {
    return {std::nullopt, "listen.tls needs both cert and key"};
  }
  for (const auto& o : c.cors_origins) {
    if (o.empty()) return {std::nullopt, "listen.corsOrigins entries must not be empty"};
  }
  return {std::move(c), ""};
}

std::map<std::string, std::string> process_environment() {
  std::map<std::string, std::string> out;
  for (char** e = environ; e && *e; ++e) {
    std::string_view kv(*e);
    if (kv.rfind("SPINECDS_", 0) != 0) continue;
    const auto eq = kv.find('=');
    if (eq == std::string_view::npos) continue;
    out.emplace(std::string(kv.substr(0, eq)), std::string(kv.substr(eq + 1)));
  }
  return out;
}

}  // namespace spinecds::service
