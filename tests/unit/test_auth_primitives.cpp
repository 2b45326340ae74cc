// The building blocks of CDS Hooks JWT verification, each alone: base64url,
// JWS splitting, JWK import, signature checks for every accepted algorithm
// (and the spec's own example token), the replay cache and the JWKS cache.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "service/auth/base64url.h"
#include "service/auth/jwk.h"
#include "service/auth/jwks_cache.h"
#include "service/auth/jws_verify.h"
#include "service/auth/jwt.h"
#include "service/auth/replay_cache.h"
#include "support/files.h"
#include "support/json_fixtures.h"
#include "unit/test_auth_support.h"

using namespace spinecds::service::auth;
using namespace spinecds::test_auth;

using spinecds::test::parse_json;

namespace {

Result<PublicKey> import(const TestKey& k) {
  auto doc = parse_json(public_jwk(k));
  return parse_jwk(doc);
}

using spinecds::test::read_text;

}  // namespace

TEST_CASE("base64url decodes strictly") {
  CHECK(base64url_decode("") == std::string());
  CHECK(base64url_decode("Zg") == std::string("f"));
  CHECK(base64url_decode("Zm8") == std::string("fo"));
  CHECK(base64url_decode("Zm9v") == std::string("foo"));
  CHECK(base64url_decode("-_8") == std::string("\xfb\xff"));
  SUBCASE("plain base64 alphabet and padding are refused") {
    CHECK_FALSE(base64url_decode("+/8"));
    CHECK_FALSE(base64url_decode("Zg=="));
    CHECK_FALSE(base64url_decode("Zm8="));
  }
  SUBCASE("impossible lengths and non-canonical endings are refused") {
    CHECK_FALSE(base64url_decode("Z"));
    CHECK_FALSE(base64url_decode("Zm9vY"));
    CHECK_FALSE(base64url_decode("Zh"));  // 'h' leaves non-zero unused bits
    CHECK_FALSE(base64url_decode("Zm9 "));
    CHECK_FALSE(base64url_decode(std::string_view("Zm\0v", 4)));
  }
  SUBCASE("round trip over every byte value") {
    std::string all;
    for (int i = 0; i < 256; ++i) all.push_back(static_cast<char>(i));
    for (std::size_t n = 0; n < all.size(); n += 7) {
      const auto text = base64url_encode(all.substr(0, n));
      CHECK(text.find_first_of("+/=") == std::string::npos);
      CHECK(base64url_decode(text) == all.substr(0, n));
    }
  }
}

TEST_CASE("parse_jwt splits a compact JWS and refuses malformed ones") {
  const std::string h = base64url_encode(R"({"alg":"ES384","typ":"JWT","kid":"k"})");
  const std::string c = base64url_encode(R"({"iss":"x"})");
  const std::string s = base64url_encode("sig");
  auto ok = parse_jwt(h + "." + c + "." + s);
  REQUIRE(ok);
  CHECK(ok->signing_input == h + "." + c);
  CHECK(ok->signature == "sig");
  CHECK(ok->header["kid"] == "k");

  CHECK_FALSE(parse_jwt(""));
  CHECK_FALSE(parse_jwt(h + "." + c));                   // two segments
  CHECK_FALSE(parse_jwt(h + "." + c + "." + s + ".x"));  // four (JWE-like)
  CHECK_FALSE(parse_jwt(h + "." + c + "."));             // unsigned
  CHECK_FALSE(parse_jwt(h + ".." + s));
  REQUIRE(to_plain_base64(h) != h);  // padded
  CHECK_FALSE(parse_jwt(to_plain_base64(h) + "." + c + "." + s));
  CHECK_FALSE(parse_jwt(base64url_encode("[1,2]") + "." + c + "." + s));  // not an object
  CHECK_FALSE(parse_jwt(base64url_encode(R"({"alg":"ES384"} x)") + "." + c + "." + s));
  CHECK_FALSE(parse_jwt(h + "." + base64url_encode(R"({"iss":"a","iss":"b"})") + "." + s));
  CHECK_FALSE(parse_jwt(std::string(kMaxTokenBytes + 1, 'A')));
  // Deep nesting is refused without recursion (iterative parser; the
  // nesting itself parses, the root is not an object of ours).
  const std::string deep = base64url_encode(std::string(4000, '[') + std::string(4000, ']'));
  CHECK_FALSE(parse_jwt(deep + "." + c + "." + s));
}

TEST_CASE("JWKs import for EC P-256/384/521 and RSA, and bad ones are refused") {
  for (const char* curve : {"P-256", "P-384", "P-521"}) {
    CAPTURE(curve);
    const auto key = import(make_ec_key(curve, "k"));
    REQUIRE(key);
    CHECK(key->type == PublicKey::Type::ec);
    CHECK(key->curve == curve);
  }
  const auto rsa = import(make_rsa_key(2048, "r"));
  REQUIRE(rsa);
  CHECK(rsa->type == PublicKey::Type::rsa);

  SUBCASE("a point off the curve") {
    auto doc = parse_json(public_jwk(make_ec_key("P-384", "k")));
    std::string y = doc["y"].GetString();
    y[10] = y[10] == 'A' ? 'B' : 'A';
    doc["y"].SetString(y.c_str(), doc.GetAllocator());
    const auto r = parse_jwk(doc);
    CHECK_FALSE(r);
    CHECK(r.error().rfind("x:", 0) == 0);
  }
  SUBCASE("short coordinates, missing members, private parts, wrong use") {
    auto doc = parse_json(public_jwk(make_ec_key("P-256", "k")));
    rapidjson::Document copy;
    copy.CopyFrom(doc, copy.GetAllocator());
    copy["x"].SetString("AAAA");
    CHECK(parse_jwk(copy).error().rfind("x:", 0) == 0);
    copy.CopyFrom(doc, copy.GetAllocator());
    copy.RemoveMember("kid");
    CHECK(parse_jwk(copy).error().rfind("kid:", 0) == 0);
    copy.CopyFrom(doc, copy.GetAllocator());
    copy.AddMember("d", "AAAA", copy.GetAllocator());
    CHECK(parse_jwk(copy).error().rfind("d:", 0) == 0);
    copy.CopyFrom(doc, copy.GetAllocator());
    copy["use"].SetString("enc");
    CHECK(parse_jwk(copy).error().rfind("use:", 0) == 0);
    copy.CopyFrom(doc, copy.GetAllocator());
    copy["alg"].SetString("ES384");  // a P-256 key claiming ES384
    CHECK(parse_jwk(copy).error().rfind("alg:", 0) == 0);
    copy.CopyFrom(doc, copy.GetAllocator());
    copy["alg"].SetString("HS256");
    CHECK(parse_jwk(copy).error().rfind("alg:", 0) == 0);
    copy.CopyFrom(doc, copy.GetAllocator());
    copy["kty"].SetString("oct");
    CHECK(parse_jwk(copy).error().rfind("kty:", 0) == 0);
  }
  SUBCASE("RSA under 2048 bits") {
    const auto r = import(make_rsa_key(1024, "small"));
    CHECK_FALSE(r);
    CHECK(r.error().rfind("n:", 0) == 0);
  }
  SUBCASE("a set: strict names the key, lenient skips it; duplicate kids") {
    const auto a = make_ec_key("P-384", "a");
    const auto b = make_ec_key("P-384", "b");
    auto doc = parse_json(R"({"keys":[)" + public_jwk(a) +
                          R"(,{"kty":"oct","kid":"s","k":"AAAA"},)" + public_jwk(b) + "]}");
    auto strict = parse_jwks(doc, true);
    CHECK_FALSE(strict);
    CHECK(strict.error().rfind("keys[1].kty:", 0) == 0);
    auto lenient = parse_jwks(doc, false);
    REQUIRE(lenient);
    CHECK(lenient->size() == 2);

    auto dup = parse_json(jwks_of({&a, &a, &b}));
    CHECK(parse_jwks(dup, true).error() == "keys[1].kid: used by another key of the set");
    auto dup_lenient = parse_jwks(dup, false);
    REQUIRE(dup_lenient);
    REQUIRE(dup_lenient->size() == 1);
    CHECK(dup_lenient->front().kid == "b");
  }
}

TEST_CASE("every accepted algorithm verifies its own signature and nothing else") {
  struct Case {
    const char* alg;
    TestKey key;
  };
  const auto rsa = make_rsa_key(2048, "r");
  const Case cases[] = {
      {"ES256", make_ec_key("P-256", "e256")},
      {"ES384", make_ec_key("P-384", "e384")},
      {"ES512", make_ec_key("P-521", "e521")},
      {"RS256", rsa},
      {"RS384", rsa},
      {"RS512", rsa},
      {"PS256", rsa},
      {"PS384", rsa},
      {"PS512", rsa},
  };
  const std::string input = "eyJhIjoxfQ.eyJiIjoyfQ";
  for (const auto& c : cases) {
    CAPTURE(c.alg);
    const auto alg = parse_jws_alg(c.alg);
    REQUIRE(alg);
    auto key = import(c.key);
    REQUIRE(key);
    key->alg.reset();  // one RSA key serves all RSA algorithms here
    const std::string sig = sign(c.key, c.alg, input);
    CHECK(verify_jws(*alg, key.value(), input, sig));
    CHECK_FALSE(verify_jws(*alg, key.value(), input + "x", sig));
    std::string bad = sig;
    bad[bad.size() / 2] ^= 0x01;
    CHECK_FALSE(verify_jws(*alg, key.value(), input, bad));
  }
  SUBCASE("RS and PS signatures are not interchangeable") {
    auto key = import(rsa);
    key->alg.reset();
    CHECK_FALSE(verify_jws(JwsAlg::PS384, key.value(), input, sign(rsa, "RS384", input)));
    CHECK_FALSE(verify_jws(JwsAlg::RS384, key.value(), input, sign(rsa, "PS384", input)));
  }
  SUBCASE("ECDSA: DER form refused, curve must match the algorithm, key alg pins") {
    const auto k384 = make_ec_key("P-384", "k");
    auto key = import(k384);
    const std::string raw = sign(k384, "ES384", input);
    CHECK(verify_jws(JwsAlg::ES384, key.value(), input, raw));
    CHECK_FALSE(verify_jws(JwsAlg::ES256, key.value(), input, raw));
    CHECK_FALSE(verify_jws(JwsAlg::RS384, key.value(), input, raw));
    // The DER encoding of the same signature is not JOSE's R||S.
    ECDSA_SIG* es = ECDSA_SIG_new();
    ECDSA_SIG_set0(es, BN_bin2bn(reinterpret_cast<const unsigned char*>(raw.data()), 48, nullptr),
                   BN_bin2bn(reinterpret_cast<const unsigned char*>(raw.data()) + 48, 48, nullptr));
    unsigned char* der = nullptr;
    const int len = i2d_ECDSA_SIG(es, &der);
    const std::string der_sig(reinterpret_cast<char*>(der), static_cast<std::size_t>(len));
    OPENSSL_free(der);
    ECDSA_SIG_free(es);
    CHECK_FALSE(verify_jws(JwsAlg::ES384, key.value(), input, der_sig));
  }
  SUBCASE("none and HMAC are not algorithms we know") {
    for (const char* name : {"none", "None", "HS256", "HS384", "HS512", "es384", "", "EdDSA"}) {
      CAPTURE(name);
      CHECK_FALSE(parse_jws_alg(name));
    }
  }
}

TEST_CASE("the CDS Hooks spec's example ES384 token verifies at the signature step") {
  const std::filesystem::path dir = std::filesystem::path(SPINECDS_SOURCE_DIR) / "tests" / "data" /
                                    "spec" / "cds-hooks-spec-examples";
  const auto token_file = dir / "spec201-jwt-example-ES384.txt";
  const auto jwks_file = dir / "spec201-23-jwks-public.json";
  REQUIRE_MESSAGE(std::filesystem::exists(token_file), token_file.string() << " is missing");
  REQUIRE_MESSAGE(std::filesystem::exists(jwks_file), jwks_file.string() << " is missing");
  std::string token = read_text(token_file);
  while (!token.empty() && (token.back() == '\n' || token.back() == '\r' || token.back() == ' ')) {
    token.pop_back();
  }
  auto jwks_doc = parse_json(read_text(jwks_file));
  auto keys = parse_jwks(jwks_doc, true);
  REQUIRE_MESSAGE(keys, keys.error());
  REQUIRE(keys->size() == 1);
  const PublicKey& key = keys->front();
  CHECK(key.kid == "example-kid");

  auto jwt = parse_jwt(token);
  REQUIRE_MESSAGE(jwt, jwt.error());
  CHECK(std::string(jwt->header["alg"].GetString()) == "ES384");
  CHECK(jwt->signature.size() == 96);
  const auto ok = verify_jws(JwsAlg::ES384, key, jwt->signing_input, jwt->signature);
  CHECK_MESSAGE(ok, ok.error());

  SUBCASE("one byte of the claims changed") {
    auto claims = base64url_decode(jwt->signing_input.substr(jwt->signing_input.find('.') + 1));
    REQUIRE(claims);
    const auto at = claims->find("some-service");
    REQUIRE(at != std::string::npos);
    (*claims)[at] = 'S';
    const std::string input =
        jwt->signing_input.substr(0, jwt->signing_input.find('.') + 1) + base64url_encode(*claims);
    CHECK_FALSE(verify_jws(JwsAlg::ES384, key, input, jwt->signature));
  }
  SUBCASE("one byte of the signature changed") {
    std::string sig = jwt->signature;
    sig[10] ^= 0x40;
    CHECK_FALSE(verify_jws(JwsAlg::ES384, key, jwt->signing_input, sig));
  }
  SUBCASE("one character of the token text changed") {
    std::string changed = token;
    const auto pos = changed.find('.') + 5;
    changed[pos] = changed[pos] == 'A' ? 'B' : 'A';
    auto altered = parse_jwt(changed);
    if (altered) {
      CHECK_FALSE(verify_jws(JwsAlg::ES384, key, altered->signing_input, altered->signature));
    }
  }
}

TEST_CASE("replay cache: once per jti, bounded, forgets only after expiry") {
  ReplayCache cache(2);
  const int64_t now = 1000;
  CHECK(cache.check_and_remember("iss", "a", now + 100, now) == ReplayCache::Outcome::fresh);
  CHECK(cache.check_and_remember("iss", "a", now + 100, now) == ReplayCache::Outcome::replayed);
  // Same jti from another issuer is another token; the split is unambiguous.
  CHECK(cache.check_and_remember("is", "sa", now + 200, now) == ReplayCache::Outcome::fresh);
  CHECK(cache.size() == 2);
  // Full of live entries: refuse rather than forget.
  CHECK(cache.check_and_remember("iss", "c", now + 100, now) == ReplayCache::Outcome::full);
  CHECK(cache.check_and_remember("iss", "a", now + 100, now + 50) ==
        ReplayCache::Outcome::replayed);
  // After the first entry's expiry there is room again, and "a" is forgotten
  // only then.
  CHECK(cache.check_and_remember("iss", "c", now + 300, now + 100) == ReplayCache::Outcome::fresh);
  CHECK(cache.size() == 2);
  CHECK(cache.check_and_remember("is", "sa", now + 300, now + 150) ==
        ReplayCache::Outcome::replayed);
}

TEST_CASE("JWKS cache: inline keys, jku allowlist without fetch, refresh rate") {
  const auto k1 = make_ec_key("P-384", "k1");
  const auto k2 = make_ec_key("P-384", "k2");
  int64_t now = 10'000;
  int fetches = 0;
  std::string served = jwks_of({&k1});
  std::vector<std::string> urls;
  JwksCache cache(
      [&](const std::string& url) -> std::optional<std::string> {
        ++fetches;
        urls.push_back(url);
        return served;
      },
      [&] { return now; });

  SUBCASE("inline keys need no fetch; unknown kid without jwksUrl fails without one") {
    IssuerKeys keys;
    auto doc = parse_json(jwks_of({&k1}));
    keys.inline_keys = parse_jwks(doc, true).value();
    CHECK(cache.find("iss", keys, "k1", std::nullopt));
    CHECK(cache.find("iss", keys, "k2", std::nullopt).error() == "unknown kid");
    CHECK(fetches == 0);
  }
  SUBCASE("a jku off the allowlist is refused and never fetched") {
    IssuerKeys keys;
    keys.jwks_url = "https://ehr.example/jwks.json";
    keys.jku_allowlist = {"https://ehr.example/jwks.json"};
    const auto r = cache.find("iss", keys, "k1", std::string_view("https://evil.example/jwks"));
    CHECK_FALSE(r);
    CHECK(r.error() == "jku is not on the issuer's jkuAllowlist");
    CHECK(fetches == 0);
    // Near misses are still misses: the comparison is exact.
    CHECK_FALSE(cache.find("iss", keys, "k1", std::string_view("https://ehr.example/jwks.json/")));
    CHECK(fetches == 0);
    CHECK(cache.find("iss", keys, "k1", std::string_view("https://ehr.example/jwks.json")));
    CHECK(fetches == 1);
  }
  SUBCASE("unknown kid refreshes at most once a minute; rotation is picked up") {
    IssuerKeys keys;
    keys.jwks_url = "https://ehr.example/jwks.json";
    CHECK(cache.find("iss", keys, "k1", std::nullopt));
    CHECK(fetches == 1);
    CHECK(cache.find("iss", keys, "k1", std::nullopt));  // cached
    CHECK(fetches == 1);
    // The set was fetched just now: an unknown kid does not fetch again.
    CHECK_FALSE(cache.find("iss", keys, "k2", std::nullopt));
    CHECK(fetches == 1);
    served = jwks_of({&k1, &k2});  // the EHR rotates
    now += 30;
    for (int i = 0; i < 5; ++i) CHECK_FALSE(cache.find("iss", keys, "k2", std::nullopt));
    CHECK(fetches == 1);  // no fetch storm within the minute
    now += 31;
    CHECK(cache.find("iss", keys, "k2", std::nullopt));
    CHECK(fetches == 2);
    // A random kid a minute later costs one fetch, then none for a minute.
    now += 61;
    CHECK_FALSE(cache.find("iss", keys, "nope", std::nullopt));
    CHECK_FALSE(cache.find("iss", keys, "nope2", std::nullopt));
    CHECK(fetches == 3);
    CHECK(urls.back() == "https://ehr.example/jwks.json");
  }
  SUBCASE("a failed fetch keeps the last good set") {
    IssuerKeys keys;
    keys.jwks_url = "https://ehr.example/jwks.json";
    CHECK(cache.find("iss", keys, "k1", std::nullopt));
    served = "not json";
    now += 3601;  // stale: refreshed on next use, but the fetch gives garbage
    CHECK(cache.find("iss", keys, "k1", std::nullopt));
    CHECK(fetches == 2);
  }
}
