#include "terminology/order_levels.h"

#include <algorithm>
#include <string>
#include <vector>

#include "terminology/level_scan.h"
#include "terminology/procedure_denial.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology {

LevelParse levels_in_text(std::string_view text) {
  const auto toks = tokenize(text);
  std::vector<Segment> segments;
  bool pelvis = false;
  bool pelvis_word = false;
  std::size_t i = 0;
  while (i < toks.size()) {
    auto scan = scan_level_mention(toks, i, LevelScanMode::order);
    if (scan.mention) {
      segments.insert(segments.end(), scan.mention->segments.begin(), scan.mention->segments.end());
      pelvis = pelvis || scan.mention->pelvis;
      i = std::max(scan.mention->last, i + 1);
      continue;
    }
    if (pelvic_fixation_word(toks, 0, toks.size(), i)) pelvis_word = true;
    ++i;
  }
  LevelParse p;
  if (segments.empty()) {
    p.error = "no vertebral level in the text";
    return p;
  }
  std::sort(segments.begin(), segments.end());
  segments.erase(std::unique(segments.begin(), segments.end()), segments.end());
  p.value = LevelSpan{std::move(segments), pelvis || pelvis_word};
  return p;
}

}  // namespace spinecds::terminology
