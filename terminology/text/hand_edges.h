// The hand's edges and digits as roots: the ulnar edge of the hand ("the
// ulnar border of the L hand") is the C8 dermatome as the ulnar hand is (NASS
// 2010); numbered digits name C6 (1-2), C7 (3) or C8 (4-5). One list for the
// trigger (arm_root_sign_triggers.cpp) and the root it names (nerve_root.cpp).
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

#include "terminology/text/sentence.h"

namespace spinecds::terminology::text {

// The word after "ulnar": "ulnar border", "ulnar aspect", ...
inline constexpr std::array<std::string_view, 4> kUlnarEdgeWords = {"border", "aspect", "side",
                                                                    "edge"};

// "ulnar border of the hand" at toks[k] (the session-23 outside writers'
// bcc-024): the C8 dermatome.
bool ulnar_edge_of_hand(const Sentence& s, std::size_t k);

// The root numbered digits at toks[k] name ("digits 1-2", "the 4th and 5th
// fingers"), when every digit named is of one root.
std::optional<std::string_view> digit_root(const Sentence& s, std::size_t k);

}  // namespace spinecds::terminology::text
