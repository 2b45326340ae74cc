#pragma once
// Rendering a CDS Hooks 2.0 prefetch template with the hook's context.
#include <optional>
#include <string>
#include <string_view>

#include <rapidjson/document.h>

namespace spinecds::fhir {

// Replaces every token: {{context.<field>}} for a root-level primitive field
// of `context` (patientId, userId, encounterId, ...) and the user identifiers
// {{userPractitionerId}}, {{userPractitionerRoleId}}, {{userPatientId}},
// {{userRelatedPersonId}}, taken from the typed context.userId
// ("Practitioner/123" gives userPractitionerId 123 and no other).
//
// nullopt when any token cannot be resolved (absent field, a userId of
// another type, an unknown or malformed token): such a template is skipped,
// never guessed. A value that is neither FHIR id syntax nor a typed
// reference ("Practitioner/pr-1") counts as unresolved; values are also
// percent-encoded, so an id cannot add query parameters or path segments.
std::optional<std::string> render_prefetch_template(std::string_view tmpl,
                                                    const rapidjson::Value& context);

}  // namespace spinecds::fhir
