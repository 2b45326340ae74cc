#pragma once
// Text helpers the record readers share: plain-string matching, sentences and
// level mentions read by the engine (split_sentences, scan_level_mention),
// evidence quotes cut at sentence bounds, and word lists that are not
// findings (body regions; therapy settings and injections via record_terms).
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "terminology/segment.h"

namespace spinecds::terminology {

struct TextReading;  // record_terms.h

std::string lower(std::string_view s);
bool contains(std::string_view hay, std::string_view needle);
bool contains_any(std::string_view hay, std::initializer_list<std::string_view> needles);
// Where `word` first stands whole in `low` (no letter touches it; char_class.h
// whole_word_at), or npos.
std::size_t find_word(std::string_view low, std::string_view word);
std::string trim(std::string_view s);

// Byte bounds [first, second) of the engine's sentences of `text`, in order.
std::vector<std::pair<std::size_t, std::size_t>> sentence_bounds(std::string_view text);
std::vector<std::pair<std::size_t, std::size_t>> sentence_bounds(const TextReading& text);

// The quote for bytes [b, e) of `text`: its sentence (from `bounds`), cut
// around the span when long, with the level heading of its report line
// ("L4-5: ...") kept so the quote says where.
std::string quote_around(std::string_view text,
                         const std::vector<std::pair<std::size_t, std::size_t>>& bounds,
                         std::size_t b, std::size_t e);

// The segments of each level mention in `text`, in order (the engine's level
// scanner, lenient). With `lone_vertebrae`, a vertebra named alone ("L2 burst
// fracture") stands for the two segments it bounds.
std::vector<std::vector<Segment>> level_mentions(std::string_view text,
                                                 bool lone_vertebrae = false);

// A sentence of `text` (bytes [b, e)) as a quote: trimmed, without its full
// stop.
std::string sentence_quote(std::string_view text, std::size_t b, std::size_t e);

bool mentions_lumbar(std::string_view low);
// "knee", "shoulder", ... when the text names a region other than the lumbar
// spine; empty otherwise.
std::string other_region(std::string_view low);
// Therapy settings and injections named in words the record affirms (the
// engine's ConText scopes decide; record_terms.h).
bool telehealth_words(std::string_view text);
bool home_words(std::string_view text);
bool pt_words(std::string_view low);
// Chiropractic or osteopathic manipulation: not formal physical therapy, even
// when its text says "manual therapy".
bool chiropractic_words(std::string_view low);
bool mentions_injection(std::string_view text);

}  // namespace spinecds::terminology
