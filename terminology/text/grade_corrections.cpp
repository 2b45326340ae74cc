// An addendum's corrections of a grade ("severe rather than moderate",
// "mild, not moderate", "what was called severe stenosis at L4-5 is
// moderate"): the grade given and the one it rejects, read by the severity
// of a finding (modifiers.cpp) and the cues' scopes (context_scope.cpp).
#include <cstddef>
#include <optional>

#include "terminology/finding_lexicon.h"
#include "terminology/text/sentence.h"
#include "terminology/text/word_classes.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology::text {

std::optional<Severity> rejected_grade(const Sentence& s, std::size_t from, std::size_t& end) {
  const auto& t = s.toks;
  std::size_t j = from;
  if (j < t.size() && punct_is(t[j], ",")) ++j;
  if (j + 1 < t.size() && ((word_is(t[j], "rather") && word_is(t[j + 1], "than")) ||
                           (word_is(t[j], "instead") && word_is(t[j + 1], "of")))) {
    j += 2;
  } else if (j < t.size() && word_is(t[j], "not")) {
    ++j;
  } else {
    return std::nullopt;
  }
  if (j < t.size() && word_is(t[j], "as")) ++j;  // "mild, not as severe"
  end = j;
  return severity_at(s, j, end);
}

std::optional<std::size_t> grade_correction_at(const Sentence& s, std::size_t at) {
  std::size_t from = at;
  if (from > 0 && punct_is(s.toks[from - 1], ",")) --from;
  for (std::size_t g = from > 6 ? from - 6 : 0; g < from; ++g) {
    std::size_t given_end = g;
    const auto given = severity_at(s, g, given_end);
    if (!given || given_end != from) continue;
    std::size_t end = 0;
    const auto rejected = rejected_grade(s, from, end);
    if (rejected && *rejected != *given) return g;
  }
  return std::nullopt;
}

bool regraded_after(const Sentence& s, std::size_t from, std::optional<Severity>& grade,
                    std::size_t& at) {
  const auto& t = s.toks;
  std::size_t k = from;
  while (k < t.size() && k < from + 14 && !brk(s, k) &&
         !(word_is(t[k], "is") || word_is(t[k], "represents") || word_is(t[k], "was"))) {
    k = s.mention_at[k] != kNone ? s.mentions[s.mention_at[k]].last : k + 1;
  }
  if (k >= t.size() || brk(s, k) || k >= from + 14) return false;
  ++k;
  // "is actually mild", "is in fact moderate", "is indeed grade 2"
  while (k < t.size() && any_word_in(s, k, k + 1,
                                     {"actually", "indeed", "truly", "really", "only", "instead",
                                      "in", "fact", "now", "rather"})) {
    ++k;
  }
  std::size_t end = k;
  if (auto sev = severity_at(s, k, end)) {
    grade = sev;
  } else if (k + 1 < t.size() && word_is(t[k], "grade") &&
             (t[k + 1].kind == TokenKind::number || cls_is(s, k + 1, kSeverityWord))) {
    end = k + 2;
  } else {
    return false;
  }
  // The grade closes the clause, or names the finding again ("is moderate
  // stenosis"), at no other level.
  if (end < t.size() && s.trigger_at[end] != kNone) {
    end = s.trigs[static_cast<std::size_t>(s.trigger_at[end])].last;
  }
  if (end < t.size() && !brk(s, end) && !punct_is(t[end], ".") && !punct_is(t[end], ",")) {
    return false;
  }
  at = end;
  return true;
}

bool regraded_by_correction(const Sentence& s, const Trig& tr, std::optional<Severity>& grade,
                            std::size_t& at) {
  bool what = false;
  for (std::size_t k = tr.first; k-- > 0 && !brk(s, k);) {
    what = what || (word_is(s.toks[k], "what") && k + 1 < s.toks.size() &&
                    (word_is(s.toks[k + 1], "was") || word_is(s.toks[k + 1], "the")));
  }
  return what && regraded_after(s, tr.last, grade, at);
}

std::optional<Severity> corrected_severity(const Sentence& s, std::size_t from) {
  const auto& t = s.toks;
  for (std::size_t k = from; k < t.size() && k < from + 16; ++k) {
    if (punct_is(t[k], ";") || punct_is(t[k], ".")) return std::nullopt;
    std::size_t end = k;
    const auto given = severity_at(s, k, end);
    if (!given) continue;
    std::size_t rejected_end = end;
    const auto rejected = rejected_grade(s, end, rejected_end);
    if (rejected && *rejected != *given) return rejected;
    if (rejected) return std::nullopt;
    k = end - 1;
  }
  return std::nullopt;
}

}  // namespace spinecds::terminology::text
