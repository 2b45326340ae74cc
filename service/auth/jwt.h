#pragma once
// Splitting a compact JWS (RFC 7515 §7.1) into its decoded header, claims and
// signature. Nothing here is trusted yet: the caller verifies the signature
// over `signing_input` before believing any claim.
#include <string>
#include <string_view>

#include <rapidjson/document.h>

#include "service/auth/result.h"

namespace spinecds::service::auth {

struct ParsedJwt {
  rapidjson::Document header;  // a JSON object
  rapidjson::Document claims;  // a JSON object
  std::string signing_input;   // "<header b64>.<claims b64>", what was signed
  std::string signature;       // raw signature bytes
};

// Longest token accepted; the HTTP layer caps headers at 16 KB anyway, and a
// bound here keeps JSON parsing of unauthenticated input cheap.
inline constexpr std::size_t kMaxTokenBytes = 12 * 1024;

// Fails (with a reason that never quotes the token) on anything but three
// strict base64url segments whose first two are JSON objects without
// duplicate member names.
Result<ParsedJwt> parse_jwt(std::string_view token);

}  // namespace spinecds::service::auth
