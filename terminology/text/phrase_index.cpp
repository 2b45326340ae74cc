// The engine's phrase tables indexed by first word, and phrase matching.
#include "terminology/text/sentence.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "terminology/clinical_dates.h"
#include "terminology/finding_lexicon.h"
#include "terminology/level_scan.h"
#include "terminology/text/word_classes.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology::text {

namespace {

// Phrase tables indexed by their first word, so each token is compared with
// the few phrases that can start there instead of every phrase. Built once,
// never changed.
template <typename Entry>
class FirstWordIndex {
 public:
  explicit FirstWordIndex(const std::vector<Entry>& table) {
    for (const auto& e : table) {
      if (!e.words.empty()) map_[e.words.front()].push_back(&e);
    }
  }
  const std::vector<const Entry*>& at(const std::string& word) const {
    static const std::vector<const Entry*> kEmpty;
    auto it = map_.find(word);
    return it == map_.end() ? kEmpty : it->second;
  }

 private:
  std::unordered_map<std::string, std::vector<const Entry*>> map_;
};

const FirstWordIndex<TriggerEntry>& trigger_index() {
  static const FirstWordIndex<TriggerEntry> i(trigger_table());
  return i;
}
const FirstWordIndex<CueEntry>& cue_index() {
  static const FirstWordIndex<CueEntry> i(cue_table());
  return i;
}
const FirstWordIndex<SeverityEntry>& severity_index() {
  static const FirstWordIndex<SeverityEntry> i(severity_table());
  return i;
}

}  // namespace

const std::vector<const TriggerEntry*>& triggers_starting(const std::string& word) {
  return trigger_index().at(word);
}
const std::vector<const CueEntry*>& cues_starting(const std::string& word) {
  return cue_index().at(word);
}
const std::vector<const SeverityEntry*>& severities_starting(const std::string& word) {
  return severity_index().at(word);
}

// Matches `words` at toks[i], allowing "-" and "/" between words ("flexion-
// extension", "PI-LL"); returns the token after the match, or 0.
std::size_t match_words(const Sentence& s, std::size_t i, const std::vector<std::string>& words) {
  std::size_t k = i;
  for (std::size_t w = 0; w < words.size(); ++w) {
    if (w > 0) {
      while (k < s.toks.size() && (punct_is(s.toks[k], "-") || punct_is(s.toks[k], "/")) &&
             !s.toks[k].space_before) {
        ++k;
      }
    }
    if (k >= s.toks.size() || s.mention_at[k] != kNone) return 0;
    if (s.toks[k].text != words[w]) return 0;
    ++k;
  }
  return k;
}

bool any_word_in(const Sentence& s, std::size_t from, std::size_t to,
                 std::initializer_list<std::string_view> words) {
  for (std::size_t k = from; k < to && k < s.toks.size(); ++k) {
    for (auto w : words) {
      if (s.toks[k].text == w) return true;
    }
  }
  return false;
}

}  // namespace spinecds::terminology::text
