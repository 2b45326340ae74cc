// Splitting a JWT from unauthenticated bytes: a segment must be one JSON
// object and nothing else, so hidden bytes after a NUL, a NUL inside a
// string, or invalid UTF-8 make the token unreadable before any key is used.
#include <doctest/doctest.h>

#include <string>

#include "service/auth/base64url.h"
#include "service/auth/jwt.h"

using namespace spinecds::service::auth;
using namespace std::string_literals;

namespace {

std::string token(const std::string& header, const std::string& claims) {
  return base64url_encode(header) + "." + base64url_encode(claims) + "." + base64url_encode("sig");
}

const std::string kHeader = R"({"alg":"RS256","typ":"JWT","kid":"k1"})";
const std::string kClaims = R"({"iss":"https://ehr.example.org","sub":"c","exp":1790000000})";

}  // namespace

TEST_CASE("a well-formed token splits into header, claims and signature") {
  const auto r = parse_jwt(token(kHeader, kClaims));
  REQUIRE(r);
  CHECK(std::string(r->header["kid"].GetString()) == "k1");
  CHECK(r->signature == "sig");
}

TEST_CASE("bytes hidden after a raw NUL, U+0000 and invalid UTF-8 make a segment unreadable") {
  CHECK_FALSE(parse_jwt(token(kHeader + "\0{\"alg\":\"none\"}"s, kClaims)));
  CHECK_FALSE(parse_jwt(token(kHeader, kClaims + "\0trailing"s)));
  CHECK_FALSE(parse_jwt(token(R"({"alg":"RS256","kid":"k1\u0000x"})", kClaims)));
  CHECK_FALSE(parse_jwt(token(kHeader, R"({"iss":"https://ehr.example.org\u0000.evil"})")));
  CHECK_FALSE(parse_jwt(token(kHeader, "{\"iss\":\"\xc0\xaf\"}")));
  CHECK_FALSE(parse_jwt(token(kHeader, R"({"iss":"a","iss":"b"})")));
  const auto r = parse_jwt(token(kHeader, R"({"iss":"https://ehr.example.org\u0000.evil"})"));
  CHECK(r.error().find("evil") == std::string::npos);
}
