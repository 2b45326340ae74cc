#pragma once
// The words that name a side (finding_side.cpp), shared by the side of a
// structure and of a neurological finding (nerve_root.cpp).
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "terminology/text/sentence_findings.h"

namespace spinecds::terminology::text {

// "left", "right", "bilateral" for the words that name them ("L", "rt",
// "bilat", "both"); none for any other word.
std::optional<std::string> side_word(std::string_view w);
bool names_side(std::string_view w);
// "intact to LT", "decreased LT and PP over the thumb": "LT" is light touch,
// not the left side, beside sensory words and before no limb, level or grade.
bool light_touch(std::span<const Token> toks, std::size_t k);
// A side's letter that names no side: the "r" of "r/o" (rule out, read
// "ro"), the "L" of "L-spine" or "L spine" (read "lumbar"). Empty for any
// other token.
std::string_view letter_not_side(std::span<const Token> toks, std::size_t k);
// A word that says the anatomy is free ("normal", "patent", "widely"): a
// table cell (table_rows.cpp) or a side clause ("the right is patent",
// finding_repeats.cpp) that denies the finding.
bool normal_word(const Token& t);
// Whether a word after `from` names a side other than `side` ("both", or
// "right" after "left"): a finding said of one side that goes on to the other.
bool other_side_after(const Sentence& s, std::size_t from, std::string_view side);
// Adds the side `word` names to `f`: a second, other side makes it bilateral.
void add_side(std::string_view word, Finding& f);

}  // namespace spinecds::terminology::text
