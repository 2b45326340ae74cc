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
  // Written through a pointer into room sized once (n characters hold at
  // most 3n/4 bytes), four characters at a time while they are plain
  // letters: a record's attachments are most of the bytes a hook call
  // decodes, and a push_back per byte was a third of a seed call's decode.
  std::string out(text.size() / 4 * 3 + 2, '\0');
  char* o = out.data();
  uint32_t acc = 0;
  int bits = 0;
  bool padding = false;
  const std::size_t n = text.size();
  const auto at = [&](std::size_t k) { return kStdTable[static_cast<unsigned char>(text[k])]; };
  std::size_t i = 0;
  while (i < n) {
    if (bits == 0 && !padding && i + 4 <= n) {
      const int8_t a = at(i), b = at(i + 1), c = at(i + 2), d = at(i + 3);
      if ((a | b | c | d) >= 0) {
        const uint32_t v = (static_cast<uint32_t>(a) << 18) | (static_cast<uint32_t>(b) << 12) |
                           (static_cast<uint32_t>(c) << 6) | static_cast<uint32_t>(d);
        o[0] = static_cast<char>(v >> 16);
        o[1] = static_cast<char>((v >> 8) & 0xFF);
        o[2] = static_cast<char>(v & 0xFF);
        o += 3;
        i += 4;
        continue;
      }
    }
    const char c = text[i++];
    if (c == '\r' || c == '\n' || c == ' ' || c == '\t') continue;
    if (c == '=') {
      padding = true;
      continue;
    }
    const int8_t v = kStdTable[static_cast<unsigned char>(c)];
    if (v < 0 || padding) return std::nullopt;
    acc = (acc << 6) | static_cast<uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      *o++ = static_cast<char>((acc >> bits) & 0xFF);
    }
  }
  out.resize(static_cast<std::size_t>(o - out.data()));
  return out;
}

}  // namespace spinecds::terminology
