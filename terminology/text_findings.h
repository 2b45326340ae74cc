#pragma once
// Findings in free text (radiology impressions, notes, order text) with
// segments, severity, negation and uncertainty scoped to their phrase.
#include <string>
#include <string_view>
#include <vector>

#include "terminology/finding.h"

namespace spinecds::terminology {

std::vector<Finding> extract_findings(std::string_view text);

// {"findings": [...]}, the shape of DESIGN.md §4, for findings read from
// `text`: their byte spans print as Unicode code point offsets.
std::string findings_to_json(std::string_view text, const std::vector<Finding>& findings);

}  // namespace spinecds::terminology
