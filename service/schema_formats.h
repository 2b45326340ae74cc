#pragma once
// The `format` keyword of the project's schemas (service/schemas/), checked
// by explicit validators from fhir/syntax.h. RapidJSON 1.1 ignores `format`;
// its own `pattern` matcher stops at a NUL and serialises callers on a
// per-schema lock, so the schemas use no `pattern` at all.
#include <memory>
#include <string>
#include <string_view>

#include <rapidjson/document.h>

namespace spinecds::service {

// The validator for a format name, or null when the project has none.
using FormatCheck = bool (*)(std::string_view);
FormatCheck format_check(std::string_view format);

struct FormatViolation {
  std::string pointer;  // JSON Pointer of the string that fails its format
  std::string format;   // "fhir-id"
};

// Walks `value` along `schema` (properties, additionalProperties, items and
// local "#/definitions/..." $refs) and checks every string whose schema names
// a format. `root` resolves $refs. Returns the first violation in document
// order, or nullopt-like null.
std::unique_ptr<FormatViolation> check_formats(const rapidjson::Value& root,
                                               const rapidjson::Value& schema,
                                               const rapidjson::Value& value);

// Throws std::runtime_error when the schema uses `pattern` or a format the
// project cannot check: caught once at start, never per request.
void require_checkable(const rapidjson::Value& schema, const std::string& name);

}  // namespace spinecds::service
