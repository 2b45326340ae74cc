#include "cards/card_uuid.h"

#include <array>
#include <cstdint>

#include "cards/sha1.h"

namespace spinecds::cards {

namespace {

constexpr char kHex[] = "0123456789abcdef";

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string format_uuid(const std::uint8_t* b) {
  std::string out;
  out.reserve(36);
  for (int i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) out.push_back('-');
    out.push_back(kHex[b[i] >> 4]);
    out.push_back(kHex[b[i] & 0x0f]);
  }
  return out;
}

}  // namespace

std::string_view card_uuid_namespace() {
  // uuid_v5("6ba7b811-9dad-11d1-80b4-00c04fd430c8", "https://spinecds.dev/cards"),
  // fixed here so the namespace never changes with code.
  return "809f8a3b-30d2-56df-addc-b13e164eb460";
}

std::string uuid_v5(std::string_view namespace_uuid, std::string_view name) {
  std::string input;
  input.reserve(16 + name.size());
  int hi = -1;
  for (char c : namespace_uuid) {
    const int v = hex_value(c);
    if (v < 0) continue;  // dashes
    if (hi < 0) {
      hi = v;
    } else {
      input.push_back(static_cast<char>((hi << 4) | v));
      hi = -1;
    }
  }
  input.append(name);
  auto digest = sha1(input);
  digest[6] = static_cast<std::uint8_t>((digest[6] & 0x0f) | 0x50);  // version 5
  digest[8] = static_cast<std::uint8_t>((digest[8] & 0x3f) | 0x80);  // RFC 4122 variant
  return format_uuid(digest.data());
}

std::string card_uuid(std::string_view hook_instance, std::string_view problem) {
  std::string name(hook_instance);
  name.push_back('\n');
  name.append(problem);
  return uuid_v5(card_uuid_namespace(), name);
}

std::string sha1_hex(std::string_view data, std::size_t hex_chars) {
  const auto digest = sha1(data);
  std::string out;
  for (auto b : digest) {
    out.push_back(kHex[b >> 4]);
    out.push_back(kHex[b & 0x0f]);
  }
  if (hex_chars < out.size()) out.resize(hex_chars);
  return out;
}

}  // namespace spinecds::cards
