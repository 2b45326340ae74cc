#pragma once
// Forms, checklists and questions answered yes or no ("Prior fusion at
// index level — NO", "Radiculopathy: Y | Claudication: N", "History of
// spine surgery? No."): the answer cues of context_cues.cpp read backwards
// over their own field only (context_scope.cpp).
#include <cstddef>

#include "terminology/finding_lexicon.h"
#include "terminology/text/sentence.h"

namespace spinecds::terminology::text::scope {

// A form's answer to its field ("— NO", ": N", "(N)", "? No"): a cue read
// backwards only, set off by the field's punctuation.
bool answer_cue(const CueEntry& e);
// The answer ending before `end` closes its field: the sentence, a line, a
// clause, a list item or an aside ends there. "Hx - no surgery" is no
// answer but a denial of what follows.
bool field_closed(const Sentence& s, std::size_t end);
// "Leg pain predominant: N", "Arm pain worse than neck pain? No": a word of
// the field that asks a comparison, whose answer denies the comparison, not
// the finding compared.
bool asks_comparison(const Token& t);
// Where a field's label begins: after the answer or label of the field
// before ("Radiculopathy: Y | Claudication: N"), which the answer does not
// reach.
bool field_start(const Token& t);

}  // namespace spinecds::terminology::text::scope
