#pragma once
// Calendar arithmetic on ISO dates ("2026-11-20"), with no clock: the
// assessment's windows count back from the order's date.
#include <optional>
#include <string>
#include <string_view>

namespace spinecds::criteria {

// Days since 1970-01-01 for "YYYY-MM-DD" (a longer dateTime is cut to its
// date); nullopt when the text is not a date.
std::optional<long> day_number(std::string_view iso);
std::string iso_date(long day_number);
// The same day `months` months earlier, clamped to the month's last day.
std::optional<long> months_before(std::string_view iso, int months);
// Whether `date` falls in the `months` months up to `as_of` (a date that is
// no date, or an as-of that is none, is taken to fall in them).
bool dated_within(std::string_view date, std::string_view as_of, int months);

}  // namespace spinecds::criteria
