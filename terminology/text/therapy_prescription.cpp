// A therapy prescription ("PT 2x/week x 6 weeks", "three times weekly for
// four weeks") states what is planned, not care received: issue 11 §7 and
// Aetna CPB 0743 count therapy attended, not therapy ordered. Only a word of
// attendance or completion in the same sentence makes it care given
// ("attended PT 2x/week for 6 weeks"), or dates of the sessions.
#include <algorithm>
#include <array>
#include <string_view>

#include "terminology/text/sentence_findings.h"

namespace spinecds::terminology::text {

namespace {

// Words that say care took place (or is taking place), and words of its
// outcome ("with minimal relief"): an outcome is only had from care given.
constexpr std::array<std::string_view, 32> kCareGiven = {
    "attended",    "attends",   "attending",    "completed",     "completing", "finished",
    "underwent",   "undergone", "did",          "had",           "tried",      "failed",
    "went",        "received",  "been",         "currently",     "ongoing",    "continue",
    "continues",   "continued", "participated", "participating", "discharged", "relief",
    "improvement", "benefit",   "helped",       "improved",      "response",   "worsened",
    "progress",    "despite"};

bool times_word(const Token& t) {
  if (t.kind == TokenKind::alnum) {
    // "2x", "3x": a count written with its multiplier.
    return t.text.size() >= 2 && t.text.back() == 'x' &&
           t.text.find_first_not_of("0123456789") == t.text.size() - 1;
  }
  return word_is(t, "x") || word_is(t, "times") || word_is(t, "twice") || word_is(t, "once") ||
         word_is(t, "thrice");
}

bool week_word(const Token& t) {
  return word_is(t, "week") || word_is(t, "wk") || word_is(t, "wks") || word_is(t, "weekly");
}

// A session frequency: "2x/week", "2 x per wk", "three times a week",
// "twice weekly", "BIW".
bool names_frequency(const Sentence& s) {
  const auto& t = s.toks;
  for (std::size_t k = 0; k < t.size(); ++k) {
    if (word_is(t[k], "biw") || word_is(t[k], "tiw")) return true;
    if (!week_word(t[k]) || k == 0) continue;
    std::size_t j = k - 1;
    if (!word_is(t[k], "weekly")) {
      const bool per = punct_is(t[j], "/") || word_is(t[j], "per") || word_is(t[j], "a") ||
                       word_is(t[j], "each") || word_is(t[j], "every");
      if (!per || j == 0) continue;
      --j;
    }
    if (times_word(t[j])) return true;
  }
  return false;
}

}  // namespace

bool says_care_given(const Sentence& s) {
  for (const auto& t : s.toks) {
    if (t.kind != TokenKind::word) continue;
    for (auto w : kCareGiven) {
      if (w == t.text) return true;
    }
  }
  return false;
}

// "Cancelled remaining sessions after 3 visits; therapy not completed": a
// course left unfinished after sessions took place is therapy received, not
// therapy denied.
void unfinished_course(const Sentence& s, std::vector<Draft>& local) {
  bool unfinished = false;
  for (std::size_t k = 0; k + 1 < s.toks.size(); ++k) {
    unfinished = unfinished || ((word_is(s.toks[k], "not") || word_is(s.toks[k], "never")) &&
                                any_word_in(s, k + 1, std::min(k + 3, s.toks.size()),
                                            {"completed", "complete", "finished", "finish"}));
  }
  if (!unfinished) return;
  for (auto& d : local) {
    if (d.f.kind == FindingKind::physical_therapy && d.f.negated && d.f.visits.value_or(0) > 0) {
      d.f.negated = false;
    }
  }
}

void prescribed_therapy(const Sentence& s, std::vector<Draft>& local) {
  unfinished_course(s, local);
  bool therapy = false;
  for (const auto& d : local) {
    therapy = therapy || (d.f.kind == FindingKind::physical_therapy && !d.f.negated);
  }
  if (!therapy || !names_frequency(s)) return;
  if (says_care_given(s)) return;
  // Therapy dated to months or days ("July through September 2026, 2x
  // weekly") is a record of sessions, not an order for them.
  for (auto& d : local) {
    if (d.f.kind == FindingKind::physical_therapy && !d.f.negated && !d.f.start && !d.f.end) {
      d.f.hypothetical = true;
    }
  }
}

}  // namespace spinecds::terminology::text
