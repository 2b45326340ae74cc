#include "cards/sha1.h"

#include <cstring>

namespace spinecds::cards {

namespace {

std::uint32_t rotl(std::uint32_t x, int n) {
  return (x << n) | (x >> (32 - n));
}

// One round of a phase: f and k are the phase's; the four phases run as
// four loops, so no round asks which phase it is in.
template <typename F>
void rounds(std::uint32_t (&v)[5], const std::uint32_t* w, std::uint32_t k, F f) {
  for (int i = 0; i < 20; ++i) {
    auto& [a, b, c, d, e] = v;
    const std::uint32_t t = rotl(a, 5) + f(b, c, d) + e + k + w[i];
    e = d;
    d = c;
    c = rotl(b, 30);
    b = a;
    a = t;
  }
}

void compress(std::uint32_t (&h)[5], const std::uint8_t* block) {
  std::uint32_t w[80];
  for (int i = 0; i < 16; ++i) {
    w[i] = (std::uint32_t{block[4 * i]} << 24) | (std::uint32_t{block[4 * i + 1]} << 16) |
           (std::uint32_t{block[4 * i + 2]} << 8) | std::uint32_t{block[4 * i + 3]};
  }
  for (int i = 16; i < 80; ++i) w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
  std::uint32_t v[5] = {h[0], h[1], h[2], h[3], h[4]};
  rounds(v, w, 0x5A827999u,
         [](std::uint32_t b, std::uint32_t c, std::uint32_t d) { return (b & c) | (~b & d); });
  rounds(v, w + 20, 0x6ED9EBA1u,
         [](std::uint32_t b, std::uint32_t c, std::uint32_t d) { return b ^ c ^ d; });
  rounds(v, w + 40, 0x8F1BBCDCu, [](std::uint32_t b, std::uint32_t c, std::uint32_t d) {
    return (b & c) | (b & d) | (c & d);
  });
  rounds(v, w + 60, 0xCA62C1D6u,
         [](std::uint32_t b, std::uint32_t c, std::uint32_t d) { return b ^ c ^ d; });
  for (int i = 0; i < 5; ++i) h[i] += v[i];
}

}  // namespace

std::array<std::uint8_t, 20> sha1(std::string_view data) {
  std::uint32_t h[5] = {0x67452301u, 0xEFCDAB89u, 0x98BADCFEu, 0x10325476u, 0xC3D2E1F0u};

  // Whole blocks are hashed where they lie; only the tail and the padding
  // (0x80, zeros to 56 mod 64, the bit length big-endian) are copied, into
  // one or two blocks on the stack. Every card of every call hashes its
  // name, so no allocation per hash.
  const auto* p = reinterpret_cast<const std::uint8_t*>(data.data());
  const std::size_t whole = data.size() / 64 * 64;
  for (std::size_t off = 0; off < whole; off += 64) compress(h, p + off);

  std::uint8_t tail[128] = {};
  const std::size_t rest = data.size() - whole;
  if (rest != 0) std::memcpy(tail, p + whole, rest);
  tail[rest] = 0x80;
  const std::size_t tail_size = rest + 1 + 8 <= 64 ? 64 : 128;
  const std::uint64_t bit_len = static_cast<std::uint64_t>(data.size()) * 8u;
  for (int i = 0; i < 8; ++i) {
    tail[tail_size - 1 - static_cast<std::size_t>(i)] =
        static_cast<std::uint8_t>(bit_len >> (i * 8));
  }
  for (std::size_t off = 0; off < tail_size; off += 64) compress(h, tail + off);

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
