// Medications: analgesics and adjuvants that document conservative care.
#include "terminology/clinical_dates.h"
#include "terminology/record_reader.h"

namespace spinecds::terminology {

using rapidjson::Value;

void read_medication(ReadContext& cx, const Value& r) {
  const auto status = str(r, "status");
  if (status == "entered-in-error" || status == "cancelled" || status == "not-taken") return;
  const std::string ref = reference_of(r);
  std::string text = concept_text(member(r, "medicationCodeableConcept"));
  if (text.empty()) {
    if (const Value* mr = member(r, "medicationReference")) {
      text = std::string(str(*mr, "display"));
      const Value* med = resolve_reference(cx, r, str(*mr, "reference"));
      if (text.empty() && med != nullptr) text = concept_text(member(*med, "code"));
    }
  }
  const std::string low = lower(text);
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
      // A prescription dated to the month ("authoredOn": "2026-05") starts at
      // the month's end, the shortest reading of the course that followed; a
      // full date is the resource's own (record_facts names it).
      const auto authored = str(r, "authoredOn");
      cx.facts.medications.emplace_back(ref, trim(text), "",
                                        authored.size() < 10 ? whole_end(authored) : std::string());
      return;
    }
  }
}

}  // namespace spinecds::terminology
