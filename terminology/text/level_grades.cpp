// Several levels, each with its own grade, for one finding noun: "Mild L3-L4
// and moderate L4-L5 central stenosis", "Moderate L4-5 and severe L5-S1
// foraminal narrowing", "L4-5 moderate, L5-S1 severe foraminal narrowing",
// "Mild, moderate and severe canal stenosis at L2-3, L3-4 and L4-5
// respectively", "Canal stenosis: L3-4 mild, L4-5 severe".
// Each level gets its grade (one finding per level, tests/data/eval/README.md).
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "terminology/text/finding_side.h"
#include "terminology/text/sentence_findings.h"

namespace spinecds::terminology::text {

namespace {

bool list_word(const Token& t) {
  return word_is(t, "and") || word_is(t, "or") || punct_is(t, ",");
}

bool side_or_location(const Sentence& s, std::size_t k, std::string_view kind) {
  const std::string_view w = s.toks[k].text;
  return w == "left" || w == "right" || w == "bilateral" || w == "sided" || w == "-" ||
         w == "central" || w == "neural" || w == "spinal" || w == "canal" ||
         location_word(w, kind).has_value();
}

// The severity phrase that ends right before `end` (within four tokens), the
// longest: "moderate to severe L4/5 and severe L5/S1" grades L4/5 with the
// range, not its last word (session 33).
std::optional<Severity> severity_ending(const Sentence& s, std::size_t end, std::size_t& start) {
  for (std::size_t back = std::min<std::size_t>(4, end); back >= 1; --back) {
    std::size_t e = 0;
    if (auto sev = severity_at(s, end - back, e); sev && e == end) {
      start = end - back;
      return sev;
    }
  }
  return std::nullopt;
}

// "[grade] [level] and [grade] [level] [location] noun", read backwards.
std::vector<LevelGrade> grades_before(const Sentence& s, const Trig& t) {
  std::vector<LevelGrade> out;
  std::size_t k = t.first;
  while (k > 0 && side_or_location(s, k - 1, t.entry->kind)) --k;
  while (k > 0 && s.mention_at[k - 1] != kNone) {
    const Mention& m = s.mentions[static_cast<std::size_t>(s.mention_at[k - 1])];
    if (m.segments.empty()) break;
    std::size_t j = m.first;
    while (j > 0 && side_or_location(s, j - 1, t.entry->kind)) --j;
    std::size_t start = 0;
    const auto sev = severity_ending(s, j, start);
    if (!sev) break;
    out.push_back({m.segments, *sev, false, std::nullopt});
    k = start;
    if (k == 0 || !list_word(s.toks[k - 1])) break;
    --k;
    if (k > 0 && word_is(s.toks[k], "and") && punct_is(s.toks[k - 1], ",")) --k;
  }
  std::reverse(out.begin(), out.end());
  return out;
}

// "L4-5 moderate, L5-S1 severe foraminal narrowing": level-grade pairs before
// the noun, each level first, read backwards from the noun.
std::vector<LevelGrade> level_first_grades_before(const Sentence& s, const Trig& t) {
  std::vector<LevelGrade> out;
  std::size_t k = t.first;
  while (k > 0 && side_or_location(s, k - 1, t.entry->kind)) --k;
  while (k > 0) {
    std::size_t start = 0;
    const auto sev = severity_ending(s, k, start);
    if (!sev) break;
    std::size_t j = start;
    while (j > 0 && side_or_location(s, j - 1, t.entry->kind)) --j;
    if (j == 0 || s.mention_at[j - 1] == kNone) break;
    const Mention& m = s.mentions[static_cast<std::size_t>(s.mention_at[j - 1])];
    if (m.segments.empty()) break;
    out.push_back({m.segments, *sev, false, std::nullopt});
    k = m.first;
    if (k == 0 || !list_word(s.toks[k - 1])) break;
    --k;
    if (k > 0 && word_is(s.toks[k], "and") && punct_is(s.toks[k - 1], ",")) --k;
  }
  std::reverse(out.begin(), out.end());
  return out;
}

// "Mild, moderate and severe ... at L2-3, L3-4 and L4-5 respectively"; the
// levels may also come first ("Bulges at L2-3, L3-4 and L4-5 result in mild,
// mild and moderate stenosis, respectively").
std::vector<LevelGrade> grades_respectively(const Sentence& s, const Trig& t) {
  if (t.mention == kNone || !any_word_in(s, t.last, s.toks.size(), {"respectively"})) return {};
  const Mention& m = s.mentions[static_cast<std::size_t>(t.mention)];
  if (m.segments.size() < 2) return {};
  std::vector<Severity> sevs;
  std::size_t k = t.first;
  while (k > 0 && side_or_location(s, k - 1, t.entry->kind)) --k;
  // Single grade words, so "moderate and severe" is two grades here.
  while (k > 0) {
    const std::size_t w = k - 1;
    std::optional<Severity> one;
    for (const auto* e : severities_starting(s, w)) {
      if (e->words.size() == 1) one = e->severity;
    }
    if (one) {
      sevs.push_back(*one);
    } else if (!list_word(s.toks[w])) {
      break;
    }
    k = w;
  }
  if (sevs.size() != m.segments.size()) return {};
  std::reverse(sevs.begin(), sevs.end());
  std::vector<LevelGrade> out;
  for (std::size_t i = 0; i < sevs.size(); ++i)
    out.push_back({{m.segments[i]}, sevs[i], false, std::nullopt});
  return out;
}

// "Canal stenosis: L3-4 mild, L4-5 severe", "Foraminal stenosis L4-5
// severe, L5-S1 moderate": level-grade pairs after the noun.
std::vector<LevelGrade> grades_after(const Sentence& s, const Trig& t) {
  std::vector<LevelGrade> out;
  std::size_t k = t.last;
  if (k < s.toks.size() && punct_is(s.toks[k], ":")) ++k;
  while (k < s.toks.size() && s.mention_at[k] != kNone) {
    const Mention& m = s.mentions[static_cast<std::size_t>(s.mention_at[k])];
    if (m.segments.empty()) break;
    std::size_t j = m.last;
    const std::size_t before_grade = j;
    while (j < s.toks.size() && side_or_location(s, j, t.entry->kind)) ++j;
    // "C4-5 right severe": a side before the grade is its level's.
    auto side = side_between(s, before_grade, j);
    std::size_t end = 0;
    auto sev = severity_at(s, j, end);
    // "Stenosis: L2-3 mild, L3-4 moderate, L5-S1 none": a cell that says
    // none, first or later ("L2/3 nil, L3/4 mild"); level_grades takes the
    // pairs only when two or more levels are graded.
    const bool absent = !sev && j < s.toks.size() && normal_word(s.toks[j]);
    if (absent) {
      sev = Severity::mild;  // unused: the finding is absent there
      end = j + 1;
    }
    if (!sev) break;
    k = end;
    // "C5-6 severe R", "severe on the right", "moderate bilaterally".
    std::size_t side_end = 0;
    if (auto after = side_after_grade(s, k, side_end)) {
      side = after;
      k = side_end;
    }
    while (k < s.toks.size() && side_or_location(s, k, t.entry->kind)) ++k;
    // "... and L3-4 mild facet arthropathy": that grade is the next noun's.
    if (k < s.toks.size() && s.trigger_at[k] != kNone) break;
    out.push_back({m.segments, *sev, absent, side});
    if (k >= s.toks.size() || !(list_word(s.toks[k]) || punct_is(s.toks[k], ";"))) break;
    ++k;
    if (k < s.toks.size() && word_is(s.toks[k], "and")) ++k;
  }
  return out;
}

// "Foraminal stenosis: moderate right L4-5, mild left L5-S1": grade-level
// pairs after the noun, the grade first.
std::vector<LevelGrade> graded_levels_after(const Sentence& s, const Trig& t) {
  std::vector<LevelGrade> out;
  std::size_t k = t.last;
  if (k < s.toks.size() && (punct_is(s.toks[k], ":") || punct_is(s.toks[k], ","))) ++k;
  while (k < s.toks.size()) {
    std::size_t end = 0;
    const auto sev = severity_at(s, k, end);
    if (!sev) break;
    std::size_t j = end;
    while (j < s.toks.size() && side_or_location(s, j, t.entry->kind)) ++j;
    if (j < s.toks.size() && word_is(s.toks[j], "at")) ++j;
    if (j >= s.toks.size() || s.mention_at[j] == kNone) break;
    const Mention& m = s.mentions[static_cast<std::size_t>(s.mention_at[j])];
    if (m.segments.empty()) break;
    k = m.last;
    if (k < s.toks.size() && s.trigger_at[k] != kNone) break;
    out.push_back({m.segments, *sev, false, std::nullopt});
    if (k >= s.toks.size() || !(list_word(s.toks[k]) || punct_is(s.toks[k], ";"))) break;
    ++k;
    if (k < s.toks.size() && word_is(s.toks[k], "and")) ++k;
  }
  return out;
}

// "left mild from uncovertebral spurring; right patent": the cause written
// after a graded side is not a side of its own; the list goes on after it.
std::size_t past_cause(const Sentence& s, std::size_t k) {
  if (k >= s.toks.size() ||
      !any_word_in(s, k, k + 1, {"from", "due", "secondary", "related", "owing", "because"})) {
    return k;
  }
  while (k < s.toks.size() && !brk(s, k) && !punct_is(s.toks[k], ",") &&
         !punct_is(s.toks[k], "/")) {
    ++k;
  }
  return k;
}

// "R>L", "L > R": a ranking of the two sides, which says both are graded.
std::size_t side_ranking(const Sentence& s, std::size_t k) {
  if (k + 2 < s.toks.size() && side_between(s, k, k + 1) && punct_is(s.toks[k + 1], ">") &&
      side_between(s, k + 2, k + 3)) {
    return k + 3;
  }
  return 0;
}

}  // namespace

std::vector<LevelGrade> level_grades(const Sentence& s, const Trig& t) {
  auto out = grades_before(s, t);
  if (out.size() >= 2) return out;
  out = level_first_grades_before(s, t);
  if (out.size() >= 2) return out;
  out = grades_after(s, t);
  if (out.size() >= 2) return out;
  out = graded_levels_after(s, t);
  if (out.size() >= 2) return out;
  return grades_respectively(s, t);
}

}  // namespace spinecds::terminology::text

namespace spinecds::terminology::text {

namespace {

// A finding word within the words that follow `k` ("severe left and mild
// right foraminal stenosis": the grades' own noun).
bool noun_follows(const Sentence& s, std::size_t k) {
  for (std::size_t j = k; j < std::min(k + 3, s.toks.size()); ++j) {
    if (s.trigger_at[j] != kNone) return true;
    if (s.toks[j].kind != TokenKind::word) return false;
  }
  return false;
}

}  // namespace

std::vector<SideGrade> side_grades(const Sentence& s, const Trig& t, std::size_t& end) {
  std::vector<SideGrade> out;
  if (t.last >= s.toks.size()) return out;
  const bool anatomy_line = punct_is(s.toks[t.last], ":");
  std::size_t k = t.last + 1;
  if (!anatomy_line) {
    // "foraminal stenosis C6/7, moderate on the right and severe on the
    // left", "narrowing which is R moderate, L severe": each side's grade
    // after the finding (and its level); a list of two sides at least, so
    // one grade after a finding stays the predicate's.
    k = t.last;
    if (s.mention_at[k] != kNone) k = s.mentions[s.mention_at[k]].last;
    if (k < s.toks.size() && punct_is(s.toks[k], ",")) ++k;
    if (k < s.toks.size() && (word_is(s.toks[k], "which") || word_is(s.toks[k], "that"))) ++k;
    if (k < s.toks.size() && (word_is(s.toks[k], "is") || word_is(s.toks[k], "are"))) ++k;
  }
  end = k;
  while (k < s.toks.size()) {
    SideGrade g;
    g.first = k;
    std::size_t j = k;
    if (const std::size_t r = side_ranking(s, j)) {
      g.side = "bilateral";
      j = r;
    } else if (auto side = side_between(s, j, j + 1)) {
      g.side = side;
      ++j;
    }
    std::size_t after = 0;
    if (auto sev = severity_at(s, j, after)) {
      g.severity = sev;
    } else if (j < s.toks.size() && normal_word(s.toks[j])) {
      // "right widely patent": one cell however many words say it.
      g.absent = true;
      after = j + 1;
      while (after < s.toks.size() && normal_word(s.toks[after])) ++after;
    } else {
      break;
    }
    j = after;
    // "severe right", "mild on the left", "moderate B", "moderate bilaterally, R>L"
    std::size_t side_end = 0;
    if (auto side = side_after_grade(s, j, side_end); side && !g.side) {
      g.side = side;
      j = side_end;
    }
    // "Foramina: severe narrowing on the left, moderate on the right": the
    // line's own noun in a cell names no other finding, and the side after
    // it is the cell's.
    if (anatomy_line && j < s.toks.size() && s.trigger_at[j] != kNone &&
        s.trigs[static_cast<std::size_t>(s.trigger_at[j])].entry->kind == "stenosis") {
      g.noun = s.trigger_at[j];
      j = s.trigs[static_cast<std::size_t>(g.noun)].last;
      if (auto side = side_after_grade(s, j, side_end); side && !g.side) {
        g.side = side;
        j = side_end;
      }
    }
    if (j + 1 < s.toks.size() && punct_is(s.toks[j], ",") && side_ranking(s, j + 1)) {
      j = side_ranking(s, j + 1);
    }
    j = past_cause(s, j);
    // "Canal: mild stenosis, no cord contact": after a cell with its noun,
    // only a cell naming its side is another of the line's.
    if (anatomy_line && !g.side &&
        std::any_of(out.begin(), out.end(), [](const SideGrade& c) { return c.noun != kNone; })) {
      break;
    }
    out.push_back(std::move(g));
    end = j;
    if (j >= s.toks.size() ||
        !(list_word(s.toks[j]) || punct_is(s.toks[j], "/") || punct_is(s.toks[j], ";"))) {
      break;
    }
    k = j + 1;
    if (k < s.toks.size() && word_is(s.toks[k], "and")) ++k;
  }
  // "moderate central stenosis, severe left and mild right foraminal
  // stenosis": grades before a finding of their own are that finding's.
  if (!anatomy_line && (out.size() < 2 || noun_follows(s, end) ||
                        std::any_of(out.begin(), out.end(), [](const SideGrade& g) {
                          return !g.side || !g.severity || *g.side == "bilateral";
                        }))) {
    out.clear();
  }
  return out;
}

}  // namespace spinecds::terminology::text
