#pragma once
// Context rules for finding triggers (trigger_context.cpp), applied by
// trigger_allowed (trigger_rules.cpp). Internal to terminology/.
#include <cstddef>

#include "terminology/finding_lexicon.h"
#include "terminology/text/sentence.h"

namespace spinecds::terminology::text {

// Therapy named for a knee, a shoulder or another part than the spine.
bool therapy_for_other_part(const Sentence& s, std::size_t first, std::size_t last);
// "walking tolerance is limited by knee pain", "walking limited due to
// dyspnoea": the limit is given another cause than the spine.
bool claudication_other_cause(const Sentence& s, std::size_t last);
// "4/5" is a strength grade only with a muscle, a movement or "strength" near.
bool strength_context(const Sentence& s, std::size_t first, std::size_t last);
// "5/5" is full strength and "5-/5" is not: whether the grade at toks[first]
// reads as the entry says.
bool full_grade_fits(const Sentence& s, const TriggerEntry& e, std::size_t first);
// "Cord: mild ventral deformity, no abnormal signal", "the cord shows
// flattening": a bare deformity or signal word said of the cord.
// Whether toks[k] lies in a flattened table's "Cord" cell (table_rows.cpp).
bool in_cord_cell(const Sentence& s, std::size_t k);
bool said_of_cord(const Sentence& s, std::size_t first, std::size_t last);
// "Spurling negative on the left, positive on the right": a positive side
// after a negative one is Spurling's when Spurling is the test named last.
bool spurling_before(const Sentence& s, std::size_t first);
// "bridging bone not identified across L5-S1": denied after the words.
bool denied_after(const Sentence& s, std::size_t last);
// Whether the sentence is about the neck: it names the cervical spine, or an
// arm or hand and no leg or back, or it names neither and its passage is cervical.
bool about_the_neck(const Sentence& s);
// Pain radiating only over the neck, shoulder girdle and head names no root.
bool radiates_only_axially(const Sentence& s, std::size_t last);
// "moderate arthropathy at L4-5": arthropathy without "facet" is the facets'.
bool bare_arthropathy_is_facet(const Sentence& s, std::size_t first, std::size_t last);
// "synovial cyst arising from the right L4-5 facet", "facet synovial cyst":
// the bare joint word at [first, last) names where a cyst arises, and no
// word beside it calls the joint degenerated.
bool facet_locates_cyst(const Sentence& s, std::size_t first, std::size_t last);
// "signal abnormality": the cord's only in a sentence about the cord.
bool signal_of_cord(const Sentence& s, std::size_t first, std::size_t last);
// "PI 64°, PT 32°": the "PT" at [first, last) is the pelvic tilt, not therapy.
bool pelvic_tilt_named(const Sentence& s, std::size_t first, std::size_t last);

// Whether the context rule of `e` (TriggerRule) allows it at toks[first,
// last): the gate find_triggers (triggers.cpp) puts every match through.
bool trigger_allowed(const Sentence& s, const TriggerEntry& e, std::size_t first, std::size_t last);

}  // namespace spinecds::terminology::text
