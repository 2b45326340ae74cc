#pragma once
// ConText cues the phrase table cannot hold as phrases (cue_forms.cpp):
// written in signs ("+/-"), cues by their place in the clause ("Should
// myelopathic signs appear, ...", "; for laminectomy L3-L5"), and table cues
// that read otherwise where they stand ("?PIVD" asks forwards, "ACDF
// offered;" backwards, a "healed fracture with" a slip heals no slip).
#include <cstddef>
#include <optional>

#include "terminology/text/scope_bounds.h"

namespace spinecds::terminology::text::scope {

// A cue written in signs or by its place at toks[i]; nullopt when none.
std::optional<CueHit> written_cue(const Sentence& s, std::size_t i);

// The table's cue `best`, whose match ends before toks[end], as it reads
// where it stands: the entry to apply, or nullptr when it is no cue there.
const CueEntry* cue_in_place(const Sentence& s, std::size_t end, const CueEntry* best);

}  // namespace spinecds::terminology::text::scope
