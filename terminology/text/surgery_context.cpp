// The context rules of an operation's words: a bare "surgery" denied as an
// item of its own, a fusion no surgeon made, a decompression dated or listed
// as an operation.
#include "terminology/text/surgery_context.h"

#include <algorithm>
#include <cstddef>

#include "terminology/text/sentence.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology::text {

// A fusion no surgeon made: congenital (Klippel-Feil, block vertebrae),
// spontaneous (ankylosing spondylitis, DISH), or of the sacroiliac joints
// rather than the spine. Bridging and ankylosis are not a surgical fusion
// (s31 styles brief; README, Surgery).
// "no radiculopathy, no surgery": a bare "surgery" is a spine operation only
// denied as an item of its own ("no" before it, the item ending after it) in
// a sentence about the spine; "no surgery planned" or "no surgery for the
// knee" say nothing of a spine operation.
bool bare_surgery_denied(const Sentence& s, std::size_t first, std::size_t last) {
  if (first == 0 || !(word_is(s.toks[first - 1], "no") || word_is(s.toks[first - 1], "nor"))) {
    return false;
  }
  // "no surgery was done", "no surgery has been performed": the same denial
  // told as an event.
  std::size_t end = last;
  if (end < s.toks.size() && word_is(s.toks[end], "was")) {
    ++end;
  } else if (end + 1 < s.toks.size() && word_is(s.toks[end], "has") &&
             word_is(s.toks[end + 1], "been")) {
    end += 2;
  }
  if (end > last) {
    if (end >= s.toks.size() ||
        !(word_is(s.toks[end], "done") || word_is(s.toks[end], "performed") ||
          word_is(s.toks[end], "undertaken"))) {
      return false;
    }
    ++end;
  }
  if (end < s.toks.size() && s.toks[end].kind != TokenKind::punct) return false;
  return !s.trigs.empty() || s.names_cervical.has_value();
}

bool not_spinal_fusion(const Sentence& s, std::size_t first, std::size_t last) {
  const std::size_t n = s.toks.size();
  const std::size_t from = first >= 3 ? first - 3 : 0;
  // A fusion nobody operated: congenital (a Klippel-Feil block vertebra),
  // spontaneous or inflammatory ("congenital C5-6 fusion", "congenital block
  // vertebra C5-C6 with fused facets"). Up to three words back, a level not
  // counted, within the clause.
  std::size_t words = 0;
  for (std::size_t k = first; k > 0 && words < 3; --k) {
    const std::string_view w = s.toks[k - 1].text;
    if (one_of(w, {";", ".", ",", "and", "but"})) break;
    if (s.mention_at[k - 1] != kNone) continue;
    ++words;
    if (one_of(w, {"congenital", "congenitally", "spontaneous", "spontaneously", "inflammatory",
                   "klippel", "feil", "autofused", "ankylosed", "ankylosing"})) {
      return true;
    }
    // "block vertebra C5-C6 with fused facets"
    if (one_of(w, {"vertebra", "vertebrae"}) && k >= 2 && s.toks[k - 2].text == "block") {
      return true;
    }
  }
  // "fused SI joints", "SI joint fusion" ("SI" may read as the OCR'd "S1"
  // level, so the joint word must follow it).
  const auto sacroiliac_at = [&](std::size_t i) {
    return i + 1 < n && any_word_in(s, i, i + 1, {"si", "s1", "sacroiliac"}) &&
           any_word_in(s, i + 1, i + 2, {"joint", "joints"});
  };
  for (std::size_t i = from; i < std::min(n, last + 3); ++i) {
    if ((i < first || i >= last) && sacroiliac_at(i)) return true;
  }
  return false;
}

// "L4-S1 decompression in 2020", "surgical history notable for ...
// decompression", "decompression 3 years ago": the operation, dated or listed
// as one, not the relief of a sac or a root by a disc.
bool operation_named(const Sentence& s, std::size_t first, std::size_t last) {
  if (any_word_in(s, 0, first, {"surgical", "surgery", "surgeries", "psh"})) return true;
  for (std::size_t k = last; k < s.toks.size() && k < last + 4; ++k) {
    if (word_is(s.toks[k], "ago")) return true;
    if (s.toks[k].kind == TokenKind::number && s.toks[k].value >= 1950 && s.toks[k].value <= 2100 &&
        k > 0 && word_is(s.toks[k - 1], "in")) {
      return true;
    }
    if (brk(s, k)) break;
  }
  return false;
}

}  // namespace spinecds::terminology::text
