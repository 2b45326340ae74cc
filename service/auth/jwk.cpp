#include "service/auth/jwk.h"

#include <map>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/param_build.h>

#include "service/auth/base64url.h"

namespace spinecds::service::auth {
namespace {

// RSA keys below 2048 bits are breakable; above 8192 bits they only make
// verification an easy way to burn CPU.
constexpr int kMinRsaBits = 2048;
constexpr int kMaxRsaBits = 8192;

struct Curve {
  const char* jwk_name;
  const char* openssl_name;
  std::size_t coordinate_bytes;
};
constexpr Curve kCurves[] = {
    {"P-256", "prime256v1", 32},
    {"P-384", "secp384r1", 48},
    {"P-521", "secp521r1", 66},
};

struct BldFree {
  void operator()(OSSL_PARAM_BLD* p) const { OSSL_PARAM_BLD_free(p); }
};
struct ParamFree {
  void operator()(OSSL_PARAM* p) const { OSSL_PARAM_free(p); }
};
struct CtxFree {
  void operator()(EVP_PKEY_CTX* p) const { EVP_PKEY_CTX_free(p); }
};
struct BnFree {
  void operator()(BIGNUM* p) const { BN_free(p); }
};

Result<PublicKey> fail(std::string why) {
  return Result<PublicKey>::fail(std::move(why));
}

std::optional<std::string> string_member(const rapidjson::Value& obj, const char* name) {
  const auto it = obj.FindMember(name);
  if (it == obj.MemberEnd() || !it->value.IsString()) return std::nullopt;
  return std::string(it->value.GetString(), it->value.GetStringLength());
}

// Builds the key from OSSL_PARAMs and checks it is a sane public key (for EC
// that the point is on the curve: an off-curve point enables invalid-curve
// attacks on some implementations).
std::shared_ptr<EVP_PKEY> from_params(const char* type, OSSL_PARAM_BLD* bld) {
  // A refused key leaves entries on the thread's OpenSSL error queue; do not
  // leave them for a later, unrelated call to trip over.
  struct ClearErrors {
    ~ClearErrors() { ERR_clear_error(); }
  } clear_errors;
  std::unique_ptr<OSSL_PARAM, ParamFree> params(OSSL_PARAM_BLD_to_param(bld));
  if (!params) return nullptr;
  std::unique_ptr<EVP_PKEY_CTX, CtxFree> ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
  if (!ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1) return nullptr;
  EVP_PKEY* raw = nullptr;
  if (EVP_PKEY_fromdata(ctx.get(), &raw, EVP_PKEY_PUBLIC_KEY, params.get()) != 1) return nullptr;
  std::shared_ptr<EVP_PKEY> pkey(raw, EVP_PKEY_free);
  std::unique_ptr<EVP_PKEY_CTX, CtxFree> check(
      EVP_PKEY_CTX_new_from_pkey(nullptr, pkey.get(), nullptr));
  if (!check || EVP_PKEY_public_check(check.get()) != 1) return nullptr;
  return pkey;
}

Result<PublicKey> parse_ec(const rapidjson::Value& jwk, PublicKey key) {
  const auto crv = string_member(jwk, "crv");
  if (!crv) return fail("crv: missing");
  const Curve* curve = nullptr;
  for (const auto& c : kCurves) {
    if (*crv == c.jwk_name) curve = &c;
  }
  if (curve == nullptr) return fail("crv: unsupported curve");
  const auto x_text = string_member(jwk, "x");
  const auto y_text = string_member(jwk, "y");
  if (!x_text) return fail("x: missing");
  if (!y_text) return fail("y: missing");
  const auto x = base64url_decode(*x_text);
  const auto y = base64url_decode(*y_text);
  // RFC 7518 §6.2.1.2: the full coordinate length, leading zeros kept.
  if (!x || x->size() != curve->coordinate_bytes) return fail("x: not a coordinate of the curve");
  if (!y || y->size() != curve->coordinate_bytes) return fail("y: not a coordinate of the curve");
  std::string point = "\x04" + *x + *y;  // uncompressed SEC1 point

  std::unique_ptr<OSSL_PARAM_BLD, BldFree> bld(OSSL_PARAM_BLD_new());
  if (!bld ||
      OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, curve->openssl_name,
                                      0) != 1 ||
      OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY, point.data(),
                                       point.size()) != 1) {
    return fail("x: could not build the key");
  }
  key.pkey = from_params("EC", bld.get());
  if (!key.pkey) return fail("x: not a point on the curve");
  key.type = PublicKey::Type::ec;
  key.curve = curve->jwk_name;
  return Result<PublicKey>::ok(std::move(key));
}

Result<PublicKey> parse_rsa(const rapidjson::Value& jwk, PublicKey key) {
  const auto n_text = string_member(jwk, "n");
  const auto e_text = string_member(jwk, "e");
  if (!n_text) return fail("n: missing");
  if (!e_text) return fail("e: missing");
  const auto n_bytes = base64url_decode(*n_text);
  const auto e_bytes = base64url_decode(*e_text);
  if (!n_bytes || n_bytes->empty()) return fail("n: not base64url");
  if (!e_bytes || e_bytes->empty() || e_bytes->size() > 8) return fail("e: not base64url");
  std::unique_ptr<BIGNUM, BnFree> n(
      BN_bin2bn(reinterpret_cast<const unsigned char*>(n_bytes->data()),
                static_cast<int>(n_bytes->size()), nullptr));
  std::unique_ptr<BIGNUM, BnFree> e(
      BN_bin2bn(reinterpret_cast<const unsigned char*>(e_bytes->data()),
                static_cast<int>(e_bytes->size()), nullptr));
  if (!n || !e) return fail("n: could not read");
  const int bits = BN_num_bits(n.get());
  if (bits < kMinRsaBits) return fail("n: RSA key shorter than 2048 bits");
  if (bits > kMaxRsaBits) return fail("n: RSA key longer than 8192 bits");
  std::unique_ptr<OSSL_PARAM_BLD, BldFree> bld(OSSL_PARAM_BLD_new());
  if (!bld || OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_N, n.get()) != 1 ||
      OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_E, e.get()) != 1) {
    return fail("n: could not build the key");
  }
  key.pkey = from_params("RSA", bld.get());
  if (!key.pkey) return fail("n: not a valid RSA public key");
  key.type = PublicKey::Type::rsa;
  return Result<PublicKey>::ok(std::move(key));
}

}  // namespace

bool PublicKey::accepts(JwsAlg a) const {
  if (alg && *alg != a) return false;
  if (is_ecdsa(a)) return type == Type::ec && curve == ecdsa_curve(a);
  return type == Type::rsa;
}

Result<PublicKey> parse_jwk(const rapidjson::Value& jwk) {
  if (!jwk.IsObject()) return fail("not a JSON object");
  PublicKey key;
  const auto kid = string_member(jwk, "kid");
  if (!kid || kid->empty()) return fail("kid: missing (tokens select keys by kid)");
  key.kid = *kid;
  if (jwk.HasMember("d")) return fail("d: private key material in a public key set");
  if (jwk.HasMember("use")) {
    const auto use = string_member(jwk, "use");
    if (!use || *use != "sig") return fail("use: not a signature key");
  }
  if (jwk.HasMember("key_ops")) {
    const auto& ops = jwk["key_ops"];
    bool verify = false;
    if (ops.IsArray()) {
      for (const auto& op : ops.GetArray()) {
        if (op.IsString() && std::string_view(op.GetString(), op.GetStringLength()) == "verify") {
          verify = true;
        }
      }
    }
    if (!verify) return fail("key_ops: does not allow verify");
  }
  if (jwk.HasMember("alg")) {
    const auto alg = string_member(jwk, "alg");
    if (!alg) return fail("alg: not a string");
    key.alg = parse_jws_alg(*alg);
    if (!key.alg) return fail("alg: not an accepted signature algorithm");
  }
  const auto kty = string_member(jwk, "kty");
  if (!kty) return fail("kty: missing");
  Result<PublicKey> parsed = fail("kty: unsupported key type (EC and RSA are)");
  if (*kty == "EC") parsed = parse_ec(jwk, std::move(key));
  if (*kty == "RSA") parsed = parse_rsa(jwk, std::move(key));
  if (!parsed) return parsed;
  if (parsed->alg && !parsed->accepts(*parsed->alg)) {
    return fail("alg: does not match the key type or curve");
  }
  return parsed;
}

Result<std::vector<PublicKey>> parse_jwks(const rapidjson::Value& jwks, bool strict) {
  using R = Result<std::vector<PublicKey>>;
  if (!jwks.IsObject()) return R::fail("not a JSON object");
  const auto it = jwks.FindMember("keys");
  if (it == jwks.MemberEnd() || !it->value.IsArray())
    return R::fail("keys: missing or not an array");
  std::vector<PublicKey> keys;
  std::map<std::string, int> kid_count;
  const auto& arr = it->value.GetArray();
  for (rapidjson::SizeType i = 0; i < arr.Size(); ++i) {
    if (!arr[i].IsObject()) {
      if (strict) return R::fail("keys[" + std::to_string(i) + "]: not a JSON object");
      continue;
    }
    auto key = parse_jwk(arr[i]);
    if (!key) {
      if (strict) return R::fail("keys[" + std::to_string(i) + "]." + key.error());
      continue;
    }
    if (++kid_count[key->kid] > 1 && strict) {
      return R::fail("keys[" + std::to_string(i) + "].kid: used by another key of the set");
    }
    keys.push_back(std::move(key.value()));
  }
  std::erase_if(keys, [&](const PublicKey& k) { return kid_count[k.kid] > 1; });
  return R::ok(std::move(keys));
}

}  // namespace spinecds::service::auth
