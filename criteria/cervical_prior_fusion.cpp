// Cervical criterion `prior-fusion` (DESIGN §9): after an earlier cervical
// fusion, enough months have passed and the old level is solid (adjacent
// segment) or shows non-union (revision). Absent when there was none.
#include <string>
#include <string_view>

#include "criteria/cervical_engine.h"
#include "criteria/criterion_ids.h"
#include "criteria/dates.h"
#include "criteria/order_restatement.h"
#include "terminology/clinical_dates.h"
#include "terminology/text_tokens.h"

namespace spinecds::criteria::cervical {

namespace {

// The earliest day a statement of the earlier fusion names before its
// note's day ("prior C5-6 ACDF 03/2022": 2022-03-31, a month's last day so
// the months since are not overstated).
std::optional<long> named_day_before(std::string_view text, std::optional<long> note_day) {
  std::optional<long> out;
  const auto toks = terminology::tokenize(text);
  for (const auto& d : terminology::find_dates(toks, 0, toks.size())) {
    const auto day = day_number(terminology::whole_end(terminology::iso_date(d)));
    if (day && (!note_day || *day < *note_day) && (!out || *day < *out)) out = day;
  }
  return out;
}

}  // namespace

// A plan that no cue marked as planned is the order restated, no earlier
// fusion (order_restatement.h).
bool Engine::restates_order(const RecordFinding& rf) const {
  return criteria::restates_order(rf, f_, requested_set_, as_of_);
}

std::optional<CriterionResult> Engine::prior_fusion() const {
  constexpr std::string_view id = criterion_id::kPriorFusion;
  std::vector<Segment> fused, revised;
  bool solid = true;
  bool solid_stated = false;
  bool non_union_revised = true;
  std::vector<Evidence> e;
  for (const auto& [s, sf] : seg_) {
    if (!sf.prior_fusion) continue;
    fused.push_back(s);
    e.insert(e.end(), sf.prior_evidence.begin(), sf.prior_evidence.end());
    if (requested_set_.count(s)) {
      revised.push_back(s);
      non_union_revised = non_union_revised && sf.non_union;
    } else {
      solid = solid && !sf.non_union;
      solid_stated = solid_stated || sf.solid;
    }
  }
  if (fused.empty()) return std::nullopt;
  // The earlier operation's date: the earliest dated statement of it.
  std::optional<long> when;
  for (const auto& rf : f_.findings) {
    if (rf.finding.kind != FindingKind::prior_fusion ||
        !terminology::counts_toward_criteria(rf.finding) || restates_order(rf))
      continue;
    auto d = day_number(rf.date.empty() ? rf.quote.date : rf.date);
    if (const auto named = named_day_before(rf.quote.text, d)) d = named;
    if (d && (!when || *d < *when)) when = d;
  }
  const auto as_of = day_number(as_of_);
  const auto& min_months = th("priorFusion.minMonths");
  std::optional<double> months;
  if (when && as_of) months = static_cast<double>(*as_of - *when) / 30.44;
  // Met once enough time has passed; unknown while the date is undocumented.
  const Status time_status = months && min_months.passes(*months) ? Status::met
                             : months                             ? Status::not_met
                                                                  : Status::unknown;
  const std::string time_text =
      months
          ? "the earlier fusion is documented " + num(static_cast<int>(*months)) +
                " months before the order (policy: " + min_months.describe() + ")"
          : "the date of the earlier fusion is not documented (policy: " + min_months.describe() +
                ")";
  if (!revised.empty()) {
    if (!non_union_revised) {
      return criterion(id, Status::not_met,
                       "Documentation does not show non-union at the already fused " +
                           join_segments(revised) +
                           "; a fused segment is not fused again without documented non-union.",
                       std::move(e));
    }
    return criterion(id, time_status,
                     "Revision of " + join_segments(revised) + ": non-union is documented, and " +
                         time_text + ".",
                     std::move(e));
  }
  if (!solid) {
    return criterion(id, Status::not_met,
                     "Documentation shows non-union at the earlier fusion (" +
                         join_segments(fused) + "), not a solid level beside the requested one.",
                     std::move(e));
  }
  if (!solid_stated) {
    return criterion(id, Status::unknown,
                     "Documentation does not show that the earlier fusion at " +
                         join_segments(fused) + " is solid; " + time_text + ".",
                     std::move(e));
  }
  return criterion(id, time_status,
                   "The earlier fusion at " + join_segments(fused) + " is documented as solid; " +
                       time_text + ".",
                   std::move(e));
}

}  // namespace spinecds::criteria::cervical
