// Lumbar criterion `deformity` (DESIGN §5).
#include "criteria/assess_engine.h"

namespace spinecds::criteria::engine {

std::string Engine::reasons_text() const {
  std::string out;
  for (const auto& r : deformity_.reasons) out += (out.empty() ? "" : ", ") + r;
  return out;
}

CriterionResult Engine::deformity_criterion() const {
  constexpr std::string_view id = criterion_id::kDeformity;
  const auto& d = deformity_;
  if (!d.measured) {
    return criterion(id, Status::not_applicable,
                     "Not applicable: the record measures no deformity (no Cobb angle, sagittal "
                     "vertical axis, PI-LL mismatch or neuromuscular scoliosis).",
                     {});
  }
  if (d.met) {
    // Name the measured curve as a range; a global measure (SVA, PI-LL,
    // neuromuscular scoliosis) supports the requested construct.
    std::string where;
    if (!d.curve.empty()) {
      where = " (measured curve " + terminology::to_string(*d.curve.begin()) + " to " +
              terminology::to_string(*d.curve.rbegin()) + ")";
    }
    if (d.global) where += " across the requested construct";
    return criterion(id, Status::met,
                     "Documentation shows a deformity that supports fusion" + where + ": " +
                         reasons_text() + ".",
                     copies(d.evidence));
  }
  std::string below;
  for (const auto& b : d.below) below += (below.empty() ? "" : "; ") + b;
  return criterion(
      id, Status::not_met,
      "Documentation does not show a deformity above the policy's values: " + below + ".",
      copies(d.evidence));
}

}  // namespace spinecds::criteria::engine
