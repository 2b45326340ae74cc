#pragma once
// The project's draft-04 schemas (service/schemas/, embedded), compiled once
// at start and shared read-only by every request thread.
#include <memory>
#include <string>
#include <string_view>

#include <rapidjson/document.h>

namespace spinecds::service {

struct SchemaViolation {
  std::string pointer;  // JSON Pointer of the offending value ("/context/patientId")
  std::string keyword;  // "required", "type", "format", ...
  std::string message;  // one sentence for the caller
};

enum class SchemaId { hook_request, order_sign_context, order_select_context, feedback_request };

class SchemaSet {
 public:
  SchemaSet();
  ~SchemaSet();
  SchemaSet(const SchemaSet&) = delete;
  SchemaSet& operator=(const SchemaSet&) = delete;

  // nullopt-like: an empty pointer means valid.
  std::unique_ptr<SchemaViolation> validate(SchemaId id, const rapidjson::Value& value) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Validates against a schema given as text (tests use it for the shared
// reference schemas, which hold `pattern`s: RapidJSON's own matcher, so never
// for request input). Returns nullptr when valid.
std::unique_ptr<SchemaViolation> validate_with_schema_text(std::string_view schema_text,
                                                           const rapidjson::Value& value);

}  // namespace spinecds::service
