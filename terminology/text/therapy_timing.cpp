// When the therapy a sentence names is given. Ward and post-operative notes
// write the visit still to come in the therapist's own infinitive ("PT to
// see this afternoon", "PT/OT to evaluate POD1") or a discharge yet to
// happen ("will be d/c home with HEP"): planned, not given (README: every
// plan is hypothetical). A bare "therapy" after a drug (rheumatology and
// bone-health letters: "6 months of teriparatide therapy") is the drug's.
#include "terminology/text/therapy_timing.h"

#include <algorithm>
#include <string_view>

namespace spinecds::terminology::text {

namespace {

// The therapy words' own extent: the first and one past the last token of
// the trigger the draft starts with.
std::pair<std::size_t, std::size_t> trigger_extent(const Sentence& s, const Draft& d) {
  // The draft's evidence may reach back to a date over other findings'
  // words ("started 10/2024 ...; fusion after 6 months of therapy").
  for (std::size_t k = d.first; k < d.last && k < s.toks.size(); ++k) {
    const int i = s.trigger_at[k];
    if (i == kNone) continue;
    const Trig& tr = s.trigs[static_cast<std::size_t>(i)];
    if (tr.entry != nullptr && tr.entry->kind == "physical-therapy") return {tr.first, tr.last};
  }
  return {d.first, d.first};
}

// What a therapist does at a visit, written after "PT to" or "PT will".
bool visit_verb(const Sentence& s, std::size_t k) {
  return any_word_in(
      s, k, k + 1, {"see",      "evaluate", "eval",     "treat",    "assess", "reassess", "follow",
                    "work",     "mobilize", "mobilise", "ambulate", "clear",  "start",    "begin",
                    "initiate", "progress", "address",  "check",    "walk",   "dangle",   "visit"});
}

// Other disciplines named with the therapy: "PT/OT", "PT & OT", "PT and SLP".
std::size_t past_disciplines(const Sentence& s, std::size_t e) {
  const auto& t = s.toks;
  for (int n = 0; n < 4 && e < t.size(); ++n) {
    if (!(punct_is(t[e], "/") || punct_is(t[e], "&") ||
          any_word_in(s, e, e + 1, {"and", "ot", "slp", "st"}))) {
      break;
    }
    ++e;
  }
  return e;
}

// "PT to see", "PT/OT to evaluate", "PT and OT will see", "physio is to see";
// `first` and `e` bound the therapy's own words.
bool infinitive_after(const Sentence& s, std::size_t first, std::size_t e) {
  const auto& t = s.toks;
  e = past_disciplines(s, e);
  // "Will have PT see her in the morning", "ask PT/OT to evaluate".
  if (first > 0 && any_word_in(s, first - 1, first, {"have", "ask", "asked", "get", "let"}) &&
      visit_verb(s, e)) {
    return true;
  }
  // "PT/OT tomorrow", "mobilize with PT in AM": the visit's time to come
  // ("this afternoon" and "in the morning" also say when a visit was held).
  if (e < t.size() &&
      (any_word_in(s, e, e + 1, {"tomorrow", "tonight", "tmrw", "tmr"}) ||
       (word_is(t[e], "in") && e + 1 < t.size() && word_is(t[e + 1], "am")) ||
       (word_is(t[e], "in") && e + 2 < t.size() && word_is(t[e + 1], "the") &&
        word_is(t[e + 2], "am")) ||
       (word_is(t[e], "later") && e + 1 < t.size() && word_is(t[e + 1], "today")))) {
    return true;
  }
  if (e < t.size() && any_word_in(s, e, e + 1, {"is", "are"})) ++e;
  if (e + 1 >= t.size() || !any_word_in(s, e, e + 1, {"to", "will"})) return false;
  return visit_verb(s, e + 1);
}

// "PT/OT consults placed for POD1 mobilization", "PT & OT orders entered":
// the order of the disciplines named together. A consult's own note heads
// the visit held ("PT consult note", "PT consult - initial evaluation").
bool ordered_after(const Sentence& s, std::size_t e) {
  e = past_disciplines(s, e);
  if (e >= s.toks.size() ||
      !any_word_in(s, e, e + 1,
                   {"consult", "consults", "referral", "referrals", "order", "orders"})) {
    return false;
  }
  return !any_word_in(
      s, e + 1, std::min(e + 5, s.toks.size()),
      {"note", "evaluation", "eval", "visit", "assessment", "completed", "done", "seen"});
}

// "will be d/c home with HEP", "anticipate discharge home with home PT":
// a discharge still to come, in the mention's clause before it.
bool discharge_to_come(const Sentence& s, std::size_t at) {
  bool discharge = false;
  for (std::size_t k = at; k > 0 && k + 12 > at && !brk(s, k - 1); --k) {
    const std::size_t w = k - 1;
    discharge = discharge || any_word_in(s, w, w + 1,
                                         {"discharge", "discharged", "dc", "d", "discharging",
                                          "disposition", "dispo"});
    if (discharge && any_word_in(s, w, w + 1,
                                 {"will", "plan", "planned", "planning", "anticipate",
                                  "anticipated", "expected", "expect", "likely", "pending"})) {
      return true;
    }
  }
  return false;
}

// Drugs whose course a rheumatology or bone-health letter calls "therapy"
// (ACR axial spondyloarthritis and AACE osteoporosis guidelines' agents),
// and the classes they are written by.
bool drug_word(std::string_view w) {
  static constexpr std::string_view kDrugs[] = {"teriparatide",
                                                "abaloparatide",
                                                "romosozumab",
                                                "denosumab",
                                                "alendronate",
                                                "risedronate",
                                                "ibandronate",
                                                "zoledronate",
                                                "zoledronic",
                                                "bisphosphonate",
                                                "bisphosphonates",
                                                "methotrexate",
                                                "sulfasalazine",
                                                "biologic",
                                                "biologics",
                                                "anabolic",
                                                "antiresorptive",
                                                "forteo",
                                                "prolia",
                                                "evenity",
                                                "tymlos",
                                                "reclast",
                                                "fosamax",
                                                "dmard",
                                                "tnf",
                                                "tnfi",
                                                "nsaid",
                                                "nsaids",
                                                "steroid",
                                                "steroids",
                                                "prednisone",
                                                "anticoagulant",
                                                "insulin",
                                                "chemotherapy",
                                                "antibiotic",
                                                "antibiotics"};
  if (std::find(std::begin(kDrugs), std::end(kDrugs), w) != std::end(kDrugs)) return true;
  // Monoclonal antibodies, receptor fusion proteins and kinase inhibitors
  // by their INN stems ("adalimumab", "etanercept", "tofacitinib").
  for (std::string_view stem : {"mab", "cept", "tinib", "citinib", "dronate"}) {
    if (w.size() > stem.size() + 3 && w.substr(w.size() - stem.size()) == stem) return true;
  }
  return false;
}

}  // namespace

void therapy_to_come(const Sentence& s, std::vector<Draft>& local) {
  for (auto& d : local) {
    if (d.f.kind != FindingKind::physical_therapy || d.f.negated || d.f.hypothetical) continue;
    const auto [first, end] = trigger_extent(s, d);
    // "completed PT to work on core strength": the course was had.
    if (first == end || any_word_in(s, first >= 3 ? first - 3 : 0, first,
                                    {"completed", "attended", "finished", "failed", "underwent",
                                     "had", "did", "tried", "after", "from"})) {
      continue;
    }
    if (infinitive_after(s, first, end) || ordered_after(s, end) || discharge_to_come(s, first)) {
      d.f.hypothetical = true;
    }
  }
}

void drug_course_not_therapy(const Sentence& s, std::vector<Draft>& local) {
  const auto& t = s.toks;
  // Most sentences name no therapy: no scan of their words.
  if (std::none_of(local.begin(), local.end(),
                   [](const Draft& d) { return d.f.kind == FindingKind::physical_therapy; })) {
    return;
  }
  // Physical therapy named in its own words keeps a bare "therapy" its own.
  if (any_word_in(s, 0, t.size(),
                  {"pt", "physical", "physio", "physiotherapy", "exercise", "exercises", "rehab",
                   "rehabilitation", "therapist", "hep"})) {
    return;
  }
  std::erase_if(local, [&](const Draft& d) {
    if (d.f.kind != FindingKind::physical_therapy) return false;
    const auto [first, end] = trigger_extent(s, d);
    if (end != first + 1 || !word_is(t[first], "therapy")) return false;
    for (std::size_t k = 0; k < first; ++k) {
      if (t[k].kind == TokenKind::word && drug_word(t[k].text)) return true;
    }
    return false;
  });
}

}  // namespace spinecds::terminology::text
