#pragma once
// Context rules for the words of a slip and of motion (motion_context.cpp),
// applied by trigger_allowed (trigger_rules.cpp): whether a sentence compares
// positions, and whether a motion word is said of a slip or a slip told by
// its vertebrae.
#include <cstddef>

#include "terminology/finding_lexicon.h"
#include "terminology/text/sentence.h"

namespace spinecds::terminology::text {

// "plate unchanged in position": the only position word is the place of
// hardware beside the word at [first, last), no positions compared.
bool place_of_hardware(const Sentence& s, std::size_t first, std::size_t last);
// "The slip does not change between the supine MRI and the standing films":
// a slip compared lying and loaded, said by a change denied (`e`).
bool unchanged_under_load(const Sentence& s, const TriggerEntry& e);
// How many positions (flexion, extension, neutral, supine) the sentence gives
// millimetre figures in.
std::size_t positions_measured(const Sentence& s);
// "L3 translates 4.5 mm anteriorly relative to L4": a slip told by its vertebrae.
bool vertebra_displaced(const Sentence& s, const TriggerEntry& e, std::size_t first,
                        std::size_t last);
// "dynamic anterolisthesis", "the slip is mobile": a motion word said of a slip.
bool said_of_slip(const Sentence& s, std::size_t first, std::size_t last);

}  // namespace spinecds::terminology::text
