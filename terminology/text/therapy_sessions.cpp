// Whether a therapy's sessions took place: after visits, a course left
// unfinished or visits cancelled leave the therapy given; enrolled, referred
// or authorised and no session held, it was not (README, session-19 and
// session-23 therapy batches).
#include "terminology/text/therapy_sessions.h"

#include <algorithm>
#include <cstddef>
#include <vector>

#include "terminology/text/sentence_findings.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology::text {

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

// "Cancelled the 03/14 and 03/21 PT visits; attended the remaining 10",
// "remaining physio sessions cancelled after 6 visits", "insurance denied
// further PT after 6 visits", "She declined the epidural and has been
// attending physiotherapy": visits cancelled or refused inside a course that
// went on, or something else turned down beside therapy attended, leave the
// therapy given (README, session-23 therapy batch: cancelled remaining visits
// after visits attended are affirmed).
// A word that sessions were held at `k`, not denied ("never attended", "did
// not complete", "not continuing").
bool attendance_at(const Sentence& s, std::size_t k) {
  if (!any_word_in(
          s, k, k + 1,
          {"attended", "attending", "completed", "continuing", "continues", "continued"}) ||
      any_word_in(s, k >= 3 ? k - 3 : 0, k, {"not", "never", "t", "no", "nor", "none", "zero"})) {
    return false;
  }
  // "no documentation of a completed course of PT", "without evidence that
  // she completed therapy": a payer's missing record denies the course the
  // record would show, however many words the record's noun puts between.
  for (std::size_t j = k; j > 0 && k - j < 6 && !brk(s, j - 1); --j) {
    if (any_word_in(s, j - 1, j,
                    {"documentation", "documented", "evidence", "record", "records", "proof"}) &&
        any_word_in(s, j >= 3 ? j - 3 : 0, j - 1,
                    {"no", "not", "without", "lack", "lacks", "absence", "insufficient"})) {
      return false;
    }
  }
  return true;
}

bool sessions_took_place(const Sentence& s) {
  const auto& t = s.toks;
  for (std::size_t k = 0; k < t.size(); ++k) {
    // "after 6 visits", "after 4 sessions": the sessions that were held.
    if (word_is(t[k], "after") && k + 2 < t.size() && t[k + 1].kind == TokenKind::number &&
        any_word_in(s, k + 2, k + 3, {"visits", "sessions", "treatments", "appointments"})) {
      return true;
    }
    if (attendance_at(s, k)) return true;
    // "Remaining PT visits cancelled", "the rest of her sessions were
    // cancelled": what remains follows what was held.
    if (word_is(t[k], "remaining") ||
        (word_is(t[k], "rest") && k + 1 < t.size() && word_is(t[k + 1], "of"))) {
      // ... of the sessions, not "for the rest of the year".
      if (any_word_in(s, k + 1, std::min(k + 5, t.size()),
                      {"sessions", "visits", "appointments", "pt", "therapy", "physio",
                       "physiotherapy", "treatments"})) {
        return true;
      }
    }
  }
  return false;
}

void course_went_on(const Sentence& s, std::vector<Draft>& local) {
  const auto& t = s.toks;
  // Visits cancelled or refused by a payer: the course went on if the
  // sentence says sessions were held, and no "never" or "not" says the
  // therapy itself was not given.
  const bool visits_cancelled =
      any_word_in(s, 0, t.size(), {"cancelled", "canceled", "cancellation", "denied"}) &&
      !any_word_in(s, 0, t.size(), {"never", "not"}) && sessions_took_place(s);
  for (auto& d : local) {
    if (d.f.kind != FindingKind::physical_therapy || !d.f.negated) continue;
    bool attended = visits_cancelled;
    // "declined the epidural and has been attending physiotherapy": the
    // therapy's own verb says it was given.
    const std::size_t mention = d.last > d.first ? d.last - 1 : d.first;
    for (std::size_t k = mention; !attended && k > 0 && k + 3 > mention && !brk(s, k - 1); --k) {
      attended = attendance_at(s, k - 1);
    }
    if (attended) d.f.negated = false;
  }
}

// "App-based PT: member enrolled 04/02 but has not completed any sessions",
// "authorized 12 PT visits, 0 used", "I haven't started PT yet": enrolled,
// referred or authorised and no session held is therapy not given (README,
// session-19 batch: ordered and not taken place is negated). Read within the
// mention's sentence part, across "but" and commas, not across ";" or ".".
// What follows a denial of sessions at `e` still speaks of the sessions
// ("has not started PT yet", "not completed any sessions", end of clause),
// not of another treatment ("has not started gabapentin").
bool about_sessions(const Sentence& s, std::size_t e) {
  if (e >= s.toks.size() || s.toks[e].kind != TokenKind::word) return true;
  return any_word_in(s, e, e + 1, {"yet",     "it",    "them",    "any",     "sessions",  "visits",
                                   "session", "visit", "therapy", "physio",  "pt",        "the",
                                   "his",     "her",   "their",   "program", "programme", "so",
                                   "to",      "since", "but",     "as",      "and"});
}

// The end of a "no session held" phrase starting at `k`, or 0.
std::size_t no_session_at(const Sentence& s, std::size_t k) {
  const auto& t = s.toks;
  // "0 used", "none attended", "zero visits".
  if ((t[k].text == "0" || any_word_in(s, k, k + 1, {"none", "zero"})) && k + 1 < t.size() &&
      any_word_in(s, k + 1, k + 2,
                  {"used", "attended", "completed", "sessions", "visits", "done"})) {
    return k + 2;
  }
  if (!any_word_in(s, k, k + 1, {"not", "never", "t"})) return 0;
  std::size_t j = k + 1;
  if (j < t.size() && any_word_in(s, j, j + 1, {"yet"})) ++j;
  if (j >= t.size()) return 0;
  // "has not completed any sessions", "never attended a single visit".
  if (any_word_in(s, j, j + 1, {"completed", "done", "attended", "used", "logged"})) {
    if (j + 1 < t.size() && word_is(t[j + 1], "any")) return j + 2;
    if (j + 2 < t.size() && word_is(t[j + 1], "a") && word_is(t[j + 2], "single")) return j + 3;
    return 0;
  }
  // "haven't started PT yet", "has not begun".
  return any_word_in(s, j, j + 1, {"started", "begun", "began"}) ? j + 1 : 0;
}

void sessions_not_held(const Sentence& s, std::vector<Draft>& local) {
  const auto stop = [&s](std::size_t k) {
    return punct_is(s.toks[k], ";") || punct_is(s.toks[k], ".") ||
           any_word_in(s, k, k + 1, {"if", "until", "unless", "once", "then"});
  };
  for (auto& d : local) {
    if (d.f.kind != FindingKind::physical_therapy || d.f.negated) continue;
    std::size_t from = d.first;
    while (from > 0 && from + 8 > d.first && !stop(from - 1)) --from;
    bool none = false;
    for (std::size_t k = from; !none && k < s.toks.size() && k < d.last + 12; ++k) {
      if (k >= d.last && stop(k)) break;
      const std::size_t e = no_session_at(s, k);
      none = e != 0 && (e == d.first || about_sessions(s, e));
    }
    if (!none) continue;
    d.f.negated = true;
    d.f.hypothetical = false;
    d.f.visits.reset();
  }
}

}  // namespace spinecds::terminology::text
