#pragma once
// Deterministic card and suggestion UUIDs: RFC 4122 name-based version 5
// (SHA-1) UUIDs in a namespace of the project's. The same hook instance and
// problem give the same uuid, so a retried call produces the same cards and
// feedback for either response matches.
#include <string>
#include <string_view>

namespace spinecds::cards {

// The project's UUID namespace (itself a v5 UUID of "https://spinecds.dev/cards"
// in the RFC 4122 URL namespace).
std::string_view card_uuid_namespace();

// RFC 4122 §4.3 name-based UUID, version 5, lower-case canonical text.
std::string uuid_v5(std::string_view namespace_uuid, std::string_view name);

// uuid_v5 in the project namespace over "hookInstance \n problem".
std::string card_uuid(std::string_view hook_instance, std::string_view problem);

// A short, stable hex digest (first `hex_chars` of SHA-1) for ids that are not
// UUIDs (coverage-assertion-id).
std::string sha1_hex(std::string_view data, std::size_t hex_chars = 40);

}  // namespace spinecds::cards
