#include "terminology/text/word_classes.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "terminology/finding_lexicon.h"
#include "terminology/text/word_lists.h"

namespace spinecds::terminology {

namespace {

using Map = std::unordered_map<std::string_view, WordInfo>;

// An open-addressing table over the few hundred words the engine knows:
// one short hash and usually one comparison per token, no node chasing.
class FlatTable {
 public:
  explicit FlatTable(const Map& m) {
    std::size_t cap = 1;
    while (cap < m.size() * 4) cap <<= 1;
    slots_.resize(cap);
    mask_ = cap - 1;
    for (const auto& [word, info] : m) {
      longest_ = std::max(longest_, word.size());
      if (word.size() == 1) {
        single_[static_cast<unsigned char>(word[0])] = info;
        continue;
      }
      const std::size_t h = hash(word);
      std::size_t i = h & mask_;
      while (!slots_[i].word.empty()) i = (i + 1) & mask_;
      slots_[i] = {word, h, info};
    }
  }
  WordInfo find(std::string_view w) const {
    // A third of report tokens are one byte (punctuation, "a", digits): an
    // array index, no hash.
    if (w.size() == 1) return single_[static_cast<unsigned char>(w[0])];
    if (w.empty() || w.size() > longest_) return {};
    const std::size_t h = hash(w);
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.word.empty()) return {};
      // The stored hash rules out nearly every other word without reading it.
      if (s.hash == h && same_bytes(s.word, w)) return s.info;
    }
  }

 private:
  struct Slot {
    std::string_view word;
    std::size_t hash = 0;
    WordInfo info;
  };
  // Equal-length words compared in line: a memcmp call costs more than the
  // few bytes of a word.
  static bool same_bytes(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
      if (a[i] != b[i]) return false;
    }
    return true;
  }
  static std::size_t hash(std::string_view w) {
    std::uint64_t h = 1469598103934665603ull;  // FNV-1a
    for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return static_cast<std::size_t>(h ^ (h >> 29));
  }
  std::vector<Slot> slots_;
  std::array<WordInfo, 256> single_{};
  std::size_t mask_ = 0;
  std::size_t longest_ = 0;
};

template <typename List>
void add(Map& m, const List& words, std::uint32_t c) {
  for (std::string_view w : words) m[w].classes |= c;
}

template <typename Table>
void add_phrases(Map& m, const Table& table, std::uint32_t first_word_class) {
  // The tables are static and never change, so views into them stay valid.
  for (const auto& e : table) {
    for (const auto& w : e.words) m[std::string_view(w)];
    if (!e.words.empty()) m[std::string_view(e.words.front())].classes |= first_word_class;
  }
}

Map build() {
  Map m;
  add(m, text::kClauseBreakWords, kClauseBreak);
  add(m, text::kSeverityWords, kSeverityWord);
  add(m, text::kModifierWords, kModifierWord);
  add(m, text::kScopeEndWords, kScopeEnd);
  add(m, text::kLevelConnectorWords, kLevelConnector);
  add(m, text::kPhraseStopWords, kPhraseStop);
  add(m, text::kLocationFillerWords, kLocationFiller);
  // A clause verb is also a copula (word_lists.h): one list for both.
  add(m, text::kClauseVerbWords, kClauseVerb | kCopula);
  add(m, text::kCopulaWords, kCopula);
  add(m, text::kMriWords, kMriWord);
  add(m, text::kEndDateWords, kEndDate);
  add(m, text::kNumberWords, kNumberWord);
  m["thirty"].classes |= kNumberWord;
  add(m, text::kLevelPhraseStarts, kLevelPhraseStart);
  add(m, text::kPositionWords, kPositionWord);
  add(m, text::kHedgeBoundaryWords, kHedgeBoundary);
  add(m, text::kLandmarkFillerWords, kLandmarkFiller);
  add(m, text::kLandmarkRelativeWords, kLandmarkRelative);
  add(m, text::kLevelPartWords, kLevelPart);
  add_phrases(m, trigger_table(), kTriggerStart);
  add_phrases(m, cue_table(), kCueStart);
  add_phrases(m, severity_table(), kSeverityStart);
  // Ids in a fixed order (the map's order is not), from 1.
  std::vector<std::string_view> words;
  words.reserve(m.size());
  for (const auto& [w, info] : m) words.push_back(w);
  std::sort(words.begin(), words.end());
  std::uint32_t id = 0;
  for (auto w : words) m[w].id = ++id;
  return m;
}

// Out of line: built inside word_info, the building made every look-up
// save six registers and a stack frame before the guard test (session 50).
[[gnu::noinline]] FlatTable built_table() {
  return FlatTable(build());
}

}  // namespace

WordInfo word_info(std::string_view w) {
  static const FlatTable table = built_table();
  return table.find(w);
}

std::uint32_t word_classes(std::string_view w) {
  return word_info(w).classes;
}

}  // namespace spinecds::terminology
