#include "criteria/order_restatement.h"

#include "terminology/clinical_dates.h"

namespace spinecds::criteria {

namespace {

// A year written in the text before the order's year ("C6-7 ACDF
// 09/10/2024"): the operation lies in the past.
bool names_earlier_year(std::string_view text, std::string_view as_of) {
  const auto now = terminology::years_named(as_of.substr(0, 10));
  if (now.empty()) return false;
  for (int year : terminology::years_named(text)) {
    if (year >= 1950 && year < now.front()) return true;
  }
  return false;
}

}  // namespace

bool restates_order(const terminology::RecordFinding& rf, const terminology::RecordFacts& facts,
                    const std::set<terminology::Segment>& requested, std::string_view as_of) {
  const auto& fd = rf.finding;
  if (fd.historical || rf.source != terminology::SourceKind::clinical) return false;
  if (rf.quote.reference.starts_with("Procedure/")) return false;
  if (names_earlier_year(rf.quote.text, as_of)) return false;
  for (const auto& other : facts.findings) {
    if (other.finding.kind == terminology::FindingKind::pseudarthrosis &&
        terminology::counts_toward_criteria(other.finding) &&
        other.quote.reference == rf.quote.reference && other.quote.text == rf.quote.text) {
      return false;
    }
  }
  if (fd.segments.empty()) return false;
  for (auto s : fd.segments) {
    if (!requested.contains(s)) return false;
  }
  return true;
}

}  // namespace spinecds::criteria
