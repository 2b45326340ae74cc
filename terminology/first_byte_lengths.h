#pragma once
// A bit for each first byte and length of a list's words: the one pre-filter
// of the word tests the rules run on every token.
#include <array>
#include <cstdint>
#include <string_view>

namespace spinecds::terminology {

// Most tokens share neither first byte nor length with any word of a list,
// and are answered by one table look-up before any comparison of text.
// Words of 64 bytes or more are never members.
class FirstByteLengths {
 public:
  constexpr FirstByteLengths() = default;
  // From a range of words, or of entries whose word `key(entry)` gives.
  template <typename Range>
  constexpr explicit FirstByteLengths(const Range& words) {
    for (const auto& w : words) add(w);
  }
  template <typename Range, typename Key>
  constexpr FirstByteLengths(const Range& entries, Key key) {
    for (const auto& e : entries) add(key(e));
  }

  constexpr void add(std::string_view w) {
    if (!w.empty() && w.size() < 64) {
      bits_[static_cast<unsigned char>(w.front())] |= std::uint64_t{1} << w.size();
    }
  }
  // False when no word added has w's first byte and length.
  constexpr bool may_hold(std::string_view w) const {
    return !w.empty() && w.size() < 64 &&
           ((bits_[static_cast<unsigned char>(w.front())] >> w.size()) & 1u) != 0;
  }

 private:
  std::array<std::uint64_t, 256> bits_{};
};

}  // namespace spinecds::terminology
