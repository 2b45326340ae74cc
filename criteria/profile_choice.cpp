#include "criteria/profile_choice.h"

#include <string_view>
#include <vector>

namespace spinecds::criteria {

namespace {

std::string_view sv(const rapidjson::Value& v, const char* key) {
  if (!v.IsObject()) return {};
  auto it = v.FindMember(key);
  if (it == v.MemberEnd() || !it->value.IsString()) return {};
  return {it->value.GetString(), it->value.GetStringLength()};
}

// The names a payor goes by: its identifier value and display, and the name
// of the Organization it references when that is in the record.
std::vector<std::string> payor_names(const rapidjson::Value& payor, const fhir::Record& record) {
  std::vector<std::string> out;
  if (auto it = payor.FindMember("identifier"); it != payor.MemberEnd() && it->value.IsObject()) {
    if (auto v = sv(it->value, "value"); !v.empty()) out.emplace_back(v);
  }
  if (auto d = sv(payor, "display"); !d.empty()) out.emplace_back(d);
  const auto ref = sv(payor, "reference");
  if (!ref.empty() && record.resources.IsArray()) {
    for (const auto& r : record.resources.GetArray()) {
      if (std::string(sv(r, "resourceType")) + "/" + std::string(sv(r, "id")) != ref) continue;
      if (auto n = sv(r, "name"); !n.empty()) out.emplace_back(n);
      if (auto it = r.FindMember("identifier"); it != r.MemberEnd() && it->value.IsArray()) {
        for (const auto& id : it->value.GetArray()) {
          if (auto v = sv(id, "value"); !v.empty()) out.emplace_back(v);
        }
      }
    }
  }
  return out;
}

}  // namespace

std::string choose_profile(const fhir::Record& record,
                           const std::map<std::string, std::string>& payers, const Policy& policy) {
  if (payers.empty() || !record.resources.IsArray()) return "default";
  for (const auto& r : record.resources.GetArray()) {
    if (sv(r, "resourceType") != "Coverage") continue;
    const auto status = sv(r, "status");
    if (status == "cancelled" || status == "entered-in-error") continue;
    auto payors = r.FindMember("payor");
    if (payors == r.MemberEnd() || !payors->value.IsArray()) continue;
    for (const auto& p : payors->value.GetArray()) {
      for (const auto& name : payor_names(p, record)) {
        auto it = payers.find(name);
        if (it != payers.end() && policy.has_profile(it->second)) return it->second;
      }
    }
  }
  return "default";
}

}  // namespace spinecds::criteria
