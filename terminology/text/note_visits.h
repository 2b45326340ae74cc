#pragma once
// A therapy note's heading and the treatment lines under it: "PT daily note
// 10/02." heads "Therex 20 min, manual therapy, mechanical traction", one
// visit, so one therapy item (tests/data/eval/README.md, session 21: a daily
// note is therapy that took place).
#include <cstddef>
#include <limits>
#include <vector>

#include "terminology/finding.h"
#include "terminology/text/sentence.h"
#include "terminology/text/sentence_findings.h"

namespace spinecds::terminology::text {

// No note heading open.
inline constexpr std::size_t kNoNoteHeader = std::numeric_limits<std::size_t>::max();

// Whether the sentence heads a therapy note ("PT INITIAL EVAL 01/13/2025 -
// Dx: ...", "HOME HEALTH PT VISIT NOTE 03/06/2025"), given its drafts.
bool heads_therapy_note(const Sentence& s, const std::vector<Draft>& drafts);

// Folds a treatment line's therapy into the heading's item out[header_item]
// and returns true; false when it stays an item of its own (a course's
// length, a home programme, no heading open).
bool joins_note_header(std::size_t header_item, const Finding& f, std::vector<Finding>& out);

}  // namespace spinecds::terminology::text
