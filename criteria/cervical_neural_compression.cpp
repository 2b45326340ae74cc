// Cervical criterion `neural-compression` (DESIGN §9): radiculopathy or
// myelopathy documented. Axial neck pain alone never is.
#include "criteria/cervical_engine.h"
#include "criteria/criterion_ids.h"

namespace spinecds::criteria::cervical {

CriterionResult Engine::neural_compression() const {
  constexpr std::string_view id = criterion_id::kNeuralCompression;
  if (clin_.radiculopathy || clin_.myelopathy) {
    std::vector<Evidence> e = clin_.radiculopathy_evidence;
    e.insert(e.end(), clin_.myelopathy_evidence.begin(), clin_.myelopathy_evidence.end());
    const std::string what = clin_.radiculopathy && clin_.myelopathy
                                 ? "radiculopathy and myelopathy"
                             : clin_.myelopathy ? "myelopathy"
                                                : "radiculopathy";
    return criterion(id, Status::met, "Documentation shows " + what + ".", std::move(e));
  }
  if (!clin_.neural_negated.empty()) {
    return criterion(id, Status::not_met,
                     "Documentation does not show radiculopathy or myelopathy; the record states "
                     "their absence. Axial neck pain alone is not an indication for fusion.",
                     clin_.neural_negated);
  }
  return criterion(id, Status::unknown,
                   "Documentation does not show radiculopathy (dermatomal arm pain, numbness, "
                   "weakness or reflex loss) or myelopathy (hand clumsiness, gait, Hoffmann sign, "
                   "hyperreflexia, mJOA). Axial neck pain alone is not an indication for fusion." +
                       gap_note({"conditions", "observations", "documents"}),
                   {});
}

}  // namespace spinecds::criteria::cervical
