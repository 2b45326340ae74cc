// The engine's phrase tables indexed by first word, and phrase matching.
#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <span>
#include <vector>

#include "terminology/finding_lexicon.h"
#include "terminology/text/sentence.h"
#include "terminology/text/word_classes.h"

namespace spinecds::terminology::text {

namespace {

// A phrase word no token can be (an empty word): it never matches.
constexpr std::uint32_t kNoWord = std::numeric_limits<std::uint32_t>::max();

// The first token from toks[k] on that is not a "-" or "/" joined to the
// word before it ("flexion-extension", "PI-LL").
std::size_t past_joiners(std::span<const Token> toks, std::size_t k) {
  while (k < toks.size() && (punct_is(toks[k], "-") || punct_is(toks[k], "/")) &&
         !toks[k].space_before) {
    ++k;
  }
  return k;
}

// Matches a phrase of `n` words at toks[i], word w matching token k when
// `same(k, w)`; returns the token after the match, or 0.
template <typename Same>
std::size_t match_phrase(std::span<const Token> toks, std::size_t i, std::size_t n, Same same) {
  std::size_t k = i;
  for (std::size_t w = 0; w < n; ++w) {
    // Only punctuation can be a joiner: a word is tested without the call.
    if (w > 0 && k < toks.size() && toks[k].kind == TokenKind::punct) k = past_joiners(toks, k);
    if (k >= toks.size() || !same(k, w)) return 0;
    ++k;
  }
  return k;
}

// The word after toks[k] that a phrase's second word must be ("-" and "/"
// may sit between them), or kNoWord when a level mention is there.
std::uint32_t next_word(const Sentence& s, std::size_t k) {
  const std::size_t j = past_joiners(s.toks, k + 1);
  if (j >= s.toks.size() || s.mention_at[j] != kNone) return kNoWord;
  return s.ids[j];
}

// A phrase table with its words as vocabulary ids, indexed by its first two
// words, so each token is compared with the few phrases that can start there
// (in table order, which decides between phrases of equal length), and a
// phrase is matched by comparing integers. Built once, never changed.
template <typename Entry>
class PhraseIndex {
 public:
  // Out of line: inlined into trigger_index() and the others, the building
  // made each call of them save six registers and a stack frame before the
  // guard test (20 instructions, tens of thousands of calls per hook call).
  [[gnu::noinline]] explicit PhraseIndex(const std::vector<Entry>& table) : table_(&table) {
    offset_.reserve(table.size() + 1);
    std::vector<std::vector<const Entry*>> all;  // by first word, in table order
    for (const auto& e : table) {
      offset_.push_back(ids_.size());
      for (const auto& w : e.words) {
        const std::uint32_t id = word_info(w).id;
        ids_.push_back(id == 0 ? kNoWord : id);
      }
      if (e.words.empty()) continue;
      const std::uint32_t first = ids_[offset_.back()];
      if (first == kNoWord) continue;
      if (all.size() <= first) all.resize(first + 1);
      all[first].push_back(&e);
    }
    offset_.push_back(ids_.size());
    by_first_.resize(all.size());
    for (std::size_t f = 0; f < all.size(); ++f) {
      First& out = by_first_[f];
      std::vector<std::uint32_t> seconds;
      for (const Entry* e : all[f]) {
        const auto w = words(*e);
        if (w.size() == 1) out.single.push_back(e);
        if (w.size() > 1) seconds.push_back(w[1]);
      }
      std::sort(seconds.begin(), seconds.end());
      seconds.erase(std::unique(seconds.begin(), seconds.end()), seconds.end());
      for (const std::uint32_t second : seconds) {
        std::vector<const Entry*> list;
        for (const Entry* e : all[f]) {
          const auto w = words(*e);
          if (w.size() == 1 || w[1] == second) list.push_back(e);
        }
        out.by_second.emplace_back(second, std::move(list));
      }
    }
  }
  // The phrases that may match at s.toks[k]: those of one word, and those
  // whose second word is the next token's. Leaving out phrases that cannot
  // match changes no choice, as a phrase that does not match is never chosen.
  const std::vector<const Entry*>& starting(const Sentence& s, std::size_t k) const {
    static const std::vector<const Entry*> kEmpty;
    const std::uint32_t id = s.ids[k];
    if (id >= by_first_.size()) return kEmpty;
    const First& f = by_first_[id];
    if (f.by_second.empty()) return f.single;
    const std::uint32_t second = next_word(s, k);
    const auto it = std::lower_bound(f.by_second.begin(), f.by_second.end(), second,
                                     [](const auto& p, std::uint32_t v) { return p.first < v; });
    return it != f.by_second.end() && it->first == second ? it->second : f.single;
  }
  std::span<const std::uint32_t> words(const Entry& e) const {
    // An entry that is not in the table (a copy) matches nothing.
    static constexpr std::uint32_t kNever[] = {kNoWord};
    const auto off =
        reinterpret_cast<std::uintptr_t>(&e) - reinterpret_cast<std::uintptr_t>(table_->data());
    if (off >= table_->size() * sizeof(Entry)) return kNever;
    const std::size_t i = off / sizeof(Entry);
    return std::span<const std::uint32_t>(ids_).subspan(offset_[i], offset_[i + 1] - offset_[i]);
  }

 private:
  struct First {
    std::vector<const Entry*> single;  // phrases of one word
    // By second word, sorted: the phrases of one word and those with that
    // second word, in table order.
    std::vector<std::pair<std::uint32_t, std::vector<const Entry*>>> by_second;
  };
  const std::vector<Entry>* table_;
  std::vector<std::uint32_t> ids_;   // the words of every entry, in table order
  std::vector<std::size_t> offset_;  // entry i's words: ids_[offset_[i], offset_[i + 1])
  std::vector<First> by_first_;      // by id of the first word
};

// In line: each is a guard test, asked once or twice per phrase tried
// (thousands of times per hook call); g++ keeps them out of line otherwise.
[[gnu::always_inline]] inline const PhraseIndex<TriggerEntry>& trigger_index() {
  static const PhraseIndex<TriggerEntry> i(trigger_table());
  return i;
}
[[gnu::always_inline]] inline const PhraseIndex<CueEntry>& cue_index() {
  static const PhraseIndex<CueEntry> i(cue_table());
  return i;
}
[[gnu::always_inline]] inline const PhraseIndex<SeverityEntry>& severity_index() {
  static const PhraseIndex<SeverityEntry> i(severity_table());
  return i;
}

// Matches the phrase `words` (vocabulary ids) at toks[i].
std::size_t match_ids(const Sentence& s, std::size_t i, std::span<const std::uint32_t> words) {
  return match_phrase(s.toks, i, words.size(), [&](std::size_t k, std::size_t w) {
    return s.mention_at[k] == kNone && s.ids[k] == words[w];
  });
}

}  // namespace

const std::vector<const TriggerEntry*>& triggers_starting(const Sentence& s, std::size_t k) {
  return trigger_index().starting(s, k);
}
const std::vector<const CueEntry*>& cues_starting(const Sentence& s, std::size_t k) {
  return cue_index().starting(s, k);
}
const std::vector<const SeverityEntry*>& severities_starting(const Sentence& s, std::size_t k) {
  return severity_index().starting(s, k);
}

std::size_t match_words(const Sentence& s, std::size_t i, const TriggerEntry& e) {
  return match_ids(s, i, trigger_index().words(e));
}
std::size_t match_words(const Sentence& s, std::size_t i, const CueEntry& e) {
  return match_ids(s, i, cue_index().words(e));
}
std::size_t match_words(const Sentence& s, std::size_t i, const SeverityEntry& e) {
  return match_ids(s, i, severity_index().words(e));
}

std::size_t match_words(const Sentence& s, std::size_t i, const std::vector<std::string>& words) {
  return match_phrase(s.toks, i, words.size(), [&](std::size_t k, std::size_t w) {
    return s.mention_at[k] == kNone && s.toks[k].text == words[w];
  });
}

std::size_t match_words(std::span<const Token> toks, std::size_t i,
                        const std::vector<std::string>& words) {
  return match_phrase(toks, i, words.size(),
                      [&](std::size_t k, std::size_t w) { return toks[k].text == words[w]; });
}

WordPhrases::WordPhrases(std::vector<std::vector<std::string>> phrases)
    : phrases_(std::move(phrases)) {
  std::erase_if(phrases_, [](const auto& p) { return p.empty(); });
  std::stable_sort(phrases_.begin(), phrases_.end(),
                   [](const auto& a, const auto& b) { return a.front() < b.front(); });
  for (std::size_t i = 0; i < phrases_.size(); ++i) {
    if (firsts_.empty() || phrases_[firsts_.back().begin].front() != phrases_[i].front()) {
      firsts_.push_back({i, i});
    }
    firsts_.back().end = i + 1;
    first_words_.add(phrases_[i].front());
  }
}

std::size_t WordPhrases::longest_at(const Sentence& s, std::size_t k) const {
  if (k >= s.toks.size() || s.mention_at[k] != kNone) return 0;
  const std::string_view w = s.toks[k].text;
  if (!first_words_.may_hold(w)) return 0;
  const auto first_word = [&](const First& f) -> std::string_view {
    return phrases_[f.begin].front();
  };
  const auto it =
      std::lower_bound(firsts_.begin(), firsts_.end(), w,
                       [&](const First& f, std::string_view v) { return first_word(f) < v; });
  if (it == firsts_.end() || first_word(*it) != w) return 0;
  std::size_t best = 0;
  for (std::size_t i = it->begin; i < it->end; ++i)
    best = std::max(best, match_words(s, k, phrases_[i]));
  return best;
}

bool any_word_in(const Sentence& s, std::size_t from, std::size_t to,
                 std::initializer_list<std::string_view> words) {
  to = std::min(to, s.toks.size());
  const auto compare = [&](std::size_t k) {
    for (auto w : words) {
      if (same_word(s.toks[k].text, w)) return true;
    }
    return false;
  };
  // Asked over whole clauses and sentences by many rules (session 50's
  // profile: 2 % of a hook call). Over more than a couple of tokens, the
  // words' lengths and first bytes are noted once, and a token sharing
  // either with no word is passed over: same_word could match none of them.
  // Over one or two tokens the comparisons cost less than the notes.
  if (to <= from + 2) {
    for (std::size_t k = from; k < to; ++k) {
      if (compare(k)) return true;
    }
    return false;
  }
  std::uint64_t lengths = 0;
  std::array<std::uint64_t, 4> firsts{};
  for (const auto w : words) {
    if (w.empty() || w.size() >= 64) {  // not noted: compare every token
      lengths = ~std::uint64_t{0};
      firsts.fill(~std::uint64_t{0});
      break;
    }
    lengths |= std::uint64_t{1} << w.size();
    const auto b = static_cast<unsigned char>(w.front());
    firsts[b >> 6] |= std::uint64_t{1} << (b & 63);
  }
  for (std::size_t k = from; k < to; ++k) {
    const std::string_view t = s.toks[k].text;
    if (t.size() < 64 && ((lengths >> t.size()) & 1) == 0) continue;
    if (!t.empty()) {
      const auto b = static_cast<unsigned char>(t.front());
      if (((firsts[b >> 6] >> (b & 63)) & 1) == 0) continue;
    }
    if (compare(k)) return true;
  }
  return false;
}

}  // namespace spinecds::terminology::text
