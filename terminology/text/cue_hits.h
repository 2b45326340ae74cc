#pragma once
// The ConText cues found in a sentence (cue_hits.cpp), whose scopes
// context_scope.cpp applies.
#include <vector>

#include "terminology/text/scope_bounds.h"
#include "terminology/text/sentence.h"

namespace spinecds::terminology::text {

// The cues of `s` in text order: at each place the longest cue phrase, or a
// cue written in signs or by its place, less those that are no cue there.
std::vector<scope::CueHit> find_cues(const Sentence& s);

}  // namespace spinecds::terminology::text
