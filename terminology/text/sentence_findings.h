#pragma once
// Findings read from one sentence (sentence_findings.cpp) and the rules that
// complete and merge them (finding_drafts.cpp). Internal to terminology/; the
// public entry point is extract_findings() (text_findings.h).
#include <cstdint>
#include <span>
#include <vector>

#include "terminology/text/sentence.h"

namespace spinecds::terminology::text {

// Points `s` at tokens [begin, end) of `all` (their word classes `cls`) with
// nothing read in it yet; `s` keeps its vectors' capacity. Every reader of
// the engine's sentences (extract_findings, record terms) starts one so.
void start_sentence(Sentence& s, const std::vector<Token>& all, std::span<const std::uint32_t> cls,
                    std::size_t begin, std::size_t end);

// Appends the findings of `s`, in text order; `header` is the level header
// whose passage the sentence is in, if any.
void extract_sentence(Sentence& s, const Mention* header, std::vector<Draft>& out);

// A measured instability is also the translation or angulation it measures.
void measured_instability(std::vector<Draft>& local);
// A flexion-extension study named with the reason for it is only sought.
void ordered_study(const Sentence& s, std::vector<Draft>& local);
// One draft per thing said: drafts that agree and are not split by a clause
// break are one finding. Returns them in text order.
std::vector<Draft> merge_drafts(const Sentence& s, std::vector<Draft>& local);

}  // namespace spinecds::terminology::text
