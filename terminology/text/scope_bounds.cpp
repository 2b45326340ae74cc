// Where a ConText scope ends: the list, clause and phrase boundaries that
// context_scope.cpp's forward and backward scans stop at (Harkema et al.
// 2009: scopes end at clause boundaries, terminators and list ends).
#include "terminology/text/scope_bounds.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "terminology/finding_lexicon.h"
#include "terminology/text/sentence_findings.h"
#include "terminology/text/word_classes.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology::text::scope {

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

// "negative for fever, chills, and leg weakness": ", and" at `k` after
// earlier items closes the list, and the finding a few words on is its last
// item; right after the first item it opens a clause ("No fracture, and
// the patient reports weakness").
static bool list_closed_by_and(const Sentence& s, std::size_t k) {
  if (k < 2 || !punct_is(s.toks[k - 1], ",")) return false;
  bool earlier_item = false;
  for (std::size_t j = k - 1; j > 0 && k - j < 6; --j) {
    if (brk(s, j - 1) || s.trigger_at[j - 1] != kNone) break;
    if (punct_is(s.toks[j - 1], ",")) {
      earlier_item = true;
      break;
    }
  }
  if (!earlier_item) return false;
  for (std::size_t j = k + 1; j < s.toks.size() && j < k + 4; ++j) {
    if (s.trigger_at[j] != kNone) return true;
    if (s.toks[j].kind != TokenKind::word || brk(s, j) ||
        cls_is(s, j, kSeverityWord | kScopeEnd | kClauseVerb | kHedgeBoundary)) {
      return false;
    }
  }
  return false;
}

bool condition_list_ahead(const Sentence& s, const CueHit& c, std::size_t k) {
  if (c.entry->effect != CueEffect::hypothetical || c.entry->words.size() != 1 ||
      c.entry->words[0] != "if") {
    return false;
  }
  for (std::size_t j = k; j + 1 < s.toks.size() && !brk(s, j); ++j) {
    if (punct_is(s.toks[j], ",") && word_is(s.toks[j + 1], "or")) return true;
  }
  return false;
}

// `levels`: a level may lead a list item ("options including conservative
// care, C6-7 ACDF, or C6-7 arthroplasty"), as plans list operations.
bool starts_trigger_or_list(const Sentence& s, std::size_t k, bool levels) {
  if (levels && k < s.toks.size() && s.mention_at[k] != kNone) k = s.mentions[s.mention_at[k]].last;
  if (k >= s.toks.size()) return false;
  if (s.trigger_at[k] != kNone) return true;
  const std::string_view w = s.toks[k].text;
  if (w == "or" || w == "nor") return true;
  if (w == "and" && list_closed_by_and(s, k)) return true;
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
    // "bowel/bladder incontinence": a slash joins two words of one item.
    if (punct_is(s.toks[j], "/") && !s.toks[j].space_before) continue;
    if (s.toks[j].kind != TokenKind::word || ++item_words > 3) break;
  }
  // "no stenosis, central or foraminal": modifiers leading to a trigger.
  for (std::size_t j = k; j < s.toks.size() && j < k + 4; ++j) {
    if (s.trigger_at[j] != kNone) return !cls_is(s, k, kSeverityWord);
    if (!cls_is(s, j, (kModifierWord | kSeverityWord))) return false;
  }
  return false;
}

// "Denies numbness, tingling, leg weakness", "negative for saddle anesthesia,
// urinary retention, leg weakness": a review of systems denies its symptoms
// in a list with no closing "or"; a neurological symptom a few short items on
// is denied with the rest. Only a denial of symptoms lists so: an exam line
// ("negative SLR, left EHL weakness 4/5") states what follows its comma.
bool symptom_denial(const CueEntry& e) {
  // "ROS: denies ...": the label's colon leads the cue.
  const std::size_t i = e.words.front() == ":" ? 1 : 0;
  if (i >= e.words.size()) return false;
  const std::string& w = e.words[i];
  if (w == "denies" || w == "denied" || w == "deny" || w == "denying") return true;
  return e.words.size() > i + 1 && (w == "negative" || w == "neg") && e.words[i + 1] == "for";
}

bool denied_symptom_kind(std::string_view kind) {
  return is_neuro(kind) || kind == "myelopathy";
}

bool denial_closes_clause(const Sentence& s, const CueHit& c) {
  const std::string_view w = c.entry->words.back();
  return c.entry->effect == CueEffect::negate && !c.entry->backward && c.entry->words.size() == 1 &&
         (w == "denied" || w == "denies") &&
         (c.last == s.toks.size() || brk(s, c.last) || punct_is(s.toks[c.last], ",") ||
          punct_is(s.toks[c.last], "."));
}

bool denied_symptom_list(const Sentence& s, std::size_t k) {
  std::size_t item_words = 0;
  for (std::size_t j = k; j < s.toks.size() && j < k + 16; ++j) {
    if (brk(s, j) || cls_is(s, j, kSeverityWord | kScopeEnd | kClauseVerb | kHedgeBoundary)) {
      return false;
    }
    if (s.trigger_at[j] != kNone) {
      return denied_symptom_kind(s.trigs[s.trigger_at[j]].entry->kind);
    }
    if (punct_is(s.toks[j], ",")) {
      item_words = 0;
      continue;
    }
    if (punct_is(s.toks[j], "/") && !s.toks[j].space_before) continue;
    if (s.toks[j].kind != TokenKind::word) return false;
    // "numbness in the fingers", "pain down both legs": the little words of
    // an item make it no longer.
    if (any_word_in(s, j, j + 1,
                    {"in", "of", "into", "down", "over", "along", "the", "both", "his", "her", "my",
                     "their"})) {
      continue;
    }
    if (++item_words > 3) return false;
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

bool clause_after_colon(const Sentence& s, std::size_t k) {
  for (std::size_t j = k; j < s.toks.size() && j < k + 14; ++j) {
    if (brk(s, j) || punct_is(s.toks[j], ",")) return false;
    if (cls_is(s, j, kClauseVerb) ||
        any_word_in(s, j, j + 1,
                    {"show", "showed", "demonstrate", "demonstrated", "reveal", "revealed"})) {
      return true;
    }
  }
  return false;
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
    // "favored to represent mild stenosis rather than artifact from motion":
    // the alternative set aside is no type but the finding's unreality.
    for (std::size_t j = k + 2; j < s.toks.size() && !brk(s, j); ++j) {
      if (s.trigger_at[j] != kNone || artefact_word(s.toks[j].text)) return false;
    }
    return true;
  }
  return false;
}

bool artefact_word(std::string_view w) {
  return w.starts_with("artifact") || w.starts_with("artefact");
}

bool status_cell(const Sentence& s, std::size_t bar, std::size_t cue) {
  for (std::size_t k = bar + 1; k < cue; ++k) {
    const Token& t = s.toks[k];
    if (t.kind != TokenKind::number && t.kind != TokenKind::punct) return false;
  }
  return true;
}

ArtefactNaming artefact_named_as(const Sentence& s, std::size_t k) {
  for (std::size_t j = k; j > 0 && k - j < 4; --j) {
    const Token& w = s.toks[j - 1];
    if (brk(s, j - 1) || punct_is(w, ",") || s.trigger_at[j - 1] != kNone) {
      return ArtefactNaming::none;
    }
    // "evaluation is limited due to artifact", "obscured by artifact": what
    // the artefact does to the study, not what a finding is.
    if (any_word_in(s, j - 1, j,
                    {"due", "to", "by", "from", "limited", "limits", "limiting", "degraded",
                     "obscured", "obscures", "secondary"})) {
      return ArtefactNaming::none;
    }
    if (word_is(w, "represents") || word_is(w, "represent") || word_is(w, "represented") ||
        word_is(w, "reflects") || word_is(w, "reflect") || word_is(w, "is") || word_is(w, "was") ||
        word_is(w, "with")) {
      // "consistent with", "compatible with"; not "with motion artifact".
      if (word_is(w, "with") && !(j >= 2 && (word_is(s.toks[j - 2], "consistent") ||
                                             word_is(s.toks[j - 2], "compatible")))) {
        return ArtefactNaming::none;
      }
      // "may represent truncation artifact" is hedged, not denied; so is "is
      // likely artifactual", the hedge after the verb.
      const std::size_t from = j >= 5 ? j - 5 : 0;
      return any_word_in(s, from, k,
                         {"may", "might", "could", "possibly", "probably", "likely", "can",
                          "perhaps", "question", "equivocal"})
                 ? ArtefactNaming::doubted
                 : ArtefactNaming::named;
    }
  }
  return ArtefactNaming::none;
}

bool cause_connector(const Sentence& s, std::size_t k) {
  const std::size_t n = s.toks.size();
  if (any_word_in(s, k, k + 1, {"from", "due", "given", "because", "owing"})) {
    if (k + 1 >= n) return false;
    if (s.mention_at[k + 1] == kNone) return true;
    // "possibly from C5-6 foraminal stenosis": a level the cause is named
    // with; "From L4-5 to L5-S1" (no finding after the level) is a range.
    std::size_t j = s.mentions[s.mention_at[k + 1]].last;
    for (std::size_t seen = 0; j < n && seen < 3; ++j, ++seen) {
      if (s.trigger_at[j] != kNone) return true;
      if (s.mention_at[j] != kNone || brk(s, j) || !cls_is(s, j, kSeverityWord | kModifierWord)) {
        break;
      }
    }
    return j < n && s.trigger_at[j] != kNone;
  }
  auto at = [&](std::size_t j, std::string_view w) { return j < n && word_is(s.toks[j], w); };
  if (any_word_in(s, k, k + 1, {"secondary", "related", "attributable", "attributed"})) {
    return at(k + 1, "to");
  }
  // "in the setting of", "in setting of", "in the context of"
  if (at(k, "in")) {
    const std::size_t j = at(k + 1, "the") ? k + 2 : k + 1;
    return (at(j, "setting") || at(j, "context")) && at(j + 1, "of");
  }
  return at(k, "caused") && at(k + 1, "by");
}

bool severity_before(const Sentence& s, const Trig& t) {
  for (std::size_t k = t.first; k > 0 && t.first - k < 4; --k) {
    if (cls_is(s, k - 1, kSeverityWord) && !grades_no_finding(s, k - 1)) return true;
    if (brk(s, k - 1) || s.trigger_at[k - 1] != kNone) break;
  }
  return false;
}

// The rejected reading and the corrected one are read from the correction
// cue's place: after "what was called" up to its verb, or before "in the
// prelim is".
int misnamed_reading(const Sentence& s, const CueHit& c) {
  const auto& w = c.entry->words;
  const bool what = w.front() == "what";
  const bool prelim = std::any_of(
      w.begin(), w.end(), [](const std::string& x) { return x == "prelim" || x == "preliminary"; });
  if (!what && !(prelim && !c.entry->forward)) return kNone;
  const auto trigger_from = [&](std::size_t k) {
    for (; k < s.toks.size() && !brk(s, k); ++k) {
      if (s.trigger_at[k] != kNone) return s.trigger_at[k];
    }
    return static_cast<int>(kNone);
  };
  int rejected = kNone;
  std::size_t verb_end = c.last;
  if (what) {
    rejected = trigger_from(c.last);
    if (rejected == kNone) return kNone;
    std::size_t k = s.trigs[static_cast<std::size_t>(rejected)].last;
    while (k < s.toks.size() && !brk(s, k) &&
           !(word_is(s.toks[k], "is") || word_is(s.toks[k], "represents"))) {
      ++k;
    }
    if (k >= s.toks.size() || brk(s, k)) return kNone;
    verb_end = k + 1;
  } else {
    for (std::size_t k = c.first; k-- > 0 && !brk(s, k);) {
      if (s.trigger_at[k] != kNone) {
        rejected = s.trigger_at[k];
        break;
      }
    }
    if (rejected == kNone) return kNone;
  }
  const int corrected = trigger_from(verb_end);
  if (corrected == kNone || corrected == rejected) return kNone;
  const Trig& r = s.trigs[static_cast<std::size_t>(rejected)];
  const Trig& n = s.trigs[static_cast<std::size_t>(corrected)];
  return r.entry->kind == n.entry->kind && r.entry->rule != TriggerRule::anatomy_only ? rejected
                                                                                      : kNone;
}

bool absent_in_one_position(const Sentence& s, std::size_t k) {
  if (k + 1 >= s.toks.size() || !s.about_positions) return false;
  if (!(word_is(s.toks[k], "in") || word_is(s.toks[k], "on") || word_is(s.toks[k], "with"))) {
    return false;
  }
  if (position_word(s.toks[k + 1].text) == Position::none) return false;
  for (std::size_t j = k + 2; j < s.toks.size() && j < k + 5; ++j) {
    if (position_word(s.toks[j].text) != Position::none) return false;
  }
  return true;
}

bool time_clause_word(const Sentence& s, std::size_t k) {
  const Token& tok = s.toks[k];
  return word_is(tok, "after") || word_is(tok, "following") || word_is(tok, "before") ||
         (word_is(tok, "prior") && k + 1 < s.toks.size() && word_is(s.toks[k + 1], "to"));
}

bool reason_or_time(const Sentence& s, std::size_t k, bool seen) {
  const Token& tok = s.toks[k];
  if (word_is(tok, "given") || word_is(tok, "until") || word_is(tok, "till")) return true;
  if (!seen) return false;
  // "fails to demonstrate a herniated disc or stenosis to explain the left
  // leg symptoms": what the missing finding would explain is there.
  if (word_is(tok, "to") && any_word_in(s, k + 1, k + 2, {"explain", "account"})) return true;
  if (any_word_in(s, k, k + 1, {"explain", "explains", "explaining"})) return true;
  // "no PT prior to the fusion"
  return time_clause_word(s, k);
}

namespace {

// "... and the documented cord compression is limited to C5-6", "but her
// repeat MRI shows": a determiner or possessive after the conjunction at k,
// then a verb of its own before any break or comma (or finding, where
// `finding_ends`: the subject may not be one).
bool own_subject_then_verb(const Sentence& s, std::size_t k, bool finding_ends) {
  if (!any_word_in(s, k + 1, k + 2, {"the", "his", "her", "their", "this", "these", "repeat"})) {
    return false;
  }
  for (std::size_t j = k + 2; j < s.toks.size() && j < k + 9; ++j) {
    if ((finding_ends && s.trigger_at[j] != kNone) || brk(s, j) || punct_is(s.toks[j], ",")) {
      return false;
    }
    if (cls_is(s, j, kClauseVerb)) return true;
  }
  return false;
}

}  // namespace

bool new_subject_after(const Sentence& s, std::size_t k) {
  if (k + 1 >= s.toks.size() || !(word_is(s.toks[k], "and") || word_is(s.toks[k], "but"))) {
    return false;
  }
  return own_subject_then_verb(s, k, true);
}

bool new_predicate_after(const Sentence& s, std::size_t k) {
  if (k + 1 >= s.toks.size() || !word_is(s.toks[k], "and")) return false;
  // "no PT and would like to try it": the patient's next verb.
  return any_word_in(s, k + 1, k + 2,
                     {"would", "will", "wants", "wishes", "hopes", "plans", "prefers", "agrees",
                      "is", "has", "was", "can", "could", "should", "continues", "reports"}) ||
         own_subject_then_verb(s, k, false);
}

// A word between toks[from] and the cue at toks[to] that the cue can be said
// of ("images" in "(images not available)"), beyond words of time and being.
bool own_subject_between(const Sentence& s, std::size_t from, std::size_t to) {
  for (std::size_t k = from; k < to; ++k) {
    if (s.toks[k].kind != TokenKind::word) continue;
    if (!any_word_in(s, k, k + 1,
                     {"now", "since", "which", "that", "is", "was", "has", "have", "had", "been",
                      "all", "both", "completely", "entirely", "interval", "subsequently"})) {
      return true;
    }
  }
  return false;
}

}  // namespace spinecds::terminology::text::scope
