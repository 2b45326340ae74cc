// The reason given for a planned or done procedure is a diagnosis stated,
// not something planned or sought.
#include "terminology/text/sentence_findings.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "terminology/finding_lexicon.h"
#include "terminology/text/word_classes.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology::text {

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
  for (std::size_t b = t.first; b > 1 && t.first - b < 8; --b) {
    if (brk(s, b - 1) && !punct_is(s.toks[b - 1], ":")) break;
    const std::string_view w = s.toks[b - 2].text;
    if (punct_is(s.toks[b - 1], ":") && (w == "indication" || w == "indications" || w == "reason" ||
                                         w == "diagnosis" || w == "dx")) {
      return !(t.has_cue && t.cue_first >= b);
    }
    // "Referral to spine surgery: right C6 radiculopathy": what follows the
    // referral's label is its reason, stated.
    if (punct_is(s.toks[b - 1], ":") && b - 1 <= 6) {
      const std::string_view head = s.toks[0].text;
      // ("... : r/o myelopathy", "... : ?myelopathy": sought, not stated)
      if (head == "referral" || head == "referred" || head == "consult" || head == "consultation") {
        bool rule_out = false;  // "r/o", not "R" (right)
        for (std::size_t k = b; k + 1 < t.first; ++k) {
          rule_out = rule_out || (word_is(s.toks[k], "r") && punct_is(s.toks[k + 1], "/"));
        }
        return !rule_out &&
               !any_word_in(s, b, t.first,
                            {"ro", "rule", "evaluate", "eval", "assess", "evaluation", "possible",
                             "question", "exclude", "query", "?", "concern"});
      }
    }
  }
  std::size_t k = t.first;
  std::size_t link = s.toks.size();
  while (k > 0 && t.first - k < 6) {
    --k;
    if (brk(s, k)) return false;
    if (word_is(s.toks[k], "for") || word_is(s.toks[k], "given") ||
        ((word_is(s.toks[k], "to")) && k > 0 &&
         (word_is(s.toks[k - 1], "due") || word_is(s.toks[k - 1], "secondary")))) {
      link = word_is(s.toks[k], "to") ? k - 1 : k;
      break;
    }
    if (s.trigger_at[k] != kNone) {
      // "fusion for spondylolisthesis with instability": a second reason.
      const int j = s.trigger_at[k];
      return (word_is(s.toks[t.first - 1], "with") || word_is(s.toks[t.first - 1], "and")) &&
             j != static_cast<int>(i) && reason_for_procedure(s, static_cast<std::size_t>(j));
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
  for (std::size_t b = link; b > 0 && link - b < 5; --b) {
    const int j = s.trigger_at[b - 1];
    if (j != kNone) {
      // A study's reason is what it looks for; an operation's or a therapy's is a diagnosis.
      const std::string& k = s.trigs[static_cast<std::size_t>(j)].entry->kind;
      return procedure_kind(k) && k != "flexion-extension-study";
    }
    if (brk(s, b - 1)) return false;
  }
  return false;
}

}  // namespace spinecds::terminology::text
