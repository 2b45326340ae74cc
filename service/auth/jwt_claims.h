#pragma once
// The claims of a CDS Hooks client token (CDS Hooks 2.0 "Trusting CDS
// Clients": iss, aud, exp, iat, jti required; tenant optional) and the
// checks on them that do not need a key: audience, time window, lifetime.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/document.h>

#include "service/auth/refusal.h"
#include "service/auth/result.h"

namespace spinecds::service::auth {

struct TokenClaims {
  std::string iss;
  std::vector<std::string> aud;  // a string `aud` becomes one element
  int64_t exp = 0;
  int64_t iat = 0;
  std::optional<int64_t> nbf;
  std::string jti;
  std::optional<std::string> tenant;
};

// Longest `jti` accepted: it is opaque, but an unbounded one is only a way to
// make us hash megabytes.
inline constexpr std::size_t kMaxJtiBytes = 256;

// Reads and type-checks the claims; fails naming the claim.
Result<TokenClaims> read_claims(const rapidjson::Value& claims);

struct ClaimRules {
  std::string_view audience;                          // the URL of the endpoint called
  int64_t now = 0;                                    // seconds since the epoch
  int64_t leeway = 60;                                // clock skew tolerated, seconds
  int64_t max_lifetime = 900;                         // exp − iat may not exceed this
  const std::vector<std::string>* tenants = nullptr;  // nullptr: any tenant
};

// nullopt when the claims pass, else why not. The leeway covers clock skew
// between the EHR and us on exp, iat and nbf; exp − iat is measured on the
// EHR's clock alone, so the lifetime cap gets none.
std::optional<Denial> claims_problem(const TokenClaims& claims, const ClaimRules& rules);

// A claim value shortened and stripped to printable ASCII, safe to put in a
// log line (it came from an unauthenticated caller).
std::string loggable(std::string_view untrusted);

}  // namespace spinecds::service::auth
