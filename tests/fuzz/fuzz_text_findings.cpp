// libFuzzer target: the text engine must never crash or hang on any bytes;
// every span lies inside the text and is ordered, every finding's kind has a
// name, its segments are sorted and unique, and the JSON it prints is one
// object.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "terminology/sentence_split.h"
#include "terminology/text_findings.h"
#include "terminology/text_tokens.h"

namespace {

bool sorted_unique(const std::vector<spinecds::terminology::Segment>& s) {
  return std::adjacent_find(s.begin(), s.end(), [](auto a, auto b) { return !(a < b); }) == s.end();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto findings = spinecds::terminology::extract_findings(text);
  for (const auto& f : findings) {
    if (f.span_begin > f.span_end || f.span_end > size) std::abort();
    if (spinecds::terminology::to_string(f.kind) == "unknown") std::abort();
    if (!sorted_unique(f.segments) || !sorted_unique(f.extent)) std::abort();
    if (f.uncertain && f.negated) std::abort();
  }
  const auto json = spinecds::terminology::findings_to_json(text, findings);
  if (json.front() != '{' || json.back() != '}') std::abort();
  // Sentences cover the tokens in order, without overlap.
  const auto toks = spinecds::terminology::tokenize(text);
  std::size_t at = 0;
  for (const auto& r : spinecds::terminology::split_sentences(text, toks)) {
    if (r.begin != at || r.end <= r.begin || r.end > toks.size()) std::abort();
    at = r.end;
  }
  if (at != toks.size()) std::abort();
  return 0;
}
