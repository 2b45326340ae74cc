// Lumbar criterion `functional-limitation` (DESIGN §5).
#include "criteria/assess_engine.h"

namespace spinecds::criteria::engine {

CriterionResult Engine::functional_criterion() const {
  constexpr std::string_view id = criterion_id::kFunctionalLimitation;
  const auto& t = th("odi.minPercent");
  const terminology::OutcomeScore* latest = nullptr;
  for (const auto& o : f_.outcome_scores) {
    if (o.instrument != terminology::OutcomeInstrument::odi) continue;
    if (!latest || o.date > latest->date) latest = &o;
  }
  std::vector<Evidence> adl;
  for (const auto& q : f_.adl_limitation) adl.push_back(ev(q));
  if (latest && t.passes(latest->value)) {
    std::vector<Evidence> e = adl;
    e.push_back(ev(latest->quote));
    return criterion(id, Status::met,
                     "Documentation shows an Oswestry Disability Index of " + num(latest->value) +
                         "%" + (latest->date.empty() ? "" : " on " + latest->date) +
                         " (policy: " + t.describe() + ").",
                     std::move(e));
  }
  if (!adl.empty()) {
    return criterion(id, Status::met,
                     "Documentation states that the symptoms limit daily activities.",
                     std::move(adl));
  }
  if (latest) {
    return criterion(id, Status::not_met,
                     "Documentation does not show a functional limitation at the policy's level: "
                     "the latest Oswestry Disability Index is " +
                         num(latest->value) + "% (policy: " + t.describe() +
                         ") and no limitation of daily activities is stated.",
                     {ev(latest->quote)});
  }
  return criterion(id, Status::unknown,
                   "Documentation does not show a limitation of daily activities: no Oswestry "
                   "Disability Index or statement of limited activities was found." +
                       gap_note({"observations", "documents"}),
                   {});
}

}  // namespace spinecds::criteria::engine
