// Reports, documents and imaging studies: conclusion, presentedForm,
// attachments, the narrative.
#include "terminology/record_reader.h"

#include <algorithm>
#include <initializer_list>

#include "terminology/clinical_dates.h"
#include "terminology/resource_status.h"
#include "terminology/text_sources.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology {

using rapidjson::Value;

std::vector<std::string> attachments(const Value& r, const char* array_key, bool nested) {
  std::vector<std::string> out;
  each(r, array_key, [&](const Value& x) {
    const Value* att = nested ? member(x, "attachment") : &x;
    if (!att) return;
    if (auto text = attachment_text(*att); !text.empty()) out.push_back(std::move(text));
  });
  return out;
}

namespace {

// Letters and digits only, lower case: "IMPRESSION:\n1. Severe ..." and
// "Severe ..." compare alike. ASCII by hand: the service runs in the C
// locale, where libc's isalnum/tolower say the same at a call per byte, and
// every report's form passes through here. Bytes above 0x7f stay as they are.
std::string letters(std::string_view s) {
  // Written through a pointer into room sized once: push_back's capacity
  // check per byte was most of this function's cost.
  std::string out(s.size(), '\0');
  char* o = out.data();
  for (const char ch : s) {
    const unsigned c = static_cast<unsigned char>(ch);
    if (c - 'A' < 26u) {
      *o++ = static_cast<char>(c + ('a' - 'A'));
    } else if (c - 'a' < 26u || c - '0' < 10u || c >= 0x80u) {
      *o++ = ch;
    }
  }
  out.resize(static_cast<std::size_t>(o - out.data()));
  return out;
}

// A study's title naming both positions, in English or as a Portuguese,
// Spanish, French or Dutch title is written ("RX COLUNA LOMBAR DINÂMICA
// (FLEXÃO E EXTENSÃO)", "X-CWK flexie/extensie"): the words are read
// with their accents folded.
bool names_flexion_extension(std::string_view text) {
  const std::string low = lower(text);
  if (contains(low, "flexion") && contains(low, "extension")) return true;
  bool flexion = false;
  bool extension = false;
  for (const auto& t : tokenize(text)) {
    flexion = flexion || one_of(t.text, {"flexao", "flexie"});
    extension = extension || one_of(t.text, {"extensao", "extensie"});
  }
  return flexion && extension;
}

// Whether one of `forms` already says all of `conclusion`. A conclusion
// longer than a few pages is read on its own rather than searched for.
bool restated(const std::vector<std::string>& forms, const std::string& conclusion) {
  constexpr std::size_t kMaxSearched = 4096;
  if (conclusion.empty()) return !forms.empty();
  if (conclusion.size() > kMaxSearched) return false;
  const std::string c = letters(conclusion);
  if (c.empty()) return false;
  return std::any_of(forms.begin(), forms.end(),
                     [&](const std::string& f) { return letters(f).find(c) != std::string::npos; });
}

bool provisional_read(std::string_view status) {
  return status == "registered" || status == "partial" || status == "preliminary";
}

bool issued_read(std::string_view status) {
  return status == "final" || status == "amended" || status == "corrected" || status == "appended";
}

// Whether two reports read one study: a shared identifier (the accession
// number) when both carry one, else one code on one effective date.
bool same_study(const Value& a, const Value& b) {
  std::vector<std::string_view> ids;
  each(a, "identifier", [&](const Value& i) {
    if (!str(i, "value").empty()) ids.push_back(str(i, "value"));
  });
  bool b_has_id = false;
  bool shared = false;
  each(b, "identifier", [&](const Value& i) {
    if (str(i, "value").empty()) return;
    b_has_id = true;
    if (std::find(ids.begin(), ids.end(), str(i, "value")) != ids.end()) shared = true;
  });
  if (!ids.empty() && b_has_id) return shared;
  const std::string date = date_of(a);
  if (date.empty() || date != date_of(b)) return false;
  for (const auto& ca : codings(member(a, "code"))) {
    for (const auto& cb : codings(member(b, "code"))) {
      if (!ca.code.empty() && ca.code == cb.code && ca.system == cb.system) return true;
    }
  }
  const std::string text = lower(concept_text(member(a, "code")));
  return !text.empty() && text == lower(concept_text(member(b, "code")));
}

// A report that replaces an earlier one: amended or corrected.
bool correcting_read(std::string_view status) {
  return status == "amended" || status == "corrected";
}

// A report filed final that says it corrects the one before it ("*** CORRECTED
// REPORT ***", "This report replaces the report signed 10/02/2026"): EHRs
// that take outside reads only as final (Canvas's data integration) keep
// both. Read at its head, where the reporting system puts the banner.
bool declares_correction(const Value& r) {
  std::vector<std::string> texts = attachments(r, "presentedForm", false);
  if (auto c = str(r, "conclusion"); !c.empty()) texts.emplace_back(c);
  for (const auto& t : texts) {
    const std::string head = lower(std::string_view(t).substr(0, 800));
    for (std::string_view banner :
         {"corrected report", "amended report", "revised report", "this report replaces",
          "replaces the report", "replaces the previous report", "supersedes the report"}) {
      if (head.find(banner) != std::string::npos) return true;
    }
  }
  return false;
}

// A preliminary read that the record also holds as issued (final, amended,
// corrected) is not read: the issued report may correct it ("laterality
// corrected"), and the two would otherwise both count. Nor is an issued
// report that a later amended or corrected report of the same study
// replaces (an EHR that files the correction as a new resource): the level
// or side it got wrong would count beside the right one. An appended report
// adds to the one before it and replaces nothing.
bool superseded_read(ReadContext& cx, const Value& r) {
  const auto status = str(r, "status");
  const bool provisional = provisional_read(status);
  if (!provisional && !issued_read(status)) return false;
  const auto issued = str(r, "issued");
  for (const auto& [ref, other] : cx.by_ref) {
    if (other == &r || !other->IsObject() || str(*other, "resourceType") != "DiagnosticReport")
      continue;
    const auto other_status = str(*other, "status");
    if (provisional) {
      if (issued_read(other_status) && same_study(r, *other)) return true;
      continue;
    }
    if (issued.empty() || !(str(*other, "issued") > issued) || !issued_read(other_status) ||
        !same_study(r, *other)) {
      continue;
    }
    if (correcting_read(other_status)) return true;
    const auto [known, added] = cx.declares_correction.try_emplace(other, false);
    if (added) known->second = declares_correction(*other);
    if (known->second) return true;
  }
  return false;
}

// Whether a line starts with one of `labels` (lower case).
bool labelled(std::string_view low, std::initializer_list<std::string_view> labels) {
  return std::any_of(labels.begin(), labels.end(),
                     [&](std::string_view l) { return low.starts_with(l); });
}

// What a document says was treated: the region its diagnosis lines
// ("Dx:", "Referring dx:", "Treatment diagnosis:") and its description name
// ("Outside PT discharge summary - shoulder"). Unspecified when they name
// none, or both spine regions. A line elsewhere that names a region in
// passing ("Neck: not evaluated or treated") is not what was treated.
BodyRegion stated_therapy_region(const std::vector<std::string>& texts,
                                 std::string_view description) {
  std::string named = lower(description);
  for (const auto& text : texts) {
    std::size_t at = 0;
    while (at < text.size()) {
      std::size_t end = text.find('\n', at);
      if (end == std::string::npos) end = text.size();
      const std::string low = lower(trim(text.substr(at, end - at)));
      at = end + 1;
      if (labelled(low, {"dx", "diagnosis", "diagnoses", "referring dx", "referring diagnosis",
                         "treatment diagnosis", "treating diagnosis", "medical diagnosis",
                         "therapy diagnosis", "pt diagnosis", "body part", "body region",
                         "reason for referral"})) {
        named += "\n" + low;
      }
    }
  }
  return treated_region(named);
}

// A therapy document's labelled span of care ("Dates of service: 06/02/2026
// - 08/11/2026"): the line names no therapy, the document's type does, so the
// engine's sentences do not read it as a course. Labels of care received
// only; a plan of care or certification period is a plan. The span treated
// the region the document states (stated_therapy_region), else the one its
// text names.
void therapy_dates_in(ReadContext& cx, const std::string& text, const std::string& ref,
                      BodyRegion stated) {
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find('\n', at);
    if (end == std::string::npos) end = text.size();
    std::string line = trim(text.substr(at, end - at));
    at = end + 1;
    std::string low = lower(line);
    if (!labelled(low, {"dates of service", "date of service", "service dates",
                        "dates of treatment", "treatment dates", "dates of care"})) {
      continue;
    }
    // A span hard-wrapped after its first date ("Dates of service: 06/02/2026"
    // / "through 08/11/2026.") goes on in the next line.
    const auto toks = [&] {
      auto t = tokenize(line);
      if (find_dates(t, 0, t.size()).size() != 1 || at >= text.size()) return t;
      std::size_t next = text.find('\n', at);
      if (next == std::string::npos) next = text.size();
      const std::string more = trim(text.substr(at, next - at));
      if (const auto m = tokenize(more); m.empty() || !range_word(m.front())) return t;
      line += " " + more;
      low = lower(line);
      at = next + 1;
      return tokenize(line);
    }();
    std::vector<std::string> dates;
    for (const auto& d : find_dates(toks, 0, toks.size())) {
      if (auto iso = iso_date(d); !iso.empty()) dates.push_back(std::move(iso));
    }
    if (dates.size() < 2) continue;
    const auto [lo, hi] = std::minmax_element(dates.begin(), dates.end());
    TherapyItem item;
    item.quote = {ref, line};
    item.start = whole_start(*lo);
    item.end = whole_end(*hi);
    item.is_episode = item.start != item.end;
    const std::string doc = lower(text);
    item.setting = telehealth_words(low) ? TherapySetting::telehealth
                   : home_words(low)     ? TherapySetting::home
                                         : TherapySetting::in_person;
    item.region = stated != BodyRegion::unspecified ? stated : treated_region(doc);
    cx.facts.therapy.push_back(std::move(item));
  }
}

// A therapist's document: its type says so ("Physical Therapy Note", "PT
// Discharge Summary": in a type, "PT" cannot be the patient), or its text
// opens with a heading that does ("PHYSICAL THERAPY DISCHARGE SUMMARY").
bool therapy_document(const std::string& type, const std::vector<std::string>& texts) {
  if (pt_words(type) || find_word(type, "pt") != std::string::npos) return true;
  for (const auto& t : texts) {
    const auto start = t.find_first_not_of(" \t\r\n");
    if (start == std::string::npos) continue;
    const auto end = t.find('\n', start);
    const std::string first = lower(t.substr(start, end == std::string::npos ? end : end - start));
    if (pt_words(first) || first.starts_with("pt ")) return true;
  }
  return false;
}

// What a clinician calls each attachment that carries data but gave no text
// (PDF, images, a word-processor file).
std::vector<std::string> unread_forms(const Value& r, const char* array_key, bool nested) {
  std::vector<std::string> out;
  each(r, array_key, [&](const Value& x) {
    const Value* att = nested ? member(x, "attachment") : &x;
    if (!att) return;
    // OpenEMR's scanned report: the form present, its content a
    // data-absent-reason extension ("see Documents").
    bool absent = false;
    each(*att, "extension", [&](const Value& e) {
      absent = absent || str(e, "url").ends_with("/data-absent-reason");
    });
    if (absent && str(*att, "data").empty()) {
      out.emplace_back("a form whose content the EHR marks absent");
      return;
    }
    if (str(*att, "data").empty() || !attachment_text(*att).empty()) return;
    const std::string type = lower(str(*att, "contentType"));
    out.emplace_back(contains(type, "pdf")        ? "a PDF"
                     : type.starts_with("image/") ? "an image"
                     : contains(type, "rtf")      ? "a rich-text (RTF) file"
                     : contains(type, "word")     ? "a word-processor file"
                                                  : "an attachment");
  });
  return out;
}

// A report or document whose only content could not be read is a gap in the
// record, not a report that found nothing. The reason reaches the card, so it
// names the report as clinicians do (title and date), never by resource id.
void note_unread(ReadContext& cx, const Value& r, const std::vector<std::string>& types,
                 std::string key) {
  if (types.empty()) return;
  std::string name = trim(concept_text(member(r, "code")));
  if (name.empty()) name = trim(concept_text(member(r, "type")));
  if (name.empty()) name = key == "documents" ? "a clinical document" : "a report";
  const std::string date = date_of(r);
  std::string reason = name + (date.empty() ? "" : " of " + date.substr(0, 10)) + " is only " +
                       types.front() + ", which could not be read";
  cx.facts.unread.push_back({std::move(key), std::move(reason), true});
}

}  // namespace

void read_report(ReadContext& cx, const Value& r) {
  if (superseded_read(cx, r)) return;
  const std::string ref = reference_of(r);
  const Value* code = member(r, "code");
  const std::string date = date_of(r);
  const bool imaging = is_imaging(r);
  const SourceKind kind = imaging ? SourceKind::imaging : SourceKind::clinical;
  const std::string code_text = concept_text(code);
  if (imaging) cx.facts.spine_imaging.emplace_back(ref, code_text);
  const std::string low = lower(code_text);
  if (coded_in(code, "flexion-extension-imaging") || names_flexion_extension(code_text) ||
      contains_any(low, {"flex/ex", "flex-ex", "bending"})) {
    cx.facts.flexion_extension.emplace_back(ref, code_text);
  }
  std::string conclusion(str(r, "conclusion"));
  std::vector<std::string> forms = attachments(r, "presentedForm", false);
  // A report sent as text lines (HL7 v2 OBX) is one text: a sentence, a
  // hedge or a level may run from one line into the next.
  std::string lines;
  each_report_line(cx, r, [&](const Value& obs) {
    if (excluded_by_status(obs)) return;
    lines += str(obs, "valueString");
    lines += '\n';
  });
  if (!trim(lines).empty() && !restated(forms, lines)) forms.push_back(std::move(lines));
  // The conclusion is usually the form's impression again: read once.
  if (!restated(forms, conclusion)) {
    findings_in(cx, conclusion, ref, date, kind, false);
  }
  for (const auto& f : forms) findings_in(cx, f, ref, date, kind, false);
  // The narrative is the report when the EHR sent no conclusion or form.
  std::string narrative;
  if (conclusion.empty() && forms.empty()) {
    narrative = narrative_text(r);
    findings_in(cx, narrative, ref, date, kind, false);
  }
  bool coded_conclusion = false;
  each(r, "conclusionCode", [&](const Value& c) {
    const std::string t = concept_text(&c);
    coded_conclusion = coded_conclusion || !trim(t).empty();
    findings_in(cx, t, ref, date, kind, false);
  });
  if (conclusion.empty() && forms.empty() && trim(narrative).empty() && !coded_conclusion &&
      !member(r, "result")) {
    note_unread(cx, r, unread_forms(r, "presentedForm", false), "diagnosticReports");
  }
  read_contained_results(cx, r, ref, date, kind);
}

void read_document(ReadContext& cx, const Value& r) {
  const auto status = str(r, "status");
  if (status == "entered-in-error") return;
  const std::string ref = reference_of(r);
  const std::string date = date_of(r);
  const SourceKind kind = is_imaging(r)        ? SourceKind::imaging
                          : patient_message(r) ? SourceKind::patient
                                               : SourceKind::clinical;
  // A chiropractor's record ("Outside Records - Chiropractic"): its
  // exercises and manual therapy are the chiropractor's care, not formal
  // physical therapy, as for a chiropractic visit or procedure.
  const std::string type_low = lower(concept_text(member(r, "type")));
  const bool chiropractic = chiropractic_words(type_low) && !pt_words(type_low);
  findings_in(cx, std::string(str(r, "description")), ref, date, kind, chiropractic);
  const auto texts = attachments(r, "content", true);
  for (const auto& t : texts) findings_in(cx, t, ref, date, kind, chiropractic);
  const auto stated = stated_therapy_region(texts, str(r, "description"));
  if (stated != BodyRegion::unspecified) cx.therapy_document_region[ref] = stated;
  if (therapy_document(lower(concept_text(member(r, "type"))), texts)) {
    for (const auto& t : texts) therapy_dates_in(cx, t, ref, stated);
  }
  if (texts.empty()) {
    const std::string narrative = narrative_text(r);
    findings_in(cx, narrative, ref, date, kind, chiropractic);
    if (trim(narrative).empty() && trim(str(r, "description")).empty())
      note_unread(cx, r, unread_forms(r, "content", true), "documents");
  }
}

// A document the patient wrote: a portal or coaching-thread message, by its
// type or category.
bool patient_message(const Value& r) {
  std::string words = concept_text(member(r, "type"));
  each(r, "category", [&](const Value& c) { words += " " + concept_text(&c); });
  return contains_any(lower(words), {"patient message", "patient communication", "portal message",
                                     "secure message", "patient-generated", "patient generated",
                                     "member message", "message from patient",
                                     "patient correspondence", "patient e-mail", "patient email"});
}

void read_composition(ReadContext& cx, const Value& r) {
  const auto status = str(r, "status");
  if (status == "entered-in-error" || status == "preliminary") return;
  const std::string ref = reference_of(r);
  const std::string text = resource_narrative(r);
  if (trim(text).empty()) return;
  const std::string date = date_of(r);
  findings_in(cx, text, ref, date, SourceKind::clinical, false);
  const std::vector<std::string> texts{text};
  const auto stated = stated_therapy_region(texts, str(r, "title"));
  if (stated != BodyRegion::unspecified) cx.therapy_document_region[ref] = stated;
  if (therapy_document(lower(concept_text(member(r, "type"))), texts)) {
    therapy_dates_in(cx, text, ref, stated);
  }
}

void read_imaging_study(ReadContext& cx, const Value& r) {
  const std::string ref = reference_of(r);
  std::string text(str(r, "description"));
  bool fe = false;
  each(r, "procedureCode", [&](const Value& c) {
    if (coded_in(&c, "flexion-extension-imaging")) fe = true;
    text += " " + concept_text(&c);
  });
  each(r, "series", [&](const Value& s) { text += " " + std::string(str(s, "description")); });
  if (fe || names_flexion_extension(text)) {
    cx.facts.flexion_extension.emplace_back(ref, trim(text));
  }
  cx.facts.spine_imaging.emplace_back(ref, trim(text));
}

}  // namespace spinecds::terminology
