#pragma once
// Lines a fax machine, a scanner or a paginating printer puts inside a
// report ("Page 2 of 3", "FAX 555-0142  10/03/2019 14:22  P.004", "RE: DOE,
// JOHN  DOB: 01/02/1941  MR#: 0048812"): they cut a sentence in two
// wherever the page broke, and say nothing clinical.
#include <string>
#include <string_view>

namespace spinecds::terminology {

// `text` with every such line, and the line break after it, blanked to
// spaces (same length, so byte offsets into `text` stay right); empty when
// the text holds none.
std::string without_page_banners(std::string_view text);

}  // namespace spinecds::terminology
