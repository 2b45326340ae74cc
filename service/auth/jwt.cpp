#include "service/auth/jwt.h"

#include <set>
#include <string_view>

#include "fhir/json_parse.h"
#include "service/auth/base64url.h"

namespace spinecds::service::auth {
namespace {

// Parses one decoded segment with the project's parser for untrusted JSON:
// iterative with a depth limit, valid UTF-8 only, and no raw NUL (which
// RapidJSON would read as the end, ignoring the bytes after it) or U+0000 in
// a string. Duplicate names refused because parsers disagree on which one
// wins, and a signature must mean one thing.
bool parse_object(const std::string& json, rapidjson::Document& doc) {
  if (fhir::parse_json(json, doc).status != fhir::JsonParseStatus::ok || !doc.IsObject()) {
    return false;
  }
  std::set<std::string_view> names;
  for (const auto& m : doc.GetObject()) {
    if (!names.emplace(m.name.GetString(), m.name.GetStringLength()).second) return false;
  }
  return true;
}

}  // namespace

Result<ParsedJwt> parse_jwt(std::string_view token) {
  if (token.empty()) return Result<ParsedJwt>::fail("empty token");
  if (token.size() > kMaxTokenBytes) return Result<ParsedJwt>::fail("token too long");
  const auto first = token.find('.');
  if (first == std::string_view::npos) return Result<ParsedJwt>::fail("token is not a JWS");
  const auto second = token.find('.', first + 1);
  if (second == std::string_view::npos || token.find('.', second + 1) != std::string_view::npos) {
    return Result<ParsedJwt>::fail("token does not have three segments");
  }
  const auto header_b64 = token.substr(0, first);
  const auto claims_b64 = token.substr(first + 1, second - first - 1);
  const auto sig_b64 = token.substr(second + 1);
  if (header_b64.empty() || claims_b64.empty() || sig_b64.empty()) {
    return Result<ParsedJwt>::fail("token has an empty segment");
  }
  auto header = base64url_decode(header_b64);
  auto claims = base64url_decode(claims_b64);
  auto sig = base64url_decode(sig_b64);
  if (!header || !claims || !sig) return Result<ParsedJwt>::fail("token segment is not base64url");

  ParsedJwt jwt;
  if (!parse_object(*header, jwt.header)) {
    return Result<ParsedJwt>::fail("token header is not a JSON object");
  }
  if (!parse_object(*claims, jwt.claims)) {
    return Result<ParsedJwt>::fail("token claims are not a JSON object");
  }
  jwt.signing_input.assign(token.substr(0, second));
  jwt.signature = std::move(*sig);
  return Result<ParsedJwt>::ok(std::move(jwt));
}

}  // namespace spinecds::service::auth
