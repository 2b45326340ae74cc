#pragma once
// A clinician's note that names the ordered operation without a word of
// plan or of the past ("Case: TLIF L4-S1 with S2AI, surgery date 12/22",
// "booking C5-6 ACDF") restates the order; it is no earlier fusion. Shared
// by the lumbar and cervical engines, so both tell a plan from history alike.
#include <set>
#include <string_view>

#include "terminology/record_facts.h"
#include "terminology/segment.h"

namespace spinecds::criteria {

// Whether `rf`, a fusion finding, is the order restated: a current
// clinical-note statement (not a Procedure) naming only requested
// segments, with no year before `as_of`'s and no non-union said in the
// same words (non-union presumes a fusion that happened).
bool restates_order(const terminology::RecordFinding& rf, const terminology::RecordFacts& facts,
                    const std::set<terminology::Segment>& requested, std::string_view as_of);

}  // namespace spinecds::criteria
