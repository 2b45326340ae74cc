#include "service/auth/jws_verify.h"

#include <memory>
#include <string>

#include <openssl/bn.h>
#include <openssl/ecdsa.h>
#include <openssl/err.h>
#include <openssl/rsa.h>

namespace spinecds::service::auth {
namespace {

struct MdCtxFree {
  void operator()(EVP_MD_CTX* p) const { EVP_MD_CTX_free(p); }
};
struct SigFree {
  void operator()(ECDSA_SIG* p) const { ECDSA_SIG_free(p); }
};

Result<Verified> fail(std::string why) {
  return Result<Verified>::fail(std::move(why));
}

// Failed OpenSSL calls leave entries on the thread's error queue; clear them
// on the way out so they are not blamed on a later, unrelated TLS call on
// the same thread.
struct ClearOpenSslErrors {
  ~ClearOpenSslErrors() { ERR_clear_error(); }
};

std::size_t coordinate_bytes(JwsAlg alg) {
  switch (alg) {
    case JwsAlg::ES256:
      return 32;
    case JwsAlg::ES384:
      return 48;
    default:
      return 66;
  }
}

// JOSE R‖S → DER ECDSA-Sig-Value. The fixed length is checked first: a DER
// signature passed where R‖S belongs is refused rather than guessed at.
std::optional<std::string> raw_to_der(JwsAlg alg, std::string_view raw) {
  const std::size_t half = coordinate_bytes(alg);
  if (raw.size() != 2 * half) return std::nullopt;
  const auto* bytes = reinterpret_cast<const unsigned char*>(raw.data());
  std::unique_ptr<ECDSA_SIG, SigFree> sig(ECDSA_SIG_new());
  BIGNUM* r = BN_bin2bn(bytes, static_cast<int>(half), nullptr);
  BIGNUM* s = BN_bin2bn(bytes + half, static_cast<int>(half), nullptr);
  if (!sig || !r || !s || ECDSA_SIG_set0(sig.get(), r, s) != 1) {
    BN_free(r);
    BN_free(s);
    return std::nullopt;
  }
  unsigned char* der = nullptr;
  const int len = i2d_ECDSA_SIG(sig.get(), &der);
  if (len <= 0) return std::nullopt;
  std::string out(reinterpret_cast<char*>(der), static_cast<std::size_t>(len));
  OPENSSL_free(der);
  return out;
}

}  // namespace

Result<Verified> verify_jws(JwsAlg alg, const PublicKey& key, std::string_view signing_input,
                            std::string_view signature) {
  ClearOpenSslErrors clear_errors;
  if (!key.pkey) return fail("key is empty");
  if (!key.accepts(alg)) return fail("key does not fit the token's alg");

  std::string der;
  std::string_view to_check = signature;
  if (is_ecdsa(alg)) {
    auto converted = raw_to_der(alg, signature);
    if (!converted) return fail("ECDSA signature is not R||S of the curve's length");
    der = std::move(*converted);
    to_check = der;
  }

  std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
  EVP_PKEY_CTX* pctx = nullptr;  // owned by ctx
  if (!ctx || EVP_DigestVerifyInit_ex(ctx.get(), &pctx, digest_name(alg), nullptr, nullptr,
                                      key.pkey.get(), nullptr) != 1) {
    return fail("could not start verification");
  }
  if (alg == JwsAlg::PS256 || alg == JwsAlg::PS384 || alg == JwsAlg::PS512) {
    // RFC 7518 §3.5: MGF1 with the signing hash (OpenSSL's default) and a
    // salt exactly as long as the hash.
    if (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) != 1 ||
        EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) != 1) {
      return fail("could not set up PSS");
    }
  } else if (!is_ecdsa(alg)) {
    if (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) != 1) {
      return fail("could not set up PKCS#1 v1.5");
    }
  }
  const int rc = EVP_DigestVerify(
      ctx.get(), reinterpret_cast<const unsigned char*>(to_check.data()), to_check.size(),
      reinterpret_cast<const unsigned char*>(signing_input.data()), signing_input.size());
  if (rc != 1) return fail("signature does not verify");
  return Result<Verified>::ok({});
}

}  // namespace spinecds::service::auth
