#pragma once
// The one base64 codec (RFC 4648): base64url for JOSE (service/auth) and the
// standard alphabet for FHIR base64Binary (Attachment.data).
#include <optional>
#include <string>
#include <string_view>

namespace spinecds::terminology {

// Base64url without padding (RFC 7515 §2), strict on purpose: a token encoded
// with plain base64 ('+', '/', '=') or with non-canonical trailing bits is
// refused, so one token has one spelling and a sloppy client fails loudly.
std::optional<std::string> base64url_decode(std::string_view text);

// Unpadded base64url of `bytes` (used to build keys and tokens in tests).
std::string base64url_encode(std::string_view bytes);

// FHIR base64Binary (Attachment.data): the standard alphabet, '=' padding and
// line breaks allowed (EHRs wrap at 76 columns). nullopt for any other
// character, or padding before the end.
std::optional<std::string> base64_decode(std::string_view text);

}  // namespace spinecds::terminology
