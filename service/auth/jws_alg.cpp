#include "service/auth/jws_alg.h"

#include <array>
#include <utility>

namespace spinecds::service::auth {
namespace {

constexpr std::array<std::pair<std::string_view, JwsAlg>, 9> kAlgs{{
    {"ES256", JwsAlg::ES256},
    {"ES384", JwsAlg::ES384},
    {"ES512", JwsAlg::ES512},
    {"RS256", JwsAlg::RS256},
    {"RS384", JwsAlg::RS384},
    {"RS512", JwsAlg::RS512},
    {"PS256", JwsAlg::PS256},
    {"PS384", JwsAlg::PS384},
    {"PS512", JwsAlg::PS512},
}};

}  // namespace

std::optional<JwsAlg> parse_jws_alg(std::string_view name) {
  // Exact, case-sensitive match (RFC 7515 §4.1.1): "none", "HS256", "es384"
  // and the like all fall through to nullopt.
  for (const auto& [n, a] : kAlgs) {
    if (n == name) return a;
  }
  return std::nullopt;
}

std::string_view jws_alg_name(JwsAlg alg) {
  for (const auto& [n, a] : kAlgs) {
    if (a == alg) return n;
  }
  return {};
}

bool is_ecdsa(JwsAlg alg) {
  return alg == JwsAlg::ES256 || alg == JwsAlg::ES384 || alg == JwsAlg::ES512;
}

std::string_view ecdsa_curve(JwsAlg alg) {
  switch (alg) {
    case JwsAlg::ES256:
      return "P-256";
    case JwsAlg::ES384:
      return "P-384";
    case JwsAlg::ES512:
      return "P-521";
    default:
      return {};
  }
}

const char* digest_name(JwsAlg alg) {
  switch (alg) {
    case JwsAlg::ES256:
    case JwsAlg::RS256:
    case JwsAlg::PS256:
      return "SHA256";
    case JwsAlg::ES384:
    case JwsAlg::RS384:
    case JwsAlg::PS384:
      return "SHA384";
    case JwsAlg::ES512:
    case JwsAlg::RS512:
    case JwsAlg::PS512:
      return "SHA512";
  }
  return "SHA512";
}

}  // namespace spinecds::service::auth
