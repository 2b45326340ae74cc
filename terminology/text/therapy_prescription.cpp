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
constexpr std::array<std::string_view, 35> kCareGiven = {
    "attended",    "attends",   "attending",    "completed",     "completing", "finished",
    "underwent",   "undergone", "did",          "had",           "tried",      "failed",
    "went",        "received",  "been",         "currently",     "ongoing",    "continue",
    "continues",   "continued", "participated", "participating", "discharged", "relief",
    "improvement", "benefit",   "helped",       "improved",      "response",   "worsened",
    "progress",    "despite",   "doing",        "done",          "since"};

// Words that say sessions were attended, whatever plan or order the
// sentence also names: "was referred to PT in August and has attended 7
// visits", "PT was ordered; she completed the evaluation and 5 visits".
// Outcome words are left out: "if no improvement in 6 weeks" is a condition.
constexpr std::array<std::string_view, 10> kAttended = {
    "attended",     "attending", "completed",  "finished", "underwent",
    "participated", "used",      "discharged", "done",     "stopped"};

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
    // "start PT once the MRI has been reviewed": what a condition says has
    // happened is not the therapy.
    if (t.text == "once" || t.text == "if" || t.text == "until" || t.text == "unless") break;
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

// A plan cue before therapy the sentence then says was attended ("referred
// to PT in August and has attended 7 visits", "authorized 12 visits; used
// 8") does not make the sessions planned. Only words after the therapy's
// own mention count, so "finished 12 visits of PT; we discussed repeating
// PT" keeps the second mention planned.
void attended_despite_plan(const Sentence& s, std::vector<Draft>& local) {
  const auto attended = [](const Token& t) {
    return t.kind == TokenKind::word &&
           std::find(kAttended.begin(), kAttended.end(), t.text) != kAttended.end();
  };
  for (auto& d : local) {
    if (d.f.kind != FindingKind::physical_therapy || !d.f.hypothetical || d.f.negated) continue;
    // "has attended 9 of 12 authorized PT sessions": the clause before it.
    for (std::size_t k = d.first; k > 0 && !brk(s, k - 1); --k) {
      if (attended(s.toks[k - 1])) {
        d.f.hypothetical = false;
        break;
      }
    }
    for (std::size_t k = d.first; d.f.hypothetical && k < s.toks.size(); ++k) {
      const Token& t = s.toks[k];
      if (t.kind != TokenKind::word) continue;
      // A condition ahead ("if she completes ...") is still a plan.
      if (word_is(t, "if") || word_is(t, "once") || word_is(t, "until") || word_is(t, "after")) {
        break;
      }
      if (attended(t)) {
        d.f.hypothetical = false;
        break;
      }
    }
  }
}

// "PT referral for lumbar stenosis", "physiotherapy order", "PT Rx:": the
// therapy named as the object of an order is planned. (The cue table's
// "referral for" reaches forward to the reason, which is a diagnosis.)
void therapy_ordered(const Sentence& s, std::vector<Draft>& local) {
  for (auto& d : local) {
    if (d.f.kind != FindingKind::physical_therapy || d.f.negated || d.f.hypothetical) continue;
    const std::size_t k = d.last;
    if (k < s.toks.size() &&
        any_word_in(s, k, k + 1, {"referral", "order", "orders", "rx", "consult", "requisition"})) {
      d.f.hypothetical = true;
    }
  }
}

// "Physiotherapy was recommended; patient declined given cost": a plan
// turned down is therapy not given (README, session-23 therapy batch), also
// across the semicolon that ends other scopes.
void plan_declined(const Sentence& s, std::vector<Draft>& local) {
  for (auto& d : local) {
    if (d.f.kind != FindingKind::physical_therapy || !d.f.hypothetical || d.f.negated) continue;
    if (any_word_in(s, d.last, s.toks.size(), {"declined", "declines", "refused", "refuses"})) {
      d.f.hypothetical = false;
      d.f.negated = true;
    }
  }
}

void prescribed_therapy(const Sentence& s, std::vector<Draft>& local) {
  therapy_ordered(s, local);
  plan_declined(s, local);
  unfinished_course(s, local);
  attended_despite_plan(s, local);
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
