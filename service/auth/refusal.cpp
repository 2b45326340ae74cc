#include "service/auth/refusal.h"

namespace spinecds::service::auth {

std::string_view refusal_code(Refusal r) {
  switch (r) {
    case Refusal::no_token:
      return "no-bearer-token";
    case Refusal::malformed_token:
      return "malformed-token";
    case Refusal::alg_not_accepted:
      return "alg-not-accepted";
    case Refusal::bad_header:
      return "bad-header";
    case Refusal::bad_claims:
      return "bad-claims";
    case Refusal::untrusted_issuer:
      return "untrusted-issuer";
    case Refusal::wrong_audience:
      return "wrong-audience";
    case Refusal::expired:
      return "token-expired";
    case Refusal::not_yet_valid:
      return "token-not-yet-valid";
    case Refusal::lifetime_too_long:
      return "lifetime-too-long";
    case Refusal::tenant_not_allowed:
      return "tenant-not-allowed";
    case Refusal::jku_not_allowed:
      return "jku-not-allowed";
    case Refusal::unknown_key:
      return "unknown-key";
    case Refusal::bad_signature:
      return "bad-signature";
    case Refusal::replayed:
      return "jti-replayed";
    case Refusal::replay_cache_full:
      return "jti-cache-full";
    case Refusal::internal_error:
      return "internal-error";
  }
  return "internal-error";
}

}  // namespace spinecds::service::auth
