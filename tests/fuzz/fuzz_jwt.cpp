// libFuzzer target: splitting and decoding a compact JWS from unauthenticated
// bytes. Never a crash; a failure's reason never quotes the token.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "service/auth/jwt.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view token(reinterpret_cast<const char*>(data), size);
  const auto r = spinecds::service::auth::parse_jwt(token);
  if (r) {
    if (!r->header.IsObject() || !r->claims.IsObject()) std::abort();
    if (r->signing_input.size() > token.size()) std::abort();
  } else if (size > 64 && r.error().find(token) != std::string::npos) {
    // Longer than any of the fixed reasons, so only quoting could put it there.
    std::abort();
  }
  return 0;
}
