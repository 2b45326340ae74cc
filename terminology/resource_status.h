#pragma once
// Status everywhere: a resource that was entered in error, refuted, resolved
// or inactive, cancelled, revoked, not done or on hold never counts toward a
// criterion and is never quoted as evidence. One rule for every reader.
#include <rapidjson/document.h>

namespace spinecds::terminology {

bool excluded_by_status(const rapidjson::Value& resource);

}  // namespace spinecds::terminology
