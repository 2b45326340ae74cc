#include "cards/sha1.h"

#include <cstring>
#include <vector>

namespace spinecds::cards {

namespace {

std::uint32_t rotl(std::uint32_t x, int n) {
  return (x << n) | (x >> (32 - n));
}

}  // namespace

std::array<std::uint8_t, 20> sha1(std::string_view data) {
  std::uint32_t h[5] = {0x67452301u, 0xEFCDAB89u, 0x98BADCFEu, 0x10325476u, 0xC3D2E1F0u};

  // Pad: 0x80, zeros to 56 mod 64, then the bit length big-endian. Sized
  // once and written in place (a push_back per padding byte was most of a
  // card id's cost: every card of every call hashes its name).
  const std::size_t padded = (data.size() + 8) / 64 * 64 + 64;
  std::vector<std::uint8_t> msg(padded, 0);
  if (!data.empty()) std::memcpy(msg.data(), data.data(), data.size());
  msg[data.size()] = 0x80;
  const std::uint64_t bit_len = static_cast<std::uint64_t>(data.size()) * 8u;
  for (int i = 0; i < 8; ++i) {
    msg[padded - 1 - static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(bit_len >> (i * 8));
  }

  std::uint32_t w[80];
  for (std::size_t off = 0; off < msg.size(); off += 64) {
    for (int i = 0; i < 16; ++i) {
      w[i] = (std::uint32_t{msg[off + 4 * i]} << 24) | (std::uint32_t{msg[off + 4 * i + 1]} << 16) |
             (std::uint32_t{msg[off + 4 * i + 2]} << 8) | std::uint32_t{msg[off + 4 * i + 3]};
    }
    for (int i = 16; i < 80; ++i) w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    std::uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (int i = 0; i < 80; ++i) {
      std::uint32_t f = 0, k = 0;
      if (i < 20) {
        f = (b & c) | (~b & d);
        k = 0x5A827999u;
      } else if (i < 40) {
        f = b ^ c ^ d;
        k = 0x6ED9EBA1u;
      } else if (i < 60) {
        f = (b & c) | (b & d) | (c & d);
        k = 0x8F1BBCDCu;
      } else {
        f = b ^ c ^ d;
        k = 0xCA62C1D6u;
      }
      const std::uint32_t t = rotl(a, 5) + f + e + k + w[i];
      e = d;
      d = c;
      c = rotl(b, 30);
      b = a;
      a = t;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
  }

  std::array<std::uint8_t, 20> out{};
  for (int i = 0; i < 5; ++i) {
    out[4 * i] = static_cast<std::uint8_t>(h[i] >> 24);
    out[4 * i + 1] = static_cast<std::uint8_t>(h[i] >> 16);
    out[4 * i + 2] = static_cast<std::uint8_t>(h[i] >> 8);
    out[4 * i + 3] = static_cast<std::uint8_t>(h[i]);
  }
  return out;
}

}  // namespace spinecds::cards
