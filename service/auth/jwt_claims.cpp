#include "service/auth/jwt_claims.h"

#include <algorithm>
#include <cmath>

namespace spinecds::service::auth {
namespace {

std::optional<std::string> string_claim(const rapidjson::Value& claims, const char* name) {
  const auto it = claims.FindMember(name);
  if (it == claims.MemberEnd() || !it->value.IsString()) return std::nullopt;
  return std::string(it->value.GetString(), it->value.GetStringLength());
}

// NumericDate (RFC 7519 §2): seconds, possibly fractional; fractions are
// dropped, which only ever makes the check stricter by under a second.
std::optional<int64_t> date_claim(const rapidjson::Value& claims, const char* name) {
  const auto it = claims.FindMember(name);
  if (it == claims.MemberEnd()) return std::nullopt;
  const auto& v = it->value;
  if (v.IsInt64()) return v.GetInt64();
  if (v.IsDouble()) {
    const double d = v.GetDouble();
    // Far-off dates are nonsense for a minutes-long token; refusing them also
    // keeps the arithmetic below clear of overflow.
    if (!std::isfinite(d) || d < 0 || d > 1e12) return std::nullopt;
    return static_cast<int64_t>(std::floor(d));
  }
  return std::nullopt;
}

Result<TokenClaims> fail(std::string why) {
  return Result<TokenClaims>::fail(std::move(why));
}

constexpr int64_t kMaxDate = 1'000'000'000'000;  // year ~33658: beyond any real token

}  // namespace

Result<TokenClaims> read_claims(const rapidjson::Value& claims) {
  TokenClaims out;
  auto iss = string_claim(claims, "iss");
  if (!iss || iss->empty()) return fail("iss missing or not a string");
  out.iss = std::move(*iss);

  const auto aud = claims.FindMember("aud");
  if (aud == claims.MemberEnd()) return fail("aud missing");
  if (aud->value.IsString()) {
    out.aud.emplace_back(aud->value.GetString(), aud->value.GetStringLength());
  } else if (aud->value.IsArray() && !aud->value.Empty()) {
    for (const auto& a : aud->value.GetArray()) {
      if (!a.IsString()) return fail("aud array holds a non-string");
      out.aud.emplace_back(a.GetString(), a.GetStringLength());
    }
  } else {
    return fail("aud is neither a string nor a non-empty array");
  }

  const auto exp = date_claim(claims, "exp");
  if (!exp || *exp < 0 || *exp > kMaxDate) return fail("exp missing or not a NumericDate");
  out.exp = *exp;
  const auto iat = date_claim(claims, "iat");
  if (!iat || *iat < 0 || *iat > kMaxDate) return fail("iat missing or not a NumericDate");
  out.iat = *iat;
  if (claims.HasMember("nbf")) {
    const auto nbf = date_claim(claims, "nbf");
    if (!nbf || *nbf < 0 || *nbf > kMaxDate) return fail("nbf not a NumericDate");
    out.nbf = *nbf;
  }

  auto jti = string_claim(claims, "jti");
  if (!jti || jti->empty()) return fail("jti missing or not a string");
  if (jti->size() > kMaxJtiBytes) return fail("jti too long");
  out.jti = std::move(*jti);

  if (claims.HasMember("tenant")) {
    auto tenant = string_claim(claims, "tenant");
    if (!tenant) return fail("tenant not a string");
    out.tenant = std::move(*tenant);
  }
  return Result<TokenClaims>::ok(std::move(out));
}

std::optional<Denial> claims_problem(const TokenClaims& c, const ClaimRules& r) {
  if (std::find(c.aud.begin(), c.aud.end(), r.audience) == c.aud.end()) {
    return Denial{Refusal::wrong_audience, "aud " + loggable(c.aud.front()) +
                                               (c.aud.size() > 1 ? " (and others)" : "") +
                                               " is not " + loggable(r.audience)};
  }
  if (c.exp + r.leeway <= r.now) return Denial{Refusal::expired, "token expired"};
  if (c.iat > r.now + r.leeway) return Denial{Refusal::not_yet_valid, "iat is in the future"};
  if (c.nbf && *c.nbf > r.now + r.leeway) {
    return Denial{Refusal::not_yet_valid, "token not yet valid (nbf)"};
  }
  if (c.exp <= c.iat) return Denial{Refusal::lifetime_too_long, "exp is not after iat"};
  // The cap bounds how long a jti must be remembered (see ReplayCache).
  if (c.exp - c.iat > r.max_lifetime) {
    return Denial{Refusal::lifetime_too_long, "token lifetime (exp - iat) " +
                                                  std::to_string(c.exp - c.iat) + " s exceeds " +
                                                  std::to_string(r.max_lifetime) + " s"};
  }
  if (r.tenants) {
    if (!c.tenant) {
      return Denial{Refusal::tenant_not_allowed, "tenant missing (the issuer lists tenants)"};
    }
    if (std::find(r.tenants->begin(), r.tenants->end(), *c.tenant) == r.tenants->end()) {
      return Denial{Refusal::tenant_not_allowed,
                    "tenant " + loggable(*c.tenant) + " is not on the issuer's list"};
    }
  }
  return std::nullopt;
}

std::string loggable(std::string_view untrusted) {
  constexpr std::size_t kMax = 120;
  std::string out = "\"";
  for (std::size_t i = 0; i < untrusted.size() && i < kMax; ++i) {
    const char ch = untrusted[i];
    out.push_back(ch >= 0x20 && ch < 0x7F && ch != '"' && ch != '\\' ? ch : '?');
  }
  if (untrusted.size() > kMax) out += "...";
  out += "\"";
  return out;
}

}  // namespace spinecds::service::auth
