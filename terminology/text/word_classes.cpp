#include "terminology/text/word_classes.h"

#include <algorithm>
#include <array>
#include <cstring>
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
  // A word of two bytes or more read as a few integers instead of byte by
  // byte (a byte loop was half of each look-up, session 50): eight bytes at
  // a time, then the last eight (or four, or two) bytes, which may overlap
  // the bytes before them. Together they hold every byte of the word.
  template <typename Int>
  static Int load(const char* p) {
    Int v;
    std::memcpy(&v, p, sizeof v);
    return v;
  }
  // Calls f(part) for each integer read from w (w.size() >= 2).
  template <typename F>
  static void for_parts(std::string_view w, F f) {
    const char* p = w.data();
    const std::size_t n = w.size();
    if (n >= 8) {
      for (std::size_t i = 0; i + 8 < n; i += 8) f(load<std::uint64_t>(p + i));
      f(load<std::uint64_t>(p + n - 8));
    } else if (n >= 4) {
      const std::uint64_t head = load<std::uint32_t>(p);
      const std::uint64_t tail = load<std::uint32_t>(p + n - 4);
      f(head | tail << 32);
    } else {
      const std::uint64_t head = load<std::uint16_t>(p);
      const std::uint64_t tail = load<std::uint16_t>(p + n - 2);
      f(head | tail << 16);
    }
  }
  // Equal-length words (two bytes or more) compared by the same integers:
  // equal words give equal integers, and since the integers hold every byte,
  // a byte that differs makes some integer differ.
  static bool same_bytes(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    const char* p = a.data();
    const char* q = b.data();
    const std::size_t n = a.size();
    if (n >= 8) {
      for (std::size_t i = 0; i + 8 < n; i += 8) {
        if (load<std::uint64_t>(p + i) != load<std::uint64_t>(q + i)) return false;
      }
      return load<std::uint64_t>(p + n - 8) == load<std::uint64_t>(q + n - 8);
    }
    if (n >= 4) {
      return load<std::uint32_t>(p) == load<std::uint32_t>(q) &&
             load<std::uint32_t>(p + n - 4) == load<std::uint32_t>(q + n - 4);
    }
    return load<std::uint16_t>(p) == load<std::uint16_t>(q) &&
           load<std::uint16_t>(p + n - 2) == load<std::uint16_t>(q + n - 2);
  }
  static std::size_t hash(std::string_view w) {
    std::uint64_t h = 1469598103934665603ull ^ w.size();
    for_parts(w, [&](std::uint64_t part) { h = (h ^ part) * 0x9E3779B97F4A7C15ull; });
    return static_cast<std::size_t>(h ^ (h >> 32));
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
