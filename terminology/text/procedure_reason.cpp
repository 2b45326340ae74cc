// The reason given for a planned or done procedure is a diagnosis stated,
// not something planned or sought.
#include "terminology/text/sentence_findings.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "terminology/finding_lexicon.h"
#include "terminology/text/word_classes.h"
#include "terminology/text/word_lists.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology::text {

namespace {

bool treats_word(const Token& w) {
  return word_is(w, "treat") || word_is(w, "treating") || word_is(w, "address") ||
         word_is(w, "addressing") || word_is(w, "target") || word_is(w, "targeting");
}

// "radicular sx and deltoid weakness", "spondylolisthesis with instability",
// "stenosis, claudication": `b` listed just after `a`, nothing else between.
bool listed_after(const Sentence& s, const Trig& a, const Trig& b) {
  if (a.last > b.first || b.first - a.last > 5) return false;
  bool joined = false;
  for (std::size_t k = a.last; k < b.first; ++k) {
    if (brk(s, k)) return false;
    joined = joined || word_is(s.toks[k], "and") || word_is(s.toks[k], "with") ||
             word_is(s.toks[k], "or") || word_is(s.toks[k], "plus") || punct_is(s.toks[k], ",") ||
             punct_is(s.toks[k], "(");  // "weakness (4/5)": the grade restates it
  }
  return joined;
}

}  // namespace

bool procedure_kind(std::string_view k) {
  return k == "prior-fusion" || k == "prior-laminectomy" || k == "osteotomy" ||
         k == "physical-therapy" || k == "flexion-extension-study";
}

// "revision L4-5 fusion for pseudarthrosis", "PT for L5 radiculopathy",
// "ALIF due to isthmic spondylolisthesis", "ACDF at C5-6 given cord
// compression": the finding after "for" / "given" / "due to" / "secondary to"
// is the reason for the procedure named just before, a
// diagnosis (tests/data/eval/README.md: only what is sought or planned is
// hypothetical). "evaluate for instability" names no procedure before "for".
bool reason_for_procedure(const Sentence& s, std::size_t i) {
  const Trig& t = s.trigs[i];
  if (procedure_kind(t.entry->kind)) return false;
  // "Order: ACDF C5-C6; indication: right C7 radiculopathy": a labelled
  // indication is a diagnosis stated, unless a cue after the label seeks it
  // ("Indication: r/o stenosis").
  // "Dx right C6 radiculopathy": the label without its colon, heading a line.
  if (t.first > 0 && t.first < 6 && word_is(s.toks[0], "dx") && !crosses_break(s, 0, t.first)) {
    return !(t.has_cue && t.cue_first >= 1);
  }
  for (std::size_t b = t.first; b > 1 && t.first - b < 8; --b) {
    if (brk(s, b - 1) && !punct_is(s.toks[b - 1], ":")) break;
    // "Order: C1-C2 posterior fusion (Harms technique), dx atlantoaxial
    // instability": the label set off by a comma inside the line
    if (word_is(s.toks[b - 1], "dx") && punct_is(s.toks[b - 2], ",")) {
      return !(t.has_cue && t.cue_first >= b);
    }
    const std::string_view w = s.toks[b - 2].text;
    if (punct_is(s.toks[b - 1], ":") && (w == "indication" || w == "indications" || w == "reason" ||
                                         w == "diagnosis" || w == "dx")) {
      return !(t.has_cue && t.cue_first >= b);
    }
    // "Referral to spine surgery: right C6 radiculopathy": what follows the
    // referral's label is its reason, stated.
    if (punct_is(s.toks[b - 1], ":") && b - 1 <= 10) {
      // The label's head may follow a word or two that name its kind
      // ("Charity-care referral for C6-7 ACDF: ...", "Spine referral: ...").
      // ("... : r/o myelopathy", "... : ?myelopathy": sought, not stated)
      if (any_word_in(s, 0, std::min<std::size_t>(4, b - 1),
                      {"referral", "referred", "consult", "consultation"})) {
        bool rule_out = false;  // "r/o", not "R" (right)
        for (std::size_t k = b; k + 1 < t.first; ++k) {
          rule_out = rule_out || (word_is(s.toks[k], "r") && punct_is(s.toks[k + 1], "/"));
        }
        // (an order's "eval & treat" seeks nothing: the scan below reads it)
        if (!rule_out &&
            !any_word_in(s, b, t.first,
                         {"ro", "rule", "evaluate", "eval", "assess", "evaluation", "possible",
                          "question", "exclude", "query", "?", "concern"})) {
          return true;
        }
        break;
      }
    }
  }
  std::size_t k = t.first;
  std::size_t link = s.toks.size();
  while (k > 0 && t.first - k < 8) {
    --k;
    if (brk(s, k)) return false;
    if (word_is(s.toks[k], "for") || word_is(s.toks[k], "given") ||
        ((word_is(s.toks[k], "to")) && k > 0 &&
         (word_is(s.toks[k - 1], "due") || word_is(s.toks[k - 1], "secondary"))) ||
        // "PT was withheld ... because of the cord compression"
        (word_is(s.toks[k], "of") && k > 0 && word_is(s.toks[k - 1], "because"))) {
      link = word_is(s.toks[k], "to") || word_is(s.toks[k], "of") ? k - 1 : k;
      break;
    }
    // "PT eval & treat, cervical radiculopathy R C6", "6 more visits to
    // address residual C5 radicular sx", "HEP to target the L5
    // radiculopathy": what a plan treats or addresses is there already.
    if (treats_word(s.toks[k])) {
      return !(t.has_cue && t.cue_first >= k);
    }
    if (s.trigger_at[k] != kNone) {
      // "fusion for spondylolisthesis with instability", "radicular sx and
      // deltoid weakness (4/5)": a second reason, listed beside the first;
      // not one sought after it ("for radiculopathy, r/o disc herniation").
      if (t.has_cue && t.cue_first > k) return false;
      const int j = s.trigger_at[k];
      return j != static_cast<int>(i) && listed_after(s, s.trigs[static_cast<std::size_t>(j)], t) &&
             reason_for_procedure(s, static_cast<std::size_t>(j));
    }
  }
  if (link == s.toks.size()) return false;
  // "for possible instability", "to evaluate for": sought, not stated.
  if (t.has_cue && t.cue_first >= link) return false;
  // "MRI ordered to evaluate for foraminal stenosis given the right C6
  // paresthesias": "given" states its finding, whatever stands before it.
  if (word_is(s.toks[link], "given")) return true;
  if (link > 0 &&
      any_word_in(s, link >= 3 ? link - 3 : 0, link,
                  {"evaluate", "evaluation", "assess", "assessment", "eval", "rule", "screen",
                   "check", "look", "workup", "r", "exclude", "investigate"})) {
    return false;
  }
  // "PT 2x/week x 6 weeks for L5 radiculopathy": the frequency stands
  // between the therapy and its reason; figures, dates and their signs
  // ("2-3x/week x 6 weeks", "approved 03/01/2025-04/30/2025") count as no word.
  std::size_t words = 0;
  for (std::size_t b = link; b > 0 && words < 10 && link - b < 30; --b) {
    const Token& w = s.toks[b - 1];
    if (w.kind != TokenKind::number && !punct_is(w, "/") && !punct_is(w, "-")) ++words;
    const int j = s.trigger_at[b - 1];
    if (j != kNone) {
      // A study's reason is what it looks for; an operation's or a therapy's
      // is a diagnosis, and so is what causes that diagnosis ("PT referral
      // for neurogenic claudication due to L3-4 stenosis").
      const std::string& k = s.trigs[static_cast<std::size_t>(j)].entry->kind;
      if (!procedure_kind(k))
        return j != static_cast<int>(i) && reason_for_procedure(s, static_cast<std::size_t>(j));
      return k != "flexion-extension-study";
    }
    if (std::find(kTreatmentWords.begin(), kTreatmentWords.end(), w.text) !=
        kTreatmentWords.end()) {
      return true;
    }
    // What imaging looks for ("MRI for stenosis") stays sought.
    // "MRI ordered for possible radiculopathy": a doubted diagnosis is sought.
    if (std::ranges::find(kStudyWords, w.text) != kStudyWords.end()) {
      return (is_neuro(t.entry->kind) || t.entry->kind == "myelopathy") &&
             !any_word_in(s, link, t.first,
                          {"possible", "possibly", "potential", "questionable", "question", "query",
                           "?", "rule", "ro"});
    }
    if (brk(s, b - 1)) return false;
  }
  return false;
}

// An operation done before (an earlier fusion or laminectomy, not planned
// or sought) named in the sentence before `t`, and said to be past: by a
// cue ("s/p", "history of") or a year ("laminoplasty for CSM (2019/05/21)").
bool done_operation_before(const Sentence& s, const Trig& t) {
  bool year = false;
  for (const Token& k : s.toks) {
    year = year || (k.kind == TokenKind::number && k.value >= 1950 && k.value <= 2100);
  }
  for (const Trig& o : s.trigs) {
    if (o.first >= t.first) break;
    if (o.negated || o.hypothetical || o.uncertain || o.other) continue;
    // "s/p C5-6 ACDF for radiculopathy, now with recurrent left C7
    // radiculopathy": what is present now is no reason for the old operation.
    if ((o.entry->kind == "prior-fusion" || o.entry->kind == "prior-laminectomy") &&
        (o.historical || year) &&
        !any_word_in(s, o.last, t.first, {"now", "currently", "presently", "today"})) {
      return true;
    }
  }
  return false;
}

}  // namespace spinecds::terminology::text
