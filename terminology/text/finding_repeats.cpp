// A finding said again at another level without its noun: "moderate at
// L2-3", "3 mm at L5-S1", "the same at L4-5" repeat the finding before them.
#include "terminology/text/finding_repeats.h"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "terminology/finding_lexicon.h"
#include "terminology/text/finding_side.h"
#include "terminology/text/sentence_findings.h"
#include "terminology/text/word_classes.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology::text {

// A figure ("3 mm", "20%", "grade 2") after the previous finding's own level:
// the start of a repeat of that finding at another level.
namespace {

// "3 mm", "20%", "grade 2" at toks[i].
bool figure_at(const Sentence& s, std::size_t i) {
  if (i + 1 >= s.toks.size()) return false;
  const std::string_view unit = s.toks[i + 1].text;
  return (s.toks[i].kind == TokenKind::number &&
          (unit == "mm" || unit == "cm" || unit == "%" || unit == "percent" || unit == "degrees" ||
           unit == "millimeters" || unit == "millimetres")) ||
         (word_is(s.toks[i], "grade") && (s.toks[i + 1].kind == TokenKind::number || unit == "i" ||
                                          unit == "ii" || unit == "iii" || unit == "iv"));
}

// The kinds a figure alone can repeat.
bool measured_kind(std::string_view kind) {
  return kind == "spondylolisthesis" || kind == "translation" || kind == "angulation" ||
         kind == "stenosis" || kind == "disc-herniation";
}

}  // namespace

bool measured_repeat(const Sentence& s, std::size_t i) {
  // The figure first: most tokens are none, and the kind's string need not be read.
  if (!figure_at(s, i)) return false;
  const Trig& prev = s.trigs.back();
  if (!measured_kind(prev.entry->kind)) return false;
  for (std::size_t k = prev.last; k < i; ++k) {
    if (s.mention_at[k] != kNone) return true;
    if (brk(s, k)) return false;
  }
  return false;
}

// The last trigger that names a finding: "stenosis of the canal ... and
// severe at L5-S1" repeats the stenosis, not the anatomy word after it.
int last_finding(const Sentence& s) {
  for (std::size_t i = s.trigs.size(); i > 0; --i) {
    if (s.trigs[i - 1].entry->rule != TriggerRule::anatomy_only) return static_cast<int>(i - 1);
  }
  return kNone;
}

namespace {

void push_repeat(Sentence& s, std::size_t first, std::size_t last, int of,
                 std::optional<Severity> severity) {
  Trig t;
  t.first = first;
  t.last = last;
  t.entry = s.trigs[static_cast<std::size_t>(of)].entry;
  t.copy_of = of;
  t.copy_severity = severity;
  for (std::size_t k = first; k < last; ++k) {
    if (s.mention_at[k] == kNone) s.trigger_at[k] = static_cast<int>(s.trigs.size());
  }
  s.trigs.push_back(t);
}

}  // namespace

// "No significant stenosis except at L4-5, where it is moderate": the
// pronoun repeats the finding before it with the grade it is given.
// Returns the token after the grade, or 0.
std::size_t pronoun_repeat(Sentence& s, std::size_t i) {
  // The word first: it rules out nearly every token before the triggers are read.
  if (!(word_is(s.toks[i], "where") || word_is(s.toks[i], "which"))) return 0;
  const int of = last_finding(s);
  if (of == kNone || !s.trigs[static_cast<std::size_t>(of)].entry->takes_severity) return 0;
  std::size_t k = i + 1;
  if (k < s.toks.size() &&
      (word_is(s.toks[k], "it") || word_is(s.toks[k], "this") || word_is(s.toks[k], "they"))) {
    ++k;
  } else if (!word_is(s.toks[i], "where")) {
    return 0;
  }
  if (k >= s.toks.size() || !cls_is(s, k, kCopula)) return 0;
  std::size_t end = 0;
  const auto severity = severity_at(s, k + 1, end);
  if (!severity || (end < s.toks.size() && !brk(s, end) && !punct_is(s.toks[end], ","))) return 0;
  push_repeat(s, i, end, of, severity);
  return end;
}

// "...; L4-L5 moderate.": a level and a grade with no noun, after a clause
// break, repeat the finding before. Returns the token after the grade, or 0.
std::size_t level_grade_repeat(Sentence& s, std::size_t i) {
  if (i == 0 || s.mention_at[i] == kNone) return 0;
  // "L3/4 mod-severe canal stenosis, L4/5 mild.": after a comma too, when the
  // level and its grade close the sentence or clause (checked below).
  // "... at L4-5 but L5-S1 is patent": a contrast opens the clause too,
  // for the patent level only (checked below).
  const bool contrast = any_word_in(s, i - 1, i, {"but", "whereas", "while", "although"});
  if (!punct_is(s.toks[i - 1], ";") && !punct_is(s.toks[i - 1], ",") && !contrast) return 0;
  // "Moderate stenosis at L4-5, L5-S1 mild": the comma is inside one level list,
  // so the grade belongs to the whole mention, not a repeat of its last level.
  if (s.mentions[static_cast<std::size_t>(s.mention_at[i])].first != i) return 0;
  const int of = last_finding(s);
  if (of == kNone) return 0;
  std::size_t j = i;
  while (j < s.toks.size() && s.mention_at[j] == s.mention_at[i]) ++j;
  if (j < s.toks.size() && punct_is(s.toks[j], ":")) ++j;
  // "C3-4 and C4-5 severe canal stenosis (with cord compression); C5-6 is
  // patent": the level, its copula and a normal word closing the clause deny
  // the last stenosis there, as "the right is patent" does
  // (side_clause_repeat below).
  if (j + 1 < s.toks.size() && cls_is(s, j, kCopula) && normal_word(s.toks[j + 1]) &&
      !word_is(s.toks[j + 1], "no") && (j + 2 >= s.toks.size() || brk(s, j + 2))) {
    // The last stenosis before the level: one after it ("C5-6 is patent;
    // moderate foraminal stenosis at C6-7") is another clause's.
    for (std::size_t t = s.trigs.size(); t-- > 0;) {
      if (s.trigs[t].entry->kind != "stenosis" || s.trigs[t].first > i) continue;
      push_repeat(s, i, j + 1, static_cast<int>(t), std::nullopt);
      return j + 1;
    }
  }
  if (contrast) return 0;
  std::size_t end = 0;
  const bool graded = s.trigs[static_cast<std::size_t>(of)].entry->takes_severity;
  const auto severity = graded ? severity_at(s, j, end) : std::nullopt;
  // "Translation: L3-4 1 mm; L4-5 5 mm": a figure in the grade's place, for a
  // finding measured in it.
  // A level closing the sentence (", L2" as its last token) has no figure after it.
  if (!severity && j < s.toks.size() && s.toks[j].kind == TokenKind::number && figure_at(s, j) &&
      measured_kind(s.trigs[static_cast<std::size_t>(of)].entry->kind)) {
    end = j + 2;
    if (end < s.toks.size() && !brk(s, end)) return 0;
    push_repeat(s, i, end, of, std::nullopt);
    return end;
  }
  if (!severity || (end < s.toks.size() && !brk(s, end))) return 0;
  // "Canal stenosis: L3-4 mild; L4-5 severe": the noun's own list of level
  // grades (level_grades.cpp) already gives this level its grade; a repeat
  // would count it twice.
  const auto& here = s.mentions[static_cast<std::size_t>(s.mention_at[i])].segments;
  const auto listed = level_grades(s, s.trigs[static_cast<std::size_t>(of)]);
  if (std::any_of(listed.begin(), listed.end(),
                  [&](const LevelGrade& g) { return g.segments == here; })) {
    return end;
  }
  push_repeat(s, i, end, of, severity);
  return end;
}

// "Anterolisthesis of L4 (5 mm) and L5 (2 mm)": a second vertebra with its
// own figure in parentheses, after "and" or a comma, repeats the slip before
// it when that slip's level had its figure so too. Returns the token after
// the ")", or 0.
std::size_t vertebra_figure_repeat(Sentence& s, std::size_t i) {
  if (i < 5 || !(word_is(s.toks[i - 1], "and") || punct_is(s.toks[i - 1], ","))) return 0;
  std::size_t j = i;
  while (j < s.toks.size() && s.mention_at[j] == s.mention_at[i]) ++j;
  if (j + 3 >= s.toks.size() || !punct_is(s.toks[j], "(") || !figure_at(s, j + 1) ||
      !punct_is(s.toks[j + 3], ")")) {
    return 0;
  }
  const int of = last_finding(s);
  if (of == kNone) return 0;
  const Trig& prev = s.trigs[static_cast<std::size_t>(of)];
  if (prev.entry->kind != "spondylolisthesis" && prev.entry->kind != "translation") return 0;
  // The slip's own level just before: "... of L4 (5 mm) and".
  const std::size_t close = i - 2;
  if (!punct_is(s.toks[close], ")") || close < 4 || !punct_is(s.toks[close - 3], "(") ||
      s.mention_at[close - 4] == kNone || close - 4 < prev.last) {
    return 0;
  }
  push_repeat(s, i, j + 4, of, std::nullopt);
  return j + 4;
}

namespace {

// "Foramina: severe narrowing on the left, moderate on the right": a cell of
// the side grades of the template line whose noun `of` is, which that line
// reads with its anatomy (level_grades.cpp).
bool anatomy_line_cell(const Sentence& s, int of, std::size_t i) {
  if (of < 1) return false;
  const Trig& line = s.trigs[static_cast<std::size_t>(of - 1)];
  if (line.entry->rule != TriggerRule::anatomy_only) return false;
  std::size_t end = 0;
  const auto cells = side_grades(s, line, end);
  return std::any_of(cells.begin(), cells.end(), [&](const SideGrade& g) { return g.first == i; });
}

}  // namespace

// "No foraminal encroachment on the left at L5-S1; moderate on the right": a
// grade and a side with no noun, after a clause break, repeat the finding
// before on the other side. Returns the token after the side, or 0.
std::size_t side_grade_repeat(Sentence& s, std::size_t i) {
  const int of = last_finding(s);
  if (of == kNone || !s.trigs[static_cast<std::size_t>(of)].entry->takes_severity) return 0;
  if (i == 0 || !(punct_is(s.toks[i - 1], ";") || punct_is(s.toks[i - 1], ","))) return 0;
  std::size_t k = 0;
  const auto severity = severity_at(s, i, k);
  if (!severity) return 0;
  while (k < s.toks.size() && (word_is(s.toks[k], "on") || word_is(s.toks[k], "the"))) ++k;
  if (k >= s.toks.size() ||
      !any_word_in(s, k, k + 1, {"left", "right", "bilaterally", "bilateral", "l", "r"})) {
    return 0;
  }
  ++k;
  if (k < s.toks.size() && !brk(s, k) && !punct_is(s.toks[k], ",")) return 0;
  if (anatomy_line_cell(s, of, i)) return 0;
  push_repeat(s, i, k, of, severity);
  return k;
}

namespace {

// Whether the clause of the finding at toks[first] names a side or a sided
// place (a foramen, a lateral recess): only then is "the right is normal"
// that finding on the other side ("Severe central stenosis; the right is
// normal" speaks of something else).
bool sided_clause(const Sentence& s, std::size_t first, std::size_t end) {
  std::size_t from = first;
  while (from > 0 && !brk(s, from - 1)) --from;
  for (std::size_t k = from; k < end; ++k) {
    const std::string_view w = s.toks[k].text;
    if (names_side(w) || w == "foramen" || w == "foramina" || w == "foraminal" || w == "recess" ||
        w == "recesses" || w == "subarticular" || w == "nf") {
      return true;
    }
  }
  return false;
}

}  // namespace

// "The left foramen is severely narrowed; the right is patent" (also "..., the
// left is mildly narrowed"): the other side named with no noun, then a grade
// or a normal word, after a clause break, is the stenosis before on that side.
// The repeat ends before the normal word, which denies it as a negation cue
// ("patent") does. Returns the token after the repeat, or 0.
std::size_t side_clause_repeat(Sentence& s, std::size_t i) {
  // "the right is patent", "right is patent", "right patent" (the article
  // and the copula are often dropped in dictation).
  if (i == 0 || !(word_is(s.toks[i], "the") || any_word_in(s, i, i + 1, {"left", "right"}))) {
    return 0;
  }
  if (!(brk(s, i - 1) || punct_is(s.toks[i - 1], ",") || word_is(s.toks[i - 1], "and"))) return 0;
  std::size_t k = word_is(s.toks[i], "the") ? i + 1 : i;
  if (k + 1 >= s.toks.size() || !any_word_in(s, k, k + 1, {"left", "right"})) return 0;
  const bool copula = cls_is(s, k + 1, kCopula);
  if (word_is(s.toks[i], "the") && !copula) return 0;
  const int of = last_finding(s);
  if (of == kNone || s.trigs[static_cast<std::size_t>(of)].entry->kind != "stenosis" ||
      !sided_clause(s, s.trigs[static_cast<std::size_t>(of)].first, i)) {
    return 0;
  }
  // "Foraminal stenosis: right severe, left normal": a form's sides are
  // read as its cells.
  for (std::size_t j = s.trigs[static_cast<std::size_t>(of)].last; j < i; ++j) {
    if (punct_is(s.toks[j], ":")) return 0;
  }
  k += copula ? 2 : 1;
  if (k >= s.toks.size() || anatomy_line_cell(s, of, i)) return 0;
  if (normal_word(s.toks[k])) {
    push_repeat(s, i, k, of, std::nullopt);
    return k;
  }
  std::size_t end = 0;
  const auto severity = severity_at(s, k, end);
  if (!severity) return 0;
  if (end < s.toks.size() &&
      any_word_in(s, end, end + 1, {"narrowed", "narrow", "stenotic", "stenosed", "compromised"})) {
    ++end;
  }
  if (end < s.toks.size() && !brk(s, end) && !punct_is(s.toks[end], ",")) return 0;
  push_repeat(s, i, end, of, severity);
  return end;
}

// "... moderate at L2-3", "... 3 mm at L2-3": when toks[j] is "at"/"in"
// before a level, a repeat of the previous finding is placed there.
bool repeat_at(Sentence& s, std::size_t j, std::optional<Severity> severity) {
  if (j + 1 >= s.toks.size()) return false;
  const int of = last_finding(s);
  if (of == kNone) return false;
  // "Grade 1 anterolisthesis L4-5 and grade 2 L5-S1": the figure's level right
  // after it, closing the clause, as the first finding's level was written.
  if (!severity && j >= 2 && s.mention_at[j] != kNone && figure_at(s, j - 2)) {
    const std::size_t end = s.mentions[static_cast<std::size_t>(s.mention_at[j])].last;
    if (end < s.toks.size() && !brk(s, end) && !punct_is(s.toks[end], ",")) return false;
    push_repeat(s, j - 2, j, of, std::nullopt);
    return true;
  }
  const std::string& kind = s.trigs[static_cast<std::size_t>(of)].entry->kind;
  const bool of_slip =
      word_is(s.toks[j], "of") && !severity &&
      (kind == "spondylolisthesis" || kind == "translation");  // "2 mm of L3 on L4"
  if (j + 1 >= s.toks.size() ||
      !(word_is(s.toks[j], "at") || word_is(s.toks[j], "in") || of_slip) ||
      s.mention_at[j + 1] == kNone) {
    return false;
  }
  push_repeat(s, j, j + 1, of, severity);
  return true;
}

// "Stenosis from L2 through L5, mild at L2-3, moderate at L3-4 and severe at
// L4-5": each level said again with its own severity is that level's finding,
// so the range keeps only the segments no repeat names.
void own_level_repeats(const Sentence& s, const std::vector<int>& first_draft,
                       std::vector<Draft>& local) {
  const auto drafts_of = [&](std::size_t i) {
    const std::size_t b = static_cast<std::size_t>(first_draft[i]);
    const std::size_t e =
        i + 1 < first_draft.size() ? static_cast<std::size_t>(first_draft[i + 1]) : local.size();
    return std::pair{b, e};
  };
  // Most sentences repeat nothing: no work, no buffer.
  if (std::none_of(s.trigs.begin(), s.trigs.end(),
                   [](const Trig& t) { return t.copy_of != kNone; })) {
    return;
  }
  std::vector<bool> emptied(local.size(), false);
  for (std::size_t i = 0; i < s.trigs.size(); ++i) {
    const auto [cb, ce] = drafts_of(i);
    // A repeat repeats the one before it, which may itself be a repeat.
    for (int j = s.trigs[i].copy_of; j != kNone && j < static_cast<int>(i);
         j = s.trigs[static_cast<std::size_t>(j)].copy_of) {
      const auto [ob, oe] = drafts_of(static_cast<std::size_t>(j));
      for (std::size_t c = cb; c < ce; ++c) {
        for (std::size_t o = ob; o < oe; ++o) {
          Draft& d = local[o];
          if (d.f.segments.size() < 2 || d.f.negated != local[c].f.negated) continue;
          std::erase_if(d.f.segments, [&](const Segment& seg) {
            return std::find(local[c].f.segments.begin(), local[c].f.segments.end(), seg) !=
                   local[c].f.segments.end();
          });
          emptied[o] = d.f.segments.empty();
        }
      }
    }
  }
  // The kept drafts close up in place, in their order.
  std::size_t kept = 0;
  for (std::size_t o = 0; o < local.size(); ++o) {
    if (emptied[o]) continue;
    if (kept != o) local[kept] = std::move(local[o]);
    ++kept;
  }
  local.resize(kept);
}

}  // namespace spinecds::terminology::text
