#pragma once
// Whether a procedure word in an order or a level string is denied. Report
// prose is not read here: the text engine's ConText rules read it.
#include <cstddef>
#include <span>

#include "terminology/text_tokens.h"

namespace spinecds::terminology {

// Whether the procedure word at toks[i] is denied within toks[begin, end)
// (its sentence): by a word among the four before it ("without pelvic
// fixation", "no fusion", "non-instrumented"), or, as an order form's field,
// by the answer after its colon ("Pelvic fixation: none", "Iliac screws - no",
// "Pelvic fixation? N/A"). The one such rule for the procedure words of orders
// and level strings; report prose is read by the text engine's ConText rules.
bool denied_procedure_word(std::span<const Token> toks, std::size_t begin, std::size_t end,
                           std::size_t i);

// Whether toks[i] asks for fixation to the pelvis: a pelvic anchor word
// ("pelvis", "iliac", "S2AI") that is not denied, and not the iliac crest a
// bone graft is harvested from ("posterior iliac crest bone graft" on an
// occiput-C2 fusion fixes nothing to the pelvis).
bool pelvic_fixation_word(std::span<const Token> toks, std::size_t begin, std::size_t end,
                          std::size_t i);

}  // namespace spinecds::terminology
