// Observations: outcome scores, nicotine and T-scores, measures, valueString,
// notes, components.
#include "terminology/record_reader.h"

#include <cstdio>
#include <string_view>

#include "terminology/resource_status.h"

namespace spinecds::terminology {

using rapidjson::Value;

std::string fmt(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

namespace {

std::string unit_of(const Value& q) {
  std::string unit(str(q, "unit"));
  if (unit.empty()) unit = std::string(str(q, "code"));
  if (unit == "deg" || unit == "degree") unit = "degrees";
  return unit;
}

// A component or panel member: what it measures and its value's words.
struct PartReading {
  std::string what;   // "L4-L5 sagittal translation in flexion"
  std::string value;  // "7 mm"; for words, ": " and the words
};

PartReading part_reading(const Value& c) {
  PartReading p{concept_text(member(c, "code")), {}};
  if (auto s = str(c, "valueString"); !s.empty()) p.value = ": " + std::string(s);
  if (const Value* v = member(c, "valueCodeableConcept")) p.value += ": " + concept_text(v);
  if (const Value* q = member(c, "valueQuantity");
      q && member(*q, "value") && (*q)["value"].IsNumber()) {
    p.value = fmt((*q)["value"].GetDouble()) + " " + unit_of(*q);
  } else if (const Value* n = member(c, "valueInteger"); n && n->IsNumber()) {
    p.value = fmt(n->GetDouble());
  }
  return p;
}

// "in flexion" / "extension" in a part's name: which position, and the name
// without it. Names of both positions ("flexion-extension") are none.
enum class Position { none, flexion, extension };

Position position_of(const std::string& what, std::string& rest) {
  const std::string low = lower(what);
  const bool f = contains(low, "flexion"), e = contains(low, "extension");
  if (f == e) return Position::none;
  const std::string_view word = f ? "flexion" : "extension";
  std::size_t b = low.find(word), end = b + word.size();
  if (b > 0 && end < low.size() && low[b - 1] == '(' && low[end] == ')') {
    --b;  // "translation (flexion)"
    ++end;
  }
  for (std::string_view prep : {"in ", "on ", "at ", "during "}) {
    if (b >= prep.size() + 1 && low[b - prep.size() - 1] == ' ' &&
        low.compare(b - prep.size(), prep.size(), prep) == 0) {
      b -= prep.size();
      break;
    }
  }
  rest = trim(what.substr(0, b) + " " + what.substr(std::min(end, what.size())));
  while (!rest.empty() &&
         (rest.back() == ',' || rest.back() == '-' || rest.back() == ':' || rest.back() == ' ')) {
    rest.pop_back();
  }
  return f ? Position::flexion : Position::extension;
}

// Each part as a sentence of its own, except a measure given in flexion and
// in extension, which becomes one sentence ("L4-L5 translation 7 mm in
// flexion and 2 mm in extension") so the engine measures the difference
// between the positions, as it does in a report.
std::vector<std::string> motion_sentences(const std::vector<PartReading>& parts) {
  std::vector<std::string> out;
  std::vector<bool> used(parts.size(), false);
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (used[i]) continue;
    std::string rest_i;
    const Position pi = position_of(parts[i].what, rest_i);
    if (pi != Position::none && !parts[i].value.empty() && parts[i].value[0] != ':') {
      for (std::size_t j = i + 1; j < parts.size(); ++j) {
        std::string rest_j;
        if (used[j] || parts[j].value.empty() || parts[j].value[0] == ':') continue;
        const Position pj = position_of(parts[j].what, rest_j);
        if (pj == Position::none || pj == pi || lower(rest_j) != lower(rest_i)) continue;
        const auto& flex = pi == Position::flexion ? parts[i] : parts[j];
        const auto& ext = pi == Position::flexion ? parts[j] : parts[i];
        out.push_back(rest_i + " " + flex.value + " in flexion and " + ext.value +
                      " in extension.");
        used[i] = used[j] = true;
        break;
      }
      if (used[i]) continue;
    }
    std::string t = trim(parts[i].what + " " + parts[i].value);
    if (parts[i].value.rfind(":", 0) == 0) t = trim(parts[i].what) + parts[i].value;
    if (!t.empty() && t.back() != '.') t += ".";
    if (t != ".") out.push_back(std::move(t));
  }
  return out;
}

// No value of any type, no components or members, and a reason for it.
bool data_absent(const Value& r) {
  if (!member(r, "dataAbsentReason") || member(r, "component") || member(r, "hasMember")) {
    return false;
  }
  for (auto it = r.MemberBegin(); it != r.MemberEnd(); ++it) {
    if (std::string_view(it->name.GetString()).rfind("value", 0) == 0) return false;
  }
  return true;
}

}  // namespace

bool text_line(const Value& obs) {
  if (str(obs, "valueString").empty() || member(obs, "component") || member(obs, "hasMember")) {
    return false;
  }
  for (auto it = obs.MemberBegin(); it != obs.MemberEnd(); ++it) {
    const std::string_view name = it->name.GetString();
    if (name.starts_with("value") && name != "valueString") return false;
  }
  return true;
}

void read_contained_results(ReadContext& cx, const Value& report, const std::string& ref,
                            const std::string& date, SourceKind kind) {
  std::vector<PartReading> parts;
  each(report, "result", [&](const Value& m) {
    const auto reference = str(m, "reference");
    if (!reference.starts_with('#')) return;  // the record's are read on their own
    const Value* obs = resolve_reference(cx, report, reference);
    if (obs == nullptr || !obs->IsObject() || str(*obs, "resourceType") != "Observation" ||
        excluded_by_status(*obs)) {
      return;
    }
    parts.push_back(part_reading(*obs));
  });
  for (const auto& t : motion_sentences(parts)) findings_in(cx, t, ref, date, kind, false);
}

namespace {

void read_observation_values(ReadContext& cx, const Value& r) {
  const std::string ref = reference_of(r);
  const Value* code = member(r, "code");
  const std::string code_text = concept_text(code);
  const std::string low_code = lower(code_text);
  const std::string date = date_of(r);
  const SourceKind kind = is_imaging(r) ? SourceKind::imaging : SourceKind::clinical;
  // A value absent for a stated reason (dataAbsentReason "not-performed",
  // "asked-declined") was not obtained: the code names what is missing, not
  // films taken or a score given. Only the notes, which may say why, are read.
  if (data_absent(r)) {
    if (coded_in(code, "flexion-extension-imaging")) {
      cx.facts.flexion_extension_not_obtained.emplace_back(ref, code_text);
    }
    each(r, "note", [&](const Value& n) {
      findings_in(cx, std::string(str(n, "text")), ref, date, kind, false);
    });
    return;
  }
  const Value* vq = member(r, "valueQuantity");
  double number = 0;
  bool has_number = false;
  if (vq && member(*vq, "value") && (*vq)["value"].IsNumber()) {
    number = (*vq)["value"].GetDouble();
    has_number = true;
  } else if (const Value* vi = member(r, "valueInteger"); vi && vi->IsNumber()) {
    number = vi->GetDouble();
    has_number = true;
  }
  // Scores and nicotine are read here, not as sentences.
  const double* value = has_number ? &number : nullptr;
  const bool score = read_score_observation(cx, r, code, code_text, value) ||
                     read_nicotine_observation(cx, r, code, code_text, value);
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
  // A count of therapy visits over a span ("Physical therapy visits
  // attended: 16", 04-06 to 06-12) is a course over that span; a count of
  // none is no therapy, and a count without a span dates nothing.
  if (has_number && number >= 1 && pt_words(low_code) &&
      contains_any(low_code, {"visit", "session"}) && member(r, "effectivePeriod")) {
    std::string all = code_text;
    each(r, "bodySite", [&](const Value& s) { all += ".\n" + concept_text(&s); });
    std::string notes;
    each(r, "note", [&](const Value& n) { notes += std::string(str(n, "text")) + "\n"; });
    read_therapy_course(cx, r, ref, code_text + ": " + fmt(number), all, notes,
                        home_words(low_code));
  }
  // A measured quantity ("Sagittal vertical axis 62 mm", "Cobb angle 48
  // deg") is read as the sentence it would be in a note.
  // A score's name ("JOA score (cervical myelopathy, 17 points)") names the
  // scale, not the patient's state: an instrument this reader does not know
  // is no sentence.
  const bool scale = contains_any(low_code, {"score", "scale", "index", "questionnaire"});
  if (has_number && !score && !tscore && vq && !scale) {
    const std::string unit = unit_of(*vq);
    std::string sentence = code_text;
    each(r, "bodySite", [&](const Value& s) { sentence += " " + concept_text(&s); });
    sentence += " " + fmt(number) + " " + unit;
    findings_in(cx, sentence, ref, date, kind, false);
  }
  // A line of a report's text is read with its report (report_reader.cpp);
  // what its code says (a cotinine "POSITIVE", a coded film) is read here.
  if (cx.report_lines.count(ref) == 0) {
    findings_in(cx, std::string(str(r, "valueString")), ref, date, kind, false);
  }
  if (const Value* cc = member(r, "valueCodeableConcept")) {
    findings_in(cx, concept_text(cc), ref, date, kind, false);
  }
  each(r, "note", [&](const Value& n) {
    findings_in(cx, std::string(str(n, "text")), ref, date, kind, false);
  });
  // Components and the members of a panel (hasMember) are read alike, each
  // set on its own; a value given per position is one measurement of motion.
  read_nicotine_components(cx, r);
  std::vector<PartReading> parts;
  each(r, "component", [&](const Value& c) { parts.push_back(part_reading(c)); });
  // A component names only its own measure ("Translation in flexion"); the
  // Observation's code and body site say where ("Sagittal translation
  // L4-L5"), so each component's sentence opens with them.
  std::string subject;
  if (!parts.empty()) {
    subject = code_text;
    each(r, "bodySite", [&](const Value& s) {
      const std::string site = concept_text(&s);
      if (!site.empty() && !contains(lower(subject), lower(site))) subject += " " + site;
    });
    subject = trim(subject);
  }
  std::vector<PartReading> members;
  each(r, "hasMember", [&](const Value& m) {
    const Value* member_obs = resolve_reference(cx, r, str(m, "reference"));
    if (!member_obs || !member_obs->IsObject() || excluded_by_status(*member_obs)) return;
    const Value& obs = *member_obs;
    members.push_back(part_reading(obs));
    // A member is read here, not on its own (extract_record_facts skips it).
    const std::string mref = reference_of(obs);
    each(obs, "note", [&](const Value& n) {
      findings_in(cx, std::string(str(n, "text")), mref, date, kind, false);
    });
  });
  for (const auto& t : motion_sentences(parts)) {
    findings_in(cx, subject.empty() ? t : subject + ": " + trim(t), ref, date, kind, false);
  }
  for (const auto& t : motion_sentences(members)) findings_in(cx, t, ref, date, kind, false);
  if (kind == SourceKind::imaging) cx.facts.spine_imaging.emplace_back(ref, code_text);
}

}  // namespace

void read_observation(ReadContext& cx, const Value& r) {
  const std::size_t before = cx.facts.findings.size();
  read_observation_values(cx, r);
  // A device's count of sessions ("Stride app - exercise therapy sessions",
  // with a `device`), or one whose code or notes name a digital or remote
  // programme, is therapy away from the clinic, whatever its sentences say.
  std::string words = concept_text(member(r, "code"));
  each(r, "note", [&](const Value& n) { words += "\n" + std::string(str(n, "text")); });
  if (!member(r, "device") && !telehealth_words(lower(words))) return;
  for (std::size_t i = before; i < cx.facts.findings.size(); ++i) {
    auto& f = cx.facts.findings[i].finding;
    if (f.kind == FindingKind::physical_therapy && f.setting != "home") f.setting = "telehealth";
  }
}

}  // namespace spinecds::terminology
