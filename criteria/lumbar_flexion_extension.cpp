// Lumbar criterion `imaging.flexion-extension` (DESIGN §5).
#include "criteria/assess_engine.h"

namespace spinecds::criteria::engine {

CriterionResult Engine::flexion_extension_criterion() const {
  constexpr std::string_view id = criterion_id::kFlexionExtension;
  if (!f_.flexion_extension.empty()) {
    std::vector<Evidence> e;
    for (const auto& q : f_.flexion_extension) e.push_back(ev(q));
    return criterion(id, Status::met, "Flexion-extension radiographs are in the record.",
                     std::move(e));
  }
  std::vector<Evidence> e;
  for (const auto& q : f_.flexion_extension_not_obtained) e.push_back(ev(q));
  return criterion(
      id, Status::not_met,
      std::string("Documentation does not show flexion-extension radiographs") +
          (e.empty() ? ": no study coded or described as flexion-extension views was found."
                     : "; the record states that flexion and extension views were not obtained."),
      e);
}

}  // namespace spinecds::criteria::engine
