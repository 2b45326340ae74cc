// Encounters: therapy visits (in person, telehealth, home) and pain clinics.
#include "terminology/record_reader.h"

namespace spinecds::terminology {

using rapidjson::Value;

bool encounter_virtual(const Value& enc) {
  if (const Value* cls = member(enc, "class")) {
    const auto code = str(*cls, "code");
    if (code == "VR" || code == "virtual") return true;
  }
  bool tele = false;
  each(enc, "type", [&](const Value& t) {
    if (coded_in(&t, "telehealth") || telehealth_words(lower(concept_text(&t)))) tele = true;
  });
  return tele;
}

void read_encounter(ReadContext& cx, const Value& r) {
  const std::string ref = reference_of(r);
  std::string text;
  // A visit coded as formal therapy (SNOMED 91251008 "physical therapy
  // procedure") is therapy whatever words its display uses.
  bool coded = false;
  each(r, "type", [&](const Value& t) {
    text += concept_text(&t) + " ";
    coded = coded || coded_in(&t, "physical-therapy-formal");
  });
  if (const Value* st = member(r, "serviceType")) {
    text += concept_text(st) + " ";
    coded = coded || coded_in(st, "physical-therapy-formal");
  }
  each(r, "reasonCode", [&](const Value& t) { text += concept_text(&t) + " "; });
  const std::string low = lower(text);
  const auto status = str(r, "status");
  if (!(coded || pt_words(low)) || chiropractic_words(low)) {
    if (affirmed_term(text, record_terms().pain_management) && status != "cancelled" &&
        status != "entered-in-error") {
      cx.facts.pain_management.emplace_back(ref, trim(text));
    }
    return;
  }
  if (status == "cancelled" || status == "entered-in-error") {
    cx.facts.therapy_excluded.push_back({{ref, trim(text)}, "status " + std::string(status)});
    return;
  }
  if (status == "planned") return;
  TherapyItem item;
  item.quote = {ref, trim(text)};
  // A visit type that says the patient worked alone ("Hydrotherapy
  // Independent") names no therapist: the home programme's kind.
  const bool alone = find_word(low, "independent") != std::string::npos;
  item.setting = (alone || home_words(low))                        ? TherapySetting::home
                 : (encounter_virtual(r) || telehealth_words(low)) ? TherapySetting::telehealth
                                                                   : TherapySetting::in_person;
  item.region = treated_region(low);
  item.start = item.end = date_of(r);
  cx.facts.therapy.push_back(std::move(item));
}

}  // namespace spinecds::terminology
