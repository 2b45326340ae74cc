#include "service/schema_set.h"

#include <array>
#include <optional>
#include <stdexcept>
#include <vector>

#include <rapidjson/schema.h>
#include <rapidjson/stringbuffer.h>

#include "fhir/json_access.h"
#include "service/schema_formats.h"

namespace spinecds::service {

std::optional<std::string_view> embedded_file(std::string_view path);

namespace {

constexpr std::array<const char*, 4> kFiles = {
    "schemas/hook-request.schema.json", "schemas/order-sign-context.schema.json",
    "schemas/order-select-context.schema.json", "schemas/feedback-request.schema.json"};

std::string describe(std::string_view keyword, const std::string& pointer) {
  const std::string where = pointer.empty() ? "the body" : pointer;
  if (keyword == "required") return where + " is missing a required member";
  if (keyword == "type") return where + " has the wrong JSON type";
  if (keyword == "format") return where + " is not in the required format";
  if (keyword == "enum") return where + " is not one of the allowed values";
  if (keyword == "minLength" || keyword == "minItems" || keyword == "minProperties") {
    return where + " must not be empty";
  }
  if (keyword == "dependencies") return where + " names a member that needs another member";
  return where + " is invalid (" + std::string(keyword) + ")";
}

// RapidJSON 1.1 reports the object holding a missing member, not the
// member; find it from the failing schema's `required` (or `dependencies`)
// so the caller sees "/context/patientId" instead of "/context".
std::string missing_member(const rapidjson::Value& schema_root, const rapidjson::Value& doc_root,
                           const rapidjson::Pointer& schema_ptr, const rapidjson::Pointer& doc_ptr,
                           std::string_view keyword) {
  const auto* rule = schema_ptr.Get(schema_root);
  const auto* object = doc_ptr.Get(doc_root);
  if (!rule || !object || !rule->IsObject() || !object->IsObject()) return {};
  if (keyword == "required" && rule->HasMember("required") && (*rule)["required"].IsArray()) {
    for (const auto& name : (*rule)["required"].GetArray()) {
      if (name.IsString() && !object->HasMember(name.GetString())) return name.GetString();
    }
  }
  if (keyword == "dependencies" && rule->HasMember("dependencies") &&
      (*rule)["dependencies"].IsObject()) {
    for (const auto& dep : (*rule)["dependencies"].GetObject()) {
      if (!object->HasMember(dep.name) || !dep.value.IsArray()) continue;
      for (const auto& name : dep.value.GetArray()) {
        if (name.IsString() && !object->HasMember(name.GetString())) return name.GetString();
      }
    }
  }
  return {};
}

std::unique_ptr<SchemaViolation> run(const rapidjson::SchemaDocument& schema,
                                     const rapidjson::Value& schema_root,
                                     const rapidjson::Value& value, bool check_format) {
  rapidjson::SchemaValidator v(schema);
  if (value.Accept(v)) {
    // Structure and types first, then the formats of the strings.
    auto f = check_format ? check_formats(schema_root, schema_root, value) : nullptr;
    if (!f) return nullptr;
    auto out = std::make_unique<SchemaViolation>();
    out->pointer = std::move(f->pointer);
    out->keyword = "format";
    out->message = describe(out->keyword, out->pointer);
    return out;
  }
  auto out = std::make_unique<SchemaViolation>();
  std::string pointer = fhir::json::pointer_text(v.GetInvalidDocumentPointer());
  out->keyword = v.GetInvalidSchemaKeyword();
  if (out->keyword == "required" || out->keyword == "dependencies") {
    const auto member = missing_member(schema_root, value, v.GetInvalidSchemaPointer(),
                                       v.GetInvalidDocumentPointer(), out->keyword);
    if (!member.empty()) pointer += "/" + member;
  }
  out->pointer = pointer;
  out->message = describe(out->keyword, pointer);
  return out;
}

// What the hook-request schema can see of a request: the request with each
// prefetch resource cut down to its resourceType members, and `context` and
// `extension` cut down to their member names (values null). The schema
// constrains nothing deeper in the prefetch, and of `context` and
// `extension` only their type and member count (tests/unit/
// test_service_schemas checks it stays so; the order's context has its own
// schema), yet RapidJSON's validator walks every value it is given: the
// whole prefetch was most of validation's cost, the context (3.5 KB of the
// seed call, walked again by its own schema) most of the rest (issue 14).
// Members are copied node by node; the strings are shared, not copied.
rapidjson::Value hook_request_outline(const rapidjson::Value& request,
                                      rapidjson::MemoryPoolAllocator<>& a) {
  rapidjson::Value out(rapidjson::kObjectType);
  for (const auto& m : request.GetObject()) {
    if ((m.name == "context" || m.name == "extension") && m.value.IsObject()) {
      rapidjson::Value names(rapidjson::kObjectType);
      for (const auto& member : m.value.GetObject()) {
        names.AddMember(rapidjson::Value(member.name, a), rapidjson::Value(), a);
      }
      out.AddMember(rapidjson::Value(m.name, a), names, a);
      continue;
    }
    if (m.name != "prefetch" || !m.value.IsObject()) {
      out.AddMember(rapidjson::Value(m.name, a), rapidjson::Value(m.value, a), a);
      continue;
    }
    rapidjson::Value prefetch(rapidjson::kObjectType);
    for (const auto& key : m.value.GetObject()) {
      rapidjson::Value resource;
      if (key.value.IsObject()) {
        resource.SetObject();
        for (const auto& member : key.value.GetObject()) {
          if (member.name != "resourceType") continue;  // every one, should there be two
          resource.AddMember(rapidjson::Value(member.name, a), rapidjson::Value(member.value, a),
                             a);
        }
      } else {
        resource.CopyFrom(key.value, a);
      }
      prefetch.AddMember(rapidjson::Value(key.name, a), resource, a);
    }
    out.AddMember(rapidjson::Value(m.name, a), prefetch, a);
  }
  return out;
}

}  // namespace

struct SchemaSet::Impl {
  std::vector<std::unique_ptr<rapidjson::Document>> sources;
  // Without `pattern` (require_checkable) a compiled schema holds no
  // per-call state, so every thread validates against it at once.
  std::vector<std::unique_ptr<rapidjson::SchemaDocument>> schemas;
};

SchemaSet::SchemaSet() : impl_(std::make_unique<Impl>()) {
  for (const char* file : kFiles) {
    const auto text = embedded_file(file);
    if (!text) throw std::runtime_error(std::string("embedded schema missing: ") + file);
    auto sd = std::make_unique<rapidjson::Document>();
    sd->Parse(text->data(), text->size());
    if (sd->HasParseError()) throw std::runtime_error(std::string("bad schema: ") + file);
    require_checkable(*sd, file);
    impl_->schemas.push_back(std::make_unique<rapidjson::SchemaDocument>(*sd));
    impl_->sources.push_back(std::move(sd));
  }
}

SchemaSet::~SchemaSet() = default;

std::unique_ptr<SchemaViolation> SchemaSet::validate(SchemaId id,
                                                     const rapidjson::Value& value) const {
  const auto i = static_cast<std::size_t>(id);
  if (id == SchemaId::hook_request && value.IsObject()) {
    rapidjson::MemoryPoolAllocator<> a;
    const auto outline = hook_request_outline(value, a);
    return run(*impl_->schemas.at(i), *impl_->sources.at(i), outline, true);
  }
  return run(*impl_->schemas.at(i), *impl_->sources.at(i), value, true);
}

std::unique_ptr<SchemaViolation> validate_with_schema_text(std::string_view schema_text,
                                                           const rapidjson::Value& value) {
  rapidjson::Document sd;
  sd.Parse(schema_text.data(), schema_text.size());
  if (sd.HasParseError()) {
    auto out = std::make_unique<SchemaViolation>();
    out->message = "the schema is not JSON";
    return out;
  }
  rapidjson::SchemaDocument schema(sd);
  return run(schema, sd, value, false);
}

}  // namespace spinecds::service
