#pragma once
// A hand-written tokenizer shared by the level parser and the findings
// extractor: linear time, no regular expressions, so hostile input cannot make
// it backtrack.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "terminology/same_word.h"

namespace spinecds::terminology {

enum class TokenKind : std::uint8_t {
  word,    // letters only: "stenosis", "l" (lower-cased in `text`)
  alnum,   // a letter run mixed with digits: "l4", "t12", "l5s1", "s2ai", "x12"
  number,  // digits with an optional decimal part: "4", "4.5"
  punct,   // one symbol; every dash and minus sign is "-", the degree sign is "°"
};

// Fields ordered so a token fills 48 bytes.
struct Token {
  // Lower-cased ASCII; dashes normalised to "-". A view into the lower-cased
  // copy of the text that its Tokens own, or into a static string: valid as
  // long as the Tokens it came from.
  std::string_view text;
  std::size_t begin = 0;  // byte offsets into the source
  std::size_t end = 0;
  double value = 0;  // for numbers
  TokenKind kind = TokenKind::word;
  bool space_before = false;  // whitespace separates it from the previous token
  bool line_before = false;   // ... and that whitespace holds a line break
  // ... and, since any line break, holds a tab or a run of three spaces: a
  // flattened table's cell gap ("L3-4<TAB>mild<TAB>moderate", table_rows.cpp).
  bool gap_before = false;
  bool all_caps = false;  // a word of two or more letters written in capitals ("PT")
  bool upper = false;     // a word or alnum with some letter written as a capital ("Pt")
};

// The tokens of a text and the lower-cased copy of the text their words
// view: one buffer per text instead of a string per token. Read it as the
// vector it is; keep the Tokens (not a copy of the vector) while its tokens
// are read. Move-only, since a copy's tokens would view the original's buffer.
class Tokens : public std::vector<Token> {
 public:
  Tokens() = default;
  Tokens(Tokens&&) noexcept = default;
  Tokens& operator=(Tokens&&) noexcept = default;
  Tokens(const Tokens&) = delete;
  Tokens& operator=(const Tokens&) = delete;
  ~Tokens() = default;

  // Writes `with` (lower case) over the token buffer from byte `at` of the
  // text and returns the view of it, for a token whose text the shape pass
  // rewrites ("STE-\nNOSIS" read as "stenosis", "SPlNE" as "spine"): the text
  // must fit in the token's own bytes, so later tokens' views stay valid.
  std::string_view rewrite(std::size_t at, std::string_view with);

 private:
  friend Tokens tokenize(std::string_view text);
  std::unique_ptr<char[]> lower_;  // a heap buffer: moving the Tokens keeps the views valid
};

// Splits `text` into tokens. Non-ASCII letters stay inside words; bytes that
// are not valid UTF-8 are treated as letters, never as errors. The tokens do
// not view `text`: it may go before them.
Tokens tokenize(std::string_view text);

// Code points in text[0, b) for each byte offset b of `bytes` (ascending),
// in one pass over the text: byte spans as the public JSON counts them.
std::vector<std::size_t> code_point_offsets(std::string_view text,
                                            std::span<const std::size_t> bytes);

// A word (or letters-and-digits) token spelled w, a punctuation token p:
// literals compared with lower-cased token text.
inline bool word_is(const Token& t, std::string_view w) {
  return (t.kind == TokenKind::word || t.kind == TokenKind::alnum) && same_word(t.text, w);
}
inline bool punct_is(const Token& t, std::string_view p) {
  return t.kind == TokenKind::punct && same_word(t.text, p);
}
// Whether `w` is one of `words`, each compared whole.
inline bool one_of(std::string_view w, std::initializer_list<std::string_view> words) {
  for (const auto x : words) {
    if (same_word(w, x)) return true;
  }
  return false;
}
inline bool one_of(std::string_view w, std::span<const std::string_view> words) {
  for (const auto x : words) {
    if (same_word(w, x)) return true;
  }
  return false;
}

}  // namespace spinecds::terminology
