#include "terminology/fhir_values.h"

#include "terminology/value_set_catalog.h"
#include "terminology/value_sets.h"

namespace spinecds::terminology {

using rapidjson::Value;

std::vector<Coding> codings(const Value* cc_value) {
  std::vector<Coding> out;
  if (!cc_value) return out;
  // Room for every coding at once: most concepts carry two or three.
  if (const Value* a = member(*cc_value, "coding"); a && a->IsArray()) out.reserve(a->Size());
  each(*cc_value, "coding", [&](const Value& c) {
    out.push_back({str(c, "system"), str(c, "code"), str(c, "display")});
  });
  return out;
}

bool coded_in(const Value* cc_value, std::string_view value_set) {
  if (!cc_value) return false;
  bool found = false;  // read in place: no vector of codings per question
  each(*cc_value, "coding", [&](const Value& c) {
    found = found || in_value_set(value_set, str(c, "system"), str(c, "code"));
  });
  return found;
}

namespace {

// How a clinician names a code system in a quote ("CPT 97110"); a system
// without a common name gives the bare code.
std::string_view system_label(std::string_view system) {
  const std::string_view s = canonical_system(system);
  if (s == "http://www.ama-assn.org/go/cpt") return "CPT";
  if (s == "http://snomed.info/sct") return "SNOMED CT";
  if (s == "http://loinc.org") return "LOINC";
  if (s == "http://hl7.org/fhir/sid/icd-10-cm") return "ICD-10-CM";
  if (s == "http://www.nlm.nih.gov/research/umls/rxnorm") return "RxNorm";
  if (s.find("hcpcs") != std::string_view::npos || s.find("HCPCS") != std::string_view::npos)
    return "HCPCS";
  return {};
}

}  // namespace

// The words of a CodeableConcept: its text, else its displays, else its codes
// as the record gives them ("CPT 97162"): evidence quoted from a code-only
// resource must still say what it is.
std::string concept_text(const Value* cc_value) {
  if (!cc_value) return {};
  auto t = str(*cc_value, "text");
  if (!t.empty()) return std::string(t);
  std::string out;
  each(*cc_value, "coding", [&](const Value& c) {
    const auto display = str(c, "display");
    if (display.empty()) return;
    if (!out.empty()) out += "; ";
    out += display;
  });
  if (!out.empty()) return out;
  each(*cc_value, "coding", [&](const Value& c) {
    const auto code = str(c, "code");
    if (code.empty()) return;
    if (!out.empty()) out += "; ";
    const auto label = system_label(str(c, "system"));
    if (!label.empty()) out.append(label).append(1, ' ');
    out += code;
  });
  return out;
}

std::string reference_of(const Value& r) {
  const auto type = str(r, "resourceType");
  const auto id = str(r, "id");
  std::string out;  // one allocation, not one per "+"
  out.reserve(type.size() + 1 + id.size());
  out.append(type).append(1, '/').append(id);
  return out;
}

namespace {

// Where a resource states its clinical date, most telling first.
constexpr const char* kDateKeys[] = {
    "effectiveDateTime", "performedDateTime", "authoredOn", "issued", "recordedDate", "date",
    "onsetDateTime",     "occurrenceDateTime"};
constexpr const char* kPeriodKeys[] = {"effectivePeriod", "performedPeriod", "period",
                                       "occurrencePeriod"};

// The first date of the resource that `fits`, in kDateKeys' order, then each
// period's start and end.
template <typename Fits>
std::string_view first_date(const Value& r, Fits fits) {
  for (const char* key : kDateKeys) {
    if (auto d = str(r, key); fits(d)) return d;
  }
  for (const char* key : kPeriodKeys) {
    if (const Value* p = member(r, key)) {
      if (auto d = str(*p, "start"); fits(d)) return d;
      if (auto d = str(*p, "end"); fits(d)) return d;
    }
  }
  return {};
}

}  // namespace

std::string date_of(const Value& r) {
  return std::string(
      first_date(r, [](std::string_view d) { return d.size() >= 10; }).substr(0, 10));
}

std::string_view stated_date(const Value& r) {
  return first_date(r, [](std::string_view d) { return !d.empty(); });
}

std::vector<std::string_view> concept_texts(const Value* cc) {
  std::vector<std::string_view> out;
  if (!cc) return out;
  if (auto t = str(*cc, "text"); !t.empty()) out.push_back(t);
  for (const auto& c : codings(cc)) {
    if (!c.display.empty()) out.push_back(c.display);
  }
  return out;
}

}  // namespace spinecds::terminology
