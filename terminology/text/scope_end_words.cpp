// The words that end a ConText cue's forward scope once its scan
// (context_scope.cpp) is past the clause and list boundaries: a grade or
// scope-end word after a finding, a correction's verb, a word that opens
// another phrase ("with", "causing"), a cause or reason, a landmark, a time.
#include "terminology/text/scope_end_words.h"

#include <cstddef>

#include "terminology/finding_lexicon.h"
#include "terminology/text/care_scopes.h"
#include "terminology/text/scope_bounds.h"
#include "terminology/text/sentence.h"
#include "terminology/text/word_classes.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology::text {

namespace {

// A cue that asks whether a finding is there ("rule out", "evaluate for",
// "concern for"), not one that plans or weighs care.
bool seeks(const CueEntry& e) {
  for (const auto& w : e.words) {
    if (w == "rule" || w == "r" || w == "ro" || w == "evaluate" || w == "evaluation" ||
        w == "eval" || w == "assess" || w == "exclude" || w == "concern" || w == "question" ||
        w == "query" || w == "investigate" || w == "?") {
      return true;
    }
  }
  return false;
}

using scope::CueHit;
using scope::planned_with;
using scope::reason_or_time;

}  // namespace

bool forward_scope_ends(const Sentence& s, const CueHit& c, std::size_t k, bool seen,
                        bool seen_finding, std::size_t seen_last, bool label, bool hedge_cue) {
  const Token& tok = s.toks[k];
  // A relative's list keeps its grades ("her mother has scoliosis and
  // severe stenosis"): a severity word opens no finding of the patient's.
  const bool relative = c.entry->effect == CueEffect::other;
  if (seen && cls_is(s, k, relative ? kScopeEnd : kSeverityWord | kScopeEnd)) return true;
  // "what was described as an extrusion at L4-5 is facet hypertrophy":
  // the reading an addendum rejects ends at the verb of its correction
  // (correction_cues.cpp).
  // Also when the rejected reading is no finding of ours ("what was
  // thought to be a synovial cyst is a sequestered fragment").
  if (c.entry->words.front() == "what" &&
      (word_is(tok, "is") || word_is(tok, "represents") || word_is(tok, "was"))) {
    return true;
  }
  // "L4-5: no fracture and mild foraminal narrowing", "without nerve root
  // impingement and mild right foraminal narrowing": a grade after "and"
  // opens a finding of its own, even when the denied thing is no finding
  // of ours ("no moderate or severe stenosis" stays one denial).
  if (!seen && !label && c.entry->effect == CueEffect::negate && k > c.last + 1 &&
      cls_is(s, k, kSeverityWord) && word_is(s.toks[k - 1], "and")) {
    return true;
  }
  // "No significant disc bulge with moderate facet arthropathy", "canal
  // is patent with moderate foraminal narrowing": a negation that met no
  // finding before "with", "causing", ... ends with its own noun phrase.
  if (!seen && !label && c.entry->effect == CueEffect::negate && cls_is(s, k, kHedgeBoundary) &&
      !word_is(tok, "and") && !word_is(tok, "including") && !word_is(tok, "that") &&
      !word_is(tok, "without")) {
    return true;
  }
  // "possible mild stenosis at L3-4 with facet arthropathy": a hedge ends
  // with its own noun phrase; a list ("possible stenosis and
  // instability") stays in it. "Request: L3-S1 fusion with L3-4
  // decompression": an operation planned with another plans both.
  if (seen && hedge_cue && cls_is(s, k, kHedgeBoundary) && !word_is(tok, "and") &&
      !word_is(tok, "including") && !planned_with(s, c, seen_last, k)) {
    return true;
  }
  // "Referral to spine surgery: C6 radiculopathy refractory to 8 wks PT",
  // "despite 6 weeks of PT": the care a condition resisted was given.
  if (seen && c.entry->effect == CueEffect::hypothetical &&
      (word_is(tok, "refractory") || word_is(tok, "despite") || word_is(tok, "failed") ||
       word_is(tok, "failing") || word_is(tok, "failure"))) {
    return true;
  }
  // "not improving despite physio", "no better despite a course of
  // physiotherapy": the improvement is denied; the care resisted was
  // given (session 33).
  if (c.entry->effect == CueEffect::negate && word_is(tok, "despite")) return true;
  // "Her husband had an L4-5 fusion and she has L4-5 stenosis": the
  // patient's own clause after "and" is not the relative's.
  if (c.entry->effect == CueEffect::other && k + 1 < s.toks.size() &&
      (word_is(tok, "and") || word_is(tok, "but") || word_is(tok, "while")) &&
      (any_word_in(s, k + 1, k + 2, {"she", "he", "patient", "pt", "i"}) ||
       (k + 2 < s.toks.size() && word_is(s.toks[k + 1], "the") &&
        word_is(s.toks[k + 2], "patient")))) {
    return true;
  }
  // "radiculopathy, possibly from the C5-6 foraminal stenosis", "likely
  // degenerative in the setting of facet arthropathy", "favoured over
  // fusion given no instability": the hedge is on the link or the choice;
  // the cause or the reason is stated (README, sessions 24 and 34).
  // "rule out cauda equina compression from a disc herniation": a cause
  // named with "a" is part of what is sought.
  const bool sought_cause = c.entry->effect == CueEffect::hypothetical && seeks(*c.entry) &&
                            any_word_in(s, k, k + 1, {"from", "due", "secondary"}) &&
                            any_word_in(s, k + 1, k + 3, {"a", "an"});
  if (hedge_cue && !label && scope::cause_connector(s, k) && !sought_cause &&
      (seen || c.entry->effect == CueEffect::uncertain ||
       any_word_in(s, k, k + 1, {"from", "due"}))) {
    return true;
  }
  // "?recurrent stenosis above the fusion": the landmark is not in doubt.
  if (seen && hedge_cue &&
      (word_is(tok, "above") || word_is(tok, "below") || word_is(tok, "adjacent"))) {
    return true;
  }
  // "PT was not attempted due to myelopathy", "injection not offered
  // because of severe stenosis", "did not tolerate therapy secondary to
  // radicular pain": the reason for what was not done is stated. A denied
  // finding's own cause stays in the negation ("no myelopathy due to the
  // fall"), and "not due to" denies only the link.
  if (!seen_finding && !label && c.entry->effect == CueEffect::negate && k > c.last &&
      (word_is(tok, "due") || word_is(tok, "because") || word_is(tok, "secondary"))) {
    return true;
  }
  if (!label && c.entry->effect == CueEffect::negate && k > c.last && reason_or_time(s, k, seen)) {
    return true;
  }
  // "Status post C5-6 ACDF for radiculopathy, now with recurrent left C7
  // radiculopathy": the present tense after the past ends the history.
  if (c.entry->effect == CueEffect::historical && k > c.last &&
      any_word_in(s, k, k + 1, {"now", "currently", "presently", "today"})) {
    return true;
  }
  // "Free of claudication since the decompression", "no radicular pain
  // since his L4-5 laminectomy": the time a negation counts from is no
  // finding denied.
  if (seen && c.entry->effect == CueEffect::negate && word_is(tok, "since")) return true;
  // "Resolution of the anterolisthesis after fusion": what resolved ends
  // where the cause of its resolution begins.
  if (seen && c.entry->effect == CueEffect::resolved &&
      (word_is(tok, "after") || word_is(tok, "following") || word_is(tok, "since") ||
       word_is(tok, "post") || word_is(tok, "from"))) {
    return true;
  }
  return false;
}

}  // namespace spinecds::terminology::text
