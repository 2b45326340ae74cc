#include "service/schema_formats.h"

#include <array>
#include <stdexcept>
#include <utility>

#include <rapidjson/pointer.h>

#include "fhir/json_access.h"
#include "fhir/syntax.h"

namespace spinecds::service {
namespace {

bool is_user_reference(std::string_view s) {
  if (!fhir::is_typed_reference(s)) return false;
  const auto type = s.substr(0, s.find('/'));
  return type == "Practitioner" || type == "PractitionerRole" || type == "Patient" ||
         type == "RelatedPerson";
}

constexpr std::array<std::pair<std::string_view, FormatCheck>, 8> kFormats = {{
    {"fhir-id", &fhir::is_fhir_id},
    {"fhir-resource-type", &fhir::is_resource_type},
    {"fhir-reference", &fhir::is_typed_reference},
    {"fhir-user-reference", &is_user_reference},
    {"fhir-base", &fhir::is_fhir_base},
    {"b64token", &fhir::is_b64token},
    {"uuid", &fhir::is_uuid},
    {"utc-instant", &fhir::is_utc_instant},
}};

const rapidjson::Value* resolve(const rapidjson::Value& root, const rapidjson::Value& schema) {
  const rapidjson::Value* s = &schema;
  // A chain of $refs is at most as long as the definitions list.
  for (int hops = 0; hops < 16 && s->IsObject(); ++hops) {
    const auto ref = s->FindMember("$ref");
    if (ref == s->MemberEnd() || !ref->value.IsString()) return s;
    if (ref->value.GetStringLength() == 0 || ref->value.GetString()[0] != '#') return nullptr;
    const rapidjson::Pointer p(ref->value.GetString() + 1, ref->value.GetStringLength() - 1);
    if (!p.IsValid()) return nullptr;
    s = p.Get(root);
    if (!s) return nullptr;
  }
  return s && s->IsObject() ? s : nullptr;
}

struct Walker {
  const rapidjson::Value& root;
  std::string pointer;

  std::unique_ptr<FormatViolation> walk(const rapidjson::Value& schema_in,
                                        const rapidjson::Value& value) {
    const auto* schema = resolve(root, schema_in);
    if (!schema) return nullptr;
    if (value.IsString()) {
      const auto f = schema->FindMember("format");
      if (f != schema->MemberEnd() && f->value.IsString()) {
        const auto check = format_check(f->value.GetString());
        if (!check || !check(std::string_view(value.GetString(), value.GetStringLength()))) {
          return std::make_unique<FormatViolation>(FormatViolation{pointer, f->value.GetString()});
        }
      }
      return nullptr;
    }
    if (value.IsObject()) return walk_object(*schema, value);
    if (value.IsArray()) {
      const auto items = schema->FindMember("items");
      if (items == schema->MemberEnd() || !items->value.IsObject()) return nullptr;
      for (rapidjson::SizeType i = 0; i < value.Size(); ++i) {
        if (auto v = descend(std::to_string(i), items->value, value[i])) return v;
      }
    }
    return nullptr;
  }

  std::unique_ptr<FormatViolation> walk_object(const rapidjson::Value& schema,
                                               const rapidjson::Value& value) {
    const auto props = schema.FindMember("properties");
    const bool has_props = props != schema.MemberEnd() && props->value.IsObject();
    const auto extra = schema.FindMember("additionalProperties");
    const bool has_extra = extra != schema.MemberEnd() && extra->value.IsObject();
    if (!has_props && !has_extra) return nullptr;
    for (const auto& m : value.GetObject()) {
      const rapidjson::Value* sub = nullptr;
      if (has_props) {
        const auto p = props->value.FindMember(m.name);
        if (p != props->value.MemberEnd()) sub = &p->value;
      }
      if (!sub && has_extra) sub = &extra->value;
      if (!sub) continue;
      const std::string_view name(m.name.GetString(), m.name.GetStringLength());
      if (auto v = descend(fhir::json::pointer_token(name), *sub, m.value)) return v;
    }
    return nullptr;
  }

  std::unique_ptr<FormatViolation> descend(const std::string& token, const rapidjson::Value& schema,
                                           const rapidjson::Value& value) {
    const auto size = pointer.size();
    pointer += "/" + token;
    auto v = walk(schema, value);
    pointer.resize(size);
    return v;
  }
};

// `names`: the members of `schema` are member names ("properties",
// "definitions"), each holding a schema, not keywords.
void require_checkable_at(const rapidjson::Value& schema, const std::string& name,
                          const std::string& where, bool names) {
  if (schema.IsArray()) {
    for (rapidjson::SizeType i = 0; i < schema.Size(); ++i) {
      require_checkable_at(schema[i], name, where + "/" + std::to_string(i), false);
    }
    return;
  }
  if (!schema.IsObject()) return;
  for (const auto& m : schema.GetObject()) {
    const std::string key(m.name.GetString(), m.name.GetStringLength());
    std::string problem;
    if (!names && (key == "pattern" || key == "patternProperties")) {
      problem = " uses a regex (`" + key + "`); use a `format` instead";
    } else if (!names && key == "format" &&
               (!m.value.IsString() || !format_check(m.value.GetString()))) {
      problem = " names a format without a validator";
    }
    if (!problem.empty()) {
      std::string what = name;
      what += where;
      what += problem;
      throw std::runtime_error(what);
    }
    const bool child_names = !names && (key == "properties" || key == "definitions");
    std::string below = where;
    below += '/';
    below += key;
    require_checkable_at(m.value, name, below, child_names);
  }
}

}  // namespace

FormatCheck format_check(std::string_view format) {
  for (const auto& [name, check] : kFormats) {
    if (name == format) return check;
  }
  return nullptr;
}

std::unique_ptr<FormatViolation> check_formats(const rapidjson::Value& root,
                                               const rapidjson::Value& schema,
                                               const rapidjson::Value& value) {
  Walker w{root, {}};
  return w.walk(schema, value);
}

void require_checkable(const rapidjson::Value& schema, const std::string& name) {
  require_checkable_at(schema, name, "", false);
}

}  // namespace spinecds::service
