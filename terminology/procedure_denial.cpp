#include "terminology/procedure_denial.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "terminology/finding_lexicon.h"
#include "terminology/level_endpoint.h"

namespace spinecds::terminology {

namespace {
constexpr std::array<std::string_view, 9> kVerdicts = {"indicated", "planned",   "recommended",
                                                       "needed",    "required",  "warranted",
                                                       "requested", "necessary", "appropriate"};
}  // namespace

bool denied_procedure_word(std::span<const Token> toks, std::size_t begin, std::size_t end,
                           std::size_t i) {
  // "arthroplasty chosen instead of ACDF", "S1 screws rather than iliac
  // fixation", "in lieu of fusion": the operation set aside is not ordered;
  // so is one the device replaces ("motion-preserving alternative to
  // fusion", "to avoid fusion") or the patient refuses ("Pt declines fusion").
  // A negation of the cue table ("no", "declines", "geen fusie", "sem
  // artrodese") denies it as well.
  static constexpr std::array<std::string_view, 12> kSetAside = {
      "non",         "excluding",    "instead", "rather", "lieu",     "opposed",
      "alternative", "alternatives", "avoid",   "avoids", "avoiding", "defers"};
  auto one_of = [](const Token& t, std::span<const std::string_view> words) {
    return std::find(words.begin(), words.end(), t.text) != words.end();
  };
  // A negation of something else is no denial of the operation: "previously
  // denied lumbar fusion, resubmitted" (a payer's), "patent foramina",
  // "none", "nor".
  static constexpr std::array<std::string_view, 12> kNotDenials = {
      "denied", "denies", "deny", "denying", "patent",  "capacious",
      "absent", "none",   "nil",  "nor",     "neither", "never"};
  for (std::size_t k = i; k > begin && i - k < 4; --k) {
    if (one_of(toks[k - 1], kSetAside) ||
        (is_negation_word(toks[k - 1].text) && !one_of(toks[k - 1], kNotDenials))) {
      return true;
    }
  }
  // "ACDF discussed as an alternative", "ACDF als alternatief besproken":
  // the operation weighed against the one ordered ("as an alternative to
  // fusion" sets aside the word after it, read above).
  for (std::size_t v = i + 1; v + 1 < end && v + 1 < toks.size() && v <= i + 4; ++v) {
    // "C5-6 ACDF (CDA as alternative)": what a parenthesis or a new clause
    // weighs is its own word's alternative.
    if (toks[v].kind == TokenKind::punct && toks[v].text != "-") break;
    if (toks[v].text != "as" && toks[v].text != "als" && toks[v].text != "como") continue;
    std::size_t a = v + 1;
    if (toks[a].text == "an" && a + 1 < toks.size()) ++a;
    if (one_of(toks[a],
               std::array<std::string_view, 3>{"alternative", "alternatief", "alternativa"}) &&
        !(a + 1 < toks.size() && toks[a + 1].text == "to")) {
      return true;
    }
  }
  // "a fusion may be needed in future": an operation that may come, not the
  // one ordered.
  if (i + 1 < end && i + 1 < toks.size() &&
      one_of(toks[i + 1], std::array<std::string_view, 3>{"may", "might", "could"})) {
    return true;
  }
  // "Lumbar fusion not indicated at this time", "fusion is not planned",
  // "Fusion discussed at length and not indicated": the verdict written
  // after the operation, in words of the same clause.
  for (std::size_t v = i + 1; v + 1 < end && v + 1 < toks.size() && v <= i + 6; ++v) {
    if (toks[v].kind != TokenKind::word) break;
    if (toks[v].text == "not" && one_of(toks[v + 1], kVerdicts)) return true;
  }
  // A field and its answer: up to two more words of the field's name
  // ("pelvic fixation screws"), then ":", "-" or "?", then the answer.
  static constexpr std::array<std::string_view, 7> kNoAnswers = {"no",  "none", "not",  "n",
                                                                 "nil", "na",   "false"};
  end = std::min(end, toks.size());
  for (std::size_t k = i + 1; k < end && k <= i + 3; ++k) {
    const Token& t = toks[k];
    if (t.kind == TokenKind::punct) {
      if (t.text != ":" && t.text != "-" && t.text != "?") return false;
      return k + 1 < end && one_of(toks[k + 1], kNoAnswers);
    }
    if (t.kind != TokenKind::word) return false;
  }
  return false;
}

bool pelvic_fixation_word(std::span<const Token> toks, std::size_t begin, std::size_t end,
                          std::size_t i) {
  if (i >= toks.size() || !is_pelvis_token(toks[i])) return false;
  // The crest is a graft's donor site; the iliac vessels are what an
  // anterior approach exposes ("CT angiogram (iliac bifurcation)").
  static constexpr std::array<std::string_view, 11> kNotFixation = {
      "crest",  "bifurcation", "artery",   "arteries", "vein",  "veins",
      "vessel", "vessels",     "vascular", "veno",     "venous"};
  if (i + 1 < toks.size() &&
      std::find(kNotFixation.begin(), kNotFixation.end(), toks[i + 1].text) != kNotFixation.end()) {
    return false;
  }
  return !denied_procedure_word(toks, begin, end, i);
}

}  // namespace spinecds::terminology
