// Triggers for physical therapy: supervised, home exercise and telehealth
// programmes (settings as DESIGN.md §4 names them), and the wording of the
// therapist's own notes, which often name the treatment or the session
// counter instead of "PT" ("Daily note, visit 5 of 12: therex, traction").
#include <algorithm>
#include <charconv>
#include <limits>
#include <string>
#include <string_view>
#include <system_error>

#include "terminology/clinical_dates.h"
#include "terminology/text/sentence_findings.h"
#include "terminology/text/trigger_builder.h"

namespace spinecds::terminology::text {

namespace {

bool number_at(const Sentence& s, std::size_t k) {
  return k < s.toks.size() && s.toks[k].kind == TokenKind::number;
}

// A number token's value; figures come from hostile text, so no exceptions
// and no overflow (a failed parse is infinity).
double value_of(const Token& t) {
  double v = 0;
  const auto r = std::from_chars(t.text.data(), t.text.data() + t.text.size(), v);
  return r.ec == std::errc() ? v : std::numeric_limits<double>::infinity();
}

// "10th", "3rd", "1st", "2nd" just before `first`: an ordinal written with
// its digits, one token ("10th") or two ("10" "th").
bool ordinal_before(const Sentence& s, std::size_t first) {
  if (first == 0) return false;
  const Token& w = s.toks[first - 1];
  if (w.kind == TokenKind::alnum) {
    const std::size_t digits = w.text.find_first_not_of("0123456789");
    return digits != 0 && digits != std::string_view::npos && ordinal_suffix(w.text.substr(digits));
  }
  return w.kind == TokenKind::word && ordinal_suffix(w.text) && first >= 2 &&
         number_at(s, first - 2);
}

}  // namespace

// A session counter is how a therapist heads a note (APTA documentation
// guidelines; Medicare's progress report every 10th visit, 42 CFR
// 410.61): "Visit 5 of 12", "session 3/8", "Tx #7", "visit #9", "10th visit
// progress note". A visit number alone ("visit 6") is any clinic's.
bool visit_counter(const Sentence& s, std::size_t first, std::size_t last) {
  const auto& t = s.toks;
  // "Acupuncture tx #6", "chiropractic visit 3 of 12": another discipline's session.
  if (first > 0 && (word_is(t[first - 1], "acupuncture") || word_is(t[first - 1], "chiropractic") ||
                    word_is(t[first - 1], "chiro") || word_is(t[first - 1], "massage"))) {
    return false;
  }
  if (last < t.size() && punct_is(t[last], "#") && number_at(s, last + 1)) return true;
  // A therapy plan of care's dates ("Start of care: 05/18/2026  D/C:
  // 07/24/2026"; CMS-700 names the field): the course's first session.
  if (word_is(t[first], "start")) {
    std::size_t k = last;
    if (k < t.size() && punct_is(t[k], ":")) ++k;
    const auto dates = find_dates(*s.all, s.base + k, s.base + std::min(t.size(), k + 6));
    return !dates.empty() && dates.front().first == s.base + k && dates.front().year != 0;
  }
  // "Visits: 17 attended / 20 scheduled": the count of sessions held.
  if (word_is(t[first], "visits") && last + 2 < t.size() && punct_is(t[last], ":") &&
      number_at(s, last + 1) && value_of(t[last + 1]) >= 1 &&
      any_word_in(s, last + 2, last + 3, {"attended", "completed"})) {
    return true;
  }
  // "visit 10/30/2026" and "urgent care visit 02/2026" are dates, not
  // counters; a counter counts up to its total, which no course of therapy
  // takes into the hundreds.
  if (number_at(s, last) && last + 2 < t.size() &&
      (word_is(t[last + 1], "of") || punct_is(t[last + 1], "/")) && number_at(s, last + 2) &&
      !(last + 3 < t.size() && punct_is(t[last + 3], "/")) &&
      value_of(t[last]) <= value_of(t[last + 2]) && value_of(t[last + 2]) < 100) {
    return true;
  }
  // "I have ordered a formal course, 2x/week for 6 weeks", "after a
  // supervised programme": the course the sentence's therapy or frequency
  // speaks of ("a formal course of steroids" names its own treatment).
  if (word_is(t[first], "formal") || word_is(t[first], "supervised")) {
    if (last < t.size() && word_is(t[last], "of")) return false;
    return names_frequency(s, last, last + 8) ||
           any_word_in(s, 0, t.size(), {"pt", "physiotherapy", "physio", "therapy"});
  }
  // A therapy template's fields: "Visits to date: 8", "Visits completed:
  // 10" count sessions held (a blank "__" counts none); "Frequency: 2x/wk",
  // "Plan of care: 2x/wk x 6 wks" and "continue 2x/wk" prescribe sessions
  // (therapy_prescription.cpp makes them planned).
  if (word_is(t[first], "visits") && last < t.size() && !punct_is(t[last], "#")) {
    std::size_t k = last;
    while (k < t.size() && k < last + 2 &&
           (word_is(t[k], "to") || word_is(t[k], "date") || word_is(t[k], "completed") ||
            word_is(t[k], "attended") || word_is(t[k], "used"))) {
      ++k;
    }
    if (k > last && k + 1 < t.size() && punct_is(t[k], ":") && number_at(s, k + 1) &&
        value_of(t[k + 1]) >= 1) {
      return true;
    }
  }
  // A therapist's plan line in an evaluation (session 32): "Plan: 2x/wk x 6
  // wks, core stab", "Will follow 5x/wk while inpatient" name the sessions
  // the therapist prescribes.
  // "POC 2w4", "Plan of care 2x/wk x 6 wks" also without the colon: the
  // frequency must follow at once.
  // "Initial evaluation 04/02/2025 - dx ...; plan 2x/wk x 6 wk": a plan
  // heading its own clause is the evaluation's plan of care (session 35).
  const bool clause_start = first == 0 || punct_is(t[first - 1], ";");
  const bool field = word_is(t[last - 1], "frequency") || word_is(t[last - 1], "care") ||
                     word_is(t[last - 1], "poc") || (clause_start && word_is(t[first], "plan"));
  const bool follow = word_is(t[first], "follow") && first > 0 && word_is(t[first - 1], "will");
  if (field || follow || word_is(t[first], "continue")) {
    std::size_t k = last;
    if (field && k < t.size() && punct_is(t[k], ":")) ++k;
    // The frequency straight after it: "continue PT 2x/wk" is the PT's.
    const bool count = k < t.size() && (number_at(s, k) || t[k].kind == TokenKind::alnum ||
                                        word_is(t[k], "twice") || word_is(t[k], "once"));
    return count && names_frequency(s, k, k + 4);
  }
  // "attended 12 of 16 scheduled visits", "has completed 12 visits": the
  // count of a course the note is about (a visit of another discipline is
  // named before the count: "3 chiropractic visits").
  // "requesting 6 more visits", "8 additional visits over 4 weeks": a
  // request to extend a course names the course's visits (a plan cue then
  // makes them planned).
  if (word_is(t[first], "visits") || word_is(t[first], "sessions")) {
    std::size_t k = first;
    bool more = false;
    if (k > 0 && (word_is(t[k - 1], "scheduled") || word_is(t[k - 1], "treatment") ||
                  word_is(t[k - 1], "authorized") || word_is(t[k - 1], "approved"))) {
      --k;
    } else if (k > 0 && (word_is(t[k - 1], "more") || word_is(t[k - 1], "additional") ||
                         word_is(t[k - 1], "further"))) {
      --k;
      more = true;
    }
    if (k == 0 || !number_at(s, k - 1)) return false;
    --k;
    if (more) return true;
    // "14 visits 09/2024-11/2024", "6 visits from 09/2024 to 10/2024": a
    // count spanning dates at once is the course a discharge summary totals
    // ("2 visits to the ED 09/2024" names its place first; "3 visits
    // 01/2025 with her PCP" spans nothing). After "PT 7 visits", the
    // therapy named takes the count and its dates itself.
    if (k > 0 && any_word_in(s, k - 1, k, {"pt", "physio", "physiotherapy", "therapy", "rehab"})) {
      return false;
    }
    std::size_t d = last;
    if (d < t.size() &&
        (word_is(t[d], "from") || word_is(t[d], "between") || punct_is(t[d], "("))) {
      ++d;
    }
    const auto dates = find_dates(*s.all, s.base + d, s.base + std::min(t.size(), d + 8));
    if (dates.size() >= 2 && dates.front().first == s.base + d && dates.front().year != 0) {
      return true;
    }
    const bool tally =
        k >= 2 && number_at(s, k - 2) && (word_is(t[k - 1], "of") || punct_is(t[k - 1], "/"));
    if (tally) k -= 2;
    // "6 of 12 authorized visits attended": a progress note's tally, the
    // word of attendance after it ("CBT 10 sessions completed" counts
    // another discipline's sessions, and names no tally).
    // Another discipline's tally ("Chiropractic: 8 of 12 visits completed",
    // "OT for the hand: 6 of 8 visits attended") is no therapy's, and none
    // attended ("0 of 12 visits attended") is no session held.
    if (tally && last < t.size() &&
        any_word_in(s, last, last + 1, {"attended", "completed", "used"})) {
      const bool other_discipline = any_word_in(
          s, 0, k,
          {"acupuncture", "chiropractic", "chiro", "chiropractor", "massage", "cbt", "ot",
           "occupational", "psychotherapy", "counseling", "counselling", "psychology", "speech"});
      return !other_discipline && value_of(t[k]) >= 1;
    }
    return k > 0 && (word_is(t[k - 1], "attended") || word_is(t[k - 1], "completed") ||
                     word_is(t[k - 1], "used"));
  }
  // "Initial evaluation 04/02/2025 - dx ...; plan 2x/wk x 6 wk": a
  // therapist's evaluation heading a note names no "PT"; its plan of care's
  // session frequency says whose it is (a surgeon's first visit has none).
  if (word_is(t[first], "initial") && first <= 2) return names_frequency(s, last, t.size());
  if (ordinal_before(s, first)) {
    for (std::size_t k = last; k < t.size() && k < last + 3; ++k) {
      if (word_is(t[k], "progress") || word_is(t[k], "note") || word_is(t[k], "reassessment") ||
          word_is(t[k], "re")) {
        return true;
      }
    }
  }
  return false;
}

void add_therapy_triggers(TriggerBuilder& b) {
  b.kind("physical-therapy", false, false, false, true);
  b.add_all({"physical therapy", "physiotherapy", "formal therapy", "supervised therapy",
             "aquatic therapy", "physical therapist", "pt program", "therapy program",
             "physical therapy program", "rehabilitation program", "physical rehabilitation",
             // Commonwealth wording: the therapist, and the Pilates a
             // physiotherapist supervises (a billed treatment, not a gym class).
             "physiotherapist", "physiotherapists", "clinical pilates", "course of therapy",
             "therapy course", "therapy sessions", "therapy visits",
             // British shorthand
             "physio", "physio sessions", "course of physio",
             // the same treatment by its European names, translated or kept
             // ("kinésithérapie", "cinesioterapia", "Physiotherapie",
             // "Krankengymnastik", "fisioterapia"; accents are folded)
             "kinesiotherapy", "kinesitherapy", "kinesitherapie", "kinesiterapia", "cinesioterapia",
             "physiotherapie", "krankengymnastik", "fisioterapia"});
  // The treatment a therapist bills (CPT 97110 therapeutic exercise, 97112
  // neuromuscular re-education, 97012 mechanical traction), as a daily note
  // lists it. Exercises a patient also does at home (chin tucks, bridging)
  // are left to the home programme's words.
  b.add_all({"therex", "ther ex", "therapeutic exercise", "therapeutic exercises",
             "neuromuscular re education", "neuromuscular reeducation", "mechanical traction",
             "lumbar traction", "cervical traction", "intermittent traction", "manual traction",
             "pool therapy", "aquatic pt", "pool based pt", "aquatherapy", "hydrotherapy"});
  b.add("therapy").rule = TriggerRule::therapy_word;
  // Where physiotherapy is "rehabilitation" (Japanese, Korean and Chinese
  // records in English: "rehabilitation was continued for 3 months", "gait
  // rehabilitation from POD 1").
  for (auto p : {"rehabilitation", "rehab"}) {
    b.add(p).rule = TriggerRule::rehabilitation_word;
  }
  b.add("pt").rule = TriggerRule::pt_abbreviation;
  for (auto p : {"visit",
                 "session",
                 "tx",
                 "treatment",
                 "visits",
                 "sessions",
                 "frequency",
                 "plan of care",
                 "poc",
                 "continue",
                 "plan",
                 "follow",
                 "formal course",
                 "supervised course",
                 "formal program",
                 "formal programme",
                 "supervised program",
                 "supervised programme",
                 "initial evaluation",
                 "initial eval",
                 "initial evaluation and treatment",
                 "start of care"}) {
    b.add(p).rule = TriggerRule::visit_counter;
  }
  for (auto p :
       {"home exercise program", "home exercise programme", "home exercises", "home exercise",
        "hep", "home program", "home programme", "home based exercise", "home based exercises",
        "home exercise plan", "home physical therapy", "self directed exercise",
        "self directed exercises", "exercises at home", "exercise at home", "exercising at home"}) {
    b.add(p).setting = "home";
  }
  // App-based programmes a licensed therapist supervises by video or
  // messaging (README: app-based PT is telehealth PT).
  for (auto p :
       {"telehealth physical therapy", "virtual physical therapy", "telehealth pt", "virtual pt",
        "telerehabilitation", "telerehab", "tele rehabilitation", "tele rehab", "app based pt",
        "app based physical therapy", "app based exercise therapy", "digital pt",
        "digital physical therapy", "app based therapy"}) {
    b.add(p).setting = "telehealth";
  }
}

}  // namespace spinecds::terminology::text
