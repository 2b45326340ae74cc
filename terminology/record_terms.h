#pragma once
// Words in the record that are not finding kinds of `extract` (injections,
// medications, pain management, daily activities, outcome scores, cotinine,
// films, planned destabilization, urgent and other conditions, therapy
// settings), read as
// triggers inside the text engine's sentences: the engine's ConText cues,
// scopes and sections decide whether each is affirmed, negated, only planned
// or sought, uncertain, historical or someone else's. One negation rule for
// findings and keywords alike.
#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "terminology/finding_lexicon.h"
#include "terminology/sentence_split.h"
#include "terminology/text/sections.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology {

// Phrases of one kind, written as words ("epidural steroid injection"); "-"
// and "/" may stand between the words in the text, as for the engine's
// triggers.
class TermTable {
 public:
  TermTable(std::string kind, std::initializer_list<std::string_view> phrases);
  const std::string& kind() const { return kind_; }
  // The phrases whose first word is `word` (lower case).
  const std::vector<const TriggerEntry*>& starting(std::string_view word) const;
  // False when no phrase starts with `word`; true may be wrong (a filter on
  // the word's length and end letters, so most words of a text skip the hash).
  bool may_start(std::string_view word) const { return has_bit(first_filter_, filter_bit(word)); }

  // The filter itself, so a caller with several tables can test a word's bit
  // against all of them at once.
  using Filter = std::array<std::uint64_t, 8>;
  const Filter& first_filter() const { return first_filter_; }
  static bool has_bit(const Filter& f, std::size_t b) { return (f[b / 64] >> (b % 64)) & 1U; }
  static std::size_t filter_bit(std::string_view w) {
    if (w.empty()) return 0;
    const auto first = static_cast<unsigned char>(w.front());
    const auto last = static_cast<unsigned char>(w.back());
    return (w.size() * 131 + first * 31 + last) % 512;
  }

 private:
  Filter first_filter_{};
  std::string kind_;
  std::vector<TriggerEntry> entries_;
  // Looked up by a token's view, without building a string.
  struct WordHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view w) const { return std::hash<std::string_view>{}(w); }
  };
  std::unordered_map<std::string, std::vector<const TriggerEntry*>, WordHash, std::equal_to<>>
      by_first_;
};

struct TermHit {
  std::size_t table = 0;                             // index into the tables passed
  std::size_t begin = 0, end = 0;                    // bytes of the phrase
  std::size_t sentence_begin = 0, sentence_end = 0;  // bytes of its sentence
  bool negated = false, uncertain = false, hypothetical = false, historical = false;
  bool other = false;  // someone else's
  // Counts toward a criterion (DESIGN §4): not negated, uncertain,
  // hypothetical or someone else's; historical still counts.
  bool counts() const { return !negated && !uncertain && !hypothetical && !other; }
  // Stated for the patient, perhaps as a plan or referral: what an order or
  // a referral says it will do.
  bool stated() const { return !negated && !uncertain && !other; }
};

// A text tokenized and split into the engine's sentences once, for every
// reader of it (term tables, sentence bounds, quotes): a text of megabytes is
// scanned once, not once per reader. Keeps a view of `text`.
struct TextReading {
  explicit TextReading(std::string_view text);
  // `tokens` are tokenize(text)'s.
  TextReading(std::string_view text, Tokens tokens);
  std::string_view text;
  Tokens toks;
  std::vector<TokenRange> sentences;
  // Per sentence, the section it is in (a header opens one, a blank line
  // ends it): found once here, not once per term table pass.
  std::vector<text::Section> section_of;
};

// Every phrase of `tables` in `text`, in text order, with its category.
std::vector<TermHit> term_hits(const TextReading& text, std::span<const TermTable* const> tables);
// The same for several groups of tables (at most 32) in one walk over `text`:
// out[g] gets what term_hits(text, groups[g]) gives. A sentence's word classes
// and level mentions are found once for every group; each group keeps its own
// triggers and scopes.
void term_hits(const TextReading& text, std::span<const std::span<const TermTable* const>> groups,
               std::span<std::vector<TermHit>> out);
std::vector<TermHit> term_hits(const TextReading& text, const TermTable& table);
std::vector<TermHit> term_hits(std::string_view text, std::span<const TermTable* const> tables);
std::vector<TermHit> term_hits(std::string_view text, const TermTable& table);
// The groups' hits in a short text tokenised once: out[g] gets what
// term_hits(text, groups[g]) gives.
void term_hits(std::string_view text, std::span<const std::span<const TermTable* const>> groups,
               std::span<std::vector<TermHit>> out);

// Some phrase of `table` is in `text` and counts.
bool affirmed_term(std::string_view text, const TermTable& table);

// The record's term tables (data: record_term_tables.cpp).
struct RecordTerms {
  RecordTerms();
  TermTable daily_activities;  // stated limitation of daily activities
  TermTable independence;      // "independent in ADLs": no limitation
  TermTable pain_management;
  TermTable injections;
  TermTable medications;
  TermTable cauda_equina;
  TermTable neurologic_urgent;  // cauda equina syndrome, progressive deficit
  TermTable spinal_urgent;      // tumour, infection, fracture: with a spinal context
  TermTable neuromuscular;
  TermTable osteoporosis;
  TermTable kyphosis;  // a kyphosis named: cervical deformity (record_keywords.cpp)
  TermTable odi;       // outcome instruments named in prose (outcome_scores.cpp)
  TermTable ndi;
  TermTable mjoa;
  TermTable cotinine;  // a cotinine result in prose (nicotine_reader.cpp)
  TermTable facetectomy;
  TermTable pars_resection;
  TermTable flexion_extension;  // films named without a finding
  TermTable telehealth;
  TermTable home_programme;
};
const RecordTerms& record_terms();

}  // namespace spinecds::terminology
