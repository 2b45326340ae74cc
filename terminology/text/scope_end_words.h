#pragma once
// Where a ConText cue's forward scope ends at a word (scope_end_words.cpp),
// read by the forward scan of context_scope.cpp once the clause and list
// boundaries (scope_bounds.h) are passed.
#include <cstddef>

#include "terminology/text/scope_bounds.h"
#include "terminology/text/sentence.h"

namespace spinecds::terminology::text {

// Whether the forward scope of the cue `c` ends at toks[k]. `seen`: the scan
// has met a finding (`seen_finding`: one that is no act of care; `seen_last`:
// the end of the last one met); `label`: the cue is a list's label
// ("Negative:"); `hedge_cue`: it hedges or plans.
bool forward_scope_ends(const Sentence& s, const scope::CueHit& c, std::size_t k, bool seen,
                        bool seen_finding, std::size_t seen_last, bool label, bool hedge_cue);

}  // namespace spinecds::terminology::text
