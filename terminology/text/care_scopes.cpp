// Operations, studies and therapy where a ConText scope reaches them: the
// cases in which a cue's scan of context_scope.cpp reads care (an operation,
// a flexion-extension study, physical therapy) otherwise than a finding.
#include "terminology/text/care_scopes.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "terminology/finding_lexicon.h"
#include "terminology/text/finding_side.h"
#include "terminology/text/word_classes.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology::text::scope {

bool fusion_assessed(const Sentence& s, const Trig& t) {
  const std::size_t n = s.toks.size();
  std::size_t after = t.last;
  if (after < n && s.mention_at[after] != kNone) after = s.mentions[s.mention_at[after]].last;
  if (after >= n || !any_word_in(s, after, after + 1, {"assessment", "evaluation", "eval"})) {
    return false;
  }
  std::size_t before = t.first;
  if (before > 0 && s.mention_at[before - 1] != kNone) {
    before = s.mentions[s.mention_at[before - 1]].first;
  }
  return before > 0 && word_is(s.toks[before - 1], "for");
}

// "Flexion-extension radiographs of the lumbar spine to assess for
// instability": a study named only with its purpose, and no verb saying it was
// done, is ordered. The study's trigger, or kNone.
int study_for_purpose(const Sentence& s, const CueHit& c) {
  if (c.entry->effect != CueEffect::hypothetical || !c.entry->negates_study ||
      c.entry->words.front() != "to") {
    return kNone;
  }
  for (std::size_t k = c.first; k > 0 && c.first - k < 12; --k) {
    const std::size_t j = k - 1;
    if (brk(s, j) || punct_is(s.toks[j], ",") || cls_is(s, j, kClauseVerb) ||
        any_word_in(s, j, j + 1,
                    {"obtained", "performed", "done", "taken", "acquired", "show", "showed",
                     "demonstrate", "demonstrated", "reveal", "revealed", "completed"})) {
      return kNone;
    }
    if (s.trigger_at[j] != kNone) {
      const int t = s.trigger_at[j];
      return s.trigs[static_cast<std::size_t>(t)].entry->kind == "flexion-extension-study" ? t
                                                                                           : kNone;
    }
  }
  return kNone;
}

// "pseudarthrosis at the L4-5 fusion", "nonunion across the C5-6 ACDF": an
// operation joined to the finding before it by a word of place.
bool operation_as_place(const Sentence& s, std::size_t from, const Trig& t) {
  const std::string& kind = t.entry->kind;
  if (kind != "prior-fusion" && kind != "prior-laminectomy") return false;
  bool place = false;
  for (std::size_t k = from; k < t.first; ++k) {
    const std::string_view w = s.toks[k].text;
    if (w == "or" || w == "and" || w == "nor" || w == "," || brk(s, k)) return false;
    place = place || w == "at" || w == "across" || w == "of" || w == "within" || w == "around";
  }
  return place;
}

bool payer_denial(const Sentence& s, const CueHit& c) {
  const auto& w = c.entry->words;
  if (c.entry->effect != CueEffect::negate ||
      std::none_of(w.begin(), w.end(), [](const std::string& x) { return x == "denied"; })) {
    return false;
  }
  if (any_word_in(s, 0, s.toks.size(),
                  {"insurer", "insurance", "payer", "payor", "carrier", "appeal", "appealing",
                   "appealed", "authorization", "authorisation", "auth", "preauthorization", "p2p",
                   "peer", "reconsideration", "determination"})) {
    return true;
  }
  // "Request for C5-6 ACDF is denied": a request named in the cue's own
  // clause, denied in the passive ("At her request, she denies ...",
  // "referral notes state she denied ..." are the patient's denials).
  const bool passive =
      w.front() == "is" || w.front() == "was" || w.front() == "are" || w.front() == "were" ||
      w.front() == "has" || w.front() == "have" ||
      (c.first > 0 && any_word_in(s, c.first - 1, c.first, {"is", "was", "are", "were", "been"}));
  for (std::size_t k = c.first; passive && k > 0; --k) {
    if (brk(s, k - 1) || punct_is(s.toks[k - 1], ",")) break;
    if (any_word_in(s, k - 1, k,
                    {"request", "requested", "claim", "precert", "precertification", "referral"})) {
      return true;
    }
  }
  return false;
}

bool operation_kind(std::string_view kind) {
  return kind == "prior-fusion" || kind == "prior-laminectomy";
}

bool teaching_cue(const CueEntry& e) {
  return !e.words.empty() &&
         one_of(e.words.front(), {"education", "teaching", "precautions", "handout"});
}

bool therapy_set_aside(const CueEntry& e) {
  // "Outcome: not for surgery; for physiotherapy": the set-aside is the
  // other clause's; what follows the ";" is the plan.
  if (std::find(e.words.begin(), e.words.end(), ";") != e.words.end()) return false;
  for (const std::string& w : e.words) {
    if (w == "not" || w == "against" || w == "defer" || w == "deferring" || w == "postpone" ||
        w == "hold") {
      return true;
    }
  }
  return false;
}

bool fusion_status(const Sentence& s, const Trig& t) {
  if (t.entry->kind != "prior-fusion") return false;
  std::size_t after = t.last;
  if (after < s.toks.size() && s.mention_at[after] != kNone)
    after = s.mentions[s.mention_at[after]].last;
  if (after < s.toks.size() && word_is(s.toks[after], "status")) return true;
  // "not convinced the L5-S1 fusion is solid": the union is in doubt.
  if (after + 1 < s.toks.size() && any_word_in(s, after, after + 1, {"is", "has", "was"}) &&
      any_word_in(s, after + 1, std::min(after + 3, s.toks.size()),
                  {"solid", "healed", "fused", "united", "consolidated", "mature", "complete"})) {
    return true;
  }
  // "the status of her L5-S1 fusion"
  std::size_t b = t.first;
  if (b > 0 && s.mention_at[b - 1] != kNone) b = s.mentions[s.mention_at[b - 1]].first;
  while (b > 0 && any_word_in(s, b - 1, b, {"the", "her", "his", "their", "prior", "previous"}))
    --b;
  return b >= 2 && word_is(s.toks[b - 1], "of") && word_is(s.toks[b - 2], "status");
}

bool evaluated_subject(const Sentence& s, const CueHit& c, const Trig& t) {
  if (c.entry->effect != CueEffect::hypothetical || c.entry->words.empty() ||
      !one_of(c.entry->words.back(), {"evaluate", "assess", "eval", "reassess", "reevaluate"}) ||
      t.first < c.last || t.first - c.last > 6) {
    return false;
  }
  // Only the finding's own words ("known", a level, a grade) lie between.
  for (std::size_t k = c.last; k < t.first; ++k) {
    if (brk(s, k) || any_word_in(s, k, k + 1, {"for", "whether", "if", "of", "and", "or"})) {
      return false;
    }
  }
  for (std::size_t k = t.last; k < std::min(t.last + 5, s.toks.size()); ++k) {
    if (brk(s, k)) return false;
    if (word_is(s.toks[k], "for")) return k + 1 < s.toks.size() && !brk(s, k + 1);
  }
  return false;
}

// "L3-S1 fusion with L3-4 decompression", "decompression plus fusion": the
// operation after "with" or "plus" is part of the one planned before it.
bool planned_with(const Sentence& s, const CueHit& c, std::size_t seen_last, std::size_t k) {
  if (c.entry->effect != CueEffect::hypothetical || seen_last == 0 ||
      !(word_is(s.toks[k], "with") || word_is(s.toks[k], "plus"))) {
    return false;
  }
  const auto operation = [&](int t) {
    if (t == kNone) return false;
    const std::string& kind = s.trigs[static_cast<std::size_t>(t)].entry->kind;
    return kind == "prior-fusion" || kind == "prior-laminectomy" || kind == "osteotomy";
  };
  if (!operation(s.trigger_at[seen_last - 1])) return false;
  // "Plan L3-S1 fusion with L2-3 laminectomy changes noted on MRI": an
  // operation already done, seen on a study, is not part of the plan.
  const auto done = [&](int t) {
    const std::size_t end = std::min(s.trigs[static_cast<std::size_t>(t)].last + 3, s.toks.size());
    for (std::size_t j = k + 1; j < end; ++j) {
      for (std::string_view w : {"changes", "prior", "previous", "old", "noted"}) {
        if (word_is(s.toks[j], w)) return true;
      }
    }
    return false;
  };
  // "with L4-5 and L5-S1 laminectomy": the levels before the operation count
  // as no words.
  int words = 0;
  for (std::size_t j = k + 1; j < s.toks.size() && words < 5; ++j, ++words) {
    if (s.mention_at[j] != kNone) {
      j = s.mentions[static_cast<std::size_t>(s.mention_at[j])].last - 1;
      --words;
      continue;
    }
    if (s.trigger_at[j] != kNone) return operation(s.trigger_at[j]) && !done(s.trigger_at[j]);
    if (brk(s, j)) return false;
  }
  return false;
}

// "If his C6 weakness progresses", "should the cord compression worsen":
// a condition on the course of a finding the patient has now leaves that
// finding affirmed; only what would follow is a plan ("if weakness
// develops" stays hypothetical: no determiner, no verb of course).
bool condition_on_course(const Sentence& s, const CueHit& c, const Trig& t) {
  // "if the fusion does not heal": consent wording about the operation to
  // come, which stays a plan.
  if (operation_kind(t.entry->kind)) return false;
  if (c.entry->effect != CueEffect::hypothetical || c.entry->words.size() != 1 ||
      !(c.entry->words[0] == "if" || c.entry->words[0] == "should" ||
        c.entry->words[0] == "unless")) {
    return false;
  }
  bool owned = false;
  for (std::size_t k = t.first, seen = 0; k > c.last && seen < 4; --k, ++seen) {
    const std::size_t j = k - 1;
    if (any_word_in(s, j, j + 1, {"his", "her", "their", "the", "this", "my", "your"})) {
      owned = true;
      break;
    }
    if (s.mention_at[j] == kNone && !names_side(s.toks[j].text) &&
        !cls_is(s, j, kSeverityWord | kModifierWord)) {
      break;
    }
  }
  if (!owned) return false;
  std::size_t k = t.last;
  if (k < s.toks.size() && s.mention_at[k] != kNone) k = s.mentions[s.mention_at[k]].last;
  return k < s.toks.size() &&
         any_word_in(s, k, k + 1,
                     {"progresses", "progress", "worsens", "worsen", "persists", "persist",
                      "continues", "continue", "increases", "fails", "does", "remains"});
}

// A hedge on a strength grade's validity ("give-way", "submaximal effort").
bool effort_cue(const CueEntry& e) {
  return e.effect == CueEffect::uncertain &&
         std::any_of(e.words.begin(), e.words.end(), [](const std::string& w) {
           return w == "give" || w == "giveway" || w == "breakaway" || w == "break" ||
                  w == "effort" || w == "submaximal";
         });
}

// "I do not think fusion is indicated", "we don't feel he needs a fusion":
// an operation judged unneeded is a plan weighed (README: hypothetical); a
// finding so judged is still denied. "There is no indication for fusion at
// L3-4", "not an indication for ACDF": the same for the operation only (a
// study or therapy with no indication stays denied).
bool operation_judged_unneeded(const Sentence& s, const CueHit& c) {
  if (c.entry->effect != CueEffect::negate || c.last >= s.toks.size()) return false;
  std::size_t k = c.last;
  if (any_word_in(s, k, k + 1, {"an", "a", "any"})) ++k;
  if (k < s.toks.size() && any_word_in(s, k, k + 1, {"indication", "indications"})) return true;
  if (!any_word_in(s, c.last, std::min(c.last + 2, s.toks.size()), {"think", "believe", "feel"}) ||
      any_word_in(s, 0, s.toks.size(), {"prior", "previous", "history", "had"})) {
    return false;
  }
  for (std::size_t j = c.last; j < s.toks.size() && !brk(s, j) && !punct_is(s.toks[j], ","); ++j) {
    if (any_word_in(s, j, j + 1,
                    {"indicated", "needed", "needs", "need", "necessary", "warranted", "required",
                     "benefit", "offer", "recommend"})) {
      return true;
    }
  }
  return false;
}

}  // namespace spinecds::terminology::text::scope
