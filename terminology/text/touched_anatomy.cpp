// Anatomy named as what another thing touches ("indentation on the thecal
// sac", "effacing the ventral thecal sac"): a sac only indented, effaced or
// contacted is not narrowed (tests/data/eval/README.md), so that anatomy is
// neither a finding of narrowing nor the place of the narrowing after it.
#include <cstddef>

#include "terminology/text/finding_side.h"
#include "terminology/text/sentence_findings.h"

namespace spinecds::terminology::text {

bool anatomy_touched(const Sentence& s, const Trig& t) {
  if (t.entry->rule != TriggerRule::anatomy_only) return false;
  std::size_t k = t.first;
  // "the ventral thecal sac", "the left lateral recess"
  while (k > 0 && (names_side(s.toks[k - 1].text) ||
                   any_word_in(s, k - 1, k, {"ventral", "dorsal", "anterior", "posterior"}))) {
    --k;
  }
  if (k == 0 || !any_word_in(s, k - 1, k, {"the"})) return false;
  --k;
  return k > 0 && any_word_in(s, k - 1, k,
                              {"on", "upon", "against", "effacing", "effaces", "indenting",
                               "indents", "contacting", "contacts", "abutting", "abuts", "touching",
                               "touches", "deforming"});
}

}  // namespace spinecds::terminology::text
