#pragma once

#include <cstddef>
#include <string_view>

// ASCII character classes for record text. The service never calls
// setlocale, so these answer as <cctype> does in the "C" locale (a byte of a
// UTF-8 sequence is never a letter, digit or space), without the cast to
// unsigned char every <cctype> call needs and without a library call per byte
// on paths that walk every byte of a record.
namespace spinecds::terminology {

constexpr bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
constexpr bool is_lower(char c) {
  return c >= 'a' && c <= 'z';
}
constexpr bool is_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
constexpr bool is_alpha(char c) {
  return is_lower(c) || is_upper(c);
}
constexpr bool is_alnum(char c) {
  return is_alpha(c) || is_digit(c);
}
// A blank inside a line: space or tab.
constexpr bool is_blank(char c) {
  return c == ' ' || c == '\t';
}
// Any white space, line breaks included (as std::isspace).
constexpr bool is_space(char c) {
  return is_blank(c) || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// Whether the n bytes at p in s stand as a whole word: no letter touches them
// on either side ("ndi" in "ndi 42", not in "indicated").
constexpr bool whole_word_at(std::string_view s, std::size_t p, std::size_t n) {
  const bool left = p == 0 || !is_alpha(s[p - 1]);
  const bool right = p + n >= s.size() || !is_alpha(s[p + n]);
  return left && right;
}

}  // namespace spinecds::terminology
