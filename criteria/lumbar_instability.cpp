// Lumbar criterion `instability` (DESIGN §5).
#include "criteria/assess_engine.h"

namespace spinecds::criteria::engine {

CriterionResult Engine::instability_criterion() const {
  constexpr std::string_view id = criterion_id::kInstability;
  std::vector<Segment> with, without;
  std::vector<Evidence> e;
  bool any_imaging_fact = !f_.spine_imaging.empty();
  for (auto s : requested_) {
    auto it = seg_.find(s);
    const bool inst = it != seg_.end() && it->second.instability;
    if (it != seg_.end() && it->second.mentioned) any_imaging_fact = true;
    if (inst) {
      with.push_back(s);
      append(e, it->second.instability_evidence);
    } else {
      without.push_back(s);
      if (it != seg_.end()) {
        append(e, it->second.no_instability_evidence);
      }
    }
  }
  // A slip with no grade counts only at the policy's millimetres
  // (slip.ungradedMinMm): the card says so, or "2 mm anterolisthesis" would
  // seem to meet "grade 1 or more".
  const std::string rule =
      "a slip of Meyerding grade " + num(th("slip.minGrade").value) +
      " or more, a slip with no grade given of " + th("slip.ungradedMinMm").describe() +
      ", or on flexion-extension films translation of " + th("flexext.translationMm").describe() +
      " or angular motion of " + th("flexext.angulationDegrees").describe();
  if (requested_.empty()) {
    return criterion(id, Status::unknown,
                     "Documentation does not name the levels to be fused, so instability at them "
                     "cannot be judged.",
                     std::move(e));
  }
  if (without.empty()) {
    return criterion(
        id, Status::met,
        "Documentation shows instability at every requested segment (" + join_segments(with) + ").",
        std::move(e));
  }
  if (with.empty() && !any_imaging_fact) {
    return criterion(id, Status::unknown,
                     "Documentation does not show instability at " + join_segments(without) +
                         ": no spine imaging was found in the record (looked for " + rule + ").",
                     std::move(e));
  }
  std::string s = with.empty()
                      ? "Documentation does not show instability at any requested segment ("
                      : "Documentation shows instability only at " + join_segments(with) +
                            "; it does not show instability at ";
  s += join_segments(without) + (with.empty() ? ")" : "") + " (policy: " + rule + ").";
  return criterion(id, Status::not_met, s, std::move(e));
}

}  // namespace spinecds::criteria::engine
