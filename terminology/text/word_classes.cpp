#include "terminology/text/word_classes.h"

#include <string_view>
#include <unordered_map>
#include <vector>

#include "terminology/finding_lexicon.h"
#include "terminology/text/word_lists.h"

namespace spinecds::terminology {

namespace {

using Map = std::unordered_map<std::string_view, std::uint32_t>;

// An open-addressing table over the few hundred words the engine knows:
// one short hash and usually one comparison per token, no node chasing.
class FlatTable {
 public:
  explicit FlatTable(const Map& m) {
    std::size_t cap = 1;
    while (cap < m.size() * 4) cap <<= 1;
    slots_.resize(cap);
    mask_ = cap - 1;
    for (const auto& [word, classes] : m) {
      std::size_t i = hash(word) & mask_;
      while (!slots_[i].word.empty()) i = (i + 1) & mask_;
      slots_[i] = {word, classes};
    }
  }
  std::uint32_t find(std::string_view w) const {
    if (w.empty() || w.size() > kLongest) return 0;
    for (std::size_t i = hash(w) & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.word.empty()) return 0;
      if (s.word == w) return s.classes;
    }
  }

 private:
  static constexpr std::size_t kLongest = 40;
  struct Slot {
    std::string_view word;
    std::uint32_t classes = 0;
  };
  static std::size_t hash(std::string_view w) {
    std::uint64_t h = 1469598103934665603ull;  // FNV-1a
    for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return static_cast<std::size_t>(h ^ (h >> 29));
  }
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
};

template <typename List>
void add(Map& m, const List& words, std::uint32_t c) {
  for (std::string_view w : words) m[w] |= c;
}

template <typename Table>
void add_first_words(Map& m, const Table& table, std::uint32_t c) {
  // The tables are static and never change, so views into them stay valid.
  for (const auto& e : table) {
    if (!e.words.empty()) m[std::string_view(e.words.front())] |= c;
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
  add(m, text::kCopulaWords, kCopula);
  add(m, text::kMriWords, kMriWord);
  add(m, text::kEndDateWords, kEndDate);
  add(m, text::kNumberWords, kNumberWord);
  m["thirty"] |= kNumberWord;
  add(m, text::kLevelPhraseStarts, kLevelPhraseStart);
  add(m, text::kPositionWords, kPositionWord);
  add_first_words(m, trigger_table(), kTriggerStart);
  add_first_words(m, cue_table(), kCueStart);
  add_first_words(m, severity_table(), kSeverityStart);
  return m;
}

}  // namespace

std::uint32_t word_classes(std::string_view w) {
  static const FlatTable table(build());
  return table.find(w);
}

}  // namespace spinecds::terminology
