#pragma once
// Error responses as FHIR OperationOutcome bodies (DESIGN.md §3): the FHIR
// issue type, the project's stable error id, a human sentence and, for bad
// input, the path of the field.
#include <string>
#include <string_view>

#include "service/http_types.h"

namespace spinecds::service {

std::string fhir_issue_code(int status);

HttpResponse operation_outcome(int status, std::string_view error_id, std::string_view diagnostics,
                               std::string_view expression = {});

}  // namespace spinecds::service
