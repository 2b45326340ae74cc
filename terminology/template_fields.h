#pragma once
// Pick lists a note template left unanswered: Epic's SmartLists print as
// "{YES/NO:19197}" or "{Blank single:19197::"***"}" when the author skips
// them. Their option words ("YES/NO") answer nothing.
#include <string>
#include <string_view>

namespace spinecds::terminology {

// `text` with every such field blanked to spaces (same length, so byte
// offsets into `text` stay right); empty when the text holds none.
std::string without_unfilled_fields(std::string_view text);

}  // namespace spinecds::terminology
