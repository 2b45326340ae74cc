#pragma once
// A manipulative therapist's words for a segment (manipulative_terms.cpp),
// applied by trigger_allowed (trigger_rules.cpp).
#include <cstddef>

#include "terminology/text/sentence.h"

namespace spinecds::terminology::text {

// A chiropractic or osteopathic "subluxation" at [first, last) (a listing, a
// "subluxation complex", M99.0x) with no measure or grade in its clause: a
// restricted segment, not a slip.
bool manipulative_term(const Sentence& s, std::size_t first, std::size_t last);

}  // namespace spinecds::terminology::text
