// The ConText cues of a sentence: at each place the longest phrase of the
// cue table, or a cue written in signs or by its place (cue_forms.cpp), less
// a phrase that is no cue where it stands (a month's "may", a comparison of
// figures, a grade corrected).
#include "terminology/text/cue_hits.h"

#include <cstddef>
#include <string>
#include <vector>

#include "terminology/finding_lexicon.h"
#include "terminology/text/cue_forms.h"
#include "terminology/text/form_answers.h"
#include "terminology/text/scope_bounds.h"
#include "terminology/text/sections.h"
#include "terminology/text/sentence.h"
#include "terminology/text/word_classes.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology::text {

namespace {

using scope::absent_in_one_position;
using scope::answer_cue;
using scope::CueHit;
using scope::field_closed;

// A cue of `effect` (a hedge, a plan) found earlier in the clause that ends at `i`.
bool effect_in_clause(const Sentence& s, const std::vector<CueHit>& found, std::size_t i,
                      CueEffect effect) {
  for (auto it = found.rbegin(); it != found.rend(); ++it) {
    for (std::size_t k = it->last; k < i; ++k) {
      if (brk(s, k)) return false;
    }
    if (it->entry->effect == effect) return true;
  }
  return false;
}

}  // namespace

std::vector<CueHit> find_cues(const Sentence& s) {
  std::vector<CueHit> out;
  std::size_t i = 0;
  while (i < s.toks.size()) {
    if (s.mention_at[i] != kNone || s.trigger_at[i] != kNone) {
      ++i;
      continue;
    }
    if (const auto written = scope::written_cue(s, i)) {
      out.push_back(*written);
      i = written->last;
      continue;
    }
    std::size_t best_end = 0;
    const CueEntry* best = nullptr;
    if (!cls_is(s, i, kCueStart)) {
      ++i;
      continue;
    }
    for (const auto* e : cues_starting(s, i)) {
      const std::size_t end = match_words(s, i, *e);
      if (end > 0 && answer_cue(*e) && !field_closed(s, end)) continue;
      // "likely represents fibrosis rather than recurrent herniation": after a
      // hedge in its clause, the alternative set aside is hedged, not denied;
      // after a plan ("Surgeon favored decompression alone at L4-5 rather than
      // fusion") it is an operation weighed, so a plan too (README).
      if (end == best_end && end > 0 && best && best->effect == CueEffect::negate &&
          (e->effect == CueEffect::uncertain || e->effect == CueEffect::hypothetical) &&
          effect_in_clause(s, out, i, e->effect)) {
        best = e;
        continue;
      }
      if (end > best_end) {
        best_end = end;
        best = e;
      }
    }
    if (best) {
      // "may" before or after a number is the month.
      // The "7" of "C6-7 may deform the cord" is a level's, not a day.
      const auto day_at = [&](std::size_t k) {
        return s.toks[k].kind == TokenKind::number && s.mention_at[k] == kNone;
      };
      const bool month = best->words.size() == 1 && best->words[0] == "may" &&
                         ((i + 1 < s.toks.size() && day_at(i + 1)) || (i > 0 && day_at(i - 1)));
      // "14 degrees on flexion versus 2 degrees on extension": a comparison
      // of figures, not two alternatives; so is one of positions ("Standing
      // vs supine: 7 mm ... standing, 2 mm supine", "flexion vs extension").
      const auto position_at = [&](std::size_t k) {
        return cls_is(s, k, kPositionWord) || position_word(s.toks[k].text) != Position::none ||
               word_is(s.toks[k], "prone");
      };
      const bool figures = (best->words[0] == "versus" || best->words[0] == "vs") &&
                           best_end < s.toks.size() &&
                           (s.toks[best_end].kind == TokenKind::number || position_at(best_end));
      // "3 mm retrolisthesis in extension which is not present in flexion":
      // gone in one position is that position's value (0), not a denial of
      // the slip; "not seen in flexion or extension" still denies it.
      const bool one_position = best->effect == CueEffect::negate && best->backward &&
                                !best->forward && absent_in_one_position(s, best_end);
      // "Plan: she completed 8 weeks of PT": the header opens a plan section,
      // whose rule (text_findings.cpp) keeps what the sentence says was done;
      // as a cue it would make that therapy planned too.
      const bool header = i == 0 && best->effect == CueEffect::hypothetical &&
                          best_end < s.toks.size() && punct_is(s.toks[best_end], ":") &&
                          section_header(s.toks) == Section::planned;
      // "cyst vs. extruded fragment": the abbreviation's full stop ends no clause.
      if (best->words.back() == "vs" && best_end < s.toks.size() &&
          punct_is(s.toks[best_end], ".") && !s.toks[best_end].space_before) {
        ++best_end;
      }
      // "-ve" is negative only as one word: "+ve" is positive and "I've" no cue.
      const bool bare_ve = best->words[0] == "ve" &&
                           !(i > 0 && punct_is(s.toks[i - 1], "-") && !s.toks[i].space_before);
      // "mild rather than moderate", "moderate, not severe": an addendum's
      // correction of the grade, not a denial of the finding.
      const bool regrade =
          (best->words[0] == "rather" || best->words[0] == "instead" || best->words[0] == "not") &&
          grade_correction_at(s, i).has_value();
      best = scope::cue_in_place(s, best_end, best);
      if (best && !month && !figures && !header && !bare_ve && !one_position && !regrade)
        out.push_back({best, i, best_end});
      i = best_end;
      continue;
    }
    ++i;
  }
  return out;
}

}  // namespace spinecds::terminology::text
