// Medications: analgesics and adjuvants that document conservative care.
#include <algorithm>

#include "terminology/clinical_dates.h"
#include "terminology/record_reader.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology {

using rapidjson::Value;

namespace {

// Days in a FHIR Duration ({"value": 30, "unit": "days", "code": "d"}); 0
// when it is missing or not a span of days, weeks or months.
long duration_days(const Value* d) {
  if (d == nullptr || !member(*d, "value") || !(*d)["value"].IsNumber()) return 0;
  const double v = (*d)["value"].GetDouble();
  if (!(v > 0) || v > 3650) return 0;
  const auto code = str(*d, "code").empty() ? str(*d, "unit") : str(*d, "code");
  const double per = code == "d" || code.starts_with("day")      ? 1
                     : code == "wk" || code.starts_with("week")  ? 7
                     : code == "mo" || code.starts_with("month") ? 30
                                                                 : 0;
  return static_cast<long>(v * per);
}

// The last day of a drug's course, when the record states one: a
// statement's period, a dosage's bounds, or, for a prescription that is
// stopped or completed, its validity or the days its supply lasts (with its
// refills). A stopped or completed prescription stating none ends the day it
// was written: the record does not show it was taken longer. Empty for a
// course the record leaves running.
std::string course_end(const Value& r, std::string_view status, const std::string& start) {
  if (const Value* p = member(r, "effectivePeriod")) {
    if (auto e = str(*p, "end"); e.size() >= 10) return std::string(e.substr(0, 10));
  }
  std::string bounds;
  each(r, "dosageInstruction", [&](const Value& d) {
    const Value* timing = member(d, "timing");
    const Value* repeat = timing ? member(*timing, "repeat") : nullptr;
    const Value* period = repeat ? member(*repeat, "boundsPeriod") : nullptr;
    if (auto e = period ? str(*period, "end") : std::string_view(); e.size() >= 10)
      bounds = std::max(bounds, std::string(e.substr(0, 10)));
  });
  if (!bounds.empty()) return bounds;
  if (status != "stopped" && status != "completed") return {};
  // "Ceased 08/05/2026 - symptoms improved": the prescriber's note of the
  // day the course stopped.
  std::string noted;
  each(r, "note", [&](const Value& n) {
    const Tokens toks = tokenize(str(n, "text"));
    for (std::size_t k = 0; k < toks.size(); ++k) {
      const std::string_view w = toks[k].text;
      // ... and as Scandinavian, German and Dutch prescribers write it
      // ("Utsatt 2026-06-15", "seponert", "abgesetzt", "gestopt").
      if (!one_of(w, {"ceased", "stopped", "discontinued", "completed", "finished", "utsatt",
                      "seponert", "seponeret", "abgesetzt", "gestopt"})) {
        continue;
      }
      const auto dates = find_dates(toks, k + 1, std::min(toks.size(), k + 6));
      if (!dates.empty() && dates.front().year && dates.front().day) {
        noted = iso_date(dates.front());
        break;
      }
    }
  });
  if (!noted.empty() && noted >= start.substr(0, std::min<std::size_t>(start.size(), 10))) {
    return noted;
  }
  const Value* dispense = member(r, "dispenseRequest");
  if (dispense != nullptr) {
    if (const Value* v = member(*dispense, "validityPeriod")) {
      if (auto e = str(*v, "end"); e.size() >= 10) return std::string(e.substr(0, 10));
    }
    if (const long days = duration_days(member(*dispense, "expectedSupplyDuration")); days > 0) {
      long fills = 1;
      if (const Value* n = member(*dispense, "numberOfRepeatsAllowed");
          n != nullptr && n->IsInt() && n->GetInt() > 0 && n->GetInt() < 24)
        fills += n->GetInt();
      return days_after(start, days * fills);
    }
  }
  return start;
}

}  // namespace

void read_medication(ReadContext& cx, const Value& r) {
  const auto status = str(r, "status");
  // A draft is not yet prescribed (the fusion's own order set drafts its
  // peri-operative ketorolac), so it documents no care.
  if (status == "entered-in-error" || status == "cancelled" || status == "not-taken" ||
      status == "draft")
    return;
  const std::string ref = reference_of(r);
  const Value* own_concept = member(r, "medicationCodeableConcept");
  const Value* mr = member(r, "medicationReference");
  const Value* med = mr != nullptr ? resolve_reference(cx, r, str(*mr, "reference")) : nullptr;
  std::string text = concept_text(own_concept);
  if (text.empty() && mr != nullptr) {
    text = std::string(str(*mr, "display"));
    if (text.empty() && med != nullptr) text = concept_text(member(*med, "code"));
  }
  // The trade name in the text ("Ibux 400 mg tablett", "Lyrica 75 mg"), the
  // generic one in a coding's display: every name the concept gives is read.
  std::string names = text;
  const Value* med_concept = own_concept != nullptr ? own_concept
                             : med != nullptr       ? member(*med, "code")
                                                    : nullptr;
  for (const auto t : concept_texts(med_concept)) names.append(" ").append(t);
  const std::string low = lower(names);
  static constexpr std::string_view kAnalgesics[] = {
      "ibuprofen",          "naproxen",        "meloxicam",
      "celecoxib",          "diclofenac",      "etodolac",
      "nabumetone",         "ketorolac",       "indomethacin",
      "acetaminophen",      "paracetamol",     "gabapentin",
      "pregabalin",         "duloxetine",      "amitriptyline",
      "nortriptyline",      "cyclobenzaprine", "tizanidine",
      "methocarbamol",      "baclofen",        "metaxalone",
      "tramadol",           "oxycodone",       "hydrocodone",
      "morphine",           "tapentadol",      "prednisone",
      "methylprednisolone", "dexamethasone",   "lidocaine",
      "diclofenac",         "aspirin",         "nsaid"};
  for (auto a : kAnalgesics) {
    if (contains(low, a)) {
      // A prescription or a statement dated to the month ("authoredOn":
      // "2026-05", a home-medication list's "effectivePeriod.start":
      // "2026-06") starts at the month's end, the shortest reading of the
      // course that followed; a full date is the resource's own (record_facts
      // names it).
      const std::string_view given = stated_date(r);
      const std::string own =
          !given.empty() && given.size() < 10 ? whole_end(given) : std::string();
      cx.facts.medications.emplace_back(ref, trim(text), "", own);
      if (auto end = course_end(r, status, own.empty() ? date_of(r) : own); !end.empty())
        cx.facts.medication_ends.emplace_back(ref, std::move(end));
      return;
    }
  }
}

}  // namespace spinecds::terminology
