#pragma once
// Why a client token was refused, as a stable code for the log line
// ("reason":"token-expired"), so an integrator can grep for it and fix the
// EHR's side. The caller only ever sees 401 "unauthorized"; the code and the
// detail sentence go to the log and never quote the token.
#include <string>
#include <string_view>

namespace spinecds::service::auth {

enum class Refusal {
  no_token,            // Authorization missing, doubled, not Bearer, empty or too long
  malformed_token,     // not three base64url segments of JSON objects
  alg_not_accepted,    // alg missing, "none", HMAC or unknown
  bad_header,          // typ not JWT, kid missing, crit present, jku not a string
  bad_claims,          // a required claim missing or of the wrong type
  untrusted_issuer,    // iss not in auth.trustedIssuers
  wrong_audience,      // aud is not the URL called
  expired,             // exp + leeway has passed
  not_yet_valid,       // iat or nbf beyond now + leeway
  lifetime_too_long,   // exp - iat beyond the issuer's maxTokenLifetimeSeconds, or exp <= iat
  tenant_not_allowed,  // tenant missing or not on the issuer's list
  jku_not_allowed,     // jku not exactly on the issuer's jkuAllowlist (nothing fetched)
  unknown_key,         // no key with this kid (after at most one refresh)
  bad_signature,       // the key does not fit the alg, or the signature does not verify
  replayed,            // jti seen before within its lifetime
  replay_cache_full,   // too many live tokens; new ones wait until entries expire
  internal_error,      // the check itself failed; refused to fail closed
};

// "token-expired", "jku-not-allowed", ...
std::string_view refusal_code(Refusal r);

// A refusal with the sentence that explains it (claim values made loggable).
struct Denial {
  Refusal code;
  std::string detail;
};

}  // namespace spinecds::service::auth
