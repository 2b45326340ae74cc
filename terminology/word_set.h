#pragma once
// A fixed set of lower-case words that the rules ask about every token.
#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "terminology/first_byte_lengths.h"

namespace spinecds::terminology {

// Most tokens are answered by the first byte and length mask; the rest by a
// binary search. Built once from a table, never changed.
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
    return mask_.may_hold(w) && std::binary_search(words_.begin(), words_.end(), w, std::less<>{});
  }

 private:
  void add(std::string_view w) {
    if (w.empty() || w.size() >= 64) return;  // never asked: contains() says no
    mask_.add(w);
    words_.emplace_back(w);
  }

  FirstByteLengths mask_;
  std::vector<std::string> words_;
};

}  // namespace spinecds::terminology
