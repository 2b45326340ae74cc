// Modifiers of a finding: its severity and location phrases (which level it
// belongs to: level_assign.cpp; an addendum's corrections of a grade:
// grade_corrections.cpp).
#include "terminology/text/sentence.h"
#include "terminology/text/sentence_findings.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "terminology/clinical_dates.h"
#include "terminology/finding_lexicon.h"
#include "terminology/level_scan.h"
#include "terminology/text/word_classes.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology::text {

bool grades_no_finding(const Sentence& s, std::size_t k) {
  return word_is(s.toks[k], "advanced") && k + 1 < s.toks.size() &&
         any_word_in(s, k + 1, k + 2, {"imaging", "image", "images", "mri", "ct", "diagnostic"});
}

// Severity phrase at toks[k]; sets `end` past it.
std::optional<Severity> severity_at(const Sentence& s, std::size_t k, std::size_t& end,
                                    std::size_t limit) {
  std::size_t best_end = 0;
  std::optional<Severity> best;
  if (k >= s.toks.size() || !cls_is(s, k, kSeverityStart) || grades_no_finding(s, k)) {
    return std::nullopt;
  }
  for (const auto* e : severities_starting(s, k)) {
    const std::size_t m = match_words(s, k, *e);
    if (m > best_end && m <= limit) {
      best_end = m;
      best = e->severity;
    }
  }
  if (best) end = best_end;
  return best;
}

namespace {
// Whether the word before a level mention is a severity or side word
// ("severe L4-5", "right-sided L5-S1"), so the level sits inside the phrase.
bool premodifier_before(const Sentence& s, std::size_t first) {
  std::size_t j = first;
  if (j > 0 && (s.toks[j - 1].text == "sided" || s.toks[j - 1].text == "-")) --j;
  if (j > 0 && (s.toks[j - 1].text == "-")) --j;
  if (j == 0) return false;
  const Token& p = s.toks[j - 1];
  // "Mild R C5-6 foraminal stenosis": a side's letter after a grade.
  const bool side_letter = (word_is(p, "r") || word_is(p, "l") || word_is(p, "rt") ||
                            word_is(p, "lt") || word_is(p, "bilat")) &&
                           j >= 2 && cls_is(s, j - 2, kSeverityWord);
  return cls_is(s, j - 1, kSeverityWord) || word_is(p, "left") || word_is(p, "right") ||
         word_is(p, "bilateral") || word_is(p, "central") || word_is(p, "sided") || side_letter;
}
// "Minimally progressed stenosis", "mildly increased listhesis": the grade
// is the change's, not the finding's.
bool grades_a_change(const Sentence& s, std::size_t end) {
  return end < s.toks.size() &&
         any_word_in(s, end, end + 1,
                     {"progressed", "increased", "worsened", "improved", "decreased", "enlarged",
                      "changed", "regressed", "diminished", "advanced", "larger", "smaller"});
}
}  // namespace

// "Severe hypertrophy of the L4-5 facets", "mild degeneration of the facet
// joints": the joint's pathology noun before it, with its grade, is the
// finding's phrase. Where the walk back for modifiers starts.
namespace {
std::size_t pathology_of_joint(const Sentence& s, const Trig& t) {
  if (t.entry->kind != "facet-arthropathy") return t.first;
  std::size_t j = t.first;
  while (j > 0) {
    if (s.mention_at[j - 1] != kNone) {
      j = s.mentions[static_cast<std::size_t>(s.mention_at[j - 1])].first;
    } else if (word_is(s.toks[j - 1], "the") || side_between(s, j - 1, j)) {
      --j;
    } else {
      break;
    }
  }
  if (j >= 2 && word_is(s.toks[j - 1], "of") &&
      any_word_in(s, j - 2, j - 1,
                  {"hypertrophy", "arthropathy", "degeneration", "arthrosis", "osteoarthritis",
                   "overgrowth", "osteoarthrosis",
                   // "Moderate DJD of the L4-5 and L5-S1 facets", "severe
                   // degenerative changes of the facet joints"
                   "djd", "oa", "arthritis", "disease", "change", "changes", "spurring"})) {
    return j - 2;
  }
  return t.first;
}
}  // namespace

std::vector<Group> modifier_groups(const Sentence& s, const Trig& t, std::size_t& window_first) {
  std::size_t k = pathology_of_joint(s, t);
  int steps = 0;
  bool passed_level = false;
  while (k > 0 && steps < 9) {
    // "mild rather than moderate facet arthropathy": the walk passes the
    // rejected grade and its connective to the grade given.
    if (k >= 2 && cls_is(s, k, kSeverityWord) &&
        any_word_in(s, k - 1, k, {"than", "of", "not", "as"})) {
      std::optional<std::size_t> given;
      for (std::size_t c = k - 1; c + 4 >= k && c > 0 && !given; --c) {
        given = grade_correction_at(s, c);
      }
      if (given) {
        k = *given;
        ++steps;
        continue;
      }
    }
    const Token& p = s.toks[k - 1];
    // "moderate to severe": "to" joins two severities, it does not end the phrase.
    bool joins = false;
    if (p.text == "to" || p.text == "and" || p.text == "-" || p.text == "/") {
      std::size_t j = k - 1;
      while (j > 0 && (s.toks[j - 1].text == "-" || s.toks[j - 1].text == "/" ||
                       s.toks[j - 1].text == "to")) {
        --j;
      }
      // Only a grade on each side makes a range: "moderately and mildly
      // flattens the cord" grades two things, and "narrows the canal
      // moderately" gives its grade to the canal, the trigger before it.
      joins = j > 0 && cls_is(s, j - 1, kSeverityWord) && k < s.toks.size() &&
              cls_is(s, k, kSeverityWord) && !(j > 1 && s.trigger_at[j - 2] != kNone) &&
              !(p.text == "and" && s.toks[j - 1].text.ends_with("ly"));
      // "Moderate-to-severe ... stenosis": the connective's tokens are one
      // step, so a long phrase still reaches the first grade.
      if (joins) {
        k = j;
        ++steps;
        continue;
      }
    }
    // "severe right L4-5 foraminal stenosis": one level mention between the
    // modifiers and the noun belongs to the phrase; the walk passes it once.
    if (!joins && s.mention_at[k - 1] != kNone && !passed_level) {
      const Mention& m = s.mentions[s.mention_at[k - 1]];
      if (m.first > 0 && m.first < k && premodifier_before(s, m.first)) {
        passed_level = true;
        k = m.first;
        ++steps;
        continue;
      }
    }
    if (!joins && (s.mention_at[k - 1] != kNone || s.trigger_at[k - 1] != kNone || brk(s, k - 1) ||
                   cls_is(s, k - 1, kPhraseStop))) {
      break;
    }
    --k;
    ++steps;
  }
  window_first = k;
  std::vector<Group> groups;
  groups.reserve(4);  // one allocation for the usual one to four groups
  groups.emplace_back();
  groups.back().first = t.first;
  std::size_t i = k;
  // A word after the group's grade that is none of a finding's modifiers
  // ("bulge", "desiccation", "height loss"): the grade is that other noun's.
  bool other_noun = false;
  while (i < t.first) {
    if (s.mention_at[i] != kNone) {
      i = std::max(i + 1, s.mentions[s.mention_at[i]].last);
      continue;
    }
    const Token& tok = s.toks[i];
    std::size_t end = i + 1;
    if (auto sev = severity_at(s, i, end);
        sev && end <= t.first && !earlier_value(s, i) && !grades_a_change(s, end)) {
      other_noun = false;
      if (groups.back().severity && groups.back().location) {
        groups.push_back({});
        groups.back().first = i;
      }
      groups.back().first = std::min(groups.back().first, i);
      groups.back().severity = sev;
      groups.back().any = true;
      groups.back().last = end;
      i = end;
      // "mild rather than moderate facet arthropathy", "moderate, not
      // severe, stenosis": the grade an addendum rejects is none of the group's.
      if (std::size_t rejected_end = 0;
          rejected_grade(s, end, rejected_end) && rejected_end <= t.first) {
        i = rejected_end;
      }
      continue;
    }
    if (auto loc = location_word(tok.text, t.entry->kind)) {
      if (groups.back().location && *groups.back().location != *loc) {
        groups.push_back({});
        groups.back().first = i;
      }
      groups.back().location = loc;
      groups.back().first = std::min(groups.back().first, i);
      groups.back().any = true;
      groups.back().last = i + 1;
    } else if ((word_is(tok, "and") || punct_is(tok, ",") || word_is(tok, "or") ||
                punct_is(tok, "/") || punct_is(tok, "&")) &&
               (groups.back().location ||
                // "moderate left and mild right foraminal stenosis": two severities
                (groups.back().severity && i + 1 < t.first &&
                 (cls_is(s, i + 1, kSeverityWord) ||
                  (i + 2 < t.first && cls_is(s, i + 2, kSeverityWord)))))) {
      // "Minimal disc bulge and mild facet arthropathy", "moderate disc
      // desiccation and mild central stenosis": the first grade is the
      // bulge's, and the finding has its own after the "and".
      if (other_noun && groups.back().severity && !groups.back().location) groups.pop_back();
      groups.push_back({});
      groups.back().first = t.first;
      other_noun = false;
    } else if (groups.back().severity && tok.kind == TokenKind::word &&
               !cls_is(s, i, kModifierWord | kSeverityWord) && !side_between(s, i, i + 1) &&
               !word_is(tok, "sided") && !word_is(tok, "to")) {
      other_noun = true;
    }
    ++i;
  }
  // "foraminal narrowing" is one trigger phrase that names its location.
  for (std::size_t j = t.first; j < t.last; ++j) {
    if (auto loc = location_word(s.toks[j].text, t.entry->kind)) {
      if (!groups.back().location) {
        groups.back().location = loc;
        groups.back().any = true;
      }
    }
  }
  // A group with a severity but no location shares the location after it
  // ("moderate left and mild right foraminal").
  for (std::size_t g = groups.size(); g-- > 1;) {
    if (!groups[g - 1].location && groups[g - 1].severity && groups[g].location) {
      groups[g - 1].location = groups[g].location;
    }
  }
  std::vector<Group> out;
  for (auto& g : groups) {
    if (g.any) out.push_back(g);
  }
  // "severe central and foraminal stenosis": the severity carries over.
  for (std::size_t g = 1; g < out.size(); ++g) {
    if (!out[g].severity) out[g].severity = out[g - 1].severity;
  }
  return out;
}

namespace {
// Words that open a comparison aside (tests/data/eval/README.md "comparison"
// style: "unchanged from", "similar to", "stable since", "compared with").
bool is_comparison_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {"similar", "unchanged", "stable",   "compared",
                                                "not",     "grossly",   "again",    "as",
                                                "since",   "when",      "slightly", "essentially"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}
}  // namespace

std::optional<Severity> predicate_severity(const Sentence& s, const Trig& t, std::size_t& at) {
  std::size_t k = t.last;
  int steps = 0;
  bool copula = false;
  bool after_comma = false;
  // Bounded, but long enough to pass a comparison clause: "the stenosis at
  // L4-5 is not significantly changed from the prior MRI and remains severe".
  while (k < s.toks.size() && steps < 16) {
    if (s.mention_at[k] != kNone) {
      k = s.mentions[s.mention_at[k]].last;
      ++steps;
      // "Central canal stenosis at L4-5 mod to severe.": a grade right after
      // the level that ends its clause is the finding's (telegraphic reports).
      std::size_t end = k;
      if (auto sev = severity_at(s, k, end);
          sev && (end >= s.toks.size() || s.toks[end].kind == TokenKind::punct)) {
        at = end;
        return sev;
      }
      continue;
    }
    const Token& tok = s.toks[k];
    // "estenosis severa del canal": a Spanish or Portuguese grade follows its
    // noun.
    // "estenose foraminal acentuada bilateral": a location or side word
    // may stand between them.
    const bool next_to_noun =
        k == t.last || (k == t.last + 1 &&
                        one_of(s.toks[t.last].text, {"foraminal", "central", "bilateral", "direita",
                                                     "esquerda", "derecha", "izquierda"}));
    if (next_to_noun &&
        one_of(tok.text, {"leve", "moderada", "moderado", "severa", "severo", "grave", "discreta",
                          "discreto", "acentuada", "acentuado"})) {
      std::size_t end = k;
      if (auto sev = severity_at(s, k, end)) {
        at = end;
        return sev;
      }
    }
    // ", similar to 2019, remains severe": a comparison aside does not end it.
    if (punct_is(tok, ",") && k + 1 < s.toks.size() && is_comparison_word(s.toks[k + 1].text)) {
      ++k;
      ++steps;
      continue;
    }
    // "Exit foraminal narrowing, severe, with ...": a grade set off by
    // commas, alone in its clause, is the finding's (telegraphic reports).
    if (punct_is(tok, ",") && k + 1 < s.toks.size()) {
      std::size_t end = k + 1;
      auto sev = severity_at(s, k + 1, end);
      // ", moderate in degree.", ", severe in extent"
      if (sev && end + 2 <= s.toks.size() && word_is(s.toks[end], "in") &&
          one_of(s.toks[end + 1].text, {"degree", "severity", "extent"})) {
        end += 2;
      }
      if (sev && (end >= s.toks.size() || s.toks[end].kind == TokenKind::punct)) {
        at = end;
        return sev;
      }
    }
    // "canal stenosis of moderate degree", "L3/L4 of a severe degree": the
    // grade after the noun, as Romance- and Slavic-language authors write it.
    if (word_is(tok, "of") && k + 2 < s.toks.size()) {
      const std::size_t from = k + 1 + (word_is(s.toks[k + 1], "a") ? 1 : 0);
      std::size_t end = from;
      if (auto sev = severity_at(s, from, end);
          sev && end > from && word_is(s.toks[end - 1], "degree")) {
        at = end;
        return sev;
      }
    }
    // "narrows the canal to a moderate degree", "to a severe extent".
    if (word_is(tok, "to") && k + 2 < s.toks.size() && word_is(s.toks[k + 1], "a")) {
      std::size_t end = k + 2;
      if (auto sev = severity_at(s, k + 2, end)) {
        at = end;
        return sev;
      }
    }
    // "narrows the canal severely", "narrowing both foramina moderately": an
    // adverb of degree closing the finding's clause grades it.
    // "narrows the canal moderately and mildly flattens the cord": the
    // adverb before "and" closes the canal's clause too. An adverb of a
    // change ("has progressed slightly") grades the change, not the finding.
    if (tok.text.size() > 2 && tok.text.ends_with("ly") &&
        !(k > 0 && any_word_in(s, k - 1, k,
                               {"progressed", "increased", "worsened", "improved", "decreased",
                                "changed", "progressing", "increasing", "enlarged"}))) {
      std::size_t end = k + 1;
      if (auto sev = severity_at(s, k, end);
          sev && end == k + 1 &&
          (end >= s.toks.size() || s.toks[end].kind == TokenKind::punct ||
           any_word_in(s, end, end + 1, {"and", "but", "while", "whereas"}))) {
        at = end;
        return sev;
      }
    }
    // "Narrowing of the left C6-7 neural foramen is moderate": the anatomy
    // the finding is of belongs to its phrase; its grade follows the copula.
    // After a comma the anatomy opens a clause of its own ("No herniation at
    // L4-5, the canal is moderately narrowed").
    if (punct_is(tok, ",")) after_comma = true;
    if ((s.trigger_at[k] != kNone &&
         (after_comma || s.trigs[static_cast<std::size_t>(s.trigger_at[k])].entry->rule !=
                             TriggerRule::anatomy_only)) ||
        brk(s, k)) {
      break;
    }
    if (copula) {
      std::size_t end = k + 1;
      // "is not severe" denies the grade, it does not give one.
      const bool denied =
          k > 0 && (word_is(s.toks[k - 1], "not") || word_is(s.toks[k - 1], "longer"));
      if (auto sev = severity_at(s, k, end); sev && !denied && !earlier_value(s, k)) {
        at = end;
        return sev;
      }
    }
    if (cls_is(s, k, kCopula) || punct_is(tok, "(") || punct_is(tok, ":")) copula = true;
    // "(grade I) with severe canal stenosis": the aside closed, its grade slot with it.
    if (punct_is(tok, ")")) copula = false;
    ++k;
    ++steps;
  }
  return std::nullopt;
}

std::optional<Severity> changed_to_severity(const Sentence& s, const Trig& t, std::size_t& at) {
  // "what was called severe foraminal stenosis at L4-5 is moderate": an
  // addendum's new grade (correction_cues.cpp).
  if (std::optional<Severity> grade; regraded_by_correction(s, t, grade, at) && grade) return grade;
  static constexpr std::string_view kChanged[] = {"progressed", "worsened",   "increased",
                                                  "advanced",   "improved",   "decreased",
                                                  "regressed",  "progresses", "worsens"};
  std::size_t k = t.last;
  for (int steps = 0; k < s.toks.size() && steps < 8; ++steps) {
    if (s.mention_at[k] != kNone) {
      k = s.mentions[s.mention_at[k]].last;
      continue;
    }
    if (s.trigger_at[k] != kNone || brk(s, k)) return std::nullopt;
    const std::string_view w = s.toks[k].text;
    if (std::find(std::begin(kChanged), std::end(kChanged), w) != std::end(kChanged) &&
        k + 2 < s.toks.size() && word_is(s.toks[k + 1], "to")) {
      std::size_t end = k + 2;
      if (auto sev = severity_at(s, k + 2, end)) {
        at = end;
        return sev;
      }
      return std::nullopt;
    }
    ++k;
  }
  return std::nullopt;
}

namespace {
// "C5-6 disc protrusion and left foraminal stenosis": the side and place
// after the coordinator at `k` lead the next finding's phrase when that
// phrase reaches a finding's trigger before the next coordinator; "disc
// protrusion, central and left paracentral" reaches none and keeps them.
bool leads_another_finding(const Sentence& s, std::size_t k, std::string_view kind) {
  std::size_t j = k + 1;
  for (int steps = 0; j < s.toks.size() && steps < 8; ++steps) {
    if (s.mention_at[j] != kNone) {
      j = s.mentions[s.mention_at[j]].last;
      continue;
    }
    if (s.trigger_at[j] != kNone) {
      const Trig& o = s.trigs[static_cast<std::size_t>(s.trigger_at[j])];
      // "and the left foramen is narrowed": named anatomy may lead the phrase.
      if (o.entry->rule != TriggerRule::anatomy_only) return true;
      j = o.last;
      continue;
    }
    const Token& w = s.toks[j];
    if (brk(s, j) || word_is(w, "and") || word_is(w, "or") || punct_is(w, ",") ||
        punct_is(w, "/")) {
      return false;
    }
    // "mild-to-moderate left foraminal", "the left foramen is narrowed"
    if (!cls_is(s, j, kLocationFiller | kSeverityWord | kModifierWord | kCopula) &&
        !location_word(w.text, kind) && !word_is(w, "to")) {
      return false;
    }
    ++j;
  }
  return false;
}
}  // namespace

std::vector<std::string> following_locations(const Sentence& s, const Trig& t, std::size_t& end) {
  std::vector<std::string> out;
  std::size_t k = t.last;
  int steps = 0;
  end = t.last;
  while (k < s.toks.size() && steps < 10) {
    if (s.mention_at[k] != kNone) {
      k = s.mentions[s.mention_at[k]].last;
      ++steps;
      continue;
    }
    const Token& tok = s.toks[k];
    if (auto loc = location_word(tok.text, t.entry->kind)) {
      if (std::find(out.begin(), out.end(), *loc) == out.end()) out.push_back(*loc);
      end = k + 1;
    } else if (!cls_is(s, k, kLocationFiller) ||
               ((word_is(tok, "and") || punct_is(tok, ",") || punct_is(tok, "/")) &&
                leads_another_finding(s, k, t.entry->kind))) {
      break;
    }
    ++k;
    ++steps;
  }
  return out;
}

}  // namespace spinecds::terminology::text
