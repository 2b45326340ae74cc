#include "terminology/text/relative_names.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "terminology/finding_lexicon.h"
#include "terminology/word_set.h"

namespace spinecds::terminology::text {

namespace {

// The one-word relatives of the experiencer cues ("husband", "esposa"): the
// cue table is their one list.
const WordSet& relative_words() {
  static const WordSet words = [] {
    std::vector<std::string> out;
    for (const auto& e : cue_table()) {
      if (e.effect != CueEffect::other || e.words.size() != 1) continue;
      const std::string& w = e.words.front();
      if (w.size() < 3 || w.starts_with("fh") || w.starts_with("famil")) continue;
      out.push_back(w);
    }
    return WordSet(out);
  }();
  return words;
}

bool relative_word(const Token& t) {
  if (t.kind != TokenKind::word) return false;
  return relative_words().contains(t.text);
}

// A word written as a name: capitalised, not in capitals, not a word the
// engine knows.
bool name_like(const Token& t) {
  return t.kind == TokenKind::word && t.upper && !t.all_caps && t.text.size() >= 3 &&
         word_info(t.text).id == 0;
}

// Whether the text names `all[k]` as a relative: "husband Rogelio", "her
// husband, Rogelio", "Rogelio (husband)", "Rogelio, her husband".
bool relative_name_at(const std::vector<Token>& all, std::size_t k) {
  if (k >= 1 && relative_word(all[k - 1])) return true;
  if (k >= 2 && punct_is(all[k - 1], ",") && relative_word(all[k - 2])) return true;
  if (k + 2 < all.size() && (punct_is(all[k + 1], "(") || punct_is(all[k + 1], ",")) &&
      relative_word(all[k + 2]))
    return true;
  return k + 3 < all.size() && punct_is(all[k + 1], ",") &&
         one_of(all[k + 2].text, {"her", "his", "their", "the"}) && relative_word(all[k + 3]);
}

// How far back a name's introduction is looked for: a note's social history
// a page before. Bounded, so a text of many sentences that open with a
// capitalised word costs each of them the same (a long text is read in
// chunks, but a chunk holds thousands of sentences).
constexpr std::size_t kIntroductionWindow = 1000;

// Whether `name` (a name_like token's text) is made a relative in the text
// before `at` (within the window) or in the tokens up to `to`.
bool named_relative(const std::vector<Token>& all, std::string_view name, std::size_t at,
                    std::size_t to) {
  const std::size_t from = at > kIntroductionWindow ? at - kIntroductionWindow : 0;
  for (std::size_t k = from; k < std::min(to, all.size()); ++k) {
    if (all[k].text == name && name_like(all[k]) && relative_name_at(all, k)) return true;
  }
  return false;
}

// Whether the token before `all[p]` is a relative or a relative's name.
bool about_relative(const std::vector<Token>& all, std::size_t p) {
  if (p == 0) return false;
  const Token& t = all[p - 1];
  return relative_word(t) || (name_like(t) && named_relative(all, t.text, p, p + 2));
}

// The token after an opening mark that may start a sentence's subject.
std::size_t skip_openers(const std::vector<Token>& all, std::size_t k, std::size_t end) {
  while (k < end && all[k].kind == TokenKind::punct &&
         (all[k].text == "(" || all[k].text == "\"" || all[k].text == "-"))
    ++k;
  return k;
}

void mark(Sentence& s, std::size_t from, std::size_t to) {
  for (Trig& t : s.trigs) {
    if (t.first >= from && t.first < to) t.other = true;
  }
}

}  // namespace

void relatives_by_name(Sentence& s) {
  if (s.trigs.empty() || s.all == nullptr) return;
  const std::vector<Token>& all = *s.all;
  const std::size_t n = s.toks.size();
  // The sentence's subject is a relative's name, or a relative set beside his
  // name ("Her daughter, Ana, has scoliosis").
  std::size_t k = skip_openers(all, s.base, s.base + n) - s.base;
  if (k + 1 < n && one_of(s.toks[k].text, {"her", "his", "my", "their"})) ++k;
  const bool appositive = k + 2 < n && relative_word(s.toks[k]) && punct_is(s.toks[k + 1], ",") &&
                          name_like(s.toks[k + 2]);
  if (appositive || (k < n && name_like(s.toks[k]) &&
                     named_relative(all, s.toks[k].text, s.base + k, s.base + n))) {
    std::size_t end = k;
    while (end < n && !punct_is(s.toks[end], ";")) ++end;
    mark(s, k, end);
  }
  // A parenthesis open before a trigger: about the relative it follows, or
  // whose subject is a relative's name.
  for (Trig& t : s.trigs) {
    if (t.other) continue;
    int depth = 0;
    const std::size_t at = s.base + t.first;
    for (std::size_t p = at; p > 0 && p + 60 > at;) {
      --p;
      if (punct_is(all[p], ")")) ++depth;
      if (!punct_is(all[p], "(")) continue;
      if (depth-- > 0) continue;
      const std::size_t first = skip_openers(all, p, at + 1);
      if (about_relative(all, p) || (first < at && name_like(all[first]) &&
                                     named_relative(all, all[first].text, first, first + 3)))
        t.other = true;
      break;
    }
  }
}

}  // namespace spinecds::terminology::text
