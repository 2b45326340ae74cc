#pragma once
// Words in the record that are not finding kinds of `extract` (injections,
// medications, pain management, daily activities, outcome scores, cotinine,
// films, planned destabilization, urgent and other conditions, therapy
// settings), read as
// triggers inside the text engine's sentences: the engine's ConText cues,
// scopes and sections decide whether each is affirmed, negated, only planned
// or sought, uncertain, historical or someone else's. One negation rule for
// findings and keywords alike.
#include <cstddef>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "terminology/finding_lexicon.h"

namespace spinecds::terminology {

// Phrases of one kind, written as words ("epidural steroid injection"); "-"
// and "/" may stand between the words in the text, as for the engine's
// triggers.
class TermTable {
 public:
  TermTable(std::string kind, std::initializer_list<std::string_view> phrases);
  const std::string& kind() const { return kind_; }
  // The phrases whose first word is `word` (lower case).
  const std::vector<const TriggerEntry*>& starting(const std::string& word) const;

 private:
  std::string kind_;
  std::vector<TriggerEntry> entries_;
  std::unordered_map<std::string, std::vector<const TriggerEntry*>> by_first_;
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

// Every phrase of `tables` in `text`, in text order, with its category.
std::vector<TermHit> term_hits(std::string_view text, std::span<const TermTable* const> tables);
std::vector<TermHit> term_hits(std::string_view text, const TermTable& table);

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
  TermTable odi;  // outcome instruments named in prose (outcome_scores.cpp)
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
