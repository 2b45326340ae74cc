#pragma once
// The syntax of values from outside that end up in a header, URL or path
// (DESIGN.md §8): checked at the edge with explicit, length-aware scanners,
// never with a regex that stops at the first NUL.
#include <string_view>

namespace spinecds::fhir {

// FHIR id: [A-Za-z0-9\-\.]{1,64}.
bool is_fhir_id(std::string_view s);

// A resource type name as the project accepts it: [A-Z][A-Za-z]{1,63}.
bool is_resource_type(std::string_view s);

// "Type/id": a resource type, one slash, a FHIR id.
bool is_typed_reference(std::string_view s);

// RFC 6750 b64token: 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"=".
bool is_b64token(std::string_view s);

// A CDS Hooks hookInstance: 8-4-4-4-12 hexadecimal digits.
bool is_uuid(std::string_view s);

// A FHIR base as a hook may name it: an absolute http(s) URL with a host,
// no user info, no query and no fragment (not even a bare "?" or "#"), no
// control character, space or backslash.
bool is_fhir_base(std::string_view s);

// "2026-11-26T10:00:00Z", "...:00.123Z" or "...+00:00": a UTC instant.
bool is_utc_instant(std::string_view s);

// CR, LF or NUL: the bytes that end or split an HTTP header line.
bool breaks_header(std::string_view s);

}  // namespace spinecds::fhir
