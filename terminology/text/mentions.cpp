// Level mentions in a sentence: vertebra names through level_scan, level
// phrases without them, numeric levels, headers; roots and asides excluded.
#include "terminology/text/sentence.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "terminology/clinical_dates.h"
#include "terminology/finding_lexicon.h"
#include "terminology/level_scan.h"
#include "terminology/segment.h"
#include "terminology/text/word_classes.h"
#include "terminology/text/word_lists.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology::text {

// ---- Level mentions -------------------------------------------------------

std::vector<Segment> all_lumbar() {
  std::vector<Segment> s;
  for (int o = kFirstLumbar; o < kSacrum; ++o) s.push_back(Segment{Vertebra{o}});
  return s;
}

// "All levels" of a cervical report are the ones it reports level by level,
// C2-C3 through C7-T1 (tests/data/eval/README.md, "Cervical files").
std::vector<Segment> all_cervical() {
  std::vector<Segment> s;
  for (int o = kFirstCervical + 1; o < kFirstThoracic; ++o) s.push_back(Segment{Vertebra{o}});
  return s;
}

// "all lumbar levels", "each level", "throughout the lumbar spine",
// "lumbosacral junction": level phrases without vertebra names. `cervical`:
// the sentence, or else the report before it, is about the cervical spine.
std::optional<Mention> phrase_mention(std::span<const Token> t, std::size_t i, bool cervical) {
  auto w = [&](std::size_t k, std::string_view s) { return k < t.size() && word_is(t[k], s); };
  if (w(i, "all") || w(i, "every") || w(i, "each")) {
    std::size_t k = i + 1;
    if (w(k, "the")) ++k;
    if (w(k, "five") || w(k, "5")) ++k;
    if (w(k, "lumbar") || w(k, "lumbosacral")) {
      cervical = false;
      ++k;
    } else if (w(k, "cervical")) {
      cervical = true;
      ++k;
    }
    if (w(k, "disc") || w(k, "disk")) ++k;
    if (w(k, "levels") || w(k, "level") || w(k, "interspaces") || w(k, "segments") ||
        w(k, "interspace")) {
      return Mention{i, k + 1, cervical ? all_cervical() : all_lumbar(), std::nullopt, false};
    }
    return std::nullopt;
  }
  // "facet arthropathy at both levels": the two levels the sentence named
  // before (level_assign.cpp, each_level_of_named; session 33).
  if (w(i, "both") && (w(i + 1, "levels") || w(i + 1, "segments"))) {
    return Mention{i, i + 2, cervical ? all_cervical() : all_lumbar(), std::nullopt, false};
  }
  if (w(i, "throughout") && w(i + 1, "the") && (w(i + 2, "lumbar") || w(i + 2, "cervical")) &&
      w(i + 3, "spine")) {
    return Mention{i, i + 4, w(i + 2, "cervical") ? all_cervical() : all_lumbar(), std::nullopt,
                   false};
  }
  if ((w(i, "lumbosacral") || w(i, "thoracolumbar")) &&
      (w(i + 1, "junction") || w(i + 1, "junctional"))) {
    const int upper = w(i, "lumbosacral") ? kSacrum - 1 : kFirstLumbar - 1;
    return Mention{i, i + 2, {Segment{Vertebra{upper}}}, std::nullopt, false};
  }
  return std::nullopt;
}

namespace {

// A word that says the numbers before it name a level ("the 4-5 interspace",
// "the four five level", "L4-5 disc space:").
bool level_noun(const Token& t) {
  static constexpr std::array<std::string_view, 9> kLevelNouns = {
      "level", "levels",  "interspace", "interspaces", "disc",
      "disk",  "segment", "segments",   "space"};
  return t.kind == TokenKind::word &&
         std::find(kLevelNouns.begin(), kLevelNouns.end(), t.text) != kLevelNouns.end();
}

}  // namespace

// The segment "x-y" names (upper and lower vertebra numbers) as a mention of
// tokens [i, end): lumbar, or cervical where the passage is ("7-1" is C7-T1).
std::optional<Mention> numbered_level(std::size_t i, std::size_t end, int x, int y, bool cervical);

// "at the 4-5 level", "the 5-1 interspace": lumbar numbers without letters,
// only beside a word that says they are a level; "stenosis at 3-4 and 4-5"
// without one, after "at" or in a list after another level (lead's check,
// category 1), unless a unit follows ("at 3-4 weeks").
std::optional<Mention> numeric_level(std::span<const Token> t, std::size_t i, bool after_level,
                                     bool cervical) {
  if (i + 2 >= t.size() || t[i].kind != TokenKind::number || t[i + 2].kind != TokenKind::number) {
    return std::nullopt;
  }
  if (!(punct_is(t[i + 1], "-") || punct_is(t[i + 1], "/")) || t[i + 1].space_before ||
      t[i + 2].space_before) {
    return std::nullopt;
  }
  const auto a = t[i].text, b = t[i + 2].text;
  if (a.size() != 1 || b.size() != 1) return std::nullopt;
  const std::size_t last = i + 3;
  const std::string_view n = last < t.size() ? std::string_view(t[last].text) : "";
  if (last >= t.size() || !level_noun(t[last])) {
    static constexpr std::array<std::string_view, 8> kListWords = {
        "at", "and", "or", ",", "through", "to", "from", "including"};
    static constexpr std::array<std::string_view, 26> kUnits = {
        "mm",    "cm",   "weeks", "week",   "wks",   "days",     "day",     "months", "month",
        "years", "year", "times", "visits", "hours", "minutes",  "x",       "%",      "degrees",
        "/",     "lbs",  "mg",    "out",    "per",   "sessions", "percent", "+"};
    std::string_view prev = i > 0 ? std::string_view(t[i - 1].text) : "";
    if (prev == "the" && i > 1 && word_is(t[i - 2], "at"))
      prev = "at";  // "at the 2-3 and 3-4 levels"
    if (prev == "from" && (n == "through" || n == "to" || n == "thru")) prev = "at";
    if (prev == "lumbar" && !cervical) prev = "at";  // "Lumbar 4-5: moderate stenosis"
    // "big HNP 4-5 L>R", "ACDF 5-6": a finding's or an operation's short name
    // just before the numbers places them, as "at" does.
    static constexpr std::array<std::string_view, 20> kNamesBefore = {"hnp",
                                                                      "herniation",
                                                                      "protrusion",
                                                                      "extrusion",
                                                                      "stenosis",
                                                                      "ccs",
                                                                      "listhesis",
                                                                      "bulge",
                                                                      "pivd",
                                                                      "fusion",
                                                                      "acdf",
                                                                      "tlif",
                                                                      "plif",
                                                                      "alif",
                                                                      "xlif",
                                                                      "laminectomy",
                                                                      "discectomy",
                                                                      "microdiscectomy",
                                                                      "spondylolisthesis",
                                                                      "anterolisthesis"};
    if (std::find(kNamesBefore.begin(), kNamesBefore.end(), prev) != kNamesBefore.end()) {
      prev = "at";
    }
    const bool listed = std::find(kListWords.begin(), kListWords.end(), prev) != kListWords.end();
    if (!punct_is(t[i + 1], "-") || !listed || (prev != "at" && !after_level) ||
        std::find(kUnits.begin(), kUnits.end(), n) != kUnits.end() ||
        (last < t.size() && t[last].kind == TokenKind::number) ||
        (last < t.size() && punct_is(t[last], "-"))) {
      return std::nullopt;
    }
  }
  return numbered_level(i, i + 3, a[0] - '0', b[0] - '0', cervical);
}

// The number a dictated word says ("four", "fourth"), 1 to 7, else 0.
int spoken_number(const Token& t) {
  if (t.kind != TokenKind::word) return 0;
  // Every number word from "one" to "seven" and every ordinal to "seventh"
  // starts with one of these letters and has 3 to 7 of them: most words are
  // ruled out before any comparison.
  const std::string_view w = t.text;
  if (w.size() < 3 || w.size() > 7 ||
      std::string_view("otfsen").find(w[0]) == std::string_view::npos) {
    return 0;
  }
  const int n = number_word_value(t.text);
  return n >= 1 && n <= 7 ? n : ordinal_word_value(t.text);
}

// "the four-five level", "the four five interspace", "the fourth-fifth lumbar
// level", "the five-one level": a level dictated in words, only with a word
// after it that says it is one ("four five" alone is any two numbers).
std::optional<Mention> spoken_level(std::span<const Token> t, std::size_t i, bool cervical) {
  const int x = spoken_number(t[i]);
  if (x == 0 || i + 2 >= t.size()) return std::nullopt;
  std::size_t k = i + 1;
  if (punct_is(t[k], "-")) ++k;
  const int y = spoken_number(t[k]);
  if (y == 0 || ++k >= t.size()) return std::nullopt;
  if (word_is(t[k], "lumbar")) {
    cervical = false;
    ++k;
  } else if (word_is(t[k], "cervical")) {
    cervical = true;
    ++k;
  }
  if (k >= t.size() || !level_noun(t[k])) {
    return std::nullopt;
  }
  return numbered_level(i, k, x, y, cervical);
}

std::optional<Mention> numbered_level(std::size_t i, std::size_t end, int x, int y, bool cervical) {
  if (cervical) {
    // "Cervical MRI: at the 5-6 level" (README, Cervical files); "7-1" is C7-T1.
    if (x >= 1 && x <= 6 && y == x + 1) {
      return Mention{i, end, {Segment{Vertebra{kFirstCervical + x - 1}}}, std::nullopt, false};
    }
    if (x == 7 && y == 1) {
      return Mention{i, end, {Segment{Vertebra{kFirstThoracic - 1}}}, std::nullopt, false};
    }
    return std::nullopt;
  }
  if (x >= 1 && x <= 4 && y == x + 1) {
    return Mention{i, end, {Segment{Vertebra{kFirstLumbar + x - 1}}}, std::nullopt, false};
  }
  if (x == 5 && y == 1)
    return Mention{i, end, {Segment{Vertebra{kSacrum - 1}}}, std::nullopt, false};
  return std::nullopt;
}

// "at 3-4, 4-5, and 5-1", "at 4-5 and L5-S1", "from 3-4 through 5-1": a
// numeric level joined to the level before it by a list word or a range
// word is one mention with it (the level scanner joins lettered levels; "as
// well as" joins any two levels here).
bool merge_numeric_list(Sentence& s, const Mention& m) {
  if (s.mentions.empty()) return false;
  Mention& prev = s.mentions.back();
  if (prev.segments.empty() || prev.last >= m.first || m.first - prev.last > 3) return false;
  const auto& t = s.toks;
  // "at L4-5 as well as L5-S1" is a list whatever the notation.
  const bool as_well_as = m.first - prev.last == 3 && word_is(t[prev.last], "as") &&
                          word_is(t[prev.last + 1], "well") && word_is(t[prev.last + 2], "as");
  if (m.first - prev.last == 3 && !as_well_as) return false;
  if (!as_well_as && t[m.first].kind != TokenKind::number &&
      t[prev.first].kind != TokenKind::number) {
    return false;
  }
  bool range = false;
  for (std::size_t k = prev.last; k < m.first; ++k) {
    const std::string_view w = t[k].text;
    if (w == "through" || w == "to" || w == "thru") {
      range = true;
    } else if (w != "and" && w != "," && w != "or" && !as_well_as) {
      return false;
    }
  }
  const int id = static_cast<int>(s.mentions.size()) - 1;
  if (range && m.segments.front().upper.ordinal > prev.segments.back().upper.ordinal) {
    for (int o = prev.segments.back().upper.ordinal + 1; o < m.segments.front().upper.ordinal;
         ++o) {
      prev.segments.push_back(Segment{Vertebra{o}});
    }
  }
  for (const auto& seg : m.segments) prev.segments.push_back(seg);
  // Findings carry their segments sorted and once each, whatever the list's order.
  std::sort(prev.segments.begin(), prev.segments.end());
  prev.segments.erase(std::unique(prev.segments.begin(), prev.segments.end()), prev.segments.end());
  for (std::size_t k = prev.last; k < m.last; ++k) s.mention_at[k] = id;
  prev.last = m.last;
  return true;
}

// The spine a sentence names: the cervical spine or a cervical level (then its
// bare numeric levels are cervical too), else the lumbar spine or a lumbar
// level, else none. One pass over the tokens.
static std::optional<bool> names_cervical(std::span<const Token> toks) {
  bool lumbar = false;
  for (const auto& x : toks) {
    const std::string_view w = x.text;  // compares lengths first, no strlen
    if (w == "cervical" || w == "cervicothoracic") return true;
    if (x.kind == TokenKind::alnum && w.size() == 2) {
      if (w[0] == 'c' && w[1] >= '1' && w[1] <= '7') return true;
      lumbar = lumbar || (w[0] == 'l' && w[1] >= '1' && w[1] <= '5');
    }
    lumbar = lumbar || w == "lumbar" || w == "lumbosacral";
  }
  if (lumbar) return false;
  return std::nullopt;
}

// "4 mm anterolisthesis at L4-L5 and 2 mm retrolisthesis at the level
// above": the segment next to the one level named before it in the sentence.
// "above the fusion", "the level above L3" name their landmark instead.
static std::optional<Mention> relative_level(const Sentence& s, std::size_t i) {
  const auto& t = s.toks;
  if (s.mentions.empty() || i + 1 >= t.size() ||
      !(word_is(t[i], "level") || word_is(t[i], "segment"))) {
    return std::nullopt;
  }
  const bool above = word_is(t[i + 1], "above");
  if (!above && !word_is(t[i + 1], "below")) return std::nullopt;
  if (i + 2 < t.size() && t[i + 2].kind != TokenKind::punct) {
    const Token& next = t[i + 2];
    if (word_is(next, "the") || word_is(next, "a") || word_is(next, "it") ||
        next.kind == TokenKind::number || may_start_level(next)) {
      return std::nullopt;
    }
  }
  const Mention& prev = s.mentions.back();
  if (prev.segments.size() != 1 || prev.reference) return std::nullopt;
  // "the C4-5 level above has stenosis": the level named right before is
  // the level above (something said earlier), not the landmark of another.
  if (prev.last == i) return std::nullopt;
  // "At C4-C5, the level above, there is ...": set off by commas right
  // after a level, the phrase describes that level, as a parenthesis does.
  const std::size_t from = i > 0 && word_is(t[i - 1], "the") ? i - 1 : i;
  if (from > 0 && prev.last == from - 1 && punct_is(t[from - 1], ",") &&
      (i + 2 == t.size() || punct_is(t[i + 2], ",") || punct_is(t[i + 2], ")") ||
       punct_is(t[i + 2], ";") || punct_is(t[i + 2], ":"))) {
    return std::nullopt;
  }
  const int upper = prev.segments.front().upper.ordinal + (above ? -1 : 1);
  if (upper < kFirstCervical || upper >= kSacrum) return std::nullopt;
  const std::size_t first = i > 0 && word_is(t[i - 1], "the") ? i - 1 : i;
  return Mention{first, i + 2, {Segment{Vertebra{upper}}}, std::nullopt, false};
}

// "the two lowest lumbar levels", "the lowest two levels": the last segments
// of the lumbar spine; "the lower level", "the upper level" after two levels:
// one of them (tests/data/eval/README.md, session-23 level batch).
static std::optional<Mention> ordinal_levels(const Sentence& s, std::size_t i, bool cervical) {
  const auto& t = s.toks;
  auto w = [&](std::size_t k, std::string_view x) { return k < t.size() && word_is(t[k], x); };
  if (!w(i, "the")) return std::nullopt;
  std::size_t k = i + 1;
  const auto count_at = [&](std::size_t j) -> int {
    if (w(j, "two") || w(j, "2")) return 2;
    if (w(j, "three") || w(j, "3")) return 3;
    return 0;
  };
  const auto low_at = [&](std::size_t j) {
    return w(j, "lowest") || w(j, "lower") || w(j, "bottom") || w(j, "caudal");
  };
  int count = count_at(k);
  bool low = false;
  if (count) {
    low = low_at(++k);
  } else if (low_at(k) && count_at(k + 1)) {
    low = true;
    count = count_at(++k);
  }
  if (count && low) {
    ++k;
    if (w(k, "lumbar")) ++k;
    if (w(k, "disc") || w(k, "disk")) ++k;
    if (cervical || !(w(k, "levels") || w(k, "segments") || w(k, "interspaces"))) {
      return std::nullopt;
    }
    std::vector<Segment> segs;
    for (int o = kSacrum - count; o < kSacrum; ++o) segs.push_back(Segment{Vertebra{o}});
    return Mention{i, k + 1, std::move(segs), std::nullopt, false};
  }
  // "the lower level", "the upper level": of the two the sentence has named.
  const bool lower = w(i + 1, "lower") || w(i + 1, "inferior") || w(i + 1, "caudal");
  const bool upper = w(i + 1, "upper") || w(i + 1, "superior") || w(i + 1, "higher");
  if (!(lower || upper) || !(w(i + 2, "level") || w(i + 2, "segment"))) return std::nullopt;
  std::vector<Segment> named;
  for (const auto& m : s.mentions) {
    if (!m.reference) named.insert(named.end(), m.segments.begin(), m.segments.end());
  }
  std::sort(named.begin(), named.end());
  named.erase(std::unique(named.begin(), named.end()), named.end());
  if (named.size() != 2) return std::nullopt;
  return Mention{i, i + 3, {lower ? named.back() : named.front()}, std::nullopt, false};
}

void find_mentions(Sentence& s) {
  const auto& t = s.toks;
  s.names_cervical = names_cervical(t);
  const bool cervical = s.names_cervical.value_or(false);
  // "All levels": the sentence's own region, else the report's.
  const bool cervical_levels = s.names_cervical.value_or(s.cervical_passage);
  std::size_t i = 0;
  std::size_t last_end = static_cast<std::size_t>(-1);
  while (i < t.size()) {
    if (i == last_end && punct_is(t[i], "(")) {
      // "L4-5 (counting from the last rib-bearing T12):" the aside after a
      // level names no level of its own.
      // "At L2-3 (adjacent to the L3-S1 fusion)": an aside that places the
      // level beside an operation names that operation's levels.
      std::size_t k = i + 1;
      bool landmark = false;
      while (k < t.size() && k < i + 30 && !punct_is(t[k], ")")) {
        landmark = landmark || any_word_in(s, k, k + 1,
                                           {"adjacent", "above", "below", "fusion", "fused",
                                            "arthrodesis", "laminectomy", "acdf", "construct"});
        ++k;
      }
      if (k < t.size() && punct_is(t[k], ")") && !landmark) {
        i = k + 1;
        last_end = i;
        continue;
      }
    }
    std::optional<Mention> m = relative_level(s, i);
    if (!m && word_is(t[i], "the")) m = ordinal_levels(s, i, cervical_levels);
    if (!m && cls_is(s, i, kLevelPhraseStart)) m = phrase_mention(t, i, cervical_levels);
    if (!m && t[i].kind == TokenKind::number)
      m = numeric_level(t, i, !s.mentions.empty(), cervical);
    if (!m && t[i].kind == TokenKind::word) m = spoken_level(t, i, cervical);
    // A level starts at a vertebra name ("L4", "l5s1"), "sacrum", the occiput
    // or a named junction (level_scan.h).
    if (!m && may_start_level(t[i])) {
      auto scan = scan_level_mention(t, i, LevelScanMode::lenient);
      if (scan.mention && !is_mri_sequence(t, *scan.mention)) {
        m = Mention{scan.mention->first, scan.mention->last, std::move(scan.mention->segments),
                    scan.mention->single, scan.mention->pelvis};
      }
    }
    if (m && m->last > i && names_root(s, *m)) {
      s.roots.emplace_back(m->first, *m->single);
      i = m->last;
      continue;
    }
    if (m && m->last > i && !m->segments.empty() && merge_numeric_list(s, *m)) {
      last_end = m->last;
      i = m->last;
      continue;
    }
    if (m && m->last > i) {
      last_end = m->last;
      const int id = static_cast<int>(s.mentions.size());
      for (std::size_t k = m->first; k < m->last; ++k) s.mention_at[k] = id;
      i = m->last;
      s.mentions.push_back(std::move(*m));
    } else {
      ++i;
    }
  }
}

// A "L4-5:" line header names the level for the sentences after it on the
// same line or paragraph.
std::optional<Mention> line_header(const Sentence& s) {
  if (s.mentions.empty()) return std::nullopt;
  const Mention& m = s.mentions.front();
  std::size_t k = 0;
  while (k < m.first && (s.toks[k].kind == TokenKind::punct || word_is(s.toks[k], "at") ||
                         word_is(s.toks[k], "level"))) {
    ++k;
  }
  if (k != m.first) return std::nullopt;
  std::size_t after = m.last;
  // "L4-5 level:", "L5-S1 DISC:", "L4-5 disc space:" (all-caps reports).
  for (int words = 0; words < 2 && after < s.toks.size(); ++words) {
    const Token& w = s.toks[after];
    if (!(level_noun(w) || word_is(w, "intervertebral"))) {
      break;
    }
    ++after;
  }
  if (after < s.toks.size() && punct_is(s.toks[after], "(")) {
    // "L4-5 (counting from the last rib-bearing T12):" keeps its level.
    std::size_t k = after + 1;
    while (k < s.toks.size() && k < after + 30 && !punct_is(s.toks[k], ")")) ++k;
    if (k < s.toks.size()) after = k + 1;
  }
  if (after < s.toks.size() && (punct_is(s.toks[after], ":") || punct_is(s.toks[after], "-"))) {
    return m;
  }
  // A level alone on its line ("L3-4" above its findings, "LEVEL: L4-5").
  if (after == s.toks.size() || (after + 1 == s.toks.size() && punct_is(s.toks[after], "."))) {
    return m;
  }
  return std::nullopt;
}

}  // namespace spinecds::terminology::text
