// Roots listed with the one a neurological finding names ("C5, C6 and C7
// radiculopathy", "C6 and C7 4/5"): each is an item of its own (the
// cervical conventions of tests/data/eval/README.md).
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "terminology/text/sentence_findings.h"

namespace spinecds::terminology::text {

namespace {

// The words that join roots in a list ("C5, C6 and C7", "C6/C7").
bool root_joiner(std::string_view w) {
  return w == "and" || w == "," || w == "or" || w == "/";
}

// Walks the roots joined in a list after the one at `k`, calling
// `at(j, root)` at each until it returns true; whether one did. The list
// ends at a word that is neither a root nor a joiner.
template <typename At>
bool joined_root_after(const Sentence& s, std::size_t k, At at) {
  for (std::size_t j = k + 1; j < s.toks.size() && j < k + 8; ++j) {
    if (root_joiner(s.toks[j].text)) continue;
    const auto root = lone_root(s, j);
    if (!root) return false;
    if (at(j, *root)) return true;
  }
  return false;
}

}  // namespace

std::vector<std::string> more_roots(const Sentence& s, const Trig& t, const Finding& f) {
  std::vector<std::string> out;
  if (!f.root || f.root->front() != 'C') return out;
  // The root tokens near the trigger, joined to the first by "and", "," or "or".
  const std::size_t lo = t.first >= 6 ? t.first - 6 : 0;
  std::size_t hi = std::min(t.last + 6, s.toks.size());
  // The roots joined to one found further on with its territory.
  for (std::size_t k = t.last; k < s.toks.size(); ++k) {
    if (lone_root(s, k) == f.root) {
      hi = std::max(hi, std::min(k + 6, s.toks.size()));
      break;
    }
  }
  bool joined = false;
  for (std::size_t k = lo; k < hi; ++k) {
    if (root_joiner(s.toks[k].text)) {
      joined = true;
      continue;
    }
    // "C5 5/5, C6 4/5": a root with a grade of its own is its own item.
    const bool graded = k + 1 < s.toks.size() && s.toks[k + 1].kind == TokenKind::number;
    // "C6 4/5 left, C5 and C7 5/5": roots listed after the trigger that lead
    // to a grade of their own share that grade.
    const bool list_graded =
        k >= t.last && lone_root(s, k) &&
        joined_root_after(s, k, [&](std::size_t j, const std::string&) {
          return j + 1 < s.toks.size() && s.toks[j + 1].kind == TokenKind::number;
        });
    // "C6 and C7 4/5": a root listed before the one found.
    bool joined_ahead = false;
    if (!joined && k < t.first) {
      joined_root_after(s, k, [&](std::size_t j, const std::string& next) {
        if (next != *f.root) return false;
        // The list must end at the grade ("C6 and C7 4/5", "C6 and C7
        // myotomes 4/5"), not at another finding's root ("C6 and C7
        // radiculopathy with 4/5 triceps weakness").
        joined_ahead =
            j + 1 == t.first ||
            (j + 2 == t.first && any_word_in(s, j + 1, j + 2, {"myotome", "myotomes", "myotomal"}));
        return true;
      });
    }
    if (auto r = lone_root(s, k); r && !graded && !list_graded) {
      if (*r != *f.root && (joined || joined_ahead) &&
          std::find(out.begin(), out.end(), *r) == out.end()) {
        out.push_back(*r);
      }
      joined = false;
    } else if (k < t.first || k >= t.last) {
      joined = false;
    }
  }
  return out;
}

}  // namespace spinecds::terminology::text
