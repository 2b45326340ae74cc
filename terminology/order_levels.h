#pragma once
// Levels named in free text. Which of them a fusion order fuses is
// order_reader.h.
#include <string_view>

#include "terminology/level_parser.h"

namespace spinecds::terminology {

// Every level mention in free text ("Posterior fusion L2-pelvis, TLIF L4-5"),
// read leniently: words around the levels are allowed, and a vertebra-shaped
// token that is not a vertebra is skipped rather than an error. Pelvic words
// ("with iliac fixation") set `pelvis` unless negated ("without iliac screws").
LevelParse levels_in_text(std::string_view text);

}  // namespace spinecds::terminology
