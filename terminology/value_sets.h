#pragma once
// Value sets as data (FHIR R4 ValueSet JSON with expansion.contains, embedded
// from terminology/valuesets/), answering membership in O(1).
#include <string>
#include <string_view>

namespace spinecds::terminology {

// Value set ids are the file names without ".json" ("spinal-fusion-lumbar",
// "physical-therapy-formal", "flexion-extension-imaging", ...).
bool in_value_set(std::string_view value_set_id, std::string_view system, std::string_view code);

}  // namespace spinecds::terminology
