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
#include "terminology/text/sections.h"
#include "terminology/text/word_classes.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology::text {

// ---- Cues (negation and uncertainty) ----------------------------------------

namespace {

struct CueHit {
  const CueEntry* entry = nullptr;
  std::size_t first = 0, last = 0;
};

// A hedge cue found earlier in the clause that ends at `i`.
bool hedge_in_clause(const Sentence& s, const std::vector<CueHit>& found, std::size_t i) {
  for (auto it = found.rbegin(); it != found.rend(); ++it) {
    for (std::size_t k = it->last; k < i; ++k) {
      if (brk(s, k)) return false;
    }
    if (it->entry->effect == CueEffect::uncertain) return true;
  }
  return false;
}

std::vector<CueHit> find_cues(const Sentence& s) {
  std::vector<CueHit> out;
  std::size_t i = 0;
  while (i < s.toks.size()) {
    if (s.mention_at[i] != kNone || s.trigger_at[i] != kNone) {
      ++i;
      continue;
    }
    // "+/- mild foraminal narrowing", "hand clumsiness +/-": a resident's
    // hedge (with or without), written in signs the phrase table skips.
    if (i + 2 < s.toks.size() && punct_is(s.toks[i], "+") && punct_is(s.toks[i + 1], "/") &&
        punct_is(s.toks[i + 2], "-") && !s.toks[i + 1].space_before &&
        !s.toks[i + 2].space_before) {
      static const CueEntry plus_minus{{"+/-"}, CueEffect::uncertain, true, true, false};
      out.push_back({&plus_minus, i, i + 3});
      i += 3;
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
      // "likely represents fibrosis rather than recurrent herniation": after a
      // hedge in its clause, the alternative set aside is hedged, not denied.
      if (end == best_end && end > 0 && best && best->effect == CueEffect::negate &&
          e->effect == CueEffect::uncertain && hedge_in_clause(s, out, i)) {
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
      const bool month = best->words.size() == 1 && best->words[0] == "may" &&
                         ((i + 1 < s.toks.size() && s.toks[i + 1].kind == TokenKind::number) ||
                          (i > 0 && s.toks[i - 1].kind == TokenKind::number));
      // "14 degrees on flexion versus 2 degrees on extension": a comparison
      // of figures, not two alternatives.
      const bool figures = (best->words[0] == "versus" || best->words[0] == "vs") &&
                           best_end < s.toks.size() && s.toks[best_end].kind == TokenKind::number;
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
      if (!month && !figures && !header) out.push_back({best, i, best_end});
      i = best_end;
      continue;
    }
    ++i;
  }
  return out;
}

// "A, B, or C", "A, B, and C": the conjunction that closes a list lies
// ahead of `k` in the clause.
bool list_closes_ahead(const Sentence& s, std::size_t k) {
  for (std::size_t j = k; j < s.toks.size() && j < k + 20; ++j) {
    if (brk(s, j) || cls_is(s, j, kScopeEnd | kClauseVerb)) return false;
    if (word_is(s.toks[j], "or") || word_is(s.toks[j], "nor")) return true;
    // ", and" right at `k` opens a clause ("No fracture, and the patient
    // reports weakness"); after an item it closes the list.
    if (word_is(s.toks[j], "and") && j > k && punct_is(s.toks[j - 1], ",")) return true;
  }
  return false;
}

// `levels`: a level may lead a list item ("options including conservative
// care, C6-7 ACDF, or C6-7 arthroplasty"), as plans list operations.
bool starts_trigger_or_list(const Sentence& s, std::size_t k, bool levels = false) {
  if (levels && k < s.toks.size() && s.mention_at[k] != kNone) k = s.mentions[s.mention_at[k]].last;
  if (k >= s.toks.size()) return false;
  if (s.trigger_at[k] != kNone) return true;
  const std::string_view w = s.toks[k].text;
  if (w == "or" || w == "nor") return true;
  // "denies leg weakness, numbness or claudication", "no spondylolisthesis,
  // spondylolysis, or instability": a list of a few words that ends in a
  // finding keeps the negation.
  // Each item of the list is a few words ("fever, chills, saddle anaesthesia
  // or progressive weakness"); the last, after "or", may carry a word or two
  // before its finding.
  // A review-of-systems list ("denies fever, chills, bowel or bladder
  // incontinence, saddle anesthesia, or new leg weakness") is a list by its
  // closing "or" / "nor" / ", and": every item of it is in the scope, however
  // many items come before the finding.
  const bool closed_list = list_closes_ahead(s, k);
  std::size_t item_words = 0;
  for (std::size_t j = k; j < s.toks.size() && j < k + 16; ++j) {
    if (levels && s.mention_at[j] != kNone) {
      j = s.mentions[s.mention_at[j]].last - 1;
      continue;
    }
    if (closed_list && s.trigger_at[j] != kNone) return true;
    if (s.trigger_at[j] != kNone || brk(s, j) || cls_is(s, j, kSeverityWord | kScopeEnd)) break;
    const std::string_view x = s.toks[j].text;
    if (closed_list && (x == "or" || x == "nor" || x == "and")) {
      item_words = 0;
      continue;
    }
    if (closed_list && cls_is(s, j, kHedgeBoundary)) break;
    if (x == "or" || x == "nor" || x == "and") {
      // "no central, lateral recess or foraminal stenosis": the noun may
      // follow its own modifiers.
      std::size_t plain = 0;
      for (std::size_t n = j + 1; j > k && n < s.toks.size() && n < j + 4; ++n) {
        if (s.trigger_at[n] != kNone) return true;
        if (cls_is(s, n, kModifierWord)) continue;
        if (x == "and" || s.toks[n].kind != TokenKind::word || brk(s, n) ||
            cls_is(s, n, kSeverityWord | kScopeEnd | kHedgeBoundary) || ++plain > 1) {
          break;
        }
      }
      break;
    }
    if (punct_is(s.toks[j], ",") && j > k) {
      item_words = 0;
      continue;
    }
    if (s.toks[j].kind != TokenKind::word || ++item_words > 3) break;
  }
  // "no stenosis, central or foraminal": modifiers leading to a trigger.
  for (std::size_t j = k; j < s.toks.size() && j < k + 4; ++j) {
    if (s.trigger_at[j] != kNone) return !cls_is(s, k, kSeverityWord);
    if (!cls_is(s, j, (kModifierWord | kSeverityWord))) return false;
  }
  return false;
}

// "No herniation, the canal is mildly narrowed", "no fracture, alignment
// appears normal": after the comma a new clause with its own verb makes its
// own assertion (ConText: a negation ends at a new clause), unlike a list
// item ("no stenosis, central or foraminal").
bool clause_after_comma(const Sentence& s, std::size_t k) {
  for (std::size_t j = k; j < s.toks.size() && j < k + 8; ++j) {
    if (brk(s, j) || punct_is(s.toks[j], ",")) return false;
    // "risks of ACDF including dysphagia, pseudarthrosis and adjacent segment
    // degeneration were reviewed": the last item of a list, then the
    // sentence's own verb.
    if (j > k && (word_is(s.toks[j], "and") || word_is(s.toks[j], "or"))) return false;
    if (cls_is(s, j, kClauseVerb)) return true;
  }
  return false;
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

// The item before the comma at `k` is a finding of `kind` ("Weakness of the
// left deltoid, 4/5").
bool same_finding_before(const Sentence& s, std::size_t k, const std::string& kind) {
  for (std::size_t j = k; j > 0 && k - j < 8; --j) {
    if (brk(s, j - 1) || punct_is(s.toks[j - 1], ",")) return false;
    if (s.trigger_at[j - 1] != kNone) return s.trigs[s.trigger_at[j - 1]].entry->kind == kind;
  }
  return false;
}

// A finding in the clause from `k` on.
bool finding_ahead(const Sentence& s, std::size_t k) {
  for (; k < s.toks.size() && !brk(s, k) && !punct_is(s.toks[k], ","); ++k) {
    if (s.trigger_at[k] != kNone) return true;
  }
  return false;
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

// Only a pronoun and auxiliaries between `from` and `to` ("this had", "it
// is now"): the words refer back to the clause before.
bool refers_back(const Sentence& s, std::size_t from, std::size_t to) {
  if (from >= to) return false;
  const std::string_view first = s.toks[from].text;
  if (first != "this" && first != "it" && first != "these" && first != "they") return false;
  for (std::size_t k = from + 1; k < to; ++k) {
    if (!any_word_in(s, k, k + 1,
                     {"had", "has", "have", "is", "are", "was", "were", "now", "since",
                      "subsequently", "then", "all", "both", "completely", "entirely"})) {
      return false;
    }
  }
  return true;
}

// "Appearances favour a degenerative spondylolisthesis rather than an isthmic
// one": the preference is between types of one finding, which is stated; an
// alternative that is a finding of its own ("favour fibrosis rather than
// recurrent herniation") leaves the favoured one in doubt.
bool type_preferred(const Sentence& s, const CueHit& c) {
  if (c.entry->effect != CueEffect::uncertain ||
      std::none_of(c.entry->words.begin(), c.entry->words.end(),
                   [](const std::string& w) { return w.starts_with("favo"); })) {
    return false;
  }
  for (std::size_t k = c.last; k + 1 < s.toks.size() && !brk(s, k); ++k) {
    if (!(word_is(s.toks[k], "rather") && word_is(s.toks[k + 1], "than"))) continue;
    for (std::size_t j = k + 2; j < s.toks.size() && !brk(s, j); ++j) {
      if (s.trigger_at[j] != kNone) return false;
    }
    return true;
  }
  return false;
}

bool severity_before(const Sentence& s, const Trig& t) {
  for (std::size_t k = t.first; k > 0 && t.first - k < 4; --k) {
    if (cls_is(s, k - 1, kSeverityWord)) return true;
    if (brk(s, k - 1) || s.trigger_at[k - 1] != kNone) break;
  }
  return false;
}

void apply_cue(Sentence& s, const CueHit& c) {
  auto mark = [&](Trig& t) {
    switch (c.entry->effect) {
      case CueEffect::negate:
        t.negated = true;
        break;
      case CueEffect::uncertain:
        t.uncertain = true;
        break;
      case CueEffect::hypothetical:
        t.hypothetical = true;
        break;
      case CueEffect::historical:
        t.historical = true;
        break;
      case CueEffect::resolved:
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
  auto scan_forward = [&] {
    bool seen = false;
    std::size_t seen_last = 0;
    int steps = 0;
    for (std::size_t k = c.last; k < s.toks.size() && steps < (label ? 64 : 24); ++steps) {
      const Token& tok = s.toks[k];
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
        if (!(study && seen) && !(study && !c.entry->negates_study)) mark(t);
        seen = true;
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
      // "the risks of an L4-5 fusion, including nonunion": the items named
      // after "including" are the risks'.
      const bool elaborates = k + 1 < s.toks.size() && (word_is(s.toks[k + 1], "including") ||
                                                        word_is(s.toks[k + 1], "especially"));
      if (punct_is(tok, ",") && !label && !elaborates &&
          (clause_after_comma(s, k + 1) ||
           !starts_trigger_or_list(s, k + 1, c.entry->effect == CueEffect::hypothetical))) {
        break;
      }
      if (seen && cls_is(s, k, kSeverityWord | kScopeEnd)) break;
      // "No significant disc bulge with moderate facet arthropathy", "canal
      // is patent with moderate foraminal narrowing": a negation that met no
      // finding before "with", "causing", ... ends with its own noun phrase.
      if (!seen && !label && c.entry->effect == CueEffect::negate && cls_is(s, k, kHedgeBoundary) &&
          !word_is(tok, "and") && !word_is(tok, "including") && !word_is(tok, "that") &&
          !word_is(tok, "without")) {
        break;
      }
      // "possible mild stenosis at L3-4 with facet arthropathy": a hedge ends
      // with its own noun phrase; a list ("possible stenosis and
      // instability") stays in it.
      if (seen && hedge_cue && cls_is(s, k, kHedgeBoundary) && !word_is(tok, "and") &&
          !word_is(tok, "including")) {
        break;
      }
      // "Referral to spine surgery: C6 radiculopathy refractory to 8 wks PT",
      // "despite 6 weeks of PT": the care a condition resisted was given.
      if (seen && c.entry->effect == CueEffect::hypothetical &&
          (word_is(tok, "refractory") || word_is(tok, "despite") || word_is(tok, "failed") ||
           word_is(tok, "failing") || word_is(tok, "failure"))) {
        break;
      }
      // "?recurrent stenosis above the fusion": the landmark is not in doubt.
      // "favoured over fusion given no instability": the reason is not weighed.
      if (seen && hedge_cue &&
          (word_is(tok, "above") || word_is(tok, "below") || word_is(tok, "adjacent") ||
           word_is(tok, "given") || word_is(tok, "because"))) {
        break;
      }
      // "Free of claudication since the decompression", "no radicular pain
      // since his L4-5 laminectomy": the time a negation counts from is no
      // finding denied.
      if (seen && c.entry->effect == CueEffect::negate && word_is(tok, "since")) break;
      // "Resolution of the anterolisthesis after fusion": what resolved ends
      // where the cause of its resolution begins.
      if (seen && c.entry->effect == CueEffect::resolved &&
          (word_is(tok, "after") || word_is(tok, "following") || word_is(tok, "since") ||
           word_is(tok, "post") || word_is(tok, "from"))) {
        break;
      }
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
  const bool artefact = c.entry->effect == CueEffect::uncertain &&
                        (cue_end.starts_with("artifact") || cue_end.starts_with("artefact") ||
                         cue_end == "spurious" ||
                         ((cue_end == "versus" || cue_end == "vs") && c.first > 0 &&
                          punct_is(s.toks[c.first - 1], ",") && !finding_ahead(s, c.last)));
  // "an absent ankle jerk": a cue written before its noun, after an
  // article, is said of that noun only.
  const bool attributive =
      c.entry->forward && c.first > 0 &&
      (word_is(s.toks[c.first - 1], "a") || word_is(s.toks[c.first - 1], "an") ||
       word_is(s.toks[c.first - 1], "the"));
  if (c.entry->backward && !attributive) {
    bool seen = false;
    const std::string* seen_kind = nullptr;
    int steps = 0;
    for (std::size_t k = c.first; k > 0 && steps < 24; ++steps) {
      --k;
      const Token& tok = s.toks[k];
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
      if (brk(s, k) || (punct_is(tok, ",") && !appositive) || word_is(tok, "once") ||
          word_is(tok, "until") || word_is(tok, "unless")) {
        break;
      }
      // "severe stenosis with likely impingement of the L5 root": a hedge
      // before its own noun phrase does not reach back over the word that
      // starts that phrase (lead's check, category 4).
      // "stenosis from a bulge versus a protrusion": the alternatives are the
      // cause, not the finding it causes.
      if (hedge_cue && c.entry->forward &&
          (cls_is(s, k, kHedgeBoundary) || word_is(tok, "from") || word_is(tok, "due"))) {
        break;
      }
      if (s.trigger_at[k] != kNone) {
        Trig& t = s.trigs[s.trigger_at[k]];
        const bool study = t.entry->kind == "flexion-extension-study";
        if (seen && severity_before(s, t)) break;
        if (!study || c.entry->negates_study) mark(t);
        seen = true;
        seen_kind = &t.entry->kind;
        k = t.first;
      }
    }
    // "there is possible trace anterolisthesis": a hedge written as a
    // post-cue ("is possible") with nothing before it reads forwards.
    if (!seen && !c.entry->forward && hedge_cue) scan_forward();
  }
}

}  // namespace

void apply_context(Sentence& s) {
  for (const auto& c : find_cues(s)) apply_cue(s, c);
}

// "previously moderate", "(previously 35°)": an earlier value beside the
// current one, which is the one a finding reports.
bool earlier_value(const Sentence& s, std::size_t k) {
  if (k == 0) return false;
  auto past = [](std::string_view w) {
    return w == "previously" || w == "formerly" || w == "prior" || w == "from" || w == "before";
  };
  // "apart from moderate arthropathy": an exception, not an earlier value.
  if (k >= 2 && s.toks[k - 1].text == "from" &&
      (s.toks[k - 2].text == "apart" || s.toks[k - 2].text == "aside")) {
    return false;
  }
  // "block of contrast from severe canal stenosis": a cause, not an earlier
  // value; "from" gives an earlier value only in a change ("progressed from
  // moderate to severe", "from 4 mm").
  if (s.toks[k - 1].text == "from" &&
      !any_word_in(s, k, std::min(k + 4, s.toks.size()), {"to", "now", "into"}) &&
      !(k >= 2 && any_word_in(s, k - 2, k - 1,
                              {"progressed", "increased", "decreased", "improved", "worsened",
                               "changed", "advanced", "regressed", "reduced", "enlarged",
                               "increase", "decrease", "change", "increasing", "decreasing",
                               "progression", "progressing", "improving", "worsening"}))) {
    return false;
  }
  if (past(s.toks[k - 1].text)) return true;
  // "the previously seen 6 mm translation", "prior measured 35 degrees"
  const std::string_view w = s.toks[k - 1].text;
  return k >= 2 && past(s.toks[k - 2].text) &&
         (w == "seen" || w == "noted" || w == "described" || w == "measured" || w == "reported" ||
          w == "demonstrated" || w == "identified");
}

}  // namespace spinecds::terminology::text
