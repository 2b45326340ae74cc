// Procedures: therapy sessions and episodes, injections, studies.
#include "terminology/record_reader.h"

#include <algorithm>

#include "terminology/clinical_dates.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology {

using rapidjson::Value;

namespace {

// When a course ran: a Procedure's performance, a completed request's
// occurrence (a period, or the bounds of its timing: "2x/week from 04-06 to
// 06-12"), the span a visit count covers, a CarePlan activity's schedule.
// Null when none is a period.
const Value* course_period(const Value& r) {
  for (const char* key :
       {"performedPeriod", "occurrencePeriod", "effectivePeriod", "scheduledPeriod"}) {
    if (const Value* p = member(r, key)) return p;
  }
  if (const Value* t = member(r, "occurrenceTiming")) {
    if (const Value* rep = member(*t, "repeat")) return member(*rep, "boundsPeriod");
  }
  return nullptr;
}

}  // namespace

bool has_course_period(const Value& r) {
  return course_period(r) != nullptr;
}

bool telehealth_code(std::string_view code) {
  return code == "95" || code == "GT" || code == "FQ" || code == "02" || code == "10";
}

bool manipulation_code(std::string_view code) {
  return code.size() == 5 && (code.rfind("9894", 0) == 0 || code.rfind("9892", 0) == 0);
}

void read_therapy_course(ReadContext& cx, const Value& r, const std::string& ref,
                         const std::string& code_text, const std::string& all,
                         const std::string& notes, bool home) {
  const std::string quote_text = trim(code_text + (notes.empty() ? "" : " - " + trim(notes)));
  // A session stopped before it was finished ("stopped after 10 minutes:
  // could not tolerate exercise") is not a session of therapy received. A
  // stopped course with a period was received over that period, up to the
  // day it stopped.
  if (str(r, "status") == "stopped" && course_period(r) == nullptr) {
    cx.facts.therapy_excluded.push_back({{ref, trim(code_text)}, "status stopped"});
    return;
  }
  TherapyItem item;
  item.quote = {ref, quote_text};
  const std::string low = lower(all + ".\n" + notes);
  bool tele = coded_in(member(r, "code"), "telehealth") || telehealth_words(low);
  for (const auto& c : codings(member(r, "code"))) {
    // Telehealth modifiers carried as extra codings.
    if (c.code == "95" || c.code == "GT" || c.code == "FQ") tele = true;
  }
  if (const Value* enc = member(r, "encounter")) {
    const Value* e = resolve_reference(cx, r, str(*enc, "reference"));
    if (e && encounter_virtual(*e)) tele = true;
  }
  each(r, "extension", [&](const Value& x) {
    // Modifier 95/GT/FQ or POS 02/10 carried as an extension value.
    if (telehealth_code(str(x, "valueCode"))) tele = true;
    for (const auto& c : codings(member(x, "valueCodeableConcept"))) {
      if (telehealth_code(c.code)) tele = true;
    }
  });
  item.setting = home   ? TherapySetting::home
                 : tele ? TherapySetting::telehealth
                        : TherapySetting::in_person;
  item.region = treated_region(lower(all));
  // A completed ServiceRequest is dated by its occurrence, a Procedure by
  // its performance.
  if (const Value* p = course_period(r)) {
    // Partial dates made whole, as in notes: "2026-04" to "2026-05" is
    // 1 April to 31 May; a time and its offset leave the local date.
    item.start = whole_start(str(*p, "start"));
    item.end = whole_end(str(*p, "end"));
    if (item.end.empty()) item.end = whole_end(str(*p, "start"));
    if (item.start.empty()) item.start = whole_start(str(*p, "end"));
    item.is_episode = item.start != item.end;
  } else if (const auto when = str(r, "performedString"); !when.empty() && date_of(r).empty()) {
    // "03/02/2026 - 05/08/2026", "March-May 2026": the EHR's words for the
    // date or period, read as notes are (US order, partial dates made whole).
    const auto toks = tokenize(when);
    std::vector<std::string> dates;
    for (const auto& d : find_dates(toks, 0, toks.size())) {
      if (auto iso = iso_date(d); !iso.empty()) dates.push_back(std::move(iso));
    }
    if (!dates.empty()) {
      const auto [lo, hi] = std::minmax_element(dates.begin(), dates.end());
      item.start = whole_start(*lo);
      item.end = whole_end(*hi);
      item.is_episode = item.start != item.end;
    }
  } else if (const auto when = str(r, "occurrenceDateTime"); when.size() >= 10) {
    item.start = item.end = std::string(when.substr(0, 10));
  } else {
    item.start = item.end = date_of(r);
  }
  cx.facts.therapy.push_back(std::move(item));
}

void read_procedure(ReadContext& cx, const Value& r) {
  const std::string ref = reference_of(r);
  const Value* code = member(r, "code");
  const std::string code_text = concept_text(code);
  // Each field its own sentence, so a cue in one ("evaluation for ...")
  // does not reach into the next.
  std::string all = code_text;
  each(r, "bodySite", [&](const Value& s) { all += ".\n" + concept_text(&s); });
  each(r, "reasonCode", [&](const Value& s) { all += ".\n" + concept_text(&s); });
  if (const Value* loc = member(r, "location")) all += ".\n" + std::string(str(*loc, "display"));
  if (const Value* cat = member(r, "category")) all += ".\n" + concept_text(cat);
  std::string notes;
  each(r, "note", [&](const Value& n) { notes += std::string(str(n, "text")) + "\n"; });
  const std::string low = lower(all + ".\n" + notes);
  const std::string date = date_of(r);

  const bool home = coded_in(code, "home-exercise") || home_words(lower(code_text));
  // CMT (98940-98942) and OMT (98925-98929) are manipulation, not therapy.
  bool manipulation = chiropractic_words(lower(all));
  for (const auto& c : codings(code)) {
    if (manipulation_code(c.code)) manipulation = true;
  }
  const bool pt = !manipulation &&
                  (coded_in(code, "physical-therapy-formal") || home || pt_words(lower(code_text)));
  if (pt) {
    read_therapy_course(cx, r, ref, code_text, all, notes, home);
    findings_in(cx, notes, ref, date, SourceKind::clinical, true);
    return;
  }
  if (coded_in(code, "lumbar-injections") ||
      contains_any(lower(code_text), {"epidural", "facet", "medial branch", "radiofrequency",
                                      "nerve block", "injection"})) {
    cx.facts.injections.emplace_back(ref, trim(code_text));
  }
  if (coded_in(code, "flexion-extension-imaging"))
    cx.facts.flexion_extension.emplace_back(ref, trim(code_text));
  const SourceKind kind = is_imaging(r) ? SourceKind::imaging : SourceKind::clinical;
  findings_in(cx, code_text, ref, date, kind, true);
  findings_in(cx, notes, ref, date, kind, true);
  (void)low;
}

}  // namespace spinecds::terminology
