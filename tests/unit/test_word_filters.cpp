// The word tests the rules run on every token (same_word, WordSet,
// side_word, misheard_word) answer as a plain comparison would: their
// first-letter and length filters only skip words no member can equal.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "terminology/same_word.h"
#include "terminology/text/finding_side.h"
#include "terminology/text/word_classes.h"
#include "terminology/word_set.h"

using spinecds::terminology::misheard_word;
using spinecds::terminology::same_word;
using spinecds::terminology::WordSet;
using spinecds::terminology::text::side_word;

TEST_CASE("same_word is string equality, including empty words and a differing first byte") {
  CHECK(same_word("", ""));
  CHECK_FALSE(same_word("", "a"));
  CHECK(same_word("stenosis", "stenosis"));
  CHECK_FALSE(same_word("stenosis", "stenosia"));
  CHECK_FALSE(same_word("xtenosis", "stenosis"));
  CHECK_FALSE(same_word("stenosis", "stenosi"));
  CHECK(same_word("\xc3\xa9", "\xc3\xa9"));  // a word that starts with a non-ASCII byte
  static_assert(same_word("cord", "cord") && !same_word("cord", "core"));
}

TEST_CASE("WordSet answers membership for members, near misses and odd words alike") {
  const std::vector<std::string> words = {"husband", "wife",   "mother",
                                          "mum",     "esposa", "\xc3\xa9poux"};
  const WordSet set(words);
  for (const auto& w : words) CHECK(set.contains(w));
  // The same first letter and length as a member, another word.
  CHECK_FALSE(set.contains("mun"));
  CHECK_FALSE(set.contains("wifi"));
  CHECK_FALSE(set.contains("husbanb"));
  CHECK_FALSE(set.contains(""));
  CHECK_FALSE(set.contains(std::string(200, 'm')));
  CHECK_FALSE(WordSet().contains("mum"));
}

TEST_CASE("side_word names the side of every side word and of nothing else") {
  CHECK(side_word("left") == "left");
  CHECK(side_word("lt") == "left");
  CHECK(side_word("izquierda") == "left");
  CHECK(side_word("r") == "right");
  CHECK(side_word("rechterzijde") == "right");
  CHECK(side_word("direito") == "right");
  CHECK(side_word("bilat") == "bilateral");
  CHECK(side_word("dubbelzijdig") == "bilateral");
  CHECK(side_word("beidseits") == "bilateral");
  CHECK_FALSE(side_word("lateral"));
  CHECK_FALSE(side_word("rib"));
  CHECK_FALSE(side_word(""));
  CHECK_FALSE(side_word("Left"));  // token text is lower case
  CHECK_FALSE(side_word("1eft"));
}

TEST_CASE("misheard_word knows its homophones and leaves other words alone") {
  CHECK(misheard_word("chord") == "cord");
  CHECK(misheard_word("protrusao") == "protrusion");
  CHECK(misheard_word("wortels") == "roots");
  CHECK(misheard_word("cord").empty());
  CHECK(misheard_word("chore").empty());
  CHECK(misheard_word("").empty());
  CHECK(misheard_word("\xc3\xa9").empty());
  CHECK(misheard_word(std::string(40, 'c')).empty());
}
