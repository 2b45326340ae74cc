// ConText scopes: cues found in a sentence mark the findings in their bounded
// forward or backward scope (Harkema et al. 2009); scopes end at clause
// boundaries, terminators and, for lists, where the list ends.
#include "terminology/text/sentence.h"

#include <algorithm>
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
#include "terminology/text/care_scopes.h"
#include "terminology/text/cue_forms.h"
#include "terminology/text/cue_hits.h"
#include "terminology/text/finding_side.h"
#include "terminology/text/form_answers.h"
#include "terminology/text/relative_names.h"
#include "terminology/text/scope_bounds.h"
#include "terminology/text/scope_end_words.h"
#include "terminology/text/sections.h"
#include "terminology/text/word_classes.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology::text {

// ---- Cues (negation and uncertainty) ----------------------------------------

namespace {

using scope::answer_cue;
using scope::asks_comparison;
using scope::cause_opening_join;
using scope::clause_after_comma;
using scope::condition_on_course;
using scope::CueHit;
using scope::denial_closes_clause;
using scope::denied_symptom_kind;
using scope::denied_symptom_list;
using scope::effort_cue;
using scope::field_start;
using scope::finding_ahead;
using scope::fusion_assessed;
using scope::misnamed_reading;
using scope::new_predicate_after;
using scope::new_subject_after;
using scope::operation_as_place;
using scope::operation_judged_unneeded;
using scope::operation_kind;
using scope::own_subject_between;
using scope::payer_denial;
using scope::refers_back;
using scope::same_finding_before;
using scope::severity_before;
using scope::starts_trigger_or_list;
using scope::study_for_purpose;
using scope::symptom_denial;
using scope::symptom_or_nothing_before;
using scope::therapy_set_aside;
using scope::type_preferred;

void apply_cue(Sentence& s, const CueHit& c) {
  // "what was called severe stenosis at L4-5 is moderate": the reading is
  // kept at its new grade (modifiers.cpp), not denied.
  if (c.entry->words.front() == "what") {
    for (std::size_t k = c.last; k < s.toks.size() && !brk(s, k); ++k) {
      if (s.trigger_at[k] == kNone) continue;
      std::optional<Severity> grade;
      std::size_t at = 0;
      if (regraded_by_correction(s, s.trigs[static_cast<std::size_t>(s.trigger_at[k])], grade, at))
        return;
      break;
    }
  }
  if (const int r = misnamed_reading(s, c); r != kNone) {
    s.trigs[static_cast<std::size_t>(r)].misnamed = true;
    return;
  }
  // "Foraminal narrowing at L5-S1 is likely related to the pars defects",
  // "stenosis, probably due to the bulge": "likely" before the cause doubts
  // the link only; the finding explained and its cause are stated (README).
  const std::string_view last_word = c.entry->words.back();
  if (c.entry->effect == CueEffect::uncertain &&
      (last_word == "likely" || last_word == "probably") && c.last < s.toks.size() &&
      scope::cause_connector(s, c.last)) {
    return;
  }
  // "The cord signal at C4-5 is felt to represent truncation artifact": a
  // finding explained away as artefact is denied; "motion artifact limits
  // the exam" explains nothing away.
  // "... likely represents truncation artifact": offered as artefact, in doubt.
  const auto artefact_naming = c.entry->effect == CueEffect::negate && c.last == c.first + 1 &&
                                       scope::artefact_word(s.toks[c.first].text)
                                   ? scope::artefact_named_as(s, c.first)
                                   : scope::ArtefactNaming::named;
  if (artefact_naming == scope::ArtefactNaming::none) return;
  // "criteria not met for L2-S1 fusion": a reviewer's verdict on the
  // operation asked for, which stays a request (README: hypothetical), as
  // does one a payer denies.
  const bool payer = payer_denial(s, c) || std::any_of(c.entry->words.begin(), c.entry->words.end(),
                                                       [](const std::string& w) {
                                                         return w == "criteria" || w == "necessity";
                                                       });
  // An operation judged unneeded is a plan weighed (care_scopes.cpp).
  const bool judged = operation_judged_unneeded(s, c);
  const bool positional = c.entry->effect == CueEffect::uncertain &&
                          (last_word == "positional" || last_word == "positioning");
  const bool effort = effort_cue(*c.entry);
  auto mark = [&](Trig& t) {
    switch (c.entry->effect) {
      case CueEffect::negate:
        if (artefact_naming == scope::ArtefactNaming::doubted) {
          t.uncertain = true;
          break;
        }
        // "L4-5 TLIF denied by insurance": the request stands.
        ((payer || judged) && operation_kind(t.entry->kind) ? t.hypothetical : t.negated) = true;
        break;
      case CueEffect::uncertain:
        if (scope::fusion_status(s, t)) return;
        // "mild levoscoliosis measuring 11 degrees, likely positional": the
        // curve is measured; the position names its cause.
        if (positional && t.entry->kind == "scoliosis") return;
        // "legs give way": doubt about a grade, or about the weakness the cue
        // is written on ("give-way weakness"), is doubt about weakness only;
        // "her legs give way" is a complaint of weakness, not doubt.
        if (effort && (t.entry->kind != "weakness" ||
                       !(t.entry->rule == TriggerRule::strength_grade || t.first == c.last))) {
          return;
        }
        t.uncertain = true;
        break;
      case CueEffect::hypothetical:
        if (scope::fusion_status(s, t) || scope::evaluated_subject(s, c, t)) return;
        // "PT is not recommended given the cord compression", "prefers to
        // defer formal PT": therapy withheld is negated (README); an
        // operation set aside stays a plan weighed.
        // "patient education (posture, HEP)": what is taught beside therapy
        // is still given.
        if (t.entry->kind == "physical-therapy" && scope::teaching_cue(*c.entry)) return;
        if (t.entry->kind == "physical-therapy" && therapy_set_aside(*c.entry)) {
          t.negated = true;
          break;
        }
        t.hypothetical = true;
        break;
      case CueEffect::historical:
        t.historical = true;
        break;
      case CueEffect::resolved:
        // "PT DISCHARGE: radicular symptoms resolved": symptoms resolve, the
        // therapy given does not (session 30).
        if (t.entry->kind == "physical-therapy") return;
        // "Since the L3-L5 laminectomy his claudication has resolved": the
        // operation is done, not resolved (session 33).
        if (operation_kind(t.entry->kind)) return;
        t.negated = true;
        t.historical = true;
        break;
      case CueEffect::other:
        t.other = true;
        break;
      case CueEffect::none:
        return;
    }
    if (!t.has_cue) {
      t.cue_first = c.first;
      t.cue_last = c.last;
      t.has_cue = true;
    }
  };
  const bool hedge_cue =
      c.entry->effect == CueEffect::uncertain || c.entry->effect == CueEffect::hypothetical;
  // "Negative: saddle anaesthesia, leg weakness, falls": a list's label
  // reaches every item to the end of its line.
  const bool label = c.entry->words.back() == ":";
  // "Plan: no gymnastics x 6 wks, PT 2x/wk": a plan's items are orders of
  // their own; a negation met no finding ends at its item's comma.
  const bool plan_items =
      c.entry->effect == CueEffect::negate && section_header(s.toks) == Section::planned;
  auto scan_forward = [&] {
    bool seen = false;
    // "the risks of an ACDF, including dysphagia, hoarseness, pseudarthrosis":
    // after "including" a contingency's items run to the clause's end.
    bool listing = false;
    // A finding met so far, not an act of care ("therapy", "views").
    bool seen_finding = false;
    std::size_t seen_last = 0;
    int steps = 0;
    // "(outside, report only; images not provided) described stenosis": a
    // cue inside parentheses ends at the one that closes them. (Backwards a
    // parenthesis may speak of the finding before it: "L5 radiculopathy
    // (resolved)".)
    // A cue that is all its parentheses hold glosses the word before them
    // ("Pt niega (denies) leg weakness") and reads on.
    const bool gloss = c.first > 0 && punct_is(s.toks[c.first - 1], "(");
    int depth = 0;
    for (std::size_t k = c.last; k < s.toks.size() && steps < (label ? 64 : 24); ++steps) {
      const Token& tok = s.toks[k];
      depth += punct_is(tok, "(") ? 1 : punct_is(tok, ")") ? -1 : 0;
      if (depth < 0 && !gloss) break;
      // "has not returned to work and cannot walk more than 100 m": a
      // negative verb of its own begins another statement, which the first
      // negation does not reach.
      if (c.entry->effect == CueEffect::negate && k > c.last &&
          any_word_in(s, k, k + 1, {"cannot", "unable", "can't", "couldn't"}) && k > 0 &&
          any_word_in(s, k - 1, k, {"and", "but", ","})) {
        break;
      }
      if (s.mention_at[k] != kNone) {
        k = s.mentions[s.mention_at[k]].last;
        continue;
      }
      if (s.trigger_at[k] != kNone) {
        Trig& t = s.trigs[s.trigger_at[k]];
        // "No evidence of pseudarthrosis at the C5-6 ACDF": the operation
        // after "at" is where the denied finding would be, not denied.
        if (seen && operation_as_place(s, seen_last, t)) break;
        const bool study = t.entry->kind == "flexion-extension-study";
        // A study after another finding is outside a cue's reach, except in
        // a labelled list ("Pre-op requirements: PT ..., flexion-extension
        // films 10/23"), where every item is the label's.
        if (!(study && seen && !label) && !(study && !c.entry->negates_study) &&
            !condition_on_course(s, c, t)) {
          mark(t);
        }
        seen = true;
        seen_finding = seen_finding || (!study && t.entry->kind != "physical-therapy");
        seen_last = t.last;
        k = t.last;
        continue;
      }
      // "radiculopathy, resolved with physical therapy", "symptoms resolved
      // after a 6-week course of PT": what follows is the cure, not resolved.
      if (k == c.last && c.entry->effect == CueEffect::resolved &&
          (word_is(tok, "with") || word_is(tok, "after") || word_is(tok, "following") ||
           word_is(tok, "by") || word_is(tok, "through") || word_is(tok, "upon"))) {
        break;
      }
      // "has not yet started PT": "yet" right after the cue is no "but".
      if (k == c.last && word_is(tok, "yet")) {
        ++k;
        continue;
      }
      if (brk(s, k)) break;
      if (c.entry->effect == CueEffect::negate && new_predicate_after(s, k)) break;
      // "No instability at L4-5: the views of 06/03/2024 show 2 mm of
      // translation": what the colon opens is a clause of its own.
      if (seen && !label && punct_is(tok, ":") && scope::clause_after_colon(s, k + 1)) break;
      if (!seen && plan_items && punct_is(tok, ",")) break;
      if (c.entry->effect == CueEffect::hypothetical && word_is(tok, "including")) listing = true;
      // "the risks of an L4-5 fusion, including nonunion": the items named
      // after "including" are the risks'.
      const bool elaborates = k + 1 < s.toks.size() && (word_is(s.toks[k + 1], "including") ||
                                                        word_is(s.toks[k + 1], "especially"));
      if (punct_is(tok, ",") && listing && !clause_after_comma(s, k + 1)) {
        ++k;
        continue;
      }
      if (punct_is(tok, ",") && !label && !elaborates && !scope::condition_list_ahead(s, c, k) &&
          (clause_after_comma(s, k + 1) ||
           !(starts_trigger_or_list(s, k + 1, c.entry->effect == CueEffect::hypothetical) ||
             (symptom_denial(*c.entry) && denied_symptom_list(s, k + 1))))) {
        break;
      }
      // The words that end the scope here (scope_end_words.cpp).
      if (forward_scope_ends(s, c, k, seen, seen_finding, seen_last, label, hedge_cue)) break;
      ++k;
    }
  };
  if (c.entry->forward && !type_preferred(s, c)) scan_forward();
  if (const int study = study_for_purpose(s, c); study != kNone) {
    mark(s.trigs[static_cast<std::size_t>(study)]);
  }
  // "Focal cord signal at C5-6, likely artifactual", "...; this may represent
  // artifact": an artefact named after the finding reaches back over the comma
  // or semicolon that sets it off, to the nearest finding only.
  const std::string_view cue_end = c.entry->words.back();
  // "Weakness of the left deltoid, 4/5, versus pain limitation": an
  // alternative that is no finding hedges the finding before its comma; one
  // that is a finding (", versus a superimposed protrusion") is hedged alone.
  // ", versus referred pain": an alternative set off by a comma that is no
  // finding of ours.
  const bool versus_apart = c.entry->effect == CueEffect::uncertain &&
                            (cue_end == "versus" || cue_end == "vs") && c.first > 0 &&
                            punct_is(s.toks[c.first - 1], ",") && !finding_ahead(s, c.last);
  const bool artefact = c.entry->effect == CueEffect::uncertain &&
                        (scope::artefact_word(cue_end) || cue_end == "spurious" || effort ||
                         cue_end == "positional" || cue_end == "positioning" || versus_apart);
  // "an absent ankle jerk": a cue written before its noun, after an
  // article, is said of that noun only.
  const bool attributive =
      c.entry->forward && c.first > 0 &&
      (word_is(s.toks[c.first - 1], "a") || word_is(s.toks[c.first - 1], "an") ||
       word_is(s.toks[c.first - 1], "the"));
  // "Left L4 radiculopathy, likely.", "R hip abductor weakness, questionable,
  // effort-limited exam": a hedge set off alone after the finding, before the
  // clause ends, is said of it (session 29).
  const bool hedge_apart = c.entry->effect == CueEffect::uncertain && c.first > 0 &&
                           punct_is(s.toks[c.first - 1], ",") &&
                           (c.last == s.toks.size() || punct_is(s.toks[c.last], ",") ||
                            punct_is(s.toks[c.last], ".") || punct_is(s.toks[c.last], ";"));
  // A denial after the symptom reaches back to it (a symptom's only).
  const bool denial_after = denial_closes_clause(s, c);
  const bool answer = answer_cue(*c.entry);
  if ((c.entry->backward || hedge_apart || denial_after) && !attributive) {
    bool seen = false;
    const std::string* seen_kind = nullptr;
    // What the scope reaches, and how many of those are in a time clause
    // ("PT after the 2021 fusion was ordered but never started": the PT
    // only), marked when the scan ends.
    std::vector<Trig*> reached;
    bool past_cause = false;  // the scan went back over a stated cause
    std::size_t in_time_clause = 0;
    int steps = 0;
    int closed = 0;  // parentheses closed between the cue and toks[k]
    for (std::size_t k = c.first; k > 0 && steps < 24; ++steps) {
      --k;
      const Token& tok = s.toks[k];
      if (answer && (field_start(tok) || (!seen && asks_comparison(tok)))) break;
      // "a right L4-5 protrusion (images not available)": a cue inside a
      // parenthesis after a subject of its own is said of that subject;
      // "(resolved)", "(now resolved)" still speak of what comes before.
      if (punct_is(tok, ")")) ++closed;
      if (punct_is(tok, "(") && closed-- == 0 && own_subject_between(s, k + 1, c.first)) break;
      if (seen && in_time_clause == 0 && c.entry->effect != CueEffect::other &&
          scope::time_clause_word(s, k)) {
        in_time_clause = reached.size();
      }
      // "... after 6 weeks of PT and the repeat neuro exam is normal"
      if (!seen && c.entry->effect == CueEffect::negate && new_subject_after(s, k)) break;
      // "has stopped her volunteer shifts and her husband does the
      // shopping": the relative opens a clause of his own after "and".
      if (c.entry->effect == CueEffect::other && (word_is(tok, "and") || word_is(tok, "but")) &&
          std::all_of(s.toks.begin() + static_cast<std::ptrdiff_t>(k) + 1,
                      s.toks.begin() + static_cast<std::ptrdiff_t>(c.first), [](const Token& w) {
                        return word_is(w, "her") || word_is(w, "his") || word_is(w, "my") ||
                               word_is(w, "their") || word_is(w, "the");
                      })) {
        break;
      }
      // What the cause is said to cause ends at its clause.
      if (past_cause && (punct_is(tok, ",") || punct_is(tok, ";"))) break;
      if (artefact && (punct_is(tok, ",") || punct_is(tok, ";"))) {
        // "Weakness of the left deltoid, 4/5, versus ...": the grade set off
        // by commas is the same finding as the words before it.
        if (seen && !(seen_kind && same_finding_before(s, k, *seen_kind))) break;
        continue;
      }
      // "Sciatica, now resolved", "an L5-S1 extrusion, which is no longer
      // seen": an appositive "resolved" after a comma, alone or in a relative
      // clause of its own, still reaches back over it.
      const bool appositive =
          c.entry->effect == CueEffect::resolved && punct_is(tok, ",") &&
          (k + 1 == c.first ||
           (word_is(s.toks[k + 1], "which") &&
            std::all_of(s.toks.begin() + static_cast<std::ptrdiff_t>(k) + 2,
                        s.toks.begin() + static_cast<std::ptrdiff_t>(c.first), [](const Token& w) {
                          return word_is(w, "is") || word_is(w, "are") || word_is(w, "has") ||
                                 word_is(w, "have") || word_is(w, "now") || word_is(w, "since");
                        })));
      // "an L5-S1 extrusion was present; this had resolved on the repeat
      // study": a resolution said of "this" reaches the clause before.
      const bool anaphor = c.entry->effect == CueEffect::resolved && !seen &&
                           (punct_is(tok, ";") || punct_is(tok, ",")) &&
                           refers_back(s, k + 1, c.first);
      // "PT recommended once the incision has healed": a clause of time or
      // condition before the cue is where its scope begins.
      if (anaphor) continue;
      // "that the MRI shows severe stenosis and that surgery is an option":
      // a second "that" clause is the cue's own.
      if (word_is(tok, "and") && k + 1 < c.first && word_is(s.toks[k + 1], "that")) break;
      const bool set_off = hedge_apart && k + 1 == c.first;
      // "an epidural collection compressing the cord — ?TB vs pyogenic": a
      // dash set off by spaces ends the clause a hedge after it would reach
      // back to, as a comma does ("weakness - denies" still denies).
      const bool dash = c.entry->effect == CueEffect::uncertain && punct_is(tok, "-") &&
                        tok.space_before && k + 1 < s.toks.size() && s.toks[k + 1].space_before;
      // "Lumbar radiculopathy (M54.16) | 2022 | Resolved": a problem list's
      // status cell speaks of its row.
      if (punct_is(tok, "|") && scope::status_cell(s, k, c.first)) continue;
      if (brk(s, k) || (punct_is(tok, ",") && !appositive && !set_off) || (dash && !set_off) ||
          word_is(tok, "once") || word_is(tok, "until") || word_is(tok, "unless")) {
        break;
      }
      // "Left arm pain from the C5-6 protrusion, versus referred pain": an
      // alternative to what an imaging finding is said to cause doubts the
      // link, so the cause is stated and what it causes, if a symptom, is
      // in doubt. "Stenosis from a protrusion, versus lipomatosis" and
      // "numbness from C6 radiculopathy, versus carpal tunnel" doubt the
      // cause, as any reach back does.
      if (versus_apart && seen && !past_cause && scope::cause_connector(s, k) &&
          !denied_symptom_kind(*seen_kind) && symptom_or_nothing_before(s, k)) {
        reached.clear();
        in_time_clause = 0;
        seen = false;
        seen_kind = nullptr;
        past_cause = true;
        continue;
      }
      // "Left arm pain from C5-6 foraminal stenosis and disc protrusion,
      // versus referred pain": causes joined after one connector are weighed
      // alike, so the scan takes in the causes before the "and" and reads
      // their connector as it would after one cause.
      if (versus_apart && seen && !past_cause && word_is(tok, "and") &&
          !denied_symptom_kind(*seen_kind)) {
        if (const auto from = cause_opening_join(s, k)) {
          for (std::size_t j = k; j > *from + 1;) {
            --j;
            if (s.trigger_at[j] == kNone) continue;
            Trig& t = s.trigs[static_cast<std::size_t>(s.trigger_at[j])];
            reached.push_back(&t);
            seen_kind = &t.entry->kind;
            j = t.first;
          }
          k = *from + 1;
          continue;
        }
      }
      // "severe stenosis with likely impingement of the L5 root": a hedge
      // before its own noun phrase does not reach back over the word that
      // starts that phrase (lead's check, category 4).
      // "stenosis from a bulge versus a protrusion": the alternatives are the
      // cause, not the finding it causes.
      if (hedge_cue && c.entry->forward && !hedge_apart && !effort &&
          (cls_is(s, k, kHedgeBoundary) || word_is(tok, "from") || word_is(tok, "due"))) {
        break;
      }
      if (s.trigger_at[k] != kNone) {
        Trig& t = s.trigs[s.trigger_at[k]];
        const bool study = t.entry->kind == "flexion-extension-study";
        if (seen && severity_before(s, t)) break;
        if (denial_after && !denied_symptom_kind(t.entry->kind)) break;
        if (!study || c.entry->negates_study) reached.push_back(&t);
        seen = true;
        seen_kind = &t.entry->kind;
        k = t.first;
      }
    }
    const std::size_t from = in_time_clause < reached.size() ? in_time_clause : 0;
    for (std::size_t r = from; r < reached.size(); ++r) mark(*reached[r]);
    // "there is possible trace anterolisthesis": a hedge written as a
    // post-cue ("is possible") with nothing before it reads forwards.
    if (!seen && !c.entry->forward && hedge_cue) scan_forward();
  }
}

// The fusion an assessment is of is what a study is for: sought (README).
void assessment_object(Sentence& s) {
  for (Trig& t : s.trigs) {
    if (t.entry->kind == "prior-fusion" && fusion_assessed(s, t)) t.hypothetical = true;
  }
}

}  // namespace

namespace {

// "Non-myelopathic cord compression", "non-radicular back pain": the prefix
// denies the one symptom word it is joined to, nothing beyond it (so the cord
// compression stands). Only a one-word sign or symptom: "non-progressive
// weakness" is still weakness, "non-instrumented fusion" still a fusion.
void negate_non_prefixed(Sentence& s) {
  for (auto& t : s.trigs) {
    if (t.entry == nullptr || t.last != t.first + 1 || !scope::denied_symptom_kind(t.entry->kind)) {
      continue;
    }
    const std::size_t k = t.first;
    const bool joined = k >= 2 && s.toks[k - 1].text == "-" && !s.toks[k - 1].space_before &&
                        !s.toks[k].space_before && s.toks[k - 2].text == "non";
    const bool spaced = k >= 1 && s.toks[k - 1].text == "non";
    if (joined || spaced) t.negated = true;
  }
}

}  // namespace

void apply_context(Sentence& s) {
  negate_non_prefixed(s);
  for (const auto& c : find_cues(s)) apply_cue(s, c);
  assessment_object(s);
  relatives_by_name(s);
  scope::reject_corrected_reports(s);
}

}  // namespace spinecds::terminology::text
