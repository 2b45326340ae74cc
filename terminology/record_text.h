#pragma once
// Text helpers the record readers share: plain-string matching, sentences and
// level mentions read by the engine (split_sentences, scan_level_mention),
// evidence quotes cut at sentence bounds, and the word lists that are not
// findings (therapy settings, body regions, injections).
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "terminology/segment.h"

namespace spinecds::terminology {

std::string lower(std::string_view s);
bool contains(std::string_view hay, std::string_view needle);
bool contains_any(std::string_view hay, std::initializer_list<std::string_view> needles);
std::string trim(std::string_view s);

struct Sentence {
  std::string text;
  std::string lower;
};

// The engine's sentences of `text`, trimmed.
std::vector<Sentence> sentences(std::string_view text);

// Byte bounds [first, second) of the engine's sentences of `text`, in order.
std::vector<std::pair<std::size_t, std::size_t>> sentence_bounds(std::string_view text);

// The quote for bytes [b, e) of `text`: its sentence (from `bounds`), cut
// around the span when long, with the level heading of its report line
// ("L4-5: ...") kept so the quote says where.
std::string quote_around(std::string_view text,
                         const std::vector<std::pair<std::size_t, std::size_t>>& bounds,
                         std::size_t b, std::size_t e);

// The segments of each level mention in `text`, in order (the engine's level
// scanner, lenient).
std::vector<std::vector<Segment>> level_mentions(std::string_view text);

// Keywords outside the engine's finding kinds (daily activities, pain
// management, injections in prose): a keyword is denied when a negation cue
// precedes it in its clause. `low` is lower-case.
bool negated_before(std::string_view low, std::size_t pos);
// The first occurrence of any needle that is not denied; npos when none.
std::size_t find_affirmed(std::string_view low, std::initializer_list<std::string_view> needles);

bool mentions_lumbar(std::string_view low);
// "knee", "shoulder", ... when the text names a region other than the lumbar
// spine; empty otherwise.
std::string other_region(std::string_view low);
bool telehealth_words(std::string_view low);
bool home_words(std::string_view low);
bool pt_words(std::string_view low);
// Chiropractic or osteopathic manipulation: not formal physical therapy, even
// when its text says "manual therapy".
bool chiropractic_words(std::string_view low);
bool mentions_injection(std::string_view low);

}  // namespace spinecds::terminology
