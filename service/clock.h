#pragma once
// The one place the service reads the wall clock; the pipeline gets dates as values.
#include <string>

namespace spinecds::service {
std::string utc_date_today();    // "2026-11-26"
std::string utc_timestamp_now();  // "2026-11-26T10:00:00Z"
}  // namespace spinecds::service
