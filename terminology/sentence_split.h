#pragma once
// Sentence boundaries over tokens: a full stop ends a sentence unless it ends
// an abbreviation ("Dr.", "e.g.", "approx."); "4.5" is one number token and
// "L4-5." ends its sentence with the level intact. Line breaks end sentences
// too, as reports put one level per line.
#include <cstddef>
#include <string_view>
#include <vector>

#include "terminology/text_tokens.h"

namespace spinecds::terminology {

struct TokenRange {
  std::size_t begin = 0;  // token indices [begin, end)
  std::size_t end = 0;
};

// Sentences longer than `max_tokens` are cut, so per-sentence work stays
// bounded on hostile input.
std::vector<TokenRange> split_sentences(std::string_view text, const std::vector<Token>& toks,
                                        std::size_t max_tokens = 400);

// True when a line break separates toks[i - 1] and toks[i] (tokens of `text`).
bool newline_before(std::string_view text, const std::vector<Token>& toks, std::size_t i);

}  // namespace spinecds::terminology
