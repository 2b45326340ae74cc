#pragma once
// Evidence the way a clinician names it on a card: document type, date and
// the deciding words (`MRI lumbar spine 2026-09-10: "grade 1 anterolisthesis
// of L4 on L5"`), never a `ResourceType/id`, each quote once per card.
#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "criteria/assessment.h"

namespace spinecds::cards {

// At most this many code points of plain text per quoted piece of evidence.
inline constexpr std::size_t kEvidenceMax = 120;

// "MRI lumbar spine 2026-09-10"; without a document name, a name for the
// resource type ("Report", "Problem list"); plain text.
std::string evidence_source_name(const criteria::Evidence& e);

// The quotes a card has shown: a later line that would repeat one skips it.
class QuoteSet {
 public:
  bool seen(const criteria::Evidence& e) const { return shown_.count(e.text) > 0; }
  void add(const criteria::Evidence& e) { shown_.insert(e.text); }

 private:
  std::set<std::string> shown_;
};

// One piece of evidence as escaped markdown, at most kEvidenceMax code points
// of text before escaping; "" when `e` has no words.
std::string evidence_item(const criteria::Evidence& e);

// The not-yet-shown quote of `ev` whose words contain the earliest word of
// `prefer` (case-insensitive), else the first not-yet-shown one, as escaped
// markdown; records it in `shown`. "" when every quote was shown already.
std::string pick_evidence(const std::vector<criteria::Evidence>& ev, QuoteSet& shown,
                          const std::vector<std::string_view>& prefer = {});
// The same over quotes that stay where they are (gathered from several rows).
std::string pick_evidence(const std::vector<const criteria::Evidence*>& ev, QuoteSet& shown,
                          const std::vector<std::string_view>& prefer = {});

// Up to `max_items` not-yet-shown quotes of `ev` joined with "; ".
std::string evidence_list(const std::vector<criteria::Evidence>& ev, QuoteSet& shown,
                          std::size_t max_items = 2);

}  // namespace spinecds::cards
