// A therapy prescription ("PT 2x/week x 6 weeks", "three times weekly for
// four weeks") states what is planned, not care received: issue 11 §7 and
// Aetna CPB 0743 count therapy attended, not therapy ordered. Only a word of
// attendance or completion in the same sentence makes it care given
// ("attended PT 2x/week for 6 weeks"), or dates of the sessions.
#include <algorithm>
#include <array>
#include <string_view>

#include "terminology/text/sentence_findings.h"
#include "terminology/text/therapy_sessions.h"
#include "terminology/text/therapy_timing.h"

namespace spinecds::terminology::text {

namespace {

// Words that say care took place (or is taking place), and words of its
// outcome ("with minimal relief"): an outcome is only had from care given.
// "Continue" itself is a plan's verb ("Plan: continue PT 2x/wk x 3 wks":
// the weeks to come are planned; README, session 29 interface set); "she
// continues PT" says it is going on.
constexpr std::array<std::string_view, 34> kCareGiven = {
    "attended",  "attends",      "attending",     "completed",  "completing", "finished",
    "underwent", "undergone",    "did",           "had",        "tried",      "failed",
    "went",      "received",     "been",          "currently",  "ongoing",    "continues",
    "continued", "participated", "participating", "discharged", "relief",     "improvement",
    "benefit",   "helped",       "improved",      "response",   "worsened",   "progress",
    "despite",   "doing",        "done",          "since"};

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

// "Pre-op requirements: PT 2x/week x 6 weeks, C6-7 ESI 10/16, anesthesia
// eval done 10/07": a task finished in another comma item that names its
// own subject is that item's, not the therapy's ("PT 2x/wk x 6 wks,
// completed all visits" and "..., patient attended 10" still are).
bool own_list_item(const Sentence& s, std::size_t k, std::size_t at) {
  if (!any_word_in(s, k, k + 1, {"done", "completed", "finished", "received", "obtained"})) {
    return false;
  }
  const auto item_edge = [&s](std::size_t j) {
    return punct_is(s.toks[j], ",") || punct_is(s.toks[j], ";");
  };
  std::size_t from = k;
  while (from > 0 && !item_edge(from - 1)) --from;
  std::size_t to = k;
  while (to < s.toks.size() && !item_edge(to)) ++to;
  if (from <= at && at < to) return false;
  // The item's first word is its subject unless it is the patient, the
  // sessions, or a word that carries on the therapy's clause.
  return from < k && s.toks[from].kind == TokenKind::word &&
         !any_word_in(
             s, from, from + 1,
             {"patient",  "pt",      "she",     "he",        "they",         "all",       "visits",
              "sessions", "course",  "program", "programme", "therapy",      "with",      "and",
              "but",      "then",    "has",     "had",       "was",          "were",      "which",
              "who",      "already", "been",    "since",     "successfully", "treatment", "plan"});
}

// Whether the sentence says care was given, for the therapy named at `at`
// (past the end: any): an aside in
// parentheses that does not hold it speaks of other care ("Plan: formal
// PT 2x/wk x 6 wks (already doing HEP from 2023)": the HEP is done, the PT
// planned).
bool care_given_around(const Sentence& s, std::size_t at) {
  int depth = 0;
  bool aside = false;  // inside parentheses that do not hold `at`
  for (std::size_t k = 0; k < s.toks.size(); ++k) {
    const Token& t = s.toks[k];
    if (punct_is(t, "(")) {
      if (depth++ == 0) {
        std::size_t close = k + 1;
        while (close < s.toks.size() && !punct_is(s.toks[close], ")")) ++close;
        aside = at < s.toks.size() && !(k < at && at < close);
      }
      continue;
    }
    if (punct_is(t, ")")) {
      if (depth > 0 && --depth == 0) aside = false;
      continue;
    }
    if (aside || t.kind != TokenKind::word) continue;
    if (at < s.toks.size() && own_list_item(s, k, at)) continue;
    // "start PT once the MRI has been reviewed": what a condition says has
    // happened is not the therapy.
    if (t.text == "once" || t.text == "if" || t.text == "until" || t.text == "unless") break;
    for (auto w : kCareGiven) {
      if (w == t.text) return true;
    }
    // "Rehabilitation was performed twice a week", "sessions were conducted
    // weekly": the passive of sessions held.
    if (k > 0 && (word_is(s.toks[k - 1], "was") || word_is(s.toks[k - 1], "were")) &&
        (t.text == "performed" || t.text == "conducted" || t.text == "provided" ||
         t.text == "given" || t.text == "administered")) {
      return true;
    }
  }
  return false;
}

// Where the therapy's own words start: its evidence may reach back to a
// setting ("completed in the home; POC 2w4").
std::size_t trigger_start(const Sentence& s, const Draft& d) {
  for (std::size_t k = d.first; k < d.last && k < s.toks.size(); ++k) {
    if (s.trigger_at[k] != kNone) return k;
  }
  return d.first;
}

}  // namespace

// A session frequency: "2x/week", "2 x per wk", "three times a week",
// "twice weekly", "BIW"; in toks [from, to) (to: past the end for all).
bool names_frequency(const Sentence& s, std::size_t from, std::size_t to) {
  const auto& t = s.toks;
  to = std::min(to, t.size());
  for (std::size_t k = from; k < to; ++k) {
    if (word_is(t[k], "biw") || word_is(t[k], "tiw")) return true;
    // A home health order's frequency and duration: "2W4" is twice a week
    // for four weeks (CMS home health plan of care, 485 locator 21), read as
    // the number "2" and the word "w4".
    if (t[k].kind == TokenKind::alnum && k > from && t[k - 1].kind == TokenKind::number &&
        !t[k].space_before && t[k].text.size() >= 2 && t[k].text[0] == 'w' &&
        t[k].text.find_first_not_of("0123456789", 1) == std::string_view::npos &&
        // "on 2W4", "room 2W4": a ward or a bed, no frequency
        !(k >= 2 &&
          any_word_in(s, k - 2, k - 1, {"at", "on", "to", "room", "unit", "bed", "ward"}))) {
      return true;
    }
    if (!week_word(t[k]) || k <= from) continue;
    std::size_t j = k - 1;
    if (!word_is(t[k], "weekly")) {
      const bool per = punct_is(t[j], "/") || word_is(t[j], "per") || word_is(t[j], "a") ||
                       word_is(t[j], "each") || word_is(t[j], "every");
      if (!per || j <= from) continue;
      --j;
    }
    if (times_word(t[j])) return true;
  }
  return false;
}

bool says_care_given(const Sentence& s) {
  return care_given_around(s, s.toks.size());
}

// A plan cue before therapy the sentence then says was attended ("referred
// to PT in August and has attended 7 visits", "authorized 12 visits; used
// 8") does not make the sessions planned. Only words after the therapy's
// own mention count, so "finished 12 visits of PT; we discussed repeating
// PT" keeps the second mention planned.
void attended_despite_plan(const Sentence& s, std::vector<Draft>& local) {
  // "ordered, but she never attended": attendance denied is no attendance.
  const auto attended_at = [&s](std::size_t k) {
    const Token& t = s.toks[k];
    // "Visits to date: 10   Authorized: 12": the count so far was held.
    const bool to_date = word_is(t, "date") && k > 0 && word_is(s.toks[k - 1], "to");
    // "Visit 10 of 12 authorized", "session 4 of 8": the tenth was held.
    const bool nth = (word_is(t, "visit") || word_is(t, "session")) && k + 3 < s.toks.size() &&
                     s.toks[k + 1].kind == TokenKind::number && word_is(s.toks[k + 2], "of") &&
                     s.toks[k + 3].kind == TokenKind::number;
    // "has failed >6 weeks of conservative care including formal PT", "tried
    // PT": the care was given ("failed to attend" was not).
    const bool failed = any_word_in(s, k, k + 1, {"failed", "tried", "exhausted"}) &&
                        !(k + 1 < s.toks.size() && word_is(s.toks[k + 1], "to"));
    return t.kind == TokenKind::word &&
           (to_date || nth || failed ||
            std::find(kAttended.begin(), kAttended.end(), t.text) != kAttended.end()) &&
           !any_word_in(s, k >= 3 ? k - 3 : 0, k, {"not", "never", "t"}) &&
           // "Discharged with a steroid taper and PT referral", "discharged
           // home": the patient leaves hospital; no session was held.
           !(word_is(t, "discharged") && k + 1 < s.toks.size() &&
             any_word_in(s, k + 1, k + 2, {"with", "home", "on"})) &&
           // "authorized 12 visits, 0 used", "none attended": no session held.
           !(k > 0 && (s.toks[k - 1].text == "0" ||
                       any_word_in(s, k - 1, k, {"none", "zero", "no", "any"})));
  };
  for (auto& d : local) {
    if (d.f.kind != FindingKind::physical_therapy || !d.f.hypothetical || d.f.negated) continue;
    // "has attended 9 of 12 authorized PT sessions": the clause before it.
    for (std::size_t k = trigger_start(s, d); k > 0 && !brk(s, k - 1); --k) {
      if (attended_at(k - 1)) {
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
      if (attended_at(k)) {
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
    // The evidence may reach on to a figure ("outpatient PT referral if not
    // improving in 2 weeks"): the order word is the one after a therapy word.
    for (std::size_t k = d.first + 1; k <= d.last && k < s.toks.size(); ++k) {
      // "PHYSICAL THERAPY CONSULT - INITIAL EVALUATION 04/08/2025": the
      // consult's own visit heads the note (session 31), it took place.
      const bool consult_visit = any_word_in(s, k, k + 1, {"consult", "consultation"}) &&
                                 any_word_in(s, k + 1, std::min(k + 5, s.toks.size()),
                                             {"evaluation", "eval", "note", "visit", "assessment"});
      if (!consult_visit &&
          any_word_in(s, k, k + 1,
                      {"referral", "referrals", "order", "orders", "rx", "consult", "consults",
                       "requisition"}) &&
          any_word_in(s, k - 1, k, {"pt", "therapy", "physiotherapy", "physio", "ot"})) {
        d.f.hypothetical = true;
        break;
      }
    }
    // "Next PT visits 4/8 and 4/15", "upcoming physio appointment": sessions
    // still to come.
    if (d.first > 0 &&
        any_word_in(s, d.first >= 2 ? d.first - 2 : 0, d.first, {"next", "upcoming", "future"})) {
      d.f.hypothetical = true;
    }
  }
}

// "Physiotherapy was recommended; patient declined given cost": a plan
// turned down is therapy not given (README, session-23 therapy batch), also
// across the semicolon that ends other scopes.
// What a patient turns down is the therapy unless the refusal names
// another treatment ("she declined the epidural injection").
bool declines_therapy(const Sentence& s, std::size_t from) {
  for (std::size_t k = from; k < s.toks.size(); ++k) {
    // "recommended by her GP, but she could not attend", "ordered, but
    // never attended": the plan was not taken up. The "but" ties the
    // attendance denied to the plan, not to a later instruction ("do not
    // start lifting").
    // "... but insurance denied it, so she never went", "but pt never
    // scheduled d/t copay": going and booking are attending too.
    if (any_word_in(s, k, k + 1,
                    {"attend", "attended", "start", "started", "begin", "began", "go", "went",
                     "schedule", "scheduled", "book", "booked"}) &&
        any_word_in(s, k >= 2 ? k - 2 : 0, k, {"not", "never", "t", "unable"}) &&
        any_word_in(s, from, k, {"but"})) {
      return true;
    }
    // "PT was ordered preop but deferred because of the cord compression",
    // "ordered, but then held": withheld before it began (README, session
    // 24: "PT deferred given cord compression" is negated).
    if (word_is(s.toks[k], "but")) {
      std::size_t j = k + 1;
      while (j < s.toks.size() && j < k + 4 &&
             any_word_in(s, j, j + 1,
                         {"was", "were", "is", "has", "been", "then", "later", "subsequently", "it",
                          "ultimately", "eventually", "this"})) {
        ++j;
      }
      if (any_word_in(s, j, j + 1,
                      {"deferred", "postponed", "held", "withheld", "cancelled", "canceled",
                       "delayed", "rescinded"})) {
        return true;
      }
    }
    // "Referred to physical therapy in January, never started", "ordered;
    // has not yet begun": a past form says the plan was not taken up, with
    // or without "but" (an instruction is the bare verb: "do not start").
    // "never went", "did not go": the patient never turned up. A booking
    // only "never" denies ("not yet scheduled" is still to come).
    const bool never_booked = any_word_in(s, k, k + 1, {"scheduled", "booked"}) &&
                              any_word_in(s, k >= 2 ? k - 2 : 0, k, {"never"});
    if ((never_booked ||
         (any_word_in(s, k, k + 1, {"started", "begun", "began", "attended", "went", "gone"}) &&
          any_word_in(s, k >= 2 ? k - 2 : 0, k, {"never", "not", "t"}))) &&
        !any_word_in(s, from, k, {"if", "until", "unless", "once"})) {
      return true;
    }
    if (!any_word_in(s, k, k + 1, {"declined", "declines", "refused", "refuses"})) continue;
    bool other = false;
    for (std::size_t j = k + 1; j < s.toks.size() && j < k + 6 && !brk(s, j); ++j) {
      if (s.trigger_at[j] != kNone) break;
      // Treatments other than therapy a patient may decline beside it (the
      // NASS low back pain guideline's conservative and interventional options).
      other = other || any_word_in(s, j, j + 1,
                                   {"injection", "injections", "esi", "epidural", "steroid",
                                    "block", "blocks", "surgery", "surgical", "operation",
                                    "medication", "medications", "opioids", "opioid", "rfa",
                                    "ablation", "acupuncture", "chiropractic"});
    }
    if (!other) return true;
  }
  return false;
}

// "PT deferred pending NSGY clearance": therapy put off is withheld (README:
// therapy "deferred" is negated), where an operation "deferred pending"
// films is still to come (plan_cues.cpp).
bool deferred_after(const Sentence& s, const Draft& d) {
  std::size_t from = trigger_start(s, d);
  const int own = from < s.toks.size() ? s.trigger_at[from] : kNone;
  while (from < s.toks.size() && s.trigger_at[from] == own) ++from;
  for (std::size_t k = from; k < s.toks.size() && k < d.last + 4; ++k) {
    if (punct_is(s.toks[k], ";") || punct_is(s.toks[k], ".") || s.trigger_at[k] != kNone) break;
    if (word_is(s.toks[k], "deferred")) return true;
  }
  return false;
}

// A form's frequency field labels the therapy after it as prescribed
// ("Frequency of treatment: PT 2x/week x 6 weeks", "Frequency/duration:
// physiotherapy twice weekly", "Requested frequency: PT 3x/wk"; session 36).
bool frequency_field_before(const Sentence& s, std::size_t k) {
  for (std::size_t j = k; j > 0 && j + 8 > k; --j) {
    if (punct_is(s.toks[j - 1], ";") || punct_is(s.toks[j - 1], ".")) return false;
    if (!punct_is(s.toks[j - 1], ":")) continue;
    const std::size_t from = j - 1 >= 5 ? j - 6 : 0;
    return any_word_in(s, from, j - 1, {"frequency", "freq", "poc"});
  }
  return false;
}

void plan_declined(const Sentence& s, std::vector<Draft>& local) {
  for (auto& d : local) {
    if (d.f.kind != FindingKind::physical_therapy || !d.f.hypothetical || d.f.negated) continue;
    if (declines_therapy(s, d.last) || deferred_after(s, d)) {
      d.f.hypothetical = false;
      d.f.negated = true;
    }
  }
}

void prescribed_therapy(const Sentence& s, std::vector<Draft>& local) {
  drug_course_not_therapy(s, local);
  sessions_not_held(s, local);
  therapy_ordered(s, local);
  plan_declined(s, local);
  unfinished_course(s, local);
  course_went_on(s, local);
  attended_despite_plan(s, local);
  therapy_to_come(s, local);
  bool therapy = false;
  for (const auto& d : local) {
    therapy = therapy || (d.f.kind == FindingKind::physical_therapy && !d.f.negated);
  }
  if (!therapy) return;
  // A plan-of-care field ("POC 2w4", "Plan of care: 2x/wk x 6 wks",
  // "Frequency: 3x/wk") prescribes sessions whatever the rest of the
  // evaluation says was done.
  for (auto& d : local) {
    if (d.f.kind != FindingKind::physical_therapy || d.f.negated) continue;
    const std::size_t k = trigger_start(s, d);
    if (k < s.toks.size() && any_word_in(s, k, k + 1, {"poc", "plan", "frequency"})) {
      d.f.hypothetical = true;
    }
    if (k < s.toks.size() && frequency_field_before(s, k)) d.f.hypothetical = true;
  }
  if (!names_frequency(s, 0, s.toks.size())) return;
  // Therapy dated to months or days ("July through September 2026, 2x
  // weekly") is a record of sessions, not an order for them.
  for (auto& d : local) {
    if (d.f.kind == FindingKind::physical_therapy && !d.f.negated && !d.f.start && !d.f.end &&
        !care_given_around(s, trigger_start(s, d))) {
      d.f.hypothetical = true;
    }
  }
}

}  // namespace spinecds::terminology::text
