// Cervical criterion `instability` (DESIGN §9): for a posterior fusion every
// fused segment has a stabilising reason; not applicable to anterior
// procedures, where the discectomy is why the segment is fused.
#include "criteria/cervical_engine.h"
#include "criteria/criterion_ids.h"

namespace spinecds::criteria::cervical {

CriterionResult Engine::instability() const {
  constexpr std::string_view id = criterion_id::kInstability;
  if (!posterior_) {
    return criterion(id, Status::not_applicable,
                     std::string("Not applicable: ") +
                         (approach_.empty() ? "the order does not name a posterior fusion"
                                            : "an anterior procedure") +
                         "; a segment whose disc is removed is fused because of the "
                         "decompression.",
                     {});
  }
  std::vector<Segment> with, without;
  std::vector<Evidence> e;
  bool imaged = false;
  for (auto s : requested_) {
    const auto& sf = seg_.at(s);
    imaged = imaged || sf.imaged || !sf.no_instability_evidence.empty();
    if (stabilising(sf)) {
      with.push_back(s);
      e.insert(e.end(), sf.instability_evidence.begin(), sf.instability_evidence.end());
      e.insert(e.end(), sf.destabilized_evidence.begin(), sf.destabilized_evidence.end());
      e.insert(e.end(), sf.cord_signal_evidence.begin(), sf.cord_signal_evidence.end());
      e.insert(e.end(), sf.deformity_evidence.begin(), sf.deformity_evidence.end());
    } else {
      without.push_back(s);
      e.insert(e.end(), sf.no_instability_evidence.begin(), sf.no_instability_evidence.end());
    }
  }
  const std::string rule = "translation " + th("instability.translationMm").describe() +
                           " or angulation " + th("instability.angulationDegrees").describe() +
                           ", deformity, non-union, cord signal change with myelopathy, or a "
                           "laminectomy removing " +
                           th("laminectomy.facetPercent").describe() + " of the facets";
  if (requested_.empty()) {
    return criterion(id, Status::unknown,
                     "Documentation does not name the levels to be fused, so a stabilising "
                     "reason at them cannot be judged.",
                     std::move(e));
  }
  if (without.empty()) {
    return criterion(id, Status::met,
                     "Documentation shows a stabilising reason at every posterior fused segment (" +
                         join_segments(with) + ").",
                     std::move(e));
  }
  std::string s = with.empty() ? "Documentation does not show instability or another "
                                 "stabilising reason at "
                               : "Documentation shows a stabilising reason only at " +
                                     join_segments(with) + "; it does not show one at ";
  s += join_segments(without) + " (policy: " + rule +
       "). Compression alone supports posterior decompression, not fusion.";
  return criterion(id, imaged || !with.empty() ? Status::not_met : Status::unknown, s,
                   std::move(e));
}

}  // namespace spinecds::criteria::cervical
