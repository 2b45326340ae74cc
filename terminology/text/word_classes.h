#pragma once
// What the text engine knows about a word, as bits, found with one hash
// lookup. The engine looks each token up once and tests bits afterwards, so
// its per-token work does not grow with the size of the word lists.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace spinecds::terminology {

enum WordClass : std::uint32_t {
  kClauseBreak = 1u << 0,
  kSeverityWord = 1u << 1,
  kModifierWord = 1u << 2,
  kScopeEnd = 1u << 3,
  kLevelConnector = 1u << 4,
  kPhraseStop = 1u << 5,
  kLocationFiller = 1u << 6,
  kCopula = 1u << 7,
  kMriWord = 1u << 8,
  kEndDate = 1u << 9,
  kNumberWord = 1u << 10,
  kLevelPhraseStart = 1u << 11,
  kTriggerStart = 1u << 12,      // first word of a finding trigger phrase
  kCueStart = 1u << 13,          // first word of a ConText cue phrase
  kSeverityStart = 1u << 14,     // first word of a severity phrase
  kPositionWord = 1u << 15,      // "flexion", "extension", "dynamic": motion is spoken of
  kHedgeBoundary = 1u << 16,     // "with", "causing": a hedge after it hedges only what follows
  kLandmarkFiller = 1u << 17,    // "the", "prior": between a landmark word and its level
  kLandmarkRelative = 1u << 18,  // "adjacent", "cephalad": "... to" makes a landmark
  kLevelPart = 1u << 19,         // "canal", "foramina": a part of a level graded on its own line
  kClauseVerb = 1u << 20,        // "is", "appears", "shows": a finite verb opens a clause
};

// What the engine knows of a lower-case word or punctuation token: its
// classes, and its id in the engine's vocabulary, which holds every word of
// the word lists and of every phrase table, so phrases are matched by
// comparing integers. Both 0 for a word the engine has no use for.
struct WordInfo {
  std::uint32_t classes = 0;
  std::uint32_t id = 0;
};
WordInfo word_info(std::string_view w);

// word_info(w).classes
std::uint32_t word_classes(std::string_view w);

// The finding, severity or location word that `w`, a word the engine does not
// know, misspells by one letter ("stenossis" -> "stenosis"), or empty.
std::string_view respelling_long(std::string_view w);
// Words under seven letters are never guessed at: the common case costs no call.
inline constexpr std::size_t kShortestRespelt = 7;
inline std::string_view respelling(std::string_view w) {
  return w.size() < kShortestRespelt ? std::string_view{} : respelling_long(w);
}

// The word the engine knows that `raw`, a word or letters-and-digits token
// as written, is an OCR misreading of, lower case, or empty: "l" for "I" in
// a word in capitals ("SPlNE"), "I" for "l" in a word in lower case
// ("Iumbar"), "0" for "o" and "1" for "l" or "i" between letters
// ("F0RAMINAL"). `low` is the token's lower-cased text. A word the engine
// knows as written, or a level ("L5S1"), is never changed.
std::string ocr_respelling(std::string_view raw, std::string_view low);

// Speech recognition's homophones of spine words (dictated reports left
// uncorrected). The word the engine knows that `w`, one lower-case word as
// recognised, stands for ("chord" -> "cord"), or empty.
std::string_view misheard_word(std::string_view w);
// The one word that three recognised words `w0 w1 w2` stand for ("for a
// minimal" -> "foraminal"), or empty: only where the words beside them,
// `before` and `after` (empty at a line's edge), say the anatomy is spoken
// of ("severe left for a minimal stenosis", "no for a minimal narrowing"),
// never in plain English ("asked for a minimal amount").
std::string_view misheard_phrase(std::string_view before, std::string_view w0, std::string_view w1,
                                 std::string_view w2, std::string_view after);

// Punctuation speech recognition wrote out as a word, left in a signed
// report ("deltoid 4/5 comma biceps 4+/5", "no abnormal motion period
// Alignment is maintained", "Flex ex films colon L3 4"): the mark `w` stands
// for (",", ";", "." or ":"), or empty. `before` and `after` are the words
// beside it (empty at a line's edge); `after_upper` whether the next word is
// written with a capital, `after_word` whether it is a plain word. "Period"
// and "colon" are English and anatomy too ("over a period of six weeks",
// "the sigmoid colon"), so they are marks only where a sentence could end.
std::string_view dictated_mark(std::string_view before, std::string_view w, bool at_line_end,
                               bool after_upper, bool after_word);

// An ordinal's suffix as the tokenizer splits it off ("4th": "4" "th").
inline bool ordinal_suffix(std::string_view w) {
  return w == "st" || w == "nd" || w == "rd" || w == "th";
}

inline bool has_class(std::string_view w, std::uint32_t classes) {
  return (word_classes(w) & classes) != 0;
}

}  // namespace spinecds::terminology
