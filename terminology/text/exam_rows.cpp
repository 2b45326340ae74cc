// Plain-text exam tables: a header of sides ("Motor  RIGHT  LEFT") over rows
// of a short label and grade cells ("Wrist ext  5/5  4/5", "BR | 2+ | 1+"),
// each column's abnormal grade on that column's side.
#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "terminology/text/finding_side.h"
#include "terminology/text/sentence_findings.h"

namespace spinecds::terminology::text {

namespace {

// One grade cell of an exam row at toks[k]: a motor grade ("4+/5", "5/5"),
// a reflex grade ("1+", "2+", "trace", "absent") or a sign ("neg", "POS").
// `end` is past it; `abnormal` whether it is a finding of `kind`.
bool grade_cell(const Sentence& s, std::size_t k, FindingKind kind, std::size_t& end,
                bool& abnormal) {
  const auto& toks = s.toks;
  const std::string_view w = toks[k].text;
  if (toks[k].kind == TokenKind::number) {
    std::size_t j = k + 1;
    const bool minus = j < toks.size() && punct_is(toks[j], "-");
    const bool plus = j < toks.size() && punct_is(toks[j], "+");
    if (minus || plus) ++j;
    if (j + 1 < toks.size() && punct_is(toks[j], "/") && toks[j + 1].text == "5") {
      end = j + 2;  // a motor grade: below 5/5 is a weakness
      abnormal = kind == FindingKind::weakness && (w < "5" || minus);
      return w.size() == 1;
    }
    if (!plus || w.size() != 1) return false;
    end = j;  // a reflex grade: below 2+ is a lost or diminished reflex
    abnormal = kind == FindingKind::radiculopathy && w < "2";
    return true;
  }
  end = k + 1;
  abnormal = kind == FindingKind::radiculopathy && (w == "trace" || w == "absent");
  return w == "trace" || w == "absent" || w == "neg" || w == "pos" || w == "negative" ||
         w == "positive";
}

}  // namespace

std::optional<std::vector<std::string>> side_column_header(const Sentence& s) {
  // "EXAM: RIGHT LEFT" with its label on the line: at most three label words
  // ("Motor", "Reflexes", "Strength"), then only sides, left and right both.
  std::size_t k = 0;
  while (k < s.toks.size() && !names_side(s.toks[k].text)) {
    if (s.toks[k].kind == TokenKind::number || k >= 4) return std::nullopt;
    ++k;
  }
  std::vector<std::string> sides;
  for (; k < s.toks.size(); ++k) {
    if (punct_is(s.toks[k], "|") || punct_is(s.toks[k], "/")) continue;
    const auto w = side_word(s.toks[k].text);
    if (!w || *w == "bilateral") return std::nullopt;
    sides.push_back(*w);
  }
  const bool both = std::ranges::find(sides, "left") != sides.end() &&
                    std::ranges::find(sides, "right") != sides.end();
  if (sides.size() != 2 || !both) return std::nullopt;
  return sides;
}

bool exam_row(const Sentence& s) {
  // A label of a few words and no figure ("Wrist ext", "BR reflex", "Hip
  // flexion (L2)"), then only grade cells: "She has 4/5 triceps and 5/5
  // deltoid" or "Triceps 4/5 2 weeks ago, now 5/5" is prose, not a row.
  std::size_t k = 0;
  std::size_t end = 0;
  bool abnormal = false;
  while (k < s.toks.size() && !grade_cell(s, k, FindingKind::weakness, end, abnormal)) {
    if (s.toks[k].kind == TokenKind::number || k >= 6) return false;
    ++k;
  }
  if (k == 0 || k == s.toks.size()) return false;
  while (k < s.toks.size()) {
    if (punct_is(s.toks[k], "|") || (punct_is(s.toks[k], ".") && k + 1 == s.toks.size())) {
      ++k;
    } else if (grade_cell(s, k, FindingKind::weakness, end, abnormal)) {
      k = end;
    } else {
      return false;
    }
  }
  return true;
}

std::optional<std::string> column_side(const Sentence& s, FindingKind kind) {
  if (s.side_columns.empty() || !exam_row(s)) return std::nullopt;
  std::size_t column = 0;
  Finding sided;
  for (std::size_t k = 0; k < s.toks.size();) {
    if (names_side(s.toks[k].text)) return std::nullopt;  // the row says its own side
    std::size_t end = k + 1;
    bool abnormal = false;
    if (!grade_cell(s, k, kind, end, abnormal)) {
      k = end > k + 1 ? end : k + 1;
      continue;
    }
    if (column >= s.side_columns.size()) return std::nullopt;
    if (abnormal) add_side(s.side_columns[column], sided);
    ++column;
    k = end;
  }
  if (column != s.side_columns.size()) return std::nullopt;
  return sided.side;
}

}  // namespace spinecds::terminology::text
