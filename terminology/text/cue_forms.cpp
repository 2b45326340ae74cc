#include "terminology/text/cue_forms.h"

#include "terminology/text_tokens.h"

namespace spinecds::terminology::text::scope {

std::optional<CueHit> written_cue(const Sentence& s, std::size_t i) {
  const auto& t = s.toks;
  // "+/- mild foraminal narrowing", "hand clumsiness +/-": a resident's
  // hedge (with or without), written in signs the phrase table skips.
  if (i + 2 < t.size() && punct_is(t[i], "+") && punct_is(t[i + 1], "/") &&
      punct_is(t[i + 2], "-") && !t[i + 1].space_before && !t[i + 2].space_before) {
    static const CueEntry plus_minus{{"+/-"}, CueEffect::uncertain, true, true, false};
    return CueHit{&plus_minus, i, i + 3};
  }
  // "Should myelopathic signs appear, decompression would be offered",
  // "Plan: should conservative care fail, ...": a condition by inversion,
  // which opens its clause (ConText's HYPOTHETICAL "if").
  if (word_is(t[i], "should") && (i == 0 || punct_is(t[i - 1], ":") || punct_is(t[i - 1], ",")) &&
      i + 1 < t.size() && t[i + 1].kind == TokenKind::word && !word_is(t[i + 1], "be") &&
      !word_is(t[i + 1], "not")) {
    static const CueEntry inverted_if{{"should"}, CueEffect::hypothetical, true, false, false};
    return CueHit{&inverted_if, i, i + 1};
  }
  // "...; for decompressive laminectomy L3-L5 on the next list", "- for
  // physiotherapy and review in 8 weeks": a clause that opens with "for"
  // and the care names what the patient is put down for (Commonwealth and
  // African clinic English), a plan.
  if (word_is(t[i], "for") && (i == 0 || punct_is(t[i - 1], ";") || punct_is(t[i - 1], ":") ||
                               (punct_is(t[i - 1], "-") && t[i - 1].space_before))) {
    std::size_t k = i + 1;
    for (std::size_t skipped = 0; k < t.size() && skipped < 3; ++skipped) {
      if (s.trigger_at[k] != kNone) break;
      if (s.mention_at[k] != kNone) {
        k = s.mentions[s.mention_at[k]].last;
      } else if (t[k].kind == TokenKind::word) {
        ++k;
      } else {
        break;
      }
    }
    if (k < t.size() && s.trigger_at[k] != kNone) {
      static const CueEntry put_down_for{{"for"}, CueEffect::hypothetical, true, false, true};
      return CueHit{&put_down_for, i, i + 1};
    }
  }
  return std::nullopt;
}

const CueEntry* cue_in_place(const Sentence& s, std::size_t end, const CueEntry* best) {
  const auto& t = s.toks;
  if (best->words.size() != 1) return best;
  const std::string& w = best->words[0];
  // "?PIVD", "sciatica ?cause": a query written onto the word it asks about
  // reaches forward only; "radiculopathy?" asks about the word before it.
  if (w == "?" && end < t.size() && !t[end].space_before && t[end].kind != TokenKind::punct) {
    static const CueEntry query_ahead{{"?"}, CueEffect::hypothetical, true, false, true};
    return &query_ahead;
  }
  // "C6-7 ACDF offered; patient elected to continue conservative care": the
  // offer closes its clause, so it is said of the operation before it.
  if (w == "offered" &&
      (end == t.size() || brk(s, end) || punct_is(t[end], ",") || punct_is(t[end], "."))) {
    static const CueEntry offered_before{{"offered"}, CueEffect::hypothetical, false, true, true};
    return &offered_before;
  }
  // "old healed C6 fracture with 3 mm anterolisthesis": the fracture healed,
  // not what is found with it.
  if (w == "healed") {
    std::size_t k = end;
    if (k < t.size() && s.mention_at[k] != kNone) k = s.mentions[s.mention_at[k]].last;
    if (k + 1 < t.size() && (word_is(t[k], "fracture") || word_is(t[k], "fractures")) &&
        word_is(t[k + 1], "with")) {
      return nullptr;
    }
  }
  return best;
}

}  // namespace spinecds::terminology::text::scope
