#include "fhir/gather.h"

#include <algorithm>
#include <set>
#include <string_view>

namespace spinecds::fhir {

const std::vector<PrefetchTemplate>& lumbar_fusion_prefetch() {
  static const std::vector<PrefetchTemplate> kTemplates = {
      {"patient", "Patient/{{context.patientId}}", false},
      {"conditions", "Condition?patient={{context.patientId}}", false},
      {"procedures", "Procedure?patient={{context.patientId}}&_include=Procedure:encounter", false},
      {"observations",
       "Observation?patient={{context.patientId}}&category=imaging,exam,survey,social-history,"
       "procedure,therapy",
       false},
      {"diagnosticReports", "DiagnosticReport?patient={{context.patientId}}", false},
      {"serviceRequests", "ServiceRequest?patient={{context.patientId}}", false},
      {"medications", "MedicationRequest?patient={{context.patientId}}", false},
      {"coverage", "Coverage?patient={{context.patientId}}&status=active", false},
      {"documents", "DocumentReference?patient={{context.patientId}}", true},
  };
  return kTemplates;
}

namespace {

std::string_view str(const rapidjson::Value& v, const char* key) {
  if (!v.IsObject()) return {};
  auto it = v.FindMember(key);
  if (it == v.MemberEnd() || !it->value.IsString()) return {};
  return {it->value.GetString(), it->value.GetStringLength()};
}

void add_resource(Record& rec, std::set<std::string>& seen, const rapidjson::Value& res) {
  if (!res.IsObject()) return;
  const auto type = str(res, "resourceType");
  if (type.empty() || type == "OperationOutcome" || type == "Bundle") return;
  const std::string key = std::string(type) + "/" + std::string(str(res, "id"));
  if (!str(res, "id").empty() && !seen.insert(key).second) return;
  rapidjson::Value copy(res, rec.resources.GetAllocator());
  rec.resources.PushBack(copy, rec.resources.GetAllocator());
}

}  // namespace

GatherResult gather(const rapidjson::Value& request, const GatherOptions& options) {
  GatherResult out;
  std::set<std::string> seen;
  const rapidjson::Value* prefetch = nullptr;
  if (auto it = request.FindMember("prefetch");
      it != request.MemberEnd() && it->value.IsObject()) {
    prefetch = &it->value;
  }
  for (const auto& t : lumbar_fusion_prefetch()) {
    const rapidjson::Value* value = nullptr;
    if (prefetch) {
      if (auto it = prefetch->FindMember(t.key.c_str()); it != prefetch->MemberEnd()) {
        value = &it->value;
      }
    }
    if (!value) {
      if (!t.optional) out.record.gaps.push_back({t.key, "not available", false});
      continue;
    }
    if (value->IsNull()) continue;
    if (str(*value, "resourceType") == "OperationOutcome") {
      out.record.gaps.push_back({t.key, "the EHR's prefetch query failed", false});
      continue;
    }
    if (str(*value, "resourceType") == "Bundle") {
      if (auto e = value->FindMember("entry"); e != value->MemberEnd() && e->value.IsArray()) {
        for (const auto& entry : e->value.GetArray()) {
          if (auto r = entry.FindMember("resource"); entry.IsObject() && r != entry.MemberEnd()) {
            add_resource(out.record, seen, r->value);
          }
        }
      }
      continue;
    }
    add_resource(out.record, seen, *value);
  }
  (void)options;
  std::sort(out.record.gaps.begin(), out.record.gaps.end(),
            [](const DataGap& a, const DataGap& b) { return a.key < b.key; });
  return out;
}

}  // namespace spinecds::fhir
