// CDS Hooks client-token verification end to end through the Authenticator
// the router calls: the accepted tokens, every refusal the issue lists (each
// with a log reason that never quotes the token), and configuration errors
// that name the field.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "service/auth/jwt_authenticator.h"
#include "unit/test_auth_support.h"

using namespace spinecds::service;
using namespace spinecds::service::auth;
using namespace spinecds::test_auth;

namespace {

constexpr const char* kIss = "https://ehr.example.org";
constexpr const char* kAud = "https://cds.example.org/cds-services/lumbar-fusion-order-sign";
constexpr int64_t kNow = 1'700'000'000;

struct Keys {
  TestKey ec = make_ec_key("P-384", "ec-1");
  TestKey rsa = make_rsa_key(2048, "rsa-1", "RS384");
  TestKey other = make_ec_key("P-384", "ec-1");  // same kid, not trusted
};

const Keys& keys() {
  static const Keys k;
  return k;
}

struct Fixture {
  int64_t now = kNow;
  int fetches = 0;
  std::vector<std::string> fetched_urls;
  std::string served_jwks;
  Authenticator auth;
  int next_jti = 0;

  explicit Fixture(const std::string& issuer_extra = "", std::size_t capacity = 1000) {
    const std::string config = R"({"trustedIssuers": [{"iss": ")" + std::string(kIss) +
                               R"(", "jwks": )" + jwks_of({&keys().ec, &keys().rsa}) +
                               R"(, "fhirServers": ["https://ehr.example.org/fhir"])" +
                               issuer_extra + "}]}";
    rapidjson::Document doc;
    doc.Parse(config.c_str());
    REQUIRE_FALSE(doc.HasParseError());
    AuthOptions options;
    options.clock = [this] { return now; };
    options.jti_cache_capacity = capacity;
    options.fetch = [this](const std::string& url) -> std::optional<std::string> {
      ++fetches;
      fetched_urls.push_back(url);
      return served_jwks;
    };
    auto setup = make_jwt_authenticator(doc, options);
    REQUIRE_MESSAGE(setup.authenticator, setup.error);
    auth = *setup.authenticator;
  }

  std::string jti() { return "jti-" + std::to_string(++next_jti); }

  // A valid token of `key`, with `claims_extra` appended to the claims.
  std::string token(const TestKey& key, const std::string& claims_extra = "") {
    return make_jwt(key, header_json(key.alg, key.kid),
                    claims_json(kIss, kAud, now, now + 60, jti(), claims_extra));
  }

  AuthDecision call(const std::string& token, std::string_view audience = kAud) {
    HttpRequest req;
    req.method = "POST";
    req.target = "/cds-services/lumbar-fusion-order-sign";
    req.headers = {{"content-type", "application/json"}, {"authorization", "Bearer " + token}};
    return auth(req, audience);
  }
};

}  // namespace

TEST_CASE("valid ES384 and RS384 tokens are accepted") {
  Fixture f;
  for (const TestKey* k : {&keys().ec, &keys().rsa}) {
    CAPTURE(k->alg);
    const auto d = f.call(f.token(*k));
    CHECK_MESSAGE(d.ok, d.log_reason);
    CHECK(d.issuer == kIss);
    CHECK(d.fhir_servers == std::vector<std::string>{"https://ehr.example.org/fhir"});
    CHECK(d.log_reason.empty());
  }
  SUBCASE("aud as an array, lower-case scheme, within the leeway") {
    const auto t =
        make_jwt(keys().ec, header_json("ES384", "ec-1"),
                 R"({"iss":")" + std::string(kIss) + R"(","aud":["https://other.example",")" +
                     kAud + R"("],"iat":)" + std::to_string(kNow + 50) + R"(,"exp":)" +
                     std::to_string(kNow - 50) + R"(,"jti":"arr"})");
    // exp 50 s ago and iat 50 s ahead are within 60 s of leeway, but exp is
    // before iat: refused. A sane pair inside the leeway passes:
    check_refused(f.call(t), t, "exp is not after iat", "lifetime-too-long");
    const auto t2 = make_jwt(keys().ec, header_json("ES384", "ec-1"),
                             R"({"iss":")" + std::string(kIss) + R"(","aud":[")" + kAud +
                                 R"("],"iat":)" + std::to_string(kNow - 100) + R"(,"exp":)" +
                                 std::to_string(kNow - 30) + R"(,"jti":"arr2"})");
    HttpRequest req;
    req.headers = {{"authorization", "bearer " + t2}};
    CHECK(f.auth(req, kAud).ok);
  }
}

TEST_CASE("tokens refused with 401 and a reason that never quotes the token") {
  Fixture f;
  const TestKey& ec = keys().ec;
  const auto hdr = header_json("ES384", "ec-1");

  SUBCASE("expired") {
    const auto t = make_jwt(ec, hdr, claims_json(kIss, kAud, kNow - 200, kNow - 61, f.jti()));
    check_refused(f.call(t), t, "expired", "token-expired");
  }
  SUBCASE("iat in the future") {
    const auto t = make_jwt(ec, hdr, claims_json(kIss, kAud, kNow + 120, kNow + 180, f.jti()));
    check_refused(f.call(t), t, "iat is in the future", "token-not-yet-valid");
  }
  SUBCASE("nbf in the future") {
    const auto t = make_jwt(
        ec, hdr,
        claims_json(kIss, kAud, kNow, kNow + 60, f.jti(), ",\"nbf\":" + std::to_string(kNow + 90)));
    check_refused(f.call(t), t, "nbf", "token-not-yet-valid");
  }
  SUBCASE("wrong aud") {
    const auto t = make_jwt(
        ec, hdr,
        claims_json(kIss, "https://cds.example.org/cds-services", kNow, kNow + 60, f.jti()));
    check_refused(f.call(t), t, "aud", "wrong-audience");
    // The endpoint's URL with a trailing slash is another URL.
    const auto t2 = make_jwt(ec, hdr, claims_json(kIss, kAud, kNow, kNow + 60, f.jti()));
    check_refused(f.call(t2, std::string(kAud) + "/"), t2, "aud");
  }
  SUBCASE("unknown iss") {
    const auto t =
        make_jwt(ec, hdr, claims_json("https://evil.example", kAud, kNow, kNow + 60, f.jti()));
    check_refused(f.call(t), t, "not a trusted issuer", "untrusted-issuer");
  }
  SUBCASE("unknown kid") {
    const auto t = make_jwt(ec, header_json("ES384", "nope"),
                            claims_json(kIss, kAud, kNow, kNow + 60, f.jti()));
    check_refused(f.call(t), t, "unknown kid", "unknown-key");
    CHECK(f.fetches == 0);
  }
  SUBCASE("alg none") {
    const std::string h = header_json("none", "ec-1");
    const std::string c = claims_json(kIss, kAud, kNow, kNow + 60, f.jti());
    const std::string unsigned_token = base64url_encode(h) + "." + base64url_encode(c) + ".";
    check_refused(f.call(unsigned_token), unsigned_token, "empty segment", "malformed-token");
    const std::string with_sig = unsigned_token + base64url_encode("x");
    check_refused(f.call(with_sig), with_sig, "alg \"none\" not accepted", "alg-not-accepted");
  }
  SUBCASE("HS256 signed with the public key as the secret") {
    for (const TestKey* k : {&keys().ec, &keys().rsa}) {
      const std::string h = header_json("HS256", k->kid);
      const std::string c = claims_json(kIss, kAud, kNow, kNow + 60, f.jti());
      for (const std::string& secret :
           {public_pem(*k), std::string(R"({"keys":[)") + public_jwk(*k) + "]}"}) {
        const auto t = make_hs256_jwt(secret, h, c);
        check_refused(f.call(t), t, "alg \"HS256\" not accepted", "alg-not-accepted");
      }
    }
  }
  SUBCASE("signed by another key under a trusted kid") {
    const auto t = make_jwt(keys().other, hdr, claims_json(kIss, kAud, kNow, kNow + 60, f.jti()));
    check_refused(f.call(t), t, "signature does not verify", "bad-signature");
  }
  SUBCASE("RS384 header on the EC key's kid (algorithm substitution)") {
    const auto t = make_jwt(keys().rsa, header_json("RS384", "ec-1"),
                            claims_json(kIss, kAud, kNow, kNow + 60, f.jti()));
    check_refused(f.call(t), t, "key does not fit", "bad-signature");
  }
  SUBCASE("replayed jti") {
    const auto t = f.token(ec);
    CHECK(f.call(t).ok);
    check_refused(f.call(t), t, "replayed", "jti-replayed");
    f.now += 30;
    check_refused(f.call(t), t, "replayed", "jti-replayed");
  }
  SUBCASE("base64 (not base64url) segments") {
    // Search for a token whose plain-base64 spelling differs in all segments.
    std::string t;
    std::string plain;
    for (int i = 0; i < 50 && plain == t; ++i) {
      t = make_jwt(ec, hdr, claims_json(kIss, kAud, kNow, kNow + 60, f.jti(), ",\"p\":\"x\""));
      const auto d1 = t.find('.');
      const auto d2 = t.find('.', d1 + 1);
      plain = to_plain_base64(t.substr(0, d1)) + "." +
              to_plain_base64(t.substr(d1 + 1, d2 - d1 - 1)) + "." +
              to_plain_base64(t.substr(d2 + 1));
    }
    REQUIRE(plain != t);
    check_refused(f.call(plain), plain, "not base64url", "malformed-token");
  }
  SUBCASE("a jku off the allowlist is refused and never fetched") {
    const auto t = make_jwt(ec, header_json("ES384", "ec-1", R"(,"jku":"https://evil.example/k")"),
                            claims_json(kIss, kAud, kNow, kNow + 60, f.jti()));
    check_refused(f.call(t), t, "jkuAllowlist", "jku-not-allowed");
    CHECK(f.fetches == 0);
  }
  SUBCASE("truncated token") {
    const auto t = f.token(ec);
    for (std::size_t cut :
         {std::size_t{1}, std::size_t{4}, std::size_t{10}, t.size() / 2, t.size() - t.find('.')}) {
      const std::string truncated = t.substr(0, t.size() - cut);
      CAPTURE(cut);
      const auto d = f.call(truncated);
      CHECK_FALSE(d.ok);
      CHECK(d.log_reason.find(truncated) == std::string::npos);
    }
    CHECK(f.call(t).ok);  // the intact token was never consumed
  }
  SUBCASE("exp - iat longer than the issuer's lifetime (900 s by default, no leeway)") {
    const auto t = make_jwt(ec, hdr, claims_json(kIss, kAud, kNow, kNow + 901, f.jti()));
    check_refused(f.call(t), t, "lifetime (exp - iat) 901 s exceeds 900 s", "lifetime-too-long");
    const auto ok = make_jwt(ec, hdr, claims_json(kIss, kAud, kNow, kNow + 900, f.jti()));
    CHECK(f.call(ok).ok);
  }
  SUBCASE("header: typ and kid required, crit refused") {
    const std::string c = claims_json(kIss, kAud, kNow, kNow + 60, f.jti());
    const auto no_typ = make_jwt(ec, R"({"alg":"ES384","kid":"ec-1"})", c);
    check_refused(f.call(no_typ), no_typ, "typ", "bad-header");
    const auto bad_typ = make_jwt(ec, R"({"alg":"ES384","typ":"at+jwt","kid":"ec-1"})", c);
    check_refused(f.call(bad_typ), bad_typ, "typ");
    // Media types are case-insensitive: "jwt" is "JWT".
    const auto lower = make_jwt(ec, R"({"alg":"ES384","typ":"jwt","kid":"ec-1"})", c);
    CHECK(f.call(lower).ok);
    const auto no_kid = make_jwt(ec, R"({"alg":"ES384","typ":"JWT"})", c);
    check_refused(f.call(no_kid), no_kid, "kid missing");
    const auto crit = make_jwt(ec, header_json("ES384", "ec-1", R"(,"crit":["exp"])"), c);
    check_refused(f.call(crit), crit, "crit");
  }
  SUBCASE("required claims") {
    const auto no_jti =
        make_jwt(ec, hdr,
                 R"({"iss":")" + std::string(kIss) + R"(","aud":")" + kAud + R"(","iat":)" +
                     std::to_string(kNow) + R"(,"exp":)" + std::to_string(kNow + 60) + "}");
    check_refused(f.call(no_jti), no_jti, "jti", "bad-claims");
    const auto str_exp = make_jwt(ec, hdr,
                                  R"({"iss":")" + std::string(kIss) + R"(","aud":")" + kAud +
                                      R"(","iat":)" + std::to_string(kNow) + R"(,"exp":")" +
                                      std::to_string(kNow + 60) + R"(","jti":"s"})");
    check_refused(f.call(str_exp), str_exp, "exp");
  }
  SUBCASE("Authorization header shapes") {
    HttpRequest req;
    CHECK(f.auth(req, kAud).log_reason == "no Authorization header");
    CHECK(f.auth(req, kAud).reason_code == "no-bearer-token");
    const auto t = f.token(ec);
    req.headers = {{"authorization", "Basic " + t}};
    check_refused(f.auth(req, kAud), t, "not a Bearer token");
    req.headers = {{"authorization", "Bearer " + t}, {"authorization", "Bearer " + t}};
    check_refused(f.auth(req, kAud), t, "more than one");
    req.headers = {{"authorization", "Bearer " + std::string(20000, 'A')}};
    CHECK(f.auth(req, kAud).log_reason == "Bearer token too long");
  }
}

TEST_CASE("a full replay cache refuses new tokens until entries expire") {
  Fixture f("", /*capacity=*/2);
  CHECK(f.call(f.token(keys().ec)).ok);
  CHECK(f.call(f.token(keys().rsa)).ok);
  const auto third = f.token(keys().ec);
  check_refused(f.call(third), third, "jti cache full", "jti-cache-full");
  // The first two expire at now + 60 + 60 s of leeway.
  f.now += 121;
  CHECK(f.call(f.token(keys().ec)).ok);
}

TEST_CASE("tenants, when the issuer lists them") {
  Fixture f(R"(, "tenants": ["t1", "t2"])");
  const auto ok = f.token(keys().ec, R"(,"tenant":"t2")");
  CHECK(f.call(ok).ok);
  const auto wrong = f.token(keys().ec, R"(,"tenant":"t3")");
  check_refused(f.call(wrong), wrong, "tenant \"t3\" is not on the issuer's list",
                "tenant-not-allowed");
  const auto none = f.token(keys().ec);
  check_refused(f.call(none), none, "tenant missing");
  Fixture open;  // no list: any tenant (or none) is fine
  CHECK(open.call(open.token(keys().ec, R"(,"tenant":"anything")")).ok);
}

TEST_CASE("keys from an allowlisted jku and from jwksUrl are fetched and cached") {
  const TestKey remote = make_ec_key("P-384", "remote-1");
  Fixture f(R"(, "jkuAllowlist": ["https://ehr.example.org/jwks.json"],
              "jwksUrl": "https://ehr.example.org/keys")");
  f.served_jwks = jwks_of({&remote});
  const auto via_jku = make_jwt(
      remote, header_json("ES384", "remote-1", R"(,"jku":"https://ehr.example.org/jwks.json")"),
      claims_json(kIss, kAud, kNow, kNow + 60, f.jti()));
  CHECK(f.call(via_jku).ok);
  CHECK(f.fetched_urls == std::vector<std::string>{"https://ehr.example.org/jwks.json"});
  const auto via_url = f.token(remote);
  CHECK(f.call(via_url).ok);
  CHECK(f.fetches == 2);
  CHECK(f.fetched_urls.back() == "https://ehr.example.org/keys");
  CHECK(f.call(f.token(remote)).ok);
  CHECK(f.fetches == 2);  // cached by kid
  // Tokens that fail the cheap checks never cause a fetch.
  f.now += 120;
  const auto wrong_aud = make_jwt(remote, header_json("ES384", "unknown-kid"),
                                  claims_json(kIss, "https://x.example", kNow, kNow + 60, "w"));
  CHECK_FALSE(f.call(wrong_aud).ok);
  CHECK(f.fetches == 2);
}

TEST_CASE("configuration errors name the field") {
  const TestKey& ec = keys().ec;
  const std::string jwks = jwks_of({&ec});
  struct Case {
    std::string config;
    std::string error;
  };
  const std::vector<Case> cases = {
      {R"([])", "auth: must be an object"},
      {R"({})", "auth.trustedIssuers: required, an array of issuers"},
      {R"({"trustedIssuers": []})", "auth.trustedIssuers: empty"},
      {R"({"trustedIssuers": [], "leeway": 5})", "auth.leeway: unknown field"},
      {R"({"trustedIssuers": [{"jwks": )" + jwks + "}]}",
       "auth.trustedIssuers[0].iss: required, a non-empty string"},
      {R"({"trustedIssuers": [{"iss": "a"}]})", "auth.trustedIssuers[0]: no keys"},
      {R"({"trustedIssuers": [{"iss": "a", "jwksURL": "https://x/k"}]})",
       "auth.trustedIssuers[0].jwksURL: unknown field"},
      {R"({"trustedIssuers": [{"iss": "a", "jwksUrl": "http://x/k"}]})",
       "auth.trustedIssuers[0].jwksUrl: must be an https:// URL"},
      {R"({"trustedIssuers": [{"iss": "a", "jkuAllowlist": ["https://x/k", "ftp://y"]}]})",
       "auth.trustedIssuers[0].jkuAllowlist[1]: must be an https:// URL"},
      {R"({"trustedIssuers": [{"iss": "a", "jwks": {"keys": [{"kty": "EC", "kid": "k",
           "crv": "P-384", "x": "AAAA", "y": "AAAA"}]}}]})",
       "auth.trustedIssuers[0].jwks.keys[0].x: not a coordinate of the curve"},
      {R"({"trustedIssuers": [{"iss": "a", "jwks": )" + jwks + R"(, "tenants": []}]})",
       "auth.trustedIssuers[0].tenants: must not be empty"},
      {R"({"trustedIssuers": [{"iss": "a", "jwks": )" + jwks +
           R"(, "fhirServers": ["ehr.example/fhir"]}]})",
       "auth.trustedIssuers[0].fhirServers[0]: must be an http(s):// URL"},
      {R"({"trustedIssuers": [{"iss": "a", "jwks": )" + jwks +
           R"(, "maxTokenLifetimeSeconds": 0}]})",
       "auth.trustedIssuers[0].maxTokenLifetimeSeconds: must be an integer from 1 to 3600"},
      {R"({"trustedIssuers": [{"iss": "a", "jwks": )" + jwks +
           R"(, "maxTokenLifetimeSeconds": 3601}]})",
       "auth.trustedIssuers[0].maxTokenLifetimeSeconds: must be an integer from 1 to 3600"},
      {R"({"trustedIssuers": [{"iss": "a", "jwks": )" + jwks +
           R"(, "maxTokenLifetimeSeconds": "900"}]})",
       "auth.trustedIssuers[0].maxTokenLifetimeSeconds: must be an integer"},
      {R"({"trustedIssuers": [{"iss": "a", "jwks": )" + jwks + R"(}, {"iss": "a", "jwks": )" +
           jwks + "}]}",
       "auth.trustedIssuers[1].iss: listed twice"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.config);
    rapidjson::Document doc;
    doc.Parse(c.config.c_str());
    REQUIRE_FALSE(doc.HasParseError());
    const auto setup = make_jwt_authenticator(doc, AuthOptions{});
    CHECK_FALSE(setup.authenticator);
    CHECK(setup.error.rfind(c.error, 0) == 0);
    CAPTURE(setup.error);
  }
  SUBCASE("the DESIGN.md §7 example shape is accepted") {
    rapidjson::Document doc;
    doc.Parse(R"({"trustedIssuers": [
      {"iss": "https://ehr.example.org",
       "jwksUrl": "https://ehr.example.org/jwks.json", "jwks": {"keys": []},
       "jkuAllowlist": ["https://ehr.example.org/jwks.json"], "tenants": ["t1"],
       "fhirServers": ["https://ehr.example.org/fhir"], "maxTokenLifetimeSeconds": 900}]})");
    const auto setup = make_jwt_authenticator(doc, AuthOptions{});
    CHECK_MESSAGE(setup.authenticator, setup.error);
  }
}
