#pragma once
// The CDS Hooks client-token check the router calls on every protected
// request (service/authenticator.h): `Authorization: Bearer <JWT>`, signed by
// a trusted issuer's key, for this endpoint, fresh, and never seen before.
// Failures carry a reason code (refusal.h) and a log sentence, neither of
// which contains the token.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include <rapidjson/document.h>

#include "service/auth/jwks_cache.h"
#include "service/authenticator.h"

namespace spinecds::service::auth {

struct AuthOptions {
  int64_t leeway_seconds = 60;  // clock skew tolerated on exp, iat, nbf
  // The replay cache remembers every accepted `jti` until its token expires
  // (at most the issuer's maxTokenLifetimeSeconds + leeway), and refuses new
  // tokens when full. It is sized for this many accepted tokens a second,
  // sustained: rate × (longest issuer lifetime + leeway) places, about
  // 96,000 (some 20 MB) with the 900 s default.
  std::size_t jti_rate_per_second = 100;
  std::size_t jti_cache_capacity = 0;  // > 0: use exactly this many places instead
  std::function<int64_t()> clock;      // seconds since the epoch; empty = system clock
  JwksFetch fetch;                     // empty = HTTPS GET (jwks_fetcher.h)
};

struct AuthSetup {
  std::optional<Authenticator> authenticator;
  std::string error;  // names the field when the configuration is wrong
};

// Validates `auth_section` (DESIGN.md §7 `auth`) and builds the
// authenticator. Never throws.
AuthSetup make_jwt_authenticator(const rapidjson::Value& auth_section, const AuthOptions& options);

}  // namespace spinecds::service::auth
