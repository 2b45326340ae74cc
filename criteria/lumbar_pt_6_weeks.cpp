// Lumbar criterion `conservative-care.pt-6-weeks` (DESIGN §5).
#include "criteria/assess_engine.h"

#include "criteria/dates.h"
#include "criteria/pt_episodes.h"

namespace spinecds::criteria::engine {

CriterionResult Engine::pt_criterion() const {
  constexpr std::string_view id = criterion_id::kPt6Weeks;
  const auto& min = th("pt.minWeeks");
  const auto& window = th("pt.windowMonths");
  // An urgent indication documented before the PT window (cauda equina
  // operated on years ago) waives nothing today.
  std::vector<Evidence> urgent;
  const auto window_start = months_before(as_of_, static_cast<int>(window.value));
  for (const auto& q : f_.urgent) {
    const auto on = day_number(q.date);
    if (on && window_start && *on < *window_start) continue;
    urgent.push_back(ev(q));
  }
  if (!urgent.empty()) {
    const std::string first = urgent.front().text;
    return criterion(id, Status::not_applicable,
                     "Not applicable: the record documents an urgent indication (" + first +
                         "), for which the policy waives the physical-therapy requirement.",
                     urgent, "pt-waiver");
  }
  if (deformity_indicated()) {
    std::vector<Evidence> e = copies(deformity_.evidence);
    std::string why = deformity_.met
                          ? "a deformity-indicated fusion (" + reasons_text() + ")"
                          : "a deformity-indicated fusion (high-grade spondylolisthesis, " +
                                th("waiver.highGradeSlip").describe() + ")";
    high_grade_slip(&e);
    return criterion(id, Status::not_applicable,
                     "Not applicable: the record documents " + why +
                         ", for which the policy waives the physical-therapy requirement.",
                     std::move(e), "pt-waiver");
  }
  const auto pt = analyse_pt(f_, prof_, as_of_);
  std::vector<Evidence> e = pt.best_evidence;
  for (const auto& c : pt.counted) e.push_back(c);
  for (const auto& l : pt.left_out) {
    if (l.quoted) e.push_back(l.evidence);
  }
  std::string left;
  for (const auto& l : pt.left_out) {
    if (left.find(l.reason) != std::string::npos) continue;
    left += (left.empty() ? "" : "; ") + l.reason;
  }
  const std::string window_text = "within the " + num(window.value) + " " + window.unit +
                                  " before " + as_of_ + " (from " + pt.window_start + ")";
  if (pt.best_weeks > 0 && min.passes(pt.best_weeks)) {
    return criterion(id, Status::met,
                     "Documentation shows " + std::to_string(pt.best_weeks) +
                         " weeks of formal in-person physical therapy for the lumbar spine (" +
                         pt.best_first + " to " + pt.best_last + ") " + window_text +
                         "; the policy asks for " + min.describe() + ".",
                     std::move(e));
  }
  if (pt.documented) {
    std::string s = "Documentation does not show " + min.describe() +
                    " of formal, supervised, in-person physical therapy for the lumbar spine " +
                    window_text + ": ";
    s += pt.best_weeks > 0
             ? "the longest in-person episode in that window is " + std::to_string(pt.best_weeks) +
                   " week" + (pt.best_weeks == 1 ? "" : "s") + " (" + pt.best_first + " to " +
                   pt.best_last + ")"
             : "no in-person lumbar therapy falls in that window";
    if (!left.empty()) s += ". Not counted: " + left;
    s += ".";
    return criterion(id, Status::not_met, s, std::move(e));
  }
  std::string s =
      "Documentation does not show any physical therapy: no physical-therapy procedures "
      "(evaluation or treatment codes), therapy encounters or therapy notes were found in the "
      "record.";
  s += gap_note({"procedures", "observations", "documents"});
  if (!pt.referrals.empty()) {
    s += " A referral to physical therapy is on file, but no sessions are documented.";
    e.insert(e.end(), pt.referrals.begin(), pt.referrals.end());
  }
  return criterion(id, Status::unknown, s, std::move(e));
}

}  // namespace spinecds::criteria::engine
