#pragma once
// Vertebral level strings ("L4-5", "L2-pelvis", "L3 through S1", "L3-4 and
// L4-5", "T10-ilium") to motion segments and whether the construct reaches the
// pelvis.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "terminology/segment.h"

namespace spinecds::terminology {

struct LevelSpan {
  std::vector<Segment> segments;  // sorted, unique
  bool pelvis = false;            // extends to the ilium/pelvis
};

struct LevelParse {
  std::optional<LevelSpan> value;
  std::string error;  // one line, set when value is empty ("L7 is not a vertebra")
  // Refused because a level count disagrees with the levels ("3-level
  // L4-S1"): an order reader then cannot tell which was meant.
  bool count_disagrees = false;
};

LevelParse parse_levels(std::string_view text);

// {"segments": ["L2-L3", ...], "pelvis": true}
std::string to_json(const LevelSpan& span);

}  // namespace spinecds::terminology
