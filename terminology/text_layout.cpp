// A text's layout: its line breaks, the blank lines and section headers that
// start passages, numbered items, anatomy lines under a level header, and
// short sentences that give another position's figure.
#include "terminology/text_layout.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "terminology/finding_lexicon.h"
#include "terminology/sentence_split.h"
#include "terminology/text/sentence.h"
#include "terminology/text/word_classes.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology {

using namespace text;

// Line breaks between toks[i - 1] and toks[i]: none across a wrapped line
// (read_tokens), one for a break an HL7 "~" stands for.
int newlines_before(std::string_view text, const std::vector<Token>& toks, std::size_t i) {
  if (!toks[i].line_before) return 0;
  int newlines = 0;
  for (std::size_t k = toks[i - 1].end; k < toks[i].begin && k < text.size(); ++k) {
    if (text[k] == '\n') ++newlines;
  }
  return std::max(newlines, 1);
}

// A blank line or a section header ("IMPRESSION:", "Findings:") before
// toks[i] starts a new passage.
bool starts_passage(std::string_view text, const std::vector<Token>& toks, std::size_t i) {
  const int newlines = newlines_before(text, toks, i);
  if (newlines >= 2) return true;
  if (newlines == 0) return false;
  std::size_t k = i;
  while (k < toks.size() && k < i + 4 && toks[k].kind == TokenKind::word) ++k;
  return k > i && k < toks.size() && toks[k].kind == TokenKind::punct && toks[k].text == ":";
}

// "2. L5-S1: small protrusion": the sentence at toks[b] opens a numbered
// list item ("2." or "2)" at the start of a line).
bool opens_numbered_item(std::string_view text, const std::vector<Token>& toks, std::size_t b) {
  auto item_at = [&](std::size_t n) {
    return n + 1 < toks.size() && toks[n].kind == TokenKind::number &&
           (punct_is(toks[n + 1], ".") || punct_is(toks[n + 1], ")")) &&
           (n == 0 || newlines_before(text, toks, n) >= 1);
  };
  return item_at(b) || (b >= 2 && item_at(b - 2));
}

// "Canal: moderate stenosis" under "L4-5:": a line that grades a part of the
// level keeps the level's passage open.
bool level_part_line(const std::vector<Token>& toks, const std::vector<std::uint32_t>& cls,
                     std::size_t i) {
  std::size_t k = i;
  while (k < toks.size() && k < i + 4 && toks[k].kind == TokenKind::word) {
    if ((cls[k] & kLevelPart) == 0) return false;
    ++k;
  }
  return k > i && k < toks.size() && punct_is(toks[k], ":");
}

namespace {

// Whether the range gives a figure (mm or degrees) and a position word.
bool gives_position_figure(const std::vector<Token>& toks, const std::vector<std::uint32_t>& cls,
                           TokenRange r) {
  bool position = false, figure = false;
  for (std::size_t k = r.begin; k < r.end; ++k) {
    position = position || (cls[k] & kPositionWord) != 0 ||
               text::position_word(toks[k].text) != text::Position::none;
    if (k + 1 < r.end && toks[k].kind == TokenKind::number) {
      const auto unit = unit_kind(toks[k + 1].text);
      figure = figure || unit == MeasureKind::mm || unit == MeasureKind::cm ||
               unit == MeasureKind::degrees;
    }
  }
  return position && figure;
}

}  // namespace

// "Lateral flexion view: 4 mm anterolisthesis of L4 on L5. Extension view:
// 1 mm.", "Standing: 7 mm anterolisthesis L4-5. Supine MRI: 3 mm.": a short
// sentence that gives only another position's figure goes on with the
// sentence before it, so the two positions are compared.
bool continues_positions(std::string_view text, const std::vector<Token>& toks,
                         const std::vector<std::uint32_t>& cls, TokenRange prev, TokenRange r) {
  static constexpr std::array<std::string_view, 38> kAllowed = {
      "view",       "views",       "lateral",       "image",      "images",
      "radiograph", "radiographs", "film",          "films",      "on",
      "in",         "with",        "this",          "it",         "reduces",
      "reducing",   "reduced",     "increases",     "increasing", "increased",
      "to",         "measures",    "measuring",     "measured",   "there",
      "is",         "of",          "the",           "and",        "neutral",
      "upright",    "standing",    "approximately", "position",   "mri",
      "ct",         "scan",        "weight"};
  if (r.end - r.begin > 12 || newlines_before(text, toks, r.begin) >= 2) return false;
  for (std::size_t k = r.begin; k < r.end; ++k) {
    if (toks[k].kind != TokenKind::word || (cls[k] & kPositionWord) != 0 ||
        text::position_word(toks[k].text) != text::Position::none ||
        unit_kind(toks[k].text).has_value()) {
      continue;
    }
    const std::string_view w = toks[k].text;
    if (std::find(kAllowed.begin(), kAllowed.end(), w) == kAllowed.end()) return false;
  }
  return gives_position_figure(toks, cls, r) && gives_position_figure(toks, cls, prev);
}
}  // namespace spinecds::terminology
