#pragma once
// The JWS algorithms SpineCDS trusts (CDS Hooks 2.0 "Trusting CDS Clients":
// ES384 and RS384 recommended; `none` and every HMAC algorithm forbidden,
// because with HMAC anyone holding the public key could mint tokens).
#include <optional>
#include <string_view>

namespace spinecds::service::auth {

enum class JwsAlg { ES256, ES384, ES512, RS256, RS384, RS512, PS256, PS384, PS512 };

// nullopt for `none`, HS*, and anything unknown.
std::optional<JwsAlg> parse_jws_alg(std::string_view name);
std::string_view jws_alg_name(JwsAlg alg);

bool is_ecdsa(JwsAlg alg);
// The curve an ECDSA algorithm is defined on ("P-256", "P-384", "P-521"), or "".
std::string_view ecdsa_curve(JwsAlg alg);
// The message digest name for OpenSSL ("SHA256", ...).
const char* digest_name(JwsAlg alg);

}  // namespace spinecds::service::auth
