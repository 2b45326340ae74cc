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

namespace {

// "Motor R/L: deltoid 5/5 | 5/5, biceps 4/5 | 5/5", "Reflexes (R/L): ...":
// a label naming both sides in the order of each item's grade cells. The
// sides, and where the items start (past the ":").
std::optional<std::pair<std::vector<std::string>, std::size_t>> inline_side_header(
    const Sentence& s) {
  std::size_t colon = 0;
  while (colon < s.toks.size() && colon < 7 && !punct_is(s.toks[colon], ":")) ++colon;
  if (colon == s.toks.size() || colon == 7) return std::nullopt;
  std::vector<std::string> sides;
  for (std::size_t k = 0; k < colon; ++k) {
    const std::string_view w = s.toks[k].text;
    if (names_side(w)) {
      const auto side = side_word(w);
      if (!side || *side == "bilateral") return std::nullopt;
      sides.push_back(*side);
    } else if (!sides.empty() && !punct_is(s.toks[k], "/") && !punct_is(s.toks[k], "|") &&
               !punct_is(s.toks[k], ")")) {
      return std::nullopt;  // the sides end the label ("R/L:", "(R/L):")
    }
  }
  if (sides.size() != 2 || sides[0] == sides[1]) return std::nullopt;
  return std::pair{sides, colon + 1};
}

// The side of the abnormal grades of the list item holding the trigger, its
// cells in the order the columns give.
std::optional<std::string> cells_side(const Sentence& s, std::size_t from, std::size_t to,
                                      const std::vector<std::string>& columns, FindingKind kind) {
  std::size_t column = 0;
  Finding sided;
  for (std::size_t k = from; k < to;) {
    if (names_side(s.toks[k].text)) return std::nullopt;  // the item says its own side
    std::size_t end = k + 1;
    bool abnormal = false;
    if (!grade_cell(s, k, kind, end, abnormal)) {
      k = end > k + 1 ? end : k + 1;
      continue;
    }
    if (column >= columns.size()) return std::nullopt;
    if (abnormal) add_side(columns[column], sided);
    ++column;
    k = end;
  }
  if (column != columns.size()) return std::nullopt;
  return sided.side;
}

}  // namespace

std::size_t side_label_end(const Sentence& s) {
  const auto header = inline_side_header(s);
  return header ? header->second : 0;
}

std::optional<std::string> column_side(const Sentence& s, const Trig& t, FindingKind kind) {
  if (const auto header = inline_side_header(s)) {
    const auto [from, to] = list_item(s.toks, t.first, t.last);
    if (t.first < header->second) return std::nullopt;
    return cells_side(s, std::max(from, header->second), to, header->first, kind);
  }
  if (s.side_columns.empty() || !exam_row(s)) return std::nullopt;
  return cells_side(s, 0, s.toks.size(), s.side_columns, kind);
}

}  // namespace spinecds::terminology::text
