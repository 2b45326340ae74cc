// Finding triggers in a sentence: the longest phrase of the trigger table at
// each token, a finding's repeats ("moderate at L2-3"), and the phrases that
// block shorter ones. Whether a trigger's context rule allows it where it
// stands is trigger_rules.cpp's.
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "terminology/finding_lexicon.h"
#include "terminology/text/finding_repeats.h"
#include "terminology/text/finding_side.h"
#include "terminology/text/sentence.h"
#include "terminology/text/sentence_findings.h"
#include "terminology/text/trigger_context.h"
#include "terminology/text/word_classes.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology::text {

void find_triggers(Sentence& s) {
  std::size_t i = 0;
  while (i < s.toks.size()) {
    if (s.mention_at[i] != kNone) {
      if (const std::size_t end = s.trigs.empty() ? 0 : level_grade_repeat(s, i)) {
        i = end;
        continue;
      }
      if (const std::size_t end = s.trigs.empty() ? 0 : vertebra_figure_repeat(s, i)) {
        i = end;
        continue;
      }
      ++i;
      continue;
    }
    if (const std::size_t end = s.trigs.empty() ? 0 : pronoun_repeat(s, i)) {
      i = end;
      continue;
    }
    if (const std::size_t end = s.trigs.empty() ? 0 : side_grade_repeat(s, i)) {
      i = end;
      continue;
    }
    if (const std::size_t end = s.trigs.empty() ? 0 : side_clause_repeat(s, i)) {
      i = end;
      continue;
    }
    std::size_t best_end = 0;
    const TriggerEntry* best = nullptr;
    static const std::vector<const TriggerEntry*> kNoEntries;
    for (const auto* e : cls_is(s, i, kTriggerStart) ? triggers_starting(s, i) : kNoEntries) {
      const std::size_t end = match_words(s, i, *e);
      // Of phrases of equal length, the first whose context rule allows it
      // ("motion" is translation beside mm, instability when sought).
      if (end > best_end ||
          (end > 0 && end == best_end && best && !best->kind.empty() && !e->kind.empty() &&
           !trigger_allowed(s, *best, i, best_end) && trigger_allowed(s, *e, i, end))) {
        best_end = end;
        best = e;
      }
    }
    if (!best && last_finding(s) != kNone &&
        s.trigs[static_cast<std::size_t>(last_finding(s))].entry->takes_severity) {
      // "severe stenosis at L3-4, moderate at L2-3": a severity with a level
      // and no noun repeats the finding before it.
      std::size_t j = i;
      if (const auto severity = severity_at(s, i, j)) {
        while (j < s.toks.size() && j < i + 8 && s.mention_at[j] == kNone &&
               (location_word(s.toks[j].text,
                              s.trigs[static_cast<std::size_t>(last_finding(s))].entry->kind) ||
                cls_is(s, j, kLocationFiller) || word_is(s.toks[j], "on")) &&
               !(word_is(s.toks[j], "at") || word_is(s.toks[j], "in"))) {
          ++j;
        }
        if (repeat_at(s, j, severity)) {
          i = j + 1;
          continue;
        }
      }
    }
    if (!best && !s.trigs.empty() && measured_repeat(s, i)) {
      // "4 mm retrolisthesis at L1-2 and 3 mm at L2-3": a figure with a
      // level and no noun repeats the measured finding before it.
      std::size_t j = i + 2;
      while (j < s.toks.size() && j < i + 5 && !word_is(s.toks[j], "at") &&
             !word_is(s.toks[j], "in") && !word_is(s.toks[j], "of") && s.mention_at[j] == kNone &&
             !brk(s, j)) {
        ++j;
      }
      if (repeat_at(s, j, std::nullopt)) {
        i = j + 1;
        continue;
      }
    }
    if (best && best->kind.empty() && best->rule == TriggerRule::one_side &&
        other_side_after(s, best_end, best->words[best->words.size() - 2])) {
      // "from the right hand and now also the left": the blocker's one side
      // is not the whole finding, so the shorter trigger reads.
      best = nullptr;
      best_end = 0;
      for (const auto* e : triggers_starting(s, i)) {
        const std::size_t end = e->kind.empty() ? 0 : match_words(s, i, *e);
        if (end > best_end) {
          best_end = end;
          best = e;
        }
      }
    }
    if (best && best->kind.empty()) {  // a phrase that blocks shorter triggers
      i = best_end;
      continue;
    }
    // "Patent foramina, severe canal stenosis": anatomy said to be open is
    // a finding of its own (denied), not a modifier of the next one.
    const bool open =
        i > 0 && (word_is(s.toks[i - 1], "patent") || word_is(s.toks[i - 1], "capacious"));
    // "indentation on the thecal sac and moderate narrowing of the foramina":
    // an anatomy another thing touches is no modifier of the narrowing after it.
    Trig candidate;
    candidate.first = i;
    candidate.last = best_end;
    candidate.entry = best;
    if (best && best->rule == TriggerRule::anatomy_only && !open &&
        !anatomy_touched(s, candidate)) {
      // "central canal stenosis": the anatomy is a modifier of the trigger
      // that follows, not a finding of its own.
      bool followed = false;
      for (std::size_t j = best_end; j < s.toks.size() && j < best_end + 6 && !followed; ++j) {
        for (const auto* e : triggers_starting(s, j)) {
          if (!e->kind.empty() && e->rule != TriggerRule::anatomy_only && match_words(s, j, *e)) {
            followed = true;
            break;
          }
        }
        const std::string_view w = s.toks[j].text;
        if (!(is_modifier_word(w) || location_word(w, "stenosis") || w == "and" || w == "or" ||
              w == "," || w == "/" || w == "-")) {
          break;
        }
      }
      if (followed) {
        ++i;
        continue;
      }
    }
    if (best && trigger_allowed(s, *best, i, best_end)) {
      const int id = static_cast<int>(s.trigs.size());
      Trig t;
      t.first = i;
      t.last = best_end;
      t.entry = best;
      s.trigs.push_back(t);
      for (std::size_t k = i; k < best_end; ++k) s.trigger_at[k] = id;
      i = best_end;
      continue;
    }
    // "gait instability" outside the neck: a symptom, and no spinal instability either.
    if (best && best->rule == TriggerRule::neck_region) {
      i = best_end;
      continue;
    }
    ++i;
  }
}

}  // namespace spinecds::terminology::text
