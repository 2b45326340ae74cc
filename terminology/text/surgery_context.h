#pragma once
// Context rules for the words of an operation (surgery_context.cpp), applied
// by trigger_allowed (trigger_rules.cpp): a bare "surgery" denied, a fusion no
// surgeon made, an operation dated or listed.
#include <cstddef>

#include "terminology/text/sentence.h"

namespace spinecds::terminology::text {

// "no radiculopathy, no surgery": the bare "surgery" at [first, last) denied
// as an item of its own in a sentence about the spine.
bool bare_surgery_denied(const Sentence& s, std::size_t first, std::size_t last);
// A fusion no surgeon made: congenital, spontaneous, or of the sacroiliac joints.
bool not_spinal_fusion(const Sentence& s, std::size_t first, std::size_t last);
// "decompression in 2020", "... 3 years ago", a surgical history: the operation.
bool operation_named(const Sentence& s, std::size_t first, std::size_t last);

}  // namespace spinecds::terminology::text
