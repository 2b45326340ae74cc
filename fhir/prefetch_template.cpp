#include "fhir/prefetch_template.h"

#include <array>
#include <cctype>
#include <utility>

#include "fhir/syntax.h"

namespace spinecds::fhir {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::string percent_encode(std::string_view value) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : value) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    }
  }
  return out;
}

std::optional<std::string> context_value(std::string_view field, const rapidjson::Value& context) {
  if (!context.IsObject() || field.empty()) return std::nullopt;
  const auto it =
      context.FindMember(rapidjson::Value(rapidjson::StringRef(field.data(), field.size())));
  if (it == context.MemberEnd()) return std::nullopt;
  const auto& v = it->value;
  // Only root-level primitives are tokens (CDS Hooks 2.0); objects such as
  // draftOrders are not.
  if (v.IsString()) return std::string(v.GetString(), v.GetStringLength());
  if (v.IsInt64()) return std::to_string(v.GetInt64());
  if (v.IsUint64()) return std::to_string(v.GetUint64());
  if (v.IsBool()) return v.GetBool() ? "true" : "false";
  return std::nullopt;
}

std::optional<std::string> user_id_of_type(std::string_view type, const rapidjson::Value& context) {
  auto user = context_value("userId", context);
  if (!user || user->size() <= type.size() + 1 || user->compare(0, type.size(), type) != 0 ||
      (*user)[type.size()] != '/') {
    return std::nullopt;
  }
  auto id = user->substr(type.size() + 1);
  if (id.find('/') != std::string::npos) return std::nullopt;
  return id;
}

std::optional<std::string> resolve(std::string_view token, const rapidjson::Value& context) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kUserTokens = {{
      {"userPractitionerId", "Practitioner"},
      {"userPractitionerRoleId", "PractitionerRole"},
      {"userPatientId", "Patient"},
      {"userRelatedPersonId", "RelatedPerson"},
  }};
  for (const auto& [name, type] : kUserTokens) {
    if (token == name) return user_id_of_type(type, context);
  }
  constexpr std::string_view kContext = "context.";
  if (token.substr(0, kContext.size()) == kContext) {
    const auto field = token.substr(kContext.size());
    if (field.find('.') != std::string_view::npos) return std::nullopt;  // not root-level
    return context_value(field, context);
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> render_prefetch_template(std::string_view tmpl,
                                                    const rapidjson::Value& context) {
  std::string out;
  std::size_t pos = 0;
  while (pos < tmpl.size()) {
    const auto open = tmpl.find("{{", pos);
    if (open == std::string_view::npos) {
      if (tmpl.find("}}", pos) != std::string_view::npos) return std::nullopt;
      out.append(tmpl.substr(pos));
      break;
    }
    out.append(tmpl.substr(pos, open - pos));
    const auto close = tmpl.find("}}", open + 2);
    if (close == std::string_view::npos) return std::nullopt;
    const auto value = resolve(trim(tmpl.substr(open + 2, close - open - 2)), context);
    // Every token stands for a FHIR id (context.userId for a typed
    // reference); anything else (empty, a dot segment, a control character)
    // is as good as unresolved, whatever the caller checked before.
    if (!value || !(is_fhir_id(*value) || is_typed_reference(*value)) || *value == "." ||
        *value == "..") {
      return std::nullopt;
    }
    out += percent_encode(*value);
    pos = close + 2;
  }
  return out;
}

}  // namespace spinecds::fhir
