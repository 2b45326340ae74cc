#pragma once
// SHA-1 (FIPS 180-4), small and self-contained: cards/ only needs it to derive
// name-based (version 5) UUIDs, and linking OpenSSL into a pure library for
// that would add a dependency the folder otherwise does not have. Not used for
// anything security-relevant.
#include <array>
#include <cstdint>
#include <string_view>

namespace spinecds::cards {

std::array<std::uint8_t, 20> sha1(std::string_view data);

}  // namespace spinecds::cards
