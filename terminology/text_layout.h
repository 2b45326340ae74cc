#pragma once
// A text's layout as extract_findings (text_findings.cpp) reads it
// (text_layout.cpp): line breaks between tokens, where a passage starts, a
// numbered list item, a line that grades a part of a level, a short sentence
// that goes on with the one before it.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "terminology/sentence_split.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology {

// Line breaks between toks[i - 1] and toks[i]: none across a wrapped line
// (read_tokens), one for a break an HL7 "~" stands for.
int newlines_before(std::string_view text, const std::vector<Token>& toks, std::size_t i);
// A blank line or a section header ("IMPRESSION:", "Findings:") before
// toks[i] starts a new passage.
bool starts_passage(std::string_view text, const std::vector<Token>& toks, std::size_t i);
// "2. L5-S1: small protrusion": the sentence at toks[b] opens a numbered
// list item ("2." or "2)" at the start of a line).
bool opens_numbered_item(std::string_view text, const std::vector<Token>& toks, std::size_t b);
// "Canal: moderate stenosis" under "L4-5:": a line at toks[i] that grades a
// part of the level (`cls`: the tokens' word classes).
bool level_part_line(const std::vector<Token>& toks, const std::vector<std::uint32_t>& cls,
                     std::size_t i);
// "Lateral flexion view: 4 mm anterolisthesis of L4 on L5. Extension view:
// 1 mm.": the short sentence `r` gives only another position's figure and
// goes on with the sentence `prev` before it.
bool continues_positions(std::string_view text, const std::vector<Token>& toks,
                         const std::vector<std::uint32_t>& cls, TokenRange prev, TokenRange r);

}  // namespace spinecds::terminology
