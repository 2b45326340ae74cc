#pragma once
// Test helpers for the auth tests: keys generated at test time with the
// OpenSSL 3 API (none committed), their public JWKs, and JWT signing in JOSE
// form (ECDSA as raw R||S). Header-only so unit and integration tests share
// it without a library of their own.
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

#include <doctest/doctest.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include "service/auth/base64url.h"
#include "service/authenticator.h"

namespace spinecds::test_auth {

using spinecds::service::auth::base64url_encode;

struct TestKey {
  std::shared_ptr<EVP_PKEY> pkey;
  std::string kid;
  std::string alg;    // "ES384", "RS384", ...
  std::string curve;  // "P-384" for EC keys, "" for RSA
};

inline std::string bn_bytes(EVP_PKEY* pkey, const char* param, int pad_to) {
  BIGNUM* bn = nullptr;
  if (EVP_PKEY_get_bn_param(pkey, param, &bn) != 1) throw std::runtime_error("get_bn_param");
  const int len = pad_to > 0 ? pad_to : BN_num_bytes(bn);
  std::string out(static_cast<std::size_t>(len), '\0');
  BN_bn2binpad(bn, reinterpret_cast<unsigned char*>(out.data()), len);
  BN_free(bn);
  return out;
}

inline int coordinate_bytes(std::string_view curve) {
  return curve == "P-256" ? 32 : curve == "P-384" ? 48 : 66;
}

inline TestKey make_ec_key(const std::string& curve, const std::string& kid) {
  const char* group = curve == "P-256" ? "P-256" : curve == "P-384" ? "P-384" : "P-521";
  EVP_PKEY* raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", group);
  if (raw == nullptr) throw std::runtime_error("EC keygen");
  const std::string alg = curve == "P-256" ? "ES256" : curve == "P-384" ? "ES384" : "ES512";
  return {std::shared_ptr<EVP_PKEY>(raw, EVP_PKEY_free), kid, alg, curve};
}

inline TestKey make_rsa_key(int bits, const std::string& kid, const std::string& alg = "RS384") {
  EVP_PKEY* raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(bits));
  if (raw == nullptr) throw std::runtime_error("RSA keygen");
  return {std::shared_ptr<EVP_PKEY>(raw, EVP_PKEY_free), kid, alg, ""};
}

// The public JWK as a JSON object text. `with_alg` adds the key's "alg".
inline std::string public_jwk(const TestKey& k, bool with_alg = true) {
  std::string json = "{\"kid\":\"" + k.kid + "\",\"use\":\"sig\"";
  if (with_alg) json += ",\"alg\":\"" + k.alg + "\"";
  if (!k.curve.empty()) {
    const int n = coordinate_bytes(k.curve);
    json += ",\"kty\":\"EC\",\"crv\":\"" + k.curve + "\",\"x\":\"" +
            base64url_encode(bn_bytes(k.pkey.get(), OSSL_PKEY_PARAM_EC_PUB_X, n)) + "\",\"y\":\"" +
            base64url_encode(bn_bytes(k.pkey.get(), OSSL_PKEY_PARAM_EC_PUB_Y, n)) + "\"";
  } else {
    json += ",\"kty\":\"RSA\",\"n\":\"" +
            base64url_encode(bn_bytes(k.pkey.get(), OSSL_PKEY_PARAM_RSA_N, 0)) + "\",\"e\":\"" +
            base64url_encode(bn_bytes(k.pkey.get(), OSSL_PKEY_PARAM_RSA_E, 0)) + "\"";
  }
  return json + "}";
}

inline std::string jwks_of(std::initializer_list<const TestKey*> keys) {
  std::string json = "{\"keys\":[";
  bool first = true;
  for (const TestKey* k : keys) {
    if (!first) json += ",";
    first = false;
    json += public_jwk(*k);
  }
  return json + "]}";
}

inline std::string public_pem(const TestKey& k) {
  BIO* bio = BIO_new(BIO_s_mem());
  PEM_write_bio_PUBKEY(bio, k.pkey.get());
  char* data = nullptr;
  const long len = BIO_get_mem_data(bio, &data);
  std::string pem(data, static_cast<std::size_t>(len));
  BIO_free(bio);
  return pem;
}

// The signature over `input` with `alg` in JOSE form.
inline std::string sign(const TestKey& k, std::string_view alg, std::string_view input) {
  const std::string digest = "SHA" + std::string(alg.substr(2));
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  EVP_PKEY_CTX* pctx = nullptr;
  if (EVP_DigestSignInit_ex(ctx, &pctx, digest.c_str(), nullptr, nullptr, k.pkey.get(), nullptr) !=
      1) {
    throw std::runtime_error("sign init");
  }
  if (alg[0] == 'P') {
    EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING);
    EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST);
  }
  std::size_t len = 0;
  const auto* in = reinterpret_cast<const unsigned char*>(input.data());
  EVP_DigestSign(ctx, nullptr, &len, in, input.size());
  std::string sig(len, '\0');
  if (EVP_DigestSign(ctx, reinterpret_cast<unsigned char*>(sig.data()), &len, in, input.size()) !=
      1) {
    throw std::runtime_error("sign");
  }
  sig.resize(len);
  EVP_MD_CTX_free(ctx);
  if (alg[0] != 'E') return sig;
  // DER → R||S, each padded to the curve's coordinate length.
  const auto* p = reinterpret_cast<const unsigned char*>(sig.data());
  ECDSA_SIG* es = d2i_ECDSA_SIG(nullptr, &p, static_cast<long>(sig.size()));
  const int n = coordinate_bytes(k.curve);
  std::string raw(static_cast<std::size_t>(2 * n), '\0');
  BN_bn2binpad(ECDSA_SIG_get0_r(es), reinterpret_cast<unsigned char*>(raw.data()), n);
  BN_bn2binpad(ECDSA_SIG_get0_s(es), reinterpret_cast<unsigned char*>(raw.data()) + n, n);
  ECDSA_SIG_free(es);
  return raw;
}

// A compact JWS with these exact header and claims texts, signed by `k` with
// `alg` (defaults to the key's own).
inline std::string make_jwt(const TestKey& k, const std::string& header_json,
                            const std::string& claims_json, std::string alg = "") {
  if (alg.empty()) alg = k.alg;
  const std::string input = base64url_encode(header_json) + "." + base64url_encode(claims_json);
  return input + "." + base64url_encode(sign(k, alg, input));
}

// HS256 over the token's input with `secret` (the key-confusion attack).
inline std::string make_hs256_jwt(const std::string& secret, const std::string& header_json,
                                  const std::string& claims_json) {
  const std::string input = base64url_encode(header_json) + "." + base64url_encode(claims_json);
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  HMAC(EVP_sha256(), secret.data(), static_cast<int>(secret.size()),
       reinterpret_cast<const unsigned char*>(input.data()), input.size(), mac, &len);
  return input + "." + base64url_encode(std::string(reinterpret_cast<char*>(mac), len));
}

// Plain base64 with padding: what a sloppy client sends instead of base64url.
inline std::string to_plain_base64(std::string segment) {
  for (char& c : segment) {
    if (c == '-') c = '+';
    if (c == '_') c = '/';
  }
  while (segment.size() % 4 != 0) segment.push_back('=');
  return segment;
}

inline std::string header_json(const std::string& alg, const std::string& kid,
                               const std::string& extra = "") {
  return "{\"alg\":\"" + alg + "\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"" + extra + "}";
}

inline std::string claims_json(const std::string& iss, const std::string& aud, int64_t iat,
                               int64_t exp, const std::string& jti, const std::string& extra = "") {
  return "{\"iss\":\"" + iss + "\",\"aud\":\"" + aud + "\",\"iat\":" + std::to_string(iat) +
         ",\"exp\":" + std::to_string(exp) + ",\"jti\":\"" + jti + "\"" + extra + "}";
}

// A refusal with reason code `code` ("" to skip that check) whose log line
// says `why` and contains neither the token nor any of its segments.
inline void check_refused(const spinecds::service::AuthDecision& d, const std::string& token,
                          const std::string& why, const std::string& code = "") {
  CHECK_FALSE(d.ok);
  CHECK(d.issuer.empty());
  CHECK(d.fhir_servers.empty());
  CAPTURE(d.log_reason);
  CHECK(d.log_reason.find(why) != std::string::npos);
  if (!code.empty()) CHECK(d.reason_code == code);
  for (const std::string& logged : {d.log_reason, d.reason_code}) {
    CHECK(logged.find(token) == std::string::npos);
    std::size_t start = 0;
    while (start < token.size()) {
      const auto dot = token.find('.', start);
      const std::string seg = token.substr(start, dot == std::string::npos ? dot : dot - start);
      if (seg.size() >= 8) CHECK(logged.find(seg) == std::string::npos);
      if (dot == std::string::npos) break;
      start = dot + 1;
    }
  }
}

}  // namespace spinecds::test_auth
