#pragma once
// Vertebral level strings ("L4-5", "L2-pelvis", "L3 through S1", "L3-4 and
// L4-5", "T10-ilium") to motion segments and whether the construct reaches the
// pelvis.
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "terminology/segment.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology {

struct LevelSpan {
  std::vector<Segment> segments;  // sorted, unique
  bool pelvis = false;            // extends to the ilium/pelvis
};

struct LevelParse {
  std::optional<LevelSpan> value;
  std::string error;  // one line, set when value is empty ("L7 is not a vertebra")
};

LevelParse parse_levels(std::string_view text);

// "2-level", "three-level", "single level", "(2 levels)" at toks[i]: how many
// motion segments the words say are meant; `next` is the token after them.
std::optional<std::size_t> level_count_at(std::span<const Token> toks, std::size_t i,
                                          std::size_t& next);

// {"segments": ["L2-L3", ...], "pelvis": true}
std::string to_json(const LevelSpan& span);

}  // namespace spinecds::terminology
