#include <optional>
#include <string_view>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "criteria/policy.h"

namespace spinecds::criteria {

std::optional<std::string_view> embedded_file(std::string_view path);

std::string_view default_policy_text() {
  return embedded_file("policies/lumbar-fusion.json").value_or(std::string_view());
}

PolicyLoad load_policy(std::string_view json_text) {
  rapidjson::Document doc;
  doc.Parse(json_text.data(), json_text.size());
  if (doc.HasParseError()) {
    return {std::nullopt, std::string("policy is not JSON: ") +
                              rapidjson::GetParseError_En(doc.GetParseError()) + " at offset " +
                              std::to_string(doc.GetErrorOffset())};
  }
  if (!doc.IsObject()) return {std::nullopt, "policy: / must be an object"};
  for (const char* key : {"id", "version"}) {
    if (!doc.HasMember(key) || !doc[key].IsString()) {
      return {std::nullopt, std::string("policy: /") + key + " must be a string"};
    }
  }
  Policy p;
  p.id = doc["id"].GetString();
  p.version = doc["version"].GetString();
  p.text = std::string(json_text);
  return {std::move(p), ""};
}

}  // namespace spinecds::criteria
