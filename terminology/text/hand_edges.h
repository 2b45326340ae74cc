// The words for the ulnar edge of the hand ("the ulnar border of the L
// hand"), the C8 dermatome as the ulnar hand is (NASS 2010). One list for the
// trigger (arm_root_sign_triggers.cpp) and the root it names (nerve_root.cpp).
#pragma once

#include <array>
#include <string_view>

namespace spinecds::terminology::text {

// The word after "ulnar": "ulnar border", "ulnar aspect", ...
inline constexpr std::array<std::string_view, 4> kUlnarEdgeWords = {"border", "aspect", "side",
                                                                    "edge"};

}  // namespace spinecds::terminology::text
