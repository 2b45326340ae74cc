#include "cards/coverage_information.h"
#include "criteria/criterion_ids.h"

#include <vector>

#include "cards/card_uuid.h"
#include "cards/criterion_names.h"
#include "cards/json_build.h"
#include "cards/levels_text.h"

namespace spinecds::cards {

namespace {

bool usable_coverage(const rapidjson::Value& r, std::string_view patient_id) {
  if (!r.IsObject() || str_member(&r, "resourceType") != "Coverage") return false;
  if (str_member(&r, "id").empty()) return false;
  const auto status = str_member(&r, "status");
  if (!status.empty() && status != "active") return false;
  const auto beneficiary = str_member(member(&r, "beneficiary"), "reference");
  if (!beneficiary.empty() && !patient_id.empty() &&
      beneficiary != "Patient/" + std::string(patient_id) &&
      !beneficiary.ends_with("/Patient/" + std::string(patient_id))) {
    return false;
  }
  return true;
}

const rapidjson::Value* coverage_in(const rapidjson::Value* v, std::string_view patient_id) {
  if (v == nullptr || !v->IsObject()) return nullptr;
  if (usable_coverage(*v, patient_id)) return v;
  if (str_member(v, "resourceType") != "Bundle") return nullptr;
  const auto* entries = member(v, "entry");
  if (entries == nullptr || !entries->IsArray()) return nullptr;
  for (const auto& e : entries->GetArray()) {
    const auto* r = member(&e, "resource");
    if (r != nullptr && usable_coverage(*r, patient_id)) return r;
  }
  return nullptr;
}

// Appends the extension {"url": url, value_key: value}.
void add_extension(rapidjson::Value& exts, std::string_view url, std::string_view value_key,
                   rapidjson::Value value, Alloc& a) {
  rapidjson::Value e(rapidjson::kObjectType);
  put(e, "url", url, a);
  put(e, value_key, std::move(value), a);
  exts.PushBack(e, a);
}

void add_code(rapidjson::Value& exts, std::string_view url, std::string_view code, Alloc& a) {
  add_extension(exts, url, "valueCode", jstr(code, a), a);
}

// {"text": text} as a CodeableConcept.
rapidjson::Value text_concept(std::string_view text, Alloc& a) {
  rapidjson::Value cc(rapidjson::kObjectType);
  put(cc, "text", text, a);
  return cc;
}

void add_reason(rapidjson::Value& exts, const std::string& text, Alloc& a) {
  add_extension(exts, "reason", "valueCodeableConcept", text_concept(text, a), a);
}

std::string pa_code(std::string_view configured, CrdVersion v) {
  // `satisfied` needs a satisfied-pa-id we never have; `indeterminate` needs a
  // reason and exists only in 2.2. Anything unusable falls back to the
  // default: lumbar fusion needs prior authorization at most payers.
  if (configured == "no-auth" || configured == "auth-needed" || configured == "performpa" ||
      configured == "conditional") {
    return std::string(configured);
  }
  (void)v;
  return "auth-needed";
}

std::vector<std::string> documentation_gaps(const criteria::Assessment& a) {
  std::vector<std::string> out;
  for (const auto& c : a.criteria) {
    if (c.status != criteria::Status::not_met && c.status != criteria::Status::unknown) continue;
    if (c.id == criteria::criterion_id::kInstability) {
      std::vector<Segment> unsupported;
      for (auto s : a.requested_levels) {
        if (!contains(a.supported_fusion_levels, s)) unsupported.push_back(s);
      }
      if (!unsupported.empty()) {
        out.push_back("Documentation does not show instability at " + segment_list(unsupported));
        continue;
      }
    }
    out.push_back(
        std::string(c.status == criteria::Status::unknown ? "Not documented: " : "Not met: ") +
        c.title);
  }
  return out;
}

}  // namespace

std::optional<std::string> find_coverage_reference(const rapidjson::Value* request) {
  const auto patient_id = str_member(member(request, "context"), "patientId");
  const auto* prefetch = member(request, "prefetch");
  if (prefetch == nullptr || !prefetch->IsObject()) return std::nullopt;
  const rapidjson::Value* found = coverage_in(member(prefetch, "coverage"), patient_id);
  if (found == nullptr) {
    for (const auto& m : prefetch->GetObject()) {
      found = coverage_in(&m.value, patient_id);
      if (found != nullptr) break;
    }
  }
  if (found == nullptr) return std::nullopt;
  return "Coverage/" + std::string(str_member(found, "id"));
}

std::optional<std::string> find_coverage_reference(const fhir::Record& record,
                                                   std::string_view patient_id) {
  if (!record.resources.IsArray()) return std::nullopt;
  std::optional<std::string> best;
  for (const auto& r : record.resources.GetArray()) {
    if (!usable_coverage(r, patient_id)) continue;
    std::string id(str_member(&r, "id"));
    if (!best || id < *best) best = std::move(id);
  }
  if (!best) return std::nullopt;
  return "Coverage/" + *best;
}

std::string coverage_assertion_id(std::string_view patient_id,
                                  std::string_view coverage_reference) {
  return "spinecds-" +
         sha1_hex(std::string(patient_id) + "|" + std::string(coverage_reference), 20);
}

rapidjson::Value coverage_information_extension(const CoverageInformationInput& in, Alloc& a) {
  const criteria::Assessment& as = *in.assessment;
  const bool covered = as.verdict == criteria::Verdict::supported;
  const std::string pa = pa_code(in.pa_needed, in.version);

  rapidjson::Value exts(rapidjson::kArrayType);
  add_extension(exts, "coverage", "valueReference", reference(in.coverage_reference, a), a);
  add_code(exts, "covered", covered ? "covered" : "conditional", a);
  // 2.0.1's crd-ci-q2 as the Inferno kit enforces it: pa-needed whenever the
  // service is not `not-covered`.
  add_code(exts, "pa-needed", pa, a);
  add_code(exts, "doc-needed", "clinical", a);
  add_code(exts, "doc-purpose",
           (pa == "auth-needed" || pa == "performpa") ? "withpa" : "retain-doc", a);
  // 2.0.1 q3: info-needed only with something conditional; 2.2 q3: any
  // conditional needs info-needed. OTH needs a reason (2.2 q6): added below.
  if (!covered) add_code(exts, "info-needed", "OTH", a);

  const auto gaps = documentation_gaps(as);
  for (const auto& g : gaps) add_reason(exts, g, a);
  if (gaps.empty() || covered) {
    const std::string what = covered ? "Documentation supports fusion " : "Fusion ";
    add_reason(exts,
               what + construct_name(as.supported_fusion_levels, as.supported_pelvic_fixation) +
                   " under the lumbar fusion policy (" + std::string(verdict_text(as.verdict)) +
                   "); clinical documentation goes with the prior authorization request",
               a);
  }
  if (!as.supported_fusion_levels.empty()) {
    rapidjson::Value d(rapidjson::kArrayType);
    if (in.version == CrdVersion::v2_2) add_code(d, "category", "cat-decisional", a);
    add_extension(d, "code", "valueCodeableConcept",
                  text_concept("Fusion levels supported by the documentation", a), a);
    add_extension(d, "value", "valueString", jstr(segment_list(as.supported_fusion_levels), a), a);
    add_extension(exts, "detail", "extension", std::move(d), a);
  }
  add_extension(exts, "date", "valueDate", jstr(std::string_view(as.as_of).substr(0, 10), a), a);
  add_extension(exts, "coverage-assertion-id", "valueString",
                jstr(coverage_assertion_id(in.patient_id, in.coverage_reference), a), a);

  rapidjson::Value ext(rapidjson::kObjectType);
  put(ext, "url", kCoverageInformationUrl, a);
  put(ext, "extension", std::move(exts), a);
  return ext;
}

rapidjson::Value with_extension(const rapidjson::Value& resource, const rapidjson::Value& extension,
                                Alloc& a) {
  rapidjson::Value out(resource, a);
  if (!out.IsObject()) return out;
  const auto url = str_member(&extension, "url");
  auto it = out.FindMember("extension");
  if (it == out.MemberEnd() || !it->value.IsArray()) {
    if (it != out.MemberEnd()) out.RemoveMember(it);
    out.AddMember("extension", rapidjson::Value(rapidjson::kArrayType), a);
    it = out.FindMember("extension");
  }
  auto& arr = it->value;
  for (auto e = arr.Begin(); e != arr.End();) {
    if (str_member(&*e, "url") == url) {
      e = arr.Erase(e);
    } else {
      ++e;
    }
  }
  arr.PushBack(rapidjson::Value(extension, a), a);
  return out;
}

}  // namespace spinecds::cards
