// A level mention that is a nerve root's name, not a motion segment's ("the
// exiting L5 nerve root", "L5 radiculopathy", "radiculopathy, right L5"):
// find_mentions drops it.
#include <cstddef>
#include <string_view>

#include "terminology/level_endpoint.h"
#include "terminology/text/finding_side.h"
#include "terminology/text/sentence.h"
#include "terminology/text/word_classes.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology::text {

// "the exiting L5 nerve root", "L5 radiculopathy": a vertebra that names a
// nerve root, not a motion segment.
bool names_root(const Sentence& s, const Mention& m) {
  if (!m.single || !m.segments.empty()) return false;
  const auto& toks = s.toks;
  // "L5 radiculopathy", "right L5 lumbar radiculopathy", "S1 chronic radiculopathy".
  if (m.last < toks.size()) {
    std::size_t k = m.last;
    if (k + 1 < toks.size() && any_word_in(s, k, k + 1,
                                           {"lumbar", "lumbosacral", "sacral", "cervical", "acute",
                                            "chronic", "subacute", "motor", "sensory"})) {
      ++k;
    }
    if (is_root_word(toks[k].text)) return true;
  }
  if (m.first > 0) {
    const std::string_view w = toks[m.first - 1].text;
    if (w == "exiting" || w == "traversing" || w == "descending") return true;
  }
  // "Lumbar radiculopathy, right L5", "radiculopathy L5 left": the root set
  // after the diagnosis, ending its phrase.
  std::size_t k = m.first;
  while (k > 0 && m.first - k < 3 && (punct_is(toks[k - 1], ",") || names_side(toks[k - 1].text))) {
    --k;
  }
  if (k == 0 || !any_word_in(s, k - 1, k, {"radiculopathy", "radicular", "radiculitis"})) {
    return false;
  }
  std::size_t after = m.last;
  while (after < toks.size() && names_side(toks[after].text)) ++after;
  return after == toks.size() || punct_is(toks[after], ",") || punct_is(toks[after], ".") ||
         punct_is(toks[after], ";") ||
         any_word_in(s, after, after + 1, {"secondary", "due", "from"});
}

}  // namespace spinecds::terminology::text
