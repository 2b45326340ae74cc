// Outcome instruments (ODI, NDI, mJOA): coded Observations and scores written
// in prose, one reader for all three.
#include <algorithm>
#include <array>
#include <cstdlib>

#include "terminology/char_class.h"
#include "terminology/record_reader.h"
#include "terminology/record_text.h"

namespace spinecds::terminology {

using rapidjson::Value;

namespace {

struct Instrument {
  OutcomeInstrument id;
  std::string_view value_set;               // coded Observations ("" when none is known)
  std::array<std::string_view, 4> phrases;  // lower-case, "" unused; abbreviations whole words
  double max;                               // the highest valid score
};

// ODI and NDI are percentages (a raw 0-50 score is doubled); mJOA is 0-18.
constexpr std::array<Instrument, 3> kInstruments = {{
    {OutcomeInstrument::odi, "oswestry", {"oswestry", "odi", "", ""}, 100},
    {OutcomeInstrument::ndi,
     "neck-disability-index",
     {"neck disability index", "ndi", "", ""},
     100},
    {OutcomeInstrument::mjoa,
     "",
     {"mjoa", "modified japanese orthopaedic association", "modified joa", "m-joa"},
     18},
}};

// Where the instrument is named in `low` (npos when it is not).
std::size_t named_at(const Instrument& in, std::string_view low) {
  for (auto phrase : in.phrases) {
    if (phrase.empty()) continue;
    if (const auto p = find_word(low, phrase); p != std::string_view::npos) return p;
  }
  return std::string_view::npos;
}

// A raw score out of 50 ("21 punten (0-50)", "23/50", "of 50") for an index
// the policy reads as a percentage, which doubles it.
bool names_raw_of_fifty(std::string_view low) {
  return contains_any(low, {"0-50", "0 - 50", "/50", "of 50", "0..50"});
}

}  // namespace

bool read_score_observation(ReadContext& cx, const Value& r, const Value* code,
                            const std::string& code_text, const double* value) {
  const std::string low = lower(code_text);
  for (const auto& in : kInstruments) {
    const bool coded = !in.value_set.empty() && coded_in(code, in.value_set);
    if (!coded && named_at(in, low) == std::string::npos) continue;
    // "Neck Disability Index total score 21 punten (0-50)": a raw score out
    // of 50, which the policy's percentage doubles.
    double v = value ? *value : -1;
    if (const Value* q = member(r, "valueQuantity"); q && in.max == 100) {
      const std::string unit = lower(str(*q, "unit")) + " " + lower(str(*q, "code")) + " " + low;
      if (names_raw_of_fifty(unit)) v *= 2;
    }
    if (value && v >= 0 && v <= in.max) {
      std::string words = code_text;
      words.append(" ").append(fmt(v));
      if (in.id != OutcomeInstrument::mjoa) words += "%";
      cx.facts.outcome_scores.push_back({in.id, v, date_of(r), {reference_of(r), words}});
    }
    return true;
  }
  return false;
}

// "ODI 46%", "Oswestry disability index of 23/50", "NDI 38", "mJOA 13/18":
// in prose, when the resource gave no coded score of that instrument; the
// first number after a named instrument the engine's scopes affirm ("ODI not
// obtained" gives none).
std::span<const TermTable* const> outcome_tables() {
  static const std::array<const TermTable*, 3> kTables = {&record_terms().odi, &record_terms().ndi,
                                                          &record_terms().mjoa};
  static_assert(kTables.size() == kInstruments.size());
  return kTables;
}

void outcome_scores_in(ReadContext& cx, const TextReading& read, const std::string& ref,
                       std::span<const TermHit> hits) {
  const std::string_view text = read.text;
  std::array<bool, kInstruments.size()> done{};
  for (const auto& h : hits) {
    const Instrument& in = kInstruments[h.table];
    if (done[h.table]) continue;
    const bool coded = std::any_of(
        cx.facts.outcome_scores.begin(), cx.facts.outcome_scores.end(),
        [&](const OutcomeScore& o) { return o.instrument == in.id && o.quote.reference == ref; });
    if (coded) {
      done[h.table] = true;
      continue;
    }
    if (!h.counts()) continue;
    const std::string low =
        lower(text.substr(h.end, std::min<std::size_t>(48, h.sentence_end - h.end)));
    for (std::size_t i = 0; i < low.size(); ++i) {
      if (!is_digit(low[i])) continue;
      char* endp = nullptr;
      double v = std::strtod(low.c_str() + i, &endp);
      std::size_t e = static_cast<std::size_t>(endp - low.c_str());
      while (e < low.size() && low[e] == ' ') ++e;
      if (in.max == 100 && names_raw_of_fifty(std::string_view(low).substr(e, 8))) v *= 2;
      if (v >= 0 && v <= in.max) {
        cx.facts.outcome_scores.push_back(
            {in.id,
             v,
             cx.current_date,
             {ref, sentence_quote(text, h.sentence_begin, h.sentence_end)}});
        done[h.table] = true;
      }
      break;
    }
  }
}

}  // namespace spinecds::terminology
