// Exam lines that grade one muscle or reflex on each side and name it once
// ("Triceps 5/5 on the right, 4/5 on the left", "biceps reflex 2+ on the
// right and 1+ on the left"): the second item is only a grade and its side,
// and grades what the first names.
#include <algorithm>
#include <cstddef>
#include <optional>
#include <string_view>

#include "terminology/text/finding_side.h"
#include "terminology/text/root_words.h"
#include "terminology/text/sentence_findings.h"

namespace spinecds::terminology::text {

namespace {

bool item_end(std::string_view w) {
  return w == "," || w == ";" || w == "." || w == ":";
}

// Words of an item's grade besides the grade cell itself ("normal on the
// right", "intact").
bool grade_word(std::string_view w) {
  for (std::string_view g : {"normal", "intact", "symmetric", "diminished", "decreased", "reduced",
                             "absent", "trace", "hypoactive", "brisk"}) {
    if (w == g) return true;
  }
  return false;
}

}  // namespace

std::optional<std::size_t> elided_grade_antecedent(const Sentence& s, std::size_t first,
                                                   std::size_t last) {
  const auto& toks = s.toks;
  // The item's words are a grade ("4/5", "1+", "absent"), nothing more.
  std::size_t grade_end = first;
  bool abnormal = false;
  const bool graded =
      grade_cell(s, first, FindingKind::weakness, grade_end, abnormal) && grade_end == last;
  if (!graded && !(last == first + 1 && grade_word(toks[first].text))) return std::nullopt;
  // After the grade only its side ("on the left", "L", "left side").
  bool sided = false;
  for (std::size_t k = last; k < toks.size(); ++k) {
    const std::string_view w = toks[k].text;
    if (item_end(w) || w == "and" || w == "but") break;
    if (names_side(w)) {
      sided = true;
    } else if (w != "on" && w != "the" && w != "side" && w != "at") {
      return std::nullopt;
    }
  }
  // Or its side before it ("right 5/5, left 4/5").
  std::size_t k = first;
  while (k > 0 && names_side(toks[k - 1].text)) {
    sided = true;
    --k;
  }
  if (!sided || k == 0) return std::nullopt;
  std::size_t join = k - 1;
  const std::string_view joiner = toks[join].text;
  if (joiner == "and" || joiner == "but" || joiner == "while" || joiner == "whereas") {
    if (join > 0 && toks[join - 1].text == ",") --join;
  } else if (joiner != ",") {
    return std::nullopt;
  }
  // The item before: a name, then its own grade.
  std::size_t start = join;
  while (start > 0 && join - start < 12 && !item_end(toks[start - 1].text)) --start;
  if (start == join || (start > 0 && !item_end(toks[start - 1].text))) return std::nullopt;
  if (toks[start].kind == TokenKind::number) return std::nullopt;
  const std::size_t graded_from = start;
  // "Triceps: right 5/5, left 4/5": the muscle is the label before the colon.
  if (start > 1 && toks[start - 1].text == ":" && names_side(toks[start].text)) {
    std::size_t label = start - 1;
    while (label > 0 && start - label < 6 && !item_end(toks[label - 1].text)) --label;
    if (label < start - 1 && toks[label].kind != TokenKind::number) start = label;
  }
  for (std::size_t g = graded_from + 1; g < join; ++g) {
    std::size_t end = g;
    bool abnormal = false;
    if ((toks[g].kind == TokenKind::number &&
         grade_cell(s, g, FindingKind::weakness, end, abnormal)) ||
        grade_word(toks[g].text)) {
      return start;
    }
  }
  return std::nullopt;
}

bool elided_reflex(const Sentence& s, std::size_t first, std::size_t last) {
  const auto start = elided_grade_antecedent(s, first, last);
  if (!start) return false;
  // A motor grade's item ("triceps 5/5 on the right, 0 on the left" is no reflex).
  std::size_t end = first;
  bool abnormal = false;
  if (grade_cell(s, first, FindingKind::weakness, end, abnormal) && end > last) return false;
  for (std::size_t k = *start; k < first; ++k) {
    if (std::ranges::find(kArmReflexMuscles, s.toks[k].text) != kArmReflexMuscles.end()) {
      // "Triceps 5/5 on the right, trace on the left" grades strength, not the reflex.
      for (std::size_t g = k + 1; g < first; ++g) {
        if (punct_is(s.toks[g], "/")) return false;
      }
      return true;
    }
  }
  return false;
}

}  // namespace spinecds::terminology::text
