#pragma once
// Level mentions inside a token stream ("L4-5", "L2-3 through L5-S1",
// "L3-4 and L4-5", "L4 on L5", "L2 to the ilium"), shared by parse_levels and
// the findings extractor so both read levels the same way.
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "terminology/level_endpoint.h"  // may_start_level, is_pelvis_token
#include "terminology/segment.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology {

struct LevelMention {
  std::size_t first = 0;  // token range [first, last)
  std::size_t last = 0;
  std::vector<Segment> segments;   // sorted, unique
  std::optional<Vertebra> single;  // a lone vertebra: "anterolisthesis of L4"
  bool pelvis = false;             // reaches the ilium/pelvis
};

enum class LevelScanMode {
  strict,   // parse_levels: malformed levels are errors
  lenient,  // free text: what is not a valid level is simply not a level
  // An order's words: lenient, and adjacent vertebrae named one by one are
  // the segments between them ("fusion of L4 and L5" fuses L4-L5; in a
  // report, "L4 and L5 radiculopathy" names two roots, not a segment).
  order,
};

struct LevelScan {
  std::optional<LevelMention> mention;  // empty when no level starts at the token
  std::string error;                    // strict mode only: why it is not a level
  // Strict mode only: every lone vertebra the mention lists ("L4 and L5"),
  // which a level string joins into segments (`single` holds only one).
  std::vector<int> lone_vertebrae;
};

// A word or sign that joins two levels: a list ("and", "or", "plus", "und",
// "&", "+") or a range ("to", "through", "thru"). One list for the level parser
// and the scanner: "4-5 and L5-S1", "L4-5 plus S1".
enum class Joining { none, list, range };
Joining joining_word(const Token& t);

// "T1 and T2 weighted images", "T2 hyperintense signal", "T1/T2 images": a
// mention of T1 and T2 only, before an MRI word, names sequences, not levels.
bool is_mri_sequence(std::span<const Token> toks, const LevelMention& m);

// The segments between vertebrae named one by one ("L3, L4, L5" -> L3-L4,
// L4-L5); empty unless there are two or more and they are adjacent.
std::optional<std::vector<Segment>> segments_joining(std::vector<int> vertebrae);

// Reads the level mention that starts at toks[i], if any.
LevelScan scan_level_mention(std::span<const Token> toks, std::size_t i, LevelScanMode mode);

}  // namespace spinecds::terminology
