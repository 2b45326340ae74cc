#pragma once
// The words of a fusion order as the order reader sees them: which procedure a
// word names, which words only qualify it, and when a list of levels belongs
// to a fusion word. Internal to order_reader.cpp; split out to keep one
// concept per file.
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string_view>
#include <vector>

#include "terminology/level_scan.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology::order_words {

// What a word in an order names. A list of levels belongs to the procedure
// word next to it, so "L3-4 decompression and L4-5 fusion" fuses L4-L5 only.
enum class Mode { none, fusion, decompression, arthroplasty, history, other };

struct Keyword {
  std::size_t first, last;  // token range
  Mode mode;
  bool past = false;  // under a word of the past ("prior 2-level fusion")
};

// Hardware taken out or a fusion explored (22830): a procedure of its own,
// whose object ("removal of L4-L5 pedicle screws") is not fused.
bool removal_word(std::string_view w);

// Fusion words that name hardware ("pedicle", "plate", "instrumentation"):
// what a removal takes out.
bool hardware_word(std::string_view w);

// How many tokens the keyword at toks[i] takes (`len`), and what it names.
Mode keyword_at(const std::vector<Token>& toks, std::size_t i, std::size_t& len);

// Words that only qualify a procedure ("fusion at L4-5", "L4-5 posterior
// interbody fusion"); anything else between them starts another clause.
bool filler(const Token& t);

// Only list joints (",", "and", "/", ...) in toks[b, e).
bool list_joint(const std::vector<Token>& toks, std::size_t b, std::size_t e);

// A mention listing levels ("L2-3, L3-4", "L4/5 + L5/S1") cut before its
// last item: the items before and the last, each with segments of its own;
// nullopt when it lists one item.
struct LastItemCut {
  LevelMention before, last;
};
std::optional<LastItemCut> cut_last_item(const std::vector<Token>& toks, const LevelMention& m);

// Hardware and graft words ("lateral mass screw", "cage", "S2AI"): they
// qualify a fusion, so filler() takes them.
bool instrumentation_word(std::string_view w);

// Whether the decompression keyword `k`, given the list of levels in
// toks[list_first, list_last), is joined to a fusion word by "and", "with",
// "+", "/", "plus" (through a series of decompressions, with commas) and words
// that only qualify a procedure.
bool joined_to_fusion(const std::vector<Token>& toks, const std::vector<Keyword>& kws,
                      const Keyword& k, const std::vector<LevelMention>& mentions,
                      std::size_t list_first, std::size_t list_last);

// A list of levels ending at `last` heads the sentence's procedures ("C5 to
// C6: removal of plate, re-do fusion"): a colon follows it and a fusion word
// comes after, with no other level named between.
bool heads_procedures(const std::vector<Token>& toks, std::size_t last, std::size_t sentence_end,
                      const std::vector<Keyword>& kws, const std::vector<LevelMention>& mentions);

// A list of levels placed as a landmark ("above the C5-6 fusion", "below his
// T10-L2 fusion", "adjacent to L4-S1"): a position word right before it names
// levels the order is beside, never the ones it fuses.
bool landmark_levels(const std::vector<Token>& toks, std::size_t sentence_begin, std::size_t first);

// "Levels:", "Level -", "Segments" right before a list of levels.
bool labelled_levels(const std::vector<Token>& toks, std::size_t sentence_begin, std::size_t first);

}  // namespace spinecds::terminology::order_words
