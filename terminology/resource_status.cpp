#include "terminology/resource_status.h"

#include <algorithm>
#include <initializer_list>
#include <string_view>

#include "fhir/json_access.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology {

namespace {

using fhir::json::member;
using fhir::json::str;

// Any coding of a CodeableConcept among `codes` (clinicalStatus,
// verificationStatus); its text too, for EHRs that send only words.
bool concept_is(const rapidjson::Value* cc, std::initializer_list<std::string_view> codes) {
  if (!cc || !cc->IsObject()) return false;
  if (const auto* list = member(*cc, "coding"); list && list->IsArray()) {
    for (const auto& c : list->GetArray()) {
      if (one_of(str(c, "code"), codes)) return true;
    }
  }
  std::string text(str(*cc, "text"));
  for (auto& ch : text) ch = static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
  return one_of(text, codes);
}

}  // namespace

bool excluded_by_status(const rapidjson::Value& r) {
  const auto type = str(r, "resourceType");
  const auto status = str(r, "status");
  if (one_of(status, {"entered-in-error", "cancelled", "not-done", "revoked", "not-taken"})) {
    return true;
  }
  if (type == "Condition") {
    return concept_is(member(r, "clinicalStatus"), {"resolved", "inactive", "remission"}) ||
           concept_is(member(r, "verificationStatus"), {"refuted", "entered-in-error"});
  }
  // A procedure in preparation or on hold has not been done as recorded: an
  // EHR marks the visits of a course paused "pending imaging" on-hold, and
  // what was done is in the completed ones.
  if (type == "Procedure") return status == "preparation" || status == "on-hold";
  if (type == "Encounter") return status == "planned";
  if (type == "DocumentReference") {
    return status == "superseded" || str(r, "docStatus") == "entered-in-error";
  }
  return false;
}

}  // namespace spinecds::terminology
