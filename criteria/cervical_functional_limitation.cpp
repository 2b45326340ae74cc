// Cervical criterion `functional-limitation` (DESIGN §9): an NDI at or above
// the policy's value, an mJOA at or below it, or a stated limitation.
#include "criteria/cervical_engine.h"
#include "criteria/criterion_ids.h"

namespace spinecds::criteria::cervical {

CriterionResult Engine::functional_limitation() const {
  constexpr std::string_view id = criterion_id::kFunctionalLimitation;
  const auto& ndi_min = th("ndi.minPercent");
  const auto& mjoa_max = th("mjoa.maxScore");
  const terminology::OutcomeScore* ndi = nullptr;
  const terminology::OutcomeScore* mjoa = nullptr;
  for (const auto& s : f_.outcome_scores) {
    const terminology::OutcomeScore** slot =
        s.instrument == terminology::OutcomeInstrument::ndi    ? &ndi
        : s.instrument == terminology::OutcomeInstrument::mjoa ? &mjoa
                                                               : nullptr;
    if (slot != nullptr && (*slot == nullptr || s.date > (*slot)->date)) *slot = &s;
  }
  std::vector<Evidence> adl(f_.adl_limitation.begin(), f_.adl_limitation.end());
  if (ndi && ndi_min.passes(ndi->value)) {
    return criterion(id, Status::met,
                     "Documentation shows a Neck Disability Index of " + num(ndi->value) + "%" +
                         (ndi->date.empty() ? "" : " on " + ndi->date) +
                         " (policy: " + ndi_min.describe() + ").",
                     {ndi->quote});
  }
  if (mjoa && mjoa_max.passes(mjoa->value)) {
    return criterion(id, Status::met,
                     "Documentation shows an mJOA score of " + num(mjoa->value) +
                         (mjoa->date.empty() ? "" : " on " + mjoa->date) +
                         " (policy: " + mjoa_max.describe() + ").",
                     {mjoa->quote});
  }
  if (!adl.empty()) {
    return criterion(id, Status::met,
                     "Documentation states that the symptoms limit daily activities.",
                     std::move(adl));
  }
  if (ndi) {
    return criterion(id, Status::not_met,
                     "Documentation does not show a functional limitation at the policy's level: "
                     "the latest Neck Disability Index is " +
                         num(ndi->value) + "% (policy: " + ndi_min.describe() +
                         ") and no limitation of daily activities is stated.",
                     {ndi->quote});
  }
  return criterion(id, Status::unknown,
                   "Documentation does not show a limitation of daily activities: no Neck "
                   "Disability Index, mJOA score or statement of limited activities was found." +
                       gap_note({"observations", "documents"}),
                   {});
}

}  // namespace spinecds::criteria::cervical
