#include <algorithm>
#include <array>
#include <optional>
#include <string_view>

#include "terminology/text/hand_edges.h"
#include "terminology/text/word_classes.h"
#include "terminology/text/word_lists.h"

namespace spinecds::terminology::text {

namespace {

// "the ulnar border of the L hand": the ulnar edge is the hand's only with the
// hand named after it (the ulnar side of the elbow is the ulnar nerve's).
bool of_the_hand(const Sentence& s, std::size_t k) {
  for (std::size_t j = k + 2; j < std::min(k + 7, s.toks.size()); ++j) {
    if (s.toks[j].text == "hand" || s.toks[j].text == "hands") return true;
    if (s.toks[j].text == "," || s.toks[j].text == ";" || s.toks[j].text == ".") return false;
  }
  return false;
}

// The digit an ordinal at toks[j] names ("fourth"; "4th", which the tokenizer
// makes "4" "th"; 1 the thumb), else 0.
int ordinal_digit(const Sentence& s, std::size_t j) {
  const std::string_view w = s.toks[j].text;
  if (const int n = ordinal_word_value(w); n >= 1 && n <= 5) return n;
  if (s.toks[j].kind == TokenKind::number && w.size() == 1 && w[0] >= '1' && w[0] <= '5' &&
      j + 1 < s.toks.size() && ordinal_suffix(s.toks[j + 1].text)) {
    return w[0] - '0';
  }
  return 0;
}

}  // namespace

// "ulnar border of the hand" at toks[k] (the session-23 outside writers'
// bcc-024): the C8 dermatome.
bool ulnar_edge_of_hand(const Sentence& s, std::size_t k) {
  return s.toks[k].text == "ulnar" && k + 1 < s.toks.size() &&
         std::ranges::find(kUlnarEdgeWords, s.toks[k + 1].text) != kUlnarEdgeWords.end() &&
         of_the_hand(s, k);
}

// "digits 1-2", "fingers 4 and 5", "the 4th and 5th digits": numbered digits
// (1 the thumb) name a root when every digit named is of one root (1-2 C6,
// 3 C7, 4-5 C8).
std::optional<std::string_view> digit_root(const Sentence& s, std::size_t k) {
  const std::string_view w = s.toks[k].text;
  if (w != "digit" && w != "digits" && w != "finger" && w != "fingers") return std::nullopt;
  // The toes are numbered too ("digits 1-2 of the left foot"): not the hand's.
  if (any_word_in(s, 0, s.toks.size(), {"foot", "feet", "toe", "toes", "hallux"})) {
    return std::nullopt;
  }
  std::optional<std::string_view> root;
  // "index finger, 4/5 left wrist extension": a number past a comma starts
  // the next list item (a grade), not the digits' numbers.
  const bool numbered = k + 1 < s.toks.size() && s.toks[k + 1].kind == TokenKind::number;
  for (std::size_t j = k + 1; numbered && j < s.toks.size(); ++j) {
    const std::string_view x = s.toks[j].text;
    if (x == "-" || x == "," || x == "and" || x == "&" || x == "/") continue;
    if (x.size() != 1 || x[0] < '1' || x[0] > '5') break;
    const std::string_view r = x[0] <= '2' ? "C6" : x[0] == '3' ? "C7" : "C8";
    if (root && *root != r) return std::nullopt;
    root = r;
  }
  // Fingers are counted from the thumb or from the index finger ("second
  // finger" is the index or the middle finger): only the 4th and 5th are one
  // root (C8) either way. Digits are counted from the thumb.
  const bool fingers = w == "finger" || w == "fingers";
  for (std::size_t j = k; !root && j > 0; --j) {
    const std::string_view x = s.toks[j - 1].text;
    if (x == "-" || x == "," || x == "and" || x == "&" || x == "/" || ordinal_suffix(x)) continue;
    const int d = ordinal_digit(s, j - 1);
    if (d == 0 || (fingers && d < 4)) break;
    const std::string_view r = d <= 2 ? "C6" : d == 3 ? "C7" : "C8";
    for (std::size_t i = j - 1; i > 0; --i) {
      const std::string_view y = s.toks[i - 1].text;
      if (y == "-" || y == "," || y == "and" || y == "&" || y == "/" || ordinal_suffix(y)) continue;
      const int e = ordinal_digit(s, i - 1);
      if (e == 0) break;
      if (fingers && e < 4) return std::nullopt;
      if ((e <= 2 ? "C6" : e == 3 ? "C7" : "C8") != r) return std::nullopt;
    }
    root = r;
  }
  return root;
}

}  // namespace spinecds::terminology::text
