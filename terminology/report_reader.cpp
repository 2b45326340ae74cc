// Reports, documents and imaging studies: conclusion, presentedForm,
// attachments, the narrative.
#include "terminology/record_reader.h"

#include <algorithm>
#include <cctype>

#include "terminology/text_sources.h"

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
// "Severe ..." compare alike.
std::string letters(std::string_view s) {
  std::string out;
  for (const char c : s) {
    if (std::isalnum(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) & 0x80)) {
      out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
  }
  return out;
}

// Whether `form` already says all of `conclusion`. A conclusion longer than
// a few pages is read on its own rather than searched for.
bool restates(const std::string& form, const std::string& conclusion) {
  constexpr std::size_t kMaxSearched = 4096;
  if (conclusion.empty() || conclusion.size() > kMaxSearched) return conclusion.empty();
  const std::string c = letters(conclusion);
  return !c.empty() && letters(form).find(c) != std::string::npos;
}

}  // namespace

void read_report(ReadContext& cx, const Value& r) {
  const std::string ref = reference_of(r);
  const Value* code = member(r, "code");
  const std::string date = date_of(r);
  const bool imaging = is_imaging(r);
  const SourceKind kind = imaging ? SourceKind::imaging : SourceKind::clinical;
  const std::string code_text = concept_text(code);
  if (imaging) cx.facts.spine_imaging.emplace_back(ref, code_text);
  const std::string low = lower(code_text);
  if (coded_in(code, "flexion-extension-imaging") ||
      ((contains(low, "flexion") && contains(low, "extension")) ||
       contains_any(low, {"flex/ex", "flex-ex", "bending"}))) {
    cx.facts.flexion_extension.emplace_back(ref, code_text);
  }
  std::string conclusion(str(r, "conclusion"));
  std::vector<std::string> forms = attachments(r, "presentedForm", false);
  // The conclusion is usually the form's impression again: read once.
  if (!std::any_of(forms.begin(), forms.end(),
                   [&](const std::string& f) { return restates(f, conclusion); })) {
    findings_in(cx, conclusion, ref, date, kind, false);
  }
  for (const auto& f : forms) findings_in(cx, f, ref, date, kind, false);
  // The narrative is the report when the EHR sent no conclusion or form.
  if (conclusion.empty() && forms.empty())
    findings_in(cx, narrative_text(r), ref, date, kind, false);
  each(r, "conclusionCode",
       [&](const Value& c) { findings_in(cx, concept_text(&c), ref, date, kind, false); });
  read_contained_results(cx, r, ref, date, kind);
}

void read_document(ReadContext& cx, const Value& r) {
  const auto status = str(r, "status");
  if (status == "entered-in-error") return;
  const std::string ref = reference_of(r);
  const std::string date = date_of(r);
  const SourceKind kind = is_imaging(r) ? SourceKind::imaging : SourceKind::clinical;
  findings_in(cx, std::string(str(r, "description")), ref, date, kind, false);
  const auto texts = attachments(r, "content", true);
  for (const auto& t : texts) findings_in(cx, t, ref, date, kind, false);
  if (texts.empty()) findings_in(cx, narrative_text(r), ref, date, kind, false);
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
  const std::string low = lower(text);
  if (fe || (contains(low, "flexion") && contains(low, "extension"))) {
    cx.facts.flexion_extension.emplace_back(ref, trim(text));
  }
  cx.facts.spine_imaging.emplace_back(ref, trim(text));
}

}  // namespace spinecds::terminology
