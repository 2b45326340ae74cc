#pragma once
// Checking a JWS signature with OpenSSL 3 EVP calls. ECDSA signatures come in
// the JOSE form, R‖S as fixed-width big-endian integers (RFC 7518 §3.4), and
// are converted to the DER that OpenSSL verifies; RSA uses PKCS#1 v1.5 (RS*)
// or PSS with MGF1 on the same hash and a salt as long as the hash (PS*).
#include <string_view>

#include "service/auth/jwk.h"
#include "service/auth/jws_alg.h"
#include "service/auth/result.h"

namespace spinecds::service::auth {

struct Verified {};

// ok when `signature` is a valid `alg` signature of `signing_input` by `key`;
// fails when the key does not fit the algorithm, the signature is malformed
// or wrong.
Result<Verified> verify_jws(JwsAlg alg, const PublicKey& key, std::string_view signing_input,
                            std::string_view signature);

}  // namespace spinecds::service::auth
