// Observations: ODI and T-scores, measures, valueString, notes, components.
#include "terminology/record_reader.h"

#include <cstdio>

namespace spinecds::terminology {

using rapidjson::Value;

std::string fmt(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

void read_observation(ReadContext& cx, const Value& r) {
  const std::string ref = reference_of(r);
  const Value* code = member(r, "code");
  const std::string code_text = concept_text(code);
  const std::string low_code = lower(code_text);
  const std::string date = date_of(r);
  const SourceKind kind = is_imaging(r) ? SourceKind::imaging : SourceKind::clinical;
  const Value* vq = member(r, "valueQuantity");
  const bool odi = coded_in(code, "oswestry") || contains_any(low_code, {"oswestry", "odi"});
  double number = 0;
  bool has_number = false;
  if (vq && member(*vq, "value") && (*vq)["value"].IsNumber()) {
    number = (*vq)["value"].GetDouble();
    has_number = true;
  } else if (const Value* vi = member(r, "valueInteger"); vi && vi->IsNumber()) {
    number = vi->GetDouble();
    has_number = true;
  }
  if (odi && has_number) {
    cx.facts.outcome_scores.push_back(
        {OutcomeInstrument::odi, number, date, {ref, code_text + " " + fmt(number) + "%"}});
  }
  bool tscore = contains(low_code, "t-score") || contains(low_code, "t score");
  for (const auto& c : codings(code)) {
    if (c.system == kLoinc && c.code == "38267-1") tscore = true;
  }
  if (tscore && has_number) {
    cx.facts.t_scores.push_back(number);
    cx.facts.t_score_quotes.emplace_back(ref, code_text + " " + fmt(number));
  }
  if (coded_in(code, "flexion-extension-imaging"))
    cx.facts.flexion_extension.emplace_back(ref, code_text);
  // A measured quantity ("Sagittal vertical axis 62 mm", "Cobb angle 48
  // deg") is read as the sentence it would be in a note.
  if (has_number && !odi && !tscore && vq) {
    std::string unit(str(*vq, "unit"));
    if (unit.empty()) unit = std::string(str(*vq, "code"));
    if (unit == "deg" || unit == "degree") unit = "degrees";
    std::string sentence = code_text;
    each(r, "bodySite", [&](const Value& s) { sentence += " " + concept_text(&s); });
    sentence += " " + fmt(number) + " " + unit;
    findings_in(cx, sentence, ref, date, kind, false);
  }
  findings_in(cx, std::string(str(r, "valueString")), ref, date, kind, false);
  if (const Value* cc = member(r, "valueCodeableConcept")) {
    findings_in(cx, concept_text(cc), ref, date, kind, false);
  }
  each(r, "note", [&](const Value& n) {
    findings_in(cx, std::string(str(n, "text")), ref, date, kind, false);
  });
  each(r, "component", [&](const Value& c) {
    std::string t = concept_text(member(c, "code"));
    if (auto s = str(c, "valueString"); !s.empty()) t += ": " + std::string(s);
    if (const Value* v = member(c, "valueCodeableConcept")) t += ": " + concept_text(v);
    if (const Value* q = member(c, "valueQuantity");
        q && member(*q, "value") && (*q)["value"].IsNumber()) {
      std::string unit(str(*q, "unit"));
      if (unit.empty()) unit = std::string(str(*q, "code"));
      if (unit == "deg" || unit == "degree") unit = "degrees";
      t += " " + fmt((*q)["value"].GetDouble()) + " " + unit;
    } else if (const Value* n = member(c, "valueInteger"); n && n->IsNumber()) {
      t += " " + fmt(n->GetDouble());
    }
    // A component's words are a sentence of their own.
    if (!t.empty() && t.back() != '.') t += ".";
    findings_in(cx, t, ref, date, kind, false);
  });
  if (kind == SourceKind::imaging) cx.facts.spine_imaging.emplace_back(ref, code_text);
}

}  // namespace spinecds::terminology
