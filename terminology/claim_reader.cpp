// Claims and explanations of benefit: therapy as billed service lines (CPT
// 97110 on a date), what practice-management exports send when the EHR holds
// no Procedure for the visits.
#include "terminology/record_reader.h"

#include "terminology/clinical_dates.h"

namespace spinecds::terminology {

using rapidjson::Value;

void read_claim(ReadContext& cx, const Value& r) {
  // A preauthorization or predetermination asks about care not yet given.
  if (const auto use = str(r, "use"); !use.empty() && use != "claim") return;
  const std::string ref = reference_of(r);
  bool claim_tele = false;
  for (const auto& c : codings(member(r, "facility"))) claim_tele |= telehealth_code(c.code);
  each(r, "item", [&](const Value& line) {
    const Value* service = member(line, "productOrService");
    bool manipulation = false;
    for (const auto& c : codings(service)) manipulation = manipulation || manipulation_code(c.code);
    const std::string text = concept_text(service);
    if (manipulation || !coded_in(service, "physical-therapy-formal")) return;
    TherapyItem item;
    if (const Value* p = member(line, "servicedPeriod")) {
      item.start = whole_start(str(*p, "start"));
      item.end = whole_end(str(*p, "end"));
      if (item.end.empty()) item.end = item.start;
    } else {
      item.start = item.end = whole_start(str(line, "servicedDate"));
    }
    if (item.start.empty()) return;  // an undated line dates no course
    item.is_episode = item.start != item.end;
    bool tele = claim_tele;
    each(line, "modifier", [&](const Value& m) {
      for (const auto& c : codings(&m)) tele |= telehealth_code(c.code);
    });
    for (const auto& c : codings(member(line, "locationCodeableConcept")))
      tele |= telehealth_code(c.code);
    std::string code;
    for (const auto& c : codings(service)) {
      if (!c.code.empty()) code = std::string(c.code);
    }
    item.setting = tele ? TherapySetting::telehealth : TherapySetting::in_person;
    std::string site;
    if (const Value* s = member(line, "bodySite")) site = concept_text(s);
    item.region = treated_region(lower(text + " " + site));
    item.quote = {ref, trim(code + " " + text)};
    item.quote.date = item.start;
    cx.facts.therapy.push_back(std::move(item));
  });
}

}  // namespace spinecds::terminology
