#pragma once
// Findings in free text (radiology impressions, notes, order text) with
// segments, severity, negation and uncertainty scoped to their phrase.
#include <string>
#include <string_view>
#include <vector>

#include "terminology/finding.h"
#include "terminology/sentence_split.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology {

std::vector<Finding> extract_findings(std::string_view text);

// Whether extract_findings reads `text` as one chunk (it reads longer texts
// in chunks of whole lines, tokenizing each).
bool read_as_one_chunk(std::string_view text);
// The same findings for a text read as one chunk, from its tokens and
// sentences already made (tokenize, split_sentences), which a caller that
// reads the text otherwise too has made once.
std::vector<Finding> extract_findings(std::string_view text, const std::vector<Token>& toks,
                                      const std::vector<TokenRange>& sentences);

// {"findings": [...]}, the shape of DESIGN.md §4, for findings read from
// `text`: their byte spans print as Unicode code point offsets.
std::string findings_to_json(std::string_view text, const std::vector<Finding>& findings);

}  // namespace spinecds::terminology
