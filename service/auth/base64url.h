#pragma once
// Base64url (RFC 4648 §5) without padding, as JOSE uses it (RFC 7515 §2).
// Decoding is strict on purpose: a token encoded with plain base64 ('+', '/',
// '=') or with non-canonical trailing bits is refused, so one token has one
// spelling and a sloppy client fails loudly instead of working by accident.
#include <optional>
#include <string>
#include <string_view>

namespace spinecds::service::auth {

// The bytes, or nullopt for any character outside [A-Za-z0-9_-], padding,
// a length of 1 mod 4, or non-zero unused bits in the last character.
std::optional<std::string> base64url_decode(std::string_view text);

// Unpadded base64url of `bytes` (used to build keys and tokens in tests).
std::string base64url_encode(std::string_view bytes);

}  // namespace spinecds::service::auth
