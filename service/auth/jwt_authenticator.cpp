#include "service/auth/jwt_authenticator.h"

#include <algorithm>
#include <chrono>
#include <memory>
#include <string_view>
#include <vector>

#include "service/auth/issuer_config.h"
#include "service/auth/jwks_fetcher.h"
#include "service/auth/jws_alg.h"
#include "service/auth/jws_verify.h"
#include "service/auth/jwt.h"
#include "service/auth/jwt_claims.h"
#include "service/auth/refusal.h"
#include "service/auth/replay_cache.h"

namespace spinecds::service::auth {
namespace {

// Places in the replay cache: every accepted jti stays until its token
// expires, so the cache must hold what `rate` tokens a second leave behind
// over the longest lifetime any issuer may use, plus the leeway.
std::size_t replay_capacity(const std::vector<TrustedIssuer>& issuers, const AuthOptions& o) {
  if (o.jti_cache_capacity > 0) return o.jti_cache_capacity;
  int64_t longest = 0;
  for (const auto& i : issuers) longest = std::max(longest, i.max_token_lifetime_seconds);
  return o.jti_rate_per_second * static_cast<std::size_t>(longest + o.leeway_seconds);
}

struct State {
  std::vector<TrustedIssuer> issuers;
  int64_t leeway = 60;
  std::function<int64_t()> clock;
  JwksCache keys;
  ReplayCache replay;

  State(std::vector<TrustedIssuer> i, const AuthOptions& o, const std::function<int64_t()>& c,
        JwksFetch f)
      : issuers(std::move(i)),
        leeway(o.leeway_seconds),
        clock(c),
        keys(std::move(f), c),
        replay(replay_capacity(issuers, o)) {}

  const TrustedIssuer* issuer(std::string_view iss) const {
    for (const auto& i : issuers) {
      if (i.iss == iss) return &i;
    }
    return nullptr;
  }
};

AuthDecision deny(Refusal code, std::string detail) {
  AuthDecision d;
  d.reason_code = std::string(refusal_code(code));
  d.log_reason = std::move(detail);
  return d;
}

AuthDecision deny(Denial denial) {
  return deny(denial.code, std::move(denial.detail));
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

// The token of `Authorization: Bearer <token>` (scheme case-insensitive,
// RFC 7235 §2.1), or a reason.
Result<std::string_view> bearer_token(const HttpRequest& request) {
  using R = Result<std::string_view>;
  int count = 0;
  std::string_view value;
  for (const auto& [name, v] : request.headers) {
    if (name == "authorization") {
      ++count;
      value = v;
    }
  }
  if (count == 0) return R::fail("no Authorization header");
  if (count > 1) return R::fail("more than one Authorization header");
  while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.remove_suffix(1);
  const auto space = value.find(' ');
  if (space == std::string_view::npos || !iequals(value.substr(0, space), "bearer")) {
    return R::fail("Authorization is not a Bearer token");
  }
  std::string_view token = value.substr(space + 1);
  while (!token.empty() && token.front() == ' ') token.remove_prefix(1);
  if (token.empty()) return R::fail("empty Bearer token");
  if (token.size() > kMaxTokenBytes) return R::fail("Bearer token too long");
  return R::ok(token);
}

std::optional<std::string_view> header_string(const rapidjson::Value& header, const char* name) {
  const auto it = header.FindMember(name);
  if (it == header.MemberEnd() || !it->value.IsString()) return std::nullopt;
  return std::string_view(it->value.GetString(), it->value.GetStringLength());
}

AuthDecision authenticate(State& s, const HttpRequest& request, std::string_view audience) {
  const auto token = bearer_token(request);
  if (!token) return deny(Refusal::no_token, token.error());
  auto jwt = parse_jwt(token.value());
  if (!jwt) return deny(Refusal::malformed_token, jwt.error());
  const auto& header = jwt->header;

  // Header (RFC 7515 §4, CDS Hooks: alg, typ JWT, kid required).
  const auto alg_name = header_string(header, "alg");
  if (!alg_name) return deny(Refusal::alg_not_accepted, "alg missing");
  const auto alg = parse_jws_alg(*alg_name);
  if (!alg) {
    return deny(Refusal::alg_not_accepted, "alg " + loggable(*alg_name) + " not accepted");
  }
  // Media type names are case-insensitive (RFC 7515 §4.1.9), so "jwt" is
  // the same type as the "JWT" CDS Hooks names.
  const auto typ = header_string(header, "typ");
  if (!typ || !iequals(*typ, "JWT")) return deny(Refusal::bad_header, "typ is not \"JWT\"");
  const auto kid = header_string(header, "kid");
  if (!kid || kid->empty()) return deny(Refusal::bad_header, "kid missing");
  // RFC 7515 §4.1.11: extensions we do not understand must be refused.
  if (header.HasMember("crit")) return deny(Refusal::bad_header, "crit header not supported");
  std::optional<std::string_view> jku;
  if (header.HasMember("jku")) {
    jku = header_string(header, "jku");
    if (!jku) return deny(Refusal::bad_header, "jku not a string");
  }

  // Claims, checked before any key lookup so a token for another audience
  // or out of date never causes a JWKS fetch.
  auto claims = read_claims(jwt->claims);
  if (!claims) return deny(Refusal::bad_claims, claims.error());
  const TrustedIssuer* issuer = s.issuer(claims->iss);
  if (!issuer) {
    return deny(Refusal::untrusted_issuer,
                "iss " + loggable(claims->iss) + " is not a trusted issuer");
  }
  const std::string from = " (iss " + loggable(issuer->iss) + ")";
  const int64_t now = s.clock();
  ClaimRules rules;
  rules.audience = audience;
  rules.now = now;
  rules.leeway = s.leeway;
  rules.max_lifetime = issuer->max_token_lifetime_seconds;
  rules.tenants = issuer->tenants ? &*issuer->tenants : nullptr;
  if (auto problem = claims_problem(claims.value(), rules)) {
    problem->detail += from;
    return deny(std::move(*problem));
  }

  // Key and signature. A jku off the allowlist is refused here, before the
  // key cache could be asked to fetch it.
  if (jku && !issuer->keys.allows_jku(*jku)) {
    return deny(Refusal::jku_not_allowed,
                "jku " + loggable(*jku) + " is not on the issuer's jkuAllowlist" + from);
  }
  auto key = s.keys.find(issuer->iss, issuer->keys, *kid, jku);
  if (!key) {
    return deny(Refusal::unknown_key,
                key.error() + " (iss " + loggable(issuer->iss) + ", kid " + loggable(*kid) + ")");
  }
  auto verified = verify_jws(*alg, key.value(), jwt->signing_input, jwt->signature);
  if (!verified) {
    return deny(Refusal::bad_signature, verified.error() + " (iss " + loggable(issuer->iss) +
                                            ", kid " + loggable(*kid) + ", alg " +
                                            std::string(jws_alg_name(*alg)) + ")");
  }

  // Only a token that passed everything else may take a place in the
  // replay cache, so forged tokens cannot fill it.
  switch (s.replay.check_and_remember(issuer->iss, claims->jti, claims->exp + s.leeway, now)) {
    case ReplayCache::Outcome::fresh:
      break;
    case ReplayCache::Outcome::replayed:
      return deny(Refusal::replayed, "jti " + loggable(claims->jti) + " replayed" + from);
    case ReplayCache::Outcome::full:
      return deny(Refusal::replay_cache_full,
                  "jti cache full; refusing new tokens until entries expire");
  }

  AuthDecision ok;
  ok.ok = true;
  ok.issuer = issuer->iss;
  ok.fhir_servers = issuer->fhir_servers;
  return ok;
}

int64_t system_seconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace

AuthSetup make_jwt_authenticator(const rapidjson::Value& auth_section, const AuthOptions& options) {
  AuthSetup setup;
  try {
    auto issuers = parse_auth_section(auth_section);
    if (!issuers) {
      setup.error = issuers.error();
      return setup;
    }
    if (options.leeway_seconds < 0 || options.leeway_seconds > 600) {
      setup.error = "auth: leeway must be between 0 and 600 seconds";
      return setup;
    }
    if (options.jti_cache_capacity == 0 && options.jti_rate_per_second == 0) {
      setup.error = "auth: the jti cache needs a rate or a capacity above 0";
      return setup;
    }
    auto clock = options.clock ? options.clock : std::function<int64_t()>(system_seconds);
    auto fetch = options.fetch ? options.fetch : make_https_fetcher();
    auto state = std::make_shared<State>(std::move(issuers.value()), options, clock, fetch);
    setup.authenticator = Authenticator(
        [state](const HttpRequest& request, std::string_view audience) -> AuthDecision {
          try {
            return authenticate(*state, request, audience);
          } catch (...) {
            // Fail closed; the exception text could quote anything.
            return deny(Refusal::internal_error, "internal error while checking the token");
          }
        });
  } catch (const std::exception&) {
    setup.authenticator.reset();
    setup.error = "auth: could not set up the token check";
  }
  return setup;
}

}  // namespace spinecds::service::auth
