// Lumbar criterion `imaging.stenosis` (DESIGN §5).
#include "criteria/assess_engine.h"

namespace spinecds::criteria::engine {

CriterionResult Engine::stenosis_criterion() const {
  constexpr std::string_view id = criterion_id::kImagingStenosis;
  std::vector<Segment> scope = requested_;
  std::vector<Segment> ok, mild;
  std::vector<Evidence> e;
  bool negated = false;
  for (auto s : scope) {
    auto it = seg_.find(s);
    if (it == seg_.end()) continue;
    const auto& sf = it->second;
    if (sf.stenosis && *sf.stenosis >= min_stenosis_) {
      ok.push_back(s);
      append(e, sf.stenosis_met_evidence);
    } else if (sf.stenosis) {
      mild.push_back(s);
      append(e, sf.stenosis_evidence);
    } else if (sf.stenosis_negated) {
      negated = true;
    }
  }
  const std::string need = th("stenosis.minSeverity").describe();
  if (!ok.empty()) {
    std::string s = "Imaging shows " + need + " stenosis at " + join_segments(ok) + ".";
    if (!mild.empty()) s += " Stenosis at " + join_segments(mild) + " is graded below that.";
    return criterion(id, Status::met, s, std::move(e));
  }
  if (!mild.empty() || negated) {
    return criterion(
        id, Status::not_met,
        "Documentation does not show " + need + " stenosis at any requested segment" +
            (mild.empty() ? "" : "; stenosis at " + join_segments(mild) + " is graded below that") +
            ".",
        std::move(e));
  }
  return criterion(id, Status::unknown,
                   "Documentation does not show MRI or CT grading of stenosis at the requested "
                   "segments: no imaging report naming stenosis at those levels was found." +
                       gap_note({"diagnosticReports", "documents"}),
                   std::move(e));
}

}  // namespace spinecds::criteria::engine
