// Cervical criterion `imaging.flexion-extension` (DESIGN §9): films in the
// record; not applicable on the myelopathy pathway.
#include "criteria/cervical_engine.h"
#include "criteria/criterion_ids.h"

namespace spinecds::criteria::cervical {

CriterionResult Engine::flexion_extension() const {
  constexpr std::string_view id = criterion_id::kFlexionExtension;
  if (clin_.myelopathy) {
    return criterion(id, Status::not_applicable,
                     "Not applicable: on the myelopathy pathway the policy does not ask for "
                     "flexion-extension films.",
                     clin_.myelopathy_evidence);
  }
  // Films in flexion and extension are not taken of a fresh fracture or
  // dislocation (research CF-CC-04: urgent cases need no plain films).
  std::vector<Evidence> injury;
  for (auto s : requested_) {
    const auto it = seg_.find(s);
    if (it != seg_.end() && it->second.lesion == terminology::LesionKind::trauma)
      injury.insert(injury.end(), it->second.lesion_evidence.begin(),
                    it->second.lesion_evidence.end());
  }
  if (!injury.empty()) {
    return criterion(id, Status::not_applicable,
                     "Not applicable: flexion-extension films are not taken of an acute fracture "
                     "or dislocation at a segment of the order.",
                     std::move(injury));
  }
  if (!f_.flexion_extension.empty()) {
    return criterion(id, Status::met, "Flexion-extension radiographs are in the record.",
                     {f_.flexion_extension.begin(), f_.flexion_extension.end()});
  }
  std::vector<Evidence> e(f_.flexion_extension_not_obtained.begin(),
                          f_.flexion_extension_not_obtained.end());
  return criterion(
      id, Status::not_met,
      std::string("Documentation does not show cervical flexion-extension radiographs") +
          (e.empty() ? "." : "; the record states that they were not obtained."),
      e);
}

}  // namespace spinecds::criteria::cervical
