#include "terminology/order_levels.h"

#include <algorithm>
#include <string>
#include <vector>

#include "terminology/level_scan.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology {

namespace {

bool negated_before(const std::vector<Token>& toks, std::size_t i) {
  for (std::size_t k = i; k > 0 && i - k < 3; --k) {
    const std::string_view w = toks[k - 1].text;
    if (w == "without" || w == "no" || w == "not" || w == "excluding") return true;
  }
  return false;
}

}  // namespace

LevelParse levels_in_text(std::string_view text) {
  const auto toks = tokenize(text);
  std::vector<Segment> segments;
  bool pelvis = false;
  bool pelvis_word = false;
  std::size_t i = 0;
  while (i < toks.size()) {
    auto scan = scan_level_mention(toks, i, LevelScanMode::lenient);
    if (scan.mention) {
      segments.insert(segments.end(), scan.mention->segments.begin(), scan.mention->segments.end());
      pelvis = pelvis || scan.mention->pelvis;
      i = std::max(scan.mention->last, i + 1);
      continue;
    }
    if (is_pelvis_token(toks[i]) && !negated_before(toks, i)) pelvis_word = true;
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
