#pragma once
// Word equality for the rules' hot paths (docs/performance.md).
#include <cstring>
#include <string_view>
#include <type_traits>

namespace spinecds::terminology {

// Whether two words are spelled alike. The rules compare each token with
// word lists many times per sentence, and most words of equal length differ
// in their first letter: that byte is tested before memcmp is called, which
// was the largest single libc cost of a hook call.
constexpr bool same_word(std::string_view a, std::string_view b) {
  if (std::is_constant_evaluated()) return a == b;
  return a.size() == b.size() &&
         (a.empty() || (a.front() == b.front() && std::memcmp(a.data(), b.data(), a.size()) == 0));
}

}  // namespace spinecds::terminology
