#pragma once
// JSON Web Keys (RFC 7517/7518) to OpenSSL public keys: EC on P-256, P-384,
// P-521 and RSA, built with the OpenSSL 3 OSSL_PARAM/EVP_PKEY_fromdata API.
// Only public verification keys are accepted; a JWK carrying private
// material (`d`) is refused, because publishing it is a leak worth stopping.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <openssl/evp.h>
#include <rapidjson/document.h>

#include "service/auth/jws_alg.h"
#include "service/auth/result.h"

namespace spinecds::service::auth {

struct PublicKey {
  enum class Type { ec, rsa };
  std::string kid;
  Type type = Type::ec;
  std::string curve;               // "P-384" for EC keys
  std::optional<JwsAlg> alg;       // the JWK's `alg`, when it names one
  std::shared_ptr<EVP_PKEY> pkey;  // shared read-only: safe across threads

  // Whether a token signed with `a` may be checked with this key: the family
  // and curve must match, and the JWK's own `alg` (if any) must equal `a`.
  bool accepts(JwsAlg a) const;
};

// One JWK object. Errors name the member (`x`, `kty`, ...).
Result<PublicKey> parse_jwk(const rapidjson::Value& jwk);

// A JWK Set `{"keys": [...]}`. `strict` (configuration) fails on the first
// unusable key, naming it `keys[i].member`; otherwise (a fetched set) keys
// that are not usable signature keys are skipped. A `kid` that appears
// twice is an error when strict and dropped otherwise: which key it means
// would be a guess.
Result<std::vector<PublicKey>> parse_jwks(const rapidjson::Value& jwks, bool strict);

}  // namespace spinecds::service::auth
