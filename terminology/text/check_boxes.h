#pragma once
// Checkbox and pick-list exports of templated specialty EHRs ("[X]
// Radiculopathy  [ ] Myelopathy", "Prior spine surgery: [ ] Yes  [X] No"):
// a ticked box's item is what the note states, an unticked box's item is
// only a choice the template offered.
#include <optional>
#include <vector>

#include "terminology/sentence_split.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology::text {

struct BoxedTokens {
  std::vector<Token> toks;
  std::vector<TokenRange> sentences;
};

// The tokens without their boxes: an unticked box goes with its item (up to
// the next box, line break or full stop), so it affirms and denies nothing,
// unless its answer is written in as a denial ("[ ] Flexion/extension films:
// not performed"), which keeps the item for the cues; a ticked box goes and leaves its item; a
// ticked "No" answering a label reads as "none" ("Prior spine surgery: none"). The sentence ranges
// are those of the tokens kept. nullopt when `toks` hold no box.
std::optional<BoxedTokens> without_check_boxes(const std::vector<Token>& toks,
                                               const std::vector<TokenRange>& sentences);

// Whether toks[from, to) hold a ticked box; nullopt when they hold no box. A
// line of boxes none of which is ticked ("Vaping / e-cig: [ ] Yes [ ] No")
// states nothing.
std::optional<bool> any_box_ticked(const std::vector<Token>& toks, std::size_t from,
                                   std::size_t to);

}  // namespace spinecds::terminology::text
