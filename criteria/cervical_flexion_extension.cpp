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
