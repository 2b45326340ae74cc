#include "terminology/base64.h"

#include <array>
#include <cstdint>

namespace spinecds::terminology {
namespace {

constexpr std::string_view kUrlAlphabet =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
constexpr std::string_view kStdAlphabet =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

using Table = std::array<int8_t, 256>;

constexpr Table make_table(std::string_view alphabet) {
  Table table{};
  for (auto& v : table) v = -1;
  for (std::size_t i = 0; i < alphabet.size(); ++i) {
    table[static_cast<unsigned char>(alphabet[i])] = static_cast<int8_t>(i);
  }
  return table;
}

// Attachments written by hand or by other tools sometimes use the url-safe
// letters; both spellings of 62 and 63 are read.
constexpr Table make_lenient_table() {
  Table table = make_table(kStdAlphabet);
  table['-'] = 62;
  table['_'] = 63;
  return table;
}

constexpr Table kUrlTable = make_table(kUrlAlphabet);
constexpr Table kStdTable = make_lenient_table();

struct Bits {
  std::string out;
  uint32_t acc = 0;
  int bits = 0;
  void push(int8_t v) {
    acc = (acc << 6) | static_cast<uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<char>((acc >> bits) & 0xFF));
    }
  }
  // Leftover bits must be zero, else two spellings decode to the same bytes.
  bool canonical() const { return bits == 0 || (acc & ((1u << bits) - 1)) == 0; }
};

}  // namespace

std::optional<std::string> base64url_decode(std::string_view text) {
  // A single leftover character carries only 6 bits: no whole byte.
  if (text.size() % 4 == 1) return std::nullopt;
  Bits b;
  b.out.reserve(text.size() / 4 * 3 + 2);
  for (char c : text) {
    const int8_t v = kUrlTable[static_cast<unsigned char>(c)];
    if (v < 0) return std::nullopt;
    b.push(v);
  }
  if (!b.canonical()) return std::nullopt;
  return std::move(b.out);
}

std::string base64url_encode(std::string_view bytes) {
  std::string out;
  out.reserve((bytes.size() * 4 + 2) / 3);
  uint32_t acc = 0;
  int bits = 0;
  for (char c : bytes) {
    acc = (acc << 8) | static_cast<unsigned char>(c);
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out.push_back(kUrlAlphabet[(acc >> bits) & 0x3F]);
    }
  }
  if (bits > 0) out.push_back(kUrlAlphabet[(acc << (6 - bits)) & 0x3F]);
  return out;
}

std::optional<std::string> base64_decode(std::string_view text) {
  Bits b;
  b.out.reserve(text.size() / 4 * 3 + 2);
  bool padding = false;
  for (char c : text) {
    if (c == '\r' || c == '\n' || c == ' ' || c == '\t') continue;
    if (c == '=') {
      padding = true;
      continue;
    }
    const int8_t v = kStdTable[static_cast<unsigned char>(c)];
    if (v < 0 || padding) return std::nullopt;
    b.push(v);
  }
  return std::move(b.out);
}

}  // namespace spinecds::terminology
