// What stands after a number that makes it no level: a unit ("L4 5 mm"), a
// strength grade ("L3 4/5") or a root word ("L5 S1 radiculopathy"). The
// level scanner (level_endpoint.cpp, level_scan.cpp) asks before it takes a
// number or a spaced vertebra as a level's end.
#include <span>
#include <string_view>

#include "terminology/level_endpoint.h"

namespace spinecds::terminology {

// "C6 territory", "left C5 pattern", "C7 paraesthesia", "C8 numbness": a
// vertebra named for the skin or muscles its root serves is a root, not a level.
bool is_root_word(std::string_view w) {
  return w == "nerve" || w == "nerves" || w == "root" || w == "roots" || w == "radiculopathy" ||
         w == "radicular" || w == "dermatome" || w == "dermatomes" || w == "dermatomal" || w == "distribution" ||
         w == "radiculitis" || w == "palsy" || w == "territory" || w == "pattern" ||
         w == "numbness" || w == "symptoms" || w.starts_with("paresthesia") ||
         w.starts_with("paraesthesia") || w.starts_with("dysesthesia") ||
         w.starts_with("dysaesthesia");
}

namespace levels {

namespace {

bool unit_word(std::string_view w) {
  return w == "mm" || w == "times" || w == "time" || w == "cm" || w == "%" || w == "percent" ||
         w == "degrees" || w == "deg" || w == "degree" || w == "x" || w.starts_with("millimet") ||
         w.starts_with("centimet") || w == "wk" || w == "wks" || w.starts_with("week") ||
         w.starts_with("month") || w.starts_with("day") || w.starts_with("year") || w == "yr" ||
         w == "yrs" || w == "yo" || w.starts_with("hour") || w == "hr" || w == "hrs" || w == "mg" ||
         w == "ml" || w.starts_with("view") || w == "old";
}

// "L3 4/5", "L4 5-/5", "C6 4+/5": a strength grade after a root, not a level.
bool grade_follows(std::span<const Token> toks, std::size_t k) {
  if (k >= toks.size()) return false;
  if (toks[k].text == "/") return true;
  return (toks[k].text == "+" || toks[k].text == "-") && k + 1 < toks.size() &&
         toks[k + 1].text == "/";
}

}  // namespace

bool measure_follows(std::span<const Token> toks, std::size_t k) {
  return k < toks.size() &&
         (unit_word(toks[k].text) || is_root_word(toks[k].text) || grade_follows(toks, k));
}

}  // namespace levels
}  // namespace spinecds::terminology
