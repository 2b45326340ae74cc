#pragma once
// A fixed set of lower-case words that the rules ask about every token.
#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace spinecds::terminology {

// Most tokens share no first letter and length with any member, so they are
// answered by one bit test; the rest by a binary search. Built once from a
// table, never changed.
class WordSet {
 public:
  WordSet() = default;
  template <typename Range>
  explicit WordSet(const Range& words) {
    for (const auto& w : words) add(w);
    std::sort(words_.begin(), words_.end());
    words_.erase(std::unique(words_.begin(), words_.end()), words_.end());
  }

  bool contains(std::string_view w) const {
    if (w.empty() || w.size() >= 64) return false;
    if (((lengths_[static_cast<unsigned char>(w.front())] >> w.size()) & 1u) == 0) return false;
    return std::binary_search(words_.begin(), words_.end(), w, std::less<>{});
  }

 private:
  void add(std::string_view w) {
    if (w.empty() || w.size() >= 64) return;  // never asked: contains() says no
    lengths_[static_cast<unsigned char>(w.front())] |= std::uint64_t{1} << w.size();
    words_.emplace_back(w);
  }

  std::array<std::uint64_t, 256> lengths_{};
  std::vector<std::string> words_;
};

}  // namespace spinecds::terminology
