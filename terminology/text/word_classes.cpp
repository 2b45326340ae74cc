#include "terminology/text/word_classes.h"

#include <string_view>
#include <unordered_map>

#include "terminology/finding_lexicon.h"
#include "terminology/text/word_lists.h"

namespace spinecds::terminology {

namespace {

using Map = std::unordered_map<std::string_view, std::uint32_t>;

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
  add_first_words(m, trigger_table(), kTriggerStart);
  add_first_words(m, cue_table(), kCueStart);
  add_first_words(m, severity_table(), kSeverityStart);
  return m;
}

}  // namespace

std::uint32_t word_classes(std::string_view w) {
  static const Map m = build();
  const auto it = m.find(w);
  return it == m.end() ? 0 : it->second;
}

}  // namespace spinecds::terminology
