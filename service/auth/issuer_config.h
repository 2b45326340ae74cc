#pragma once
// The `auth` section of the configuration file (DESIGN.md §7), validated:
//   {"trustedIssuers": [{"iss": "...", "jwksUrl": "https://...",
//     "jwks": {"keys": [...]}, "jkuAllowlist": ["https://..."],
//     "tenants": ["..."], "fhirServers": ["https://..."],
//     "maxTokenLifetimeSeconds": 900}]}
// Unknown members are errors: in a security setting a typo ("jwksURL") that
// silently drops a key source or a restriction is worse than a refusal to
// start. Errors name the field: `auth.trustedIssuers[0].jwks.keys[1].x: ...`.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "service/auth/jwks_cache.h"
#include "service/auth/result.h"

namespace spinecds::service::auth {

// Longest exp − iat accepted by default: the lifetime of Epic's documented
// example CDS Hooks token (CDS Hooks itself sets no cap).
inline constexpr int64_t kDefaultMaxTokenLifetimeSeconds = 900;
// The most an issuer may configure: every jti is remembered that long.
inline constexpr int64_t kMaxConfigurableTokenLifetimeSeconds = 3600;

struct TrustedIssuer {
  std::string iss;
  int64_t max_token_lifetime_seconds = kDefaultMaxTokenLifetimeSeconds;
  IssuerKeys keys;
  std::optional<std::vector<std::string>> tenants;  // nullopt: any (or no) tenant
  std::vector<std::string> fhir_servers;
};

Result<std::vector<TrustedIssuer>> parse_auth_section(const rapidjson::Value& auth_section);

}  // namespace spinecds::service::auth
