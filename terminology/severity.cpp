#include <string_view>

#include "terminology/finding.h"

namespace spinecds::terminology {

namespace {
constexpr std::string_view kNames[] = {"minimal",  "mild",
                                       "mild-to-moderate", "moderate",
                                       "moderate-to-severe", "severe"};
}

std::string to_string(Severity s) { return std::string(kNames[static_cast<int>(s)]); }

std::optional<Severity> parse_severity(std::string_view canonical) {
  for (int i = 0; i < 6; ++i) {
    if (kNames[i] == canonical) return static_cast<Severity>(i);
  }
  return std::nullopt;
}

}  // namespace spinecds::terminology
