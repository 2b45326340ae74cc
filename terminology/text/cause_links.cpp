// Causes a hedge may be about: what stands before a cause connector, and
// causes joined after one connector ("pain from C5-6 foraminal stenosis and
// disc protrusion, versus referred pain"), read by context_scope.cpp.
#include <cstddef>
#include <optional>

#include "terminology/text/scope_bounds.h"
#include "terminology/text/word_classes.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology::text::scope {

// Whether the finding nearest before toks[k] in its clause, if any, is a
// symptom or sign ("Left L5 radiculopathy from the L4-5 extrusion"), not
// another imaging finding ("Stenosis at L4-5 from a protrusion").
bool symptom_or_nothing_before(const Sentence& s, std::size_t k) {
  while (k > 0) {
    --k;
    if (brk(s, k) || punct_is(s.toks[k], ",") || punct_is(s.toks[k], ";")) return true;
    if (s.trigger_at[k] != kNone) {
      return denied_symptom_kind(s.trigs[static_cast<std::size_t>(s.trigger_at[k])].entry->kind);
    }
  }
  return true;
}

// "Left arm pain from C5-6 foraminal stenosis and disc protrusion": the
// cause connector before the "and" at `k` that opens the joined causes, when
// only imaging findings and the words of their phrases lie between; else none.
std::optional<std::size_t> cause_opening_join(const Sentence& s, std::size_t k) {
  bool finding = false;
  for (std::size_t j = k; j > 0 && k - j < 12;) {
    --j;
    if (s.mention_at[j] != kNone) {
      j = s.mentions[static_cast<std::size_t>(s.mention_at[j])].first;
      continue;
    }
    if (s.trigger_at[j] != kNone) {
      const Trig& t = s.trigs[static_cast<std::size_t>(s.trigger_at[j])];
      if (denied_symptom_kind(t.entry->kind)) return std::nullopt;
      finding = true;
      j = t.first;
      continue;
    }
    if (cause_connector(s, j)) return finding ? std::optional(j) : std::nullopt;
    const Token& w = s.toks[j];
    if (brk(s, j) || punct_is(w, ",") || punct_is(w, ";") || word_is(w, "or") ||
        word_is(w, "but") || cls_is(s, j, kHedgeBoundary | kScopeEnd | kClauseVerb)) {
      return std::nullopt;
    }
  }
  return std::nullopt;
}

}  // namespace spinecds::terminology::text::scope
