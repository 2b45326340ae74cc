#pragma once
// A finding said again at another level without its noun ("moderate at
// L2-3", "3 mm at L5-S1", "...; L4-L5 moderate.", "except at L4-5, where it
// is moderate"): find_triggers (triggers.cpp) places such repeats as copies
// of the trigger before them (finding_repeats.cpp). Internal to terminology/.
#include <cstddef>
#include <optional>
#include <vector>

#include "terminology/text/sentence.h"

namespace spinecds::terminology::text {

// A figure after the previous finding's own level: a repeat starts at toks[i].
bool measured_repeat(const Sentence& s, std::size_t i);
// The last trigger that names a finding (not an anatomy word), or kNone.
int last_finding(const Sentence& s);
// "where it is moderate": the token after the grade, or 0 when none.
std::size_t pronoun_repeat(Sentence& s, std::size_t i);
// "; L4-L5 moderate": the token after the grade, or 0 when none.
std::size_t level_grade_repeat(Sentence& s, std::size_t i);
// "Anterolisthesis of L4 (5 mm) and L5 (2 mm)": the second vertebra with its
// own figure repeats the slip. Returns the token after the ")", or 0.
std::size_t vertebra_figure_repeat(Sentence& s, std::size_t i);
// "...; moderate on the right": the token after the side, or 0 when none.
std::size_t side_grade_repeat(Sentence& s, std::size_t i);
// "...; the right is patent": the token after the repeat, or 0 when none.
std::size_t side_clause_repeat(Sentence& s, std::size_t i);
// Places a repeat of the previous finding at the level after toks[j].
bool repeat_at(Sentence& s, std::size_t j, std::optional<Severity> severity);

// "Stenosis from L2 through L5, mild at L2-3, moderate at L3-4": the range's
// finding keeps only the segments no repeat names. `first_draft[i]` is the
// first of trigger i's drafts in `local`.
void own_level_repeats(const Sentence& s, const std::vector<int>& first_draft,
                       std::vector<Draft>& local);

}  // namespace spinecds::terminology::text
