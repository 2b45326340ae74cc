// Client tokens shaped the way real EHRs document them, with keys generated
// here (none committed):
// - Epic ("Trusting CDS Clients", open.epic CDS Hooks tutorial): RS384, a
//   `jku` to the organisation's PublicKeys endpoint, a base64 thumbprint as
//   `kid`, `iss` the organisation's FHIR endpoint, `sub` the client id, `nbf`
//   five minutes before `iat`, and 900 s from `iat` to `exp`;
// - Oracle Health (fhir.cerner.com "CDS Hooks", Service Authorization): `iss`
//   https://cds-hooks.cerner.com and a token `jku` that must be one the
//   service trusts, here the issuer's jkuAllowlist.
// Each issuer's token lifetime is its own (maxTokenLifetimeSeconds, 900 s by
// default), the jti replay cache is sized from it, and every refusal names a
// reason code without quoting the token.
#include <doctest/doctest.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "service/auth/jwt_authenticator.h"
#include "unit/test_auth_support.h"

using namespace spinecds::service;
using namespace spinecds::service::auth;
using namespace spinecds::test_auth;

namespace {

constexpr int64_t kNow = 1'767'225'600;  // 2026-01-01T00:00:00Z
constexpr const char* kAud = "https://cds.example.org/cds-services/lumbar-fusion-order-sign";

// Epic: every URL hangs off the organisation's interconnect base.
const std::string kEpicBase = "https://fhir.springfield-health.example/interconnect-prd-oauth";
const std::string kEpicIss = kEpicBase + "/api/FHIR/R4";
const std::string kEpicJku = kEpicBase + "/api/epic/2019/Security/Open/PublicKeys/530013/530013";
constexpr const char* kEpicKid = "q7Vx2+Lm9/TzR4kWcB0aNf1YeHs3uJd8GpXoI5rE6Ck=";
constexpr const char* kEpicClientId = "9f3c1a27-5b8e-4d6f-a0c2-7e41b9d85f36";

// Oracle Health.
constexpr const char* kOracleIss = "https://cds-hooks.cerner.com";
constexpr const char* kOracleJku = "https://authorization.cerner.com/jwk";
constexpr const char* kOracleTenant = "ec2458f2-1e24-41c8-b71b-0e701af7583d";

struct EhrKeys {
  TestKey epic = make_rsa_key(2048, kEpicKid, "RS384");
  TestKey oracle = make_ec_key("P-384", "2026-01-01T00:00:00.000.ec");
};

const EhrKeys& ehr_keys() {
  static const EhrKeys k;
  return k;
}

// An authenticator trusting the issuers in `issuers_json` (the array's
// members), with a clock we move and a JWKS fetcher that serves each URL
// from `served` and counts the calls.
struct Ehr {
  int64_t now = kNow;
  std::vector<std::string> fetched;
  std::map<std::string, std::string> served;
  Authenticator auth;
  int next_jti = 0;

  explicit Ehr(const std::string& issuers_json, AuthOptions options = {}) {
    rapidjson::Document doc;
    doc.Parse(("{\"trustedIssuers\": [" + issuers_json + "]}").c_str());
    REQUIRE_FALSE(doc.HasParseError());
    options.clock = [this] { return now; };
    options.fetch = [this](const std::string& url) -> std::optional<std::string> {
      fetched.push_back(url);
      const auto it = served.find(url);
      if (it == served.end()) return std::nullopt;
      return it->second;
    };
    auto setup = make_jwt_authenticator(doc, options);
    REQUIRE_MESSAGE(setup.authenticator, setup.error);
    auth = *setup.authenticator;
    served[kEpicJku] = jwks_of({&ehr_keys().epic});
    served[kOracleJku] = jwks_of({&ehr_keys().oracle});
  }

  std::string jti() { return "b1c7e0d2-" + std::to_string(++next_jti); }

  AuthDecision call(const std::string& token) {
    HttpRequest req;
    req.method = "POST";
    req.target = "/cds-services/lumbar-fusion-order-sign";
    req.headers = {{"content-type", "application/json"}, {"authorization", "Bearer " + token}};
    return auth(req, kAud);
  }
};

std::string epic_issuer(const std::string& extra = "") {
  return R"({"iss": ")" + kEpicIss + R"(", "jkuAllowlist": [")" + kEpicJku +
         R"("], "fhirServers": [")" + kEpicIss + "\"]" + extra + "}";
}

std::string oracle_issuer(const std::string& extra = "") {
  return R"({"iss": ")" + std::string(kOracleIss) + R"(", "jkuAllowlist": [")" + kOracleJku +
         R"("], "tenants": [")" + kOracleTenant + "\"]" + extra + "}";
}

// A token as Epic documents it: header alg, jku, kid, typ; claims aud, exp,
// iat, iss, jti, nbf (iat - 300), sub. `lifetime` is exp - iat.
std::string epic_token(Ehr& e, int64_t iat, int64_t lifetime = 900,
                       const std::string& jku = kEpicJku) {
  const std::string header =
      R"({"alg":"RS384","jku":")" + jku + R"(","kid":")" + kEpicKid + R"(","typ":"JWT"})";
  const std::string claims = R"({"aud":")" + std::string(kAud) + R"(","exp":)" +
                             std::to_string(iat + lifetime) + R"(,"iat":)" + std::to_string(iat) +
                             R"(,"iss":")" + kEpicIss + R"(","jti":")" + e.jti() + R"(","nbf":)" +
                             std::to_string(iat - 300) + R"(,"sub":")" + kEpicClientId + "\"}";
  return make_jwt(ehr_keys().epic, header, claims);
}

std::string oracle_token(Ehr& e, const std::string& jku = kOracleJku,
                         const std::string& iss = kOracleIss) {
  const TestKey& k = ehr_keys().oracle;
  return make_jwt(k, header_json("ES384", k.kid, R"(,"jku":")" + jku + "\""),
                  claims_json(iss, kAud, e.now, e.now + 300, e.jti(),
                              R"(,"tenant":")" + std::string(kOracleTenant) + "\""));
}

}  // namespace

TEST_CASE("an Epic-shaped token (RS384, allowlisted jku, sub, nbf, 900 s) is accepted") {
  Ehr e(epic_issuer());
  const auto d = e.call(epic_token(e, e.now));
  CHECK_MESSAGE(d.ok, (d.reason_code + ": " + d.log_reason));
  CHECK(d.issuer == kEpicIss);
  CHECK(d.fhir_servers == std::vector<std::string>{kEpicIss});
  CHECK(e.fetched == std::vector<std::string>{kEpicJku});

  SUBCASE("until it expires, however late in its 900 s it arrives") {
    const auto t = epic_token(e, e.now);
    e.now += 899;
    CHECK(e.call(t).ok);
    CHECK(e.fetched.size() == 1);  // the key set is cached
  }
  SUBCASE("and is remembered for all of its lifetime: a replay at 899 s is refused") {
    const auto t = epic_token(e, e.now);
    REQUIRE(e.call(t).ok);
    e.now += 899;
    check_refused(e.call(t), t, "replayed", "jti-replayed");
  }
  SUBCASE("after exp and the leeway it is expired") {
    const auto t = epic_token(e, e.now);
    e.now += 900 + 60;
    check_refused(e.call(t), t, "expired", "token-expired");
  }
}

TEST_CASE("a token beyond its issuer's lifetime gets refused") {
  SUBCASE("900 s by default: 901 s and an hour are refused, without a key fetch") {
    Ehr e(epic_issuer());
    for (const int64_t lifetime : {901, 3600}) {
      CAPTURE(lifetime);
      const auto t = epic_token(e, e.now, lifetime);
      check_refused(e.call(t), t, "exceeds 900 s", "lifetime-too-long");
    }
    CHECK(e.fetched.empty());
  }
  SUBCASE("an issuer that configures 1800 s gets 1800 s; the others keep 900 s") {
    Ehr e(epic_issuer(R"(, "maxTokenLifetimeSeconds": 1800)") + "," + oracle_issuer());
    CHECK(e.call(epic_token(e, e.now, 1800)).ok);
    const auto t = epic_token(e, e.now, 1801);
    check_refused(e.call(t), t, "exceeds 1800 s", "lifetime-too-long");
    const TestKey& k = ehr_keys().oracle;
    const auto oracle_long =
        make_jwt(k, header_json("ES384", k.kid, R"(,"jku":")" + std::string(kOracleJku) + "\""),
                 claims_json(kOracleIss, kAud, e.now, e.now + 901, e.jti(),
                             R"(,"tenant":")" + std::string(kOracleTenant) + "\""));
    check_refused(e.call(oracle_long), oracle_long, "exceeds 900 s", "lifetime-too-long");
  }
  SUBCASE("an issuer that configures less gets less") {
    Ehr e(epic_issuer(R"(, "maxTokenLifetimeSeconds": 300)"));
    const auto t = epic_token(e, e.now);
    check_refused(e.call(t), t, "exceeds 300 s", "lifetime-too-long");
    CHECK(e.call(epic_token(e, e.now, 300)).ok);
  }
}

TEST_CASE("an Epic token whose jku is not the allowlisted one is refused before any fetch") {
  Ehr e(epic_issuer());
  const std::string other_org = kEpicBase + "/api/epic/2019/Security/Open/PublicKeys/530014/530014";
  const auto t = epic_token(e, e.now, 900, other_org);
  check_refused(e.call(t), t, "jkuAllowlist", "jku-not-allowed");
  CHECK(e.fetched.empty());
}

TEST_CASE("an Oracle Health-shaped token: iss https://cds-hooks.cerner.com, jku checked") {
  Ehr e(oracle_issuer() + "," + epic_issuer());
  const auto d = e.call(oracle_token(e));
  CHECK_MESSAGE(d.ok, (d.reason_code + ": " + d.log_reason));
  CHECK(d.issuer == kOracleIss);
  CHECK(e.fetched == std::vector<std::string>{kOracleJku});
  e.fetched.clear();

  SUBCASE("a jku that only looks like the trusted one is refused, and nothing is fetched") {
    for (const std::string jku :
         {"https://authorization.cerner.com.attacker.example/jwk",
          "https://authorization.cerner.com/jwk/../../attacker/jwk",
          "http://authorization.cerner.com/jwk", "https://authorization.cerner.com/jwk/",
          "https://authorization.cerner.com/jwk?tenant=x", "https://AUTHORIZATION.cerner.com/jwk",
          "https://attacker.example/jwk#https://authorization.cerner.com/jwk"}) {
      CAPTURE(jku);
      const auto t = oracle_token(e, jku);
      check_refused(e.call(t), t, "is not on the issuer's jkuAllowlist", "jku-not-allowed");
    }
    CHECK(e.fetched.empty());
  }
  SUBCASE("another issuer's allowlisted jku does not serve Oracle's iss") {
    const auto t = oracle_token(e, kEpicJku);
    check_refused(e.call(t), t, "jkuAllowlist", "jku-not-allowed");
    CHECK(e.fetched.empty());
  }
  SUBCASE("the iss must be exactly Oracle's: a trailing slash is another issuer") {
    const auto t = oracle_token(e, kOracleJku, std::string(kOracleIss) + "/");
    check_refused(e.call(t), t, "is not a trusted issuer", "untrusted-issuer");
  }
  SUBCASE("a key that is not in the set at the jku does not verify") {
    const TestKey stranger = make_ec_key("P-384", "stranger");
    const auto t = make_jwt(
        stranger, header_json("ES384", "stranger", R"(,"jku":")" + std::string(kOracleJku) + "\""),
        claims_json(kOracleIss, kAud, e.now, e.now + 300, e.jti(),
                    R"(,"tenant":")" + std::string(kOracleTenant) + "\""));
    check_refused(e.call(t), t, "unknown kid", "unknown-key");
  }
  SUBCASE("a key in the set signing under another kid does not verify") {
    const TestKey& k = ehr_keys().oracle;
    const TestKey impostor = make_ec_key("P-384", k.kid);
    const auto t = make_jwt(
        impostor, header_json("ES384", k.kid, R"(,"jku":")" + std::string(kOracleJku) + "\""),
        claims_json(kOracleIss, kAud, e.now, e.now + 300, e.jti(),
                    R"(,"tenant":")" + std::string(kOracleTenant) + "\""));
    check_refused(e.call(t), t, "signature does not verify", "bad-signature");
  }
}

TEST_CASE("the jti replay cache is sized from the longest issuer lifetime") {
  // 1 token a second, leeway 0: the cache holds exactly `lifetime` tokens.
  AuthOptions options;
  options.jti_rate_per_second = 1;
  options.leeway_seconds = 0;
  for (const int64_t lifetime : {10, 20}) {
    CAPTURE(lifetime);
    Ehr e(epic_issuer(R"(, "maxTokenLifetimeSeconds": )" + std::to_string(lifetime)), options);
    for (int64_t i = 0; i < lifetime; ++i) {
      const auto d = e.call(epic_token(e, e.now, lifetime));
      REQUIRE_MESSAGE(d.ok, d.reason_code);
    }
    const auto over = epic_token(e, e.now, lifetime);
    check_refused(e.call(over), over, "jti cache full", "jti-cache-full");
    // Once the first tokens expire their places come free.
    e.now += lifetime;
    CHECK(e.call(epic_token(e, e.now, lifetime)).ok);
  }
}
