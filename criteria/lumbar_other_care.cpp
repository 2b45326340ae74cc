// Lumbar criterion `conservative-care.other` (DESIGN §5).
#include "criteria/assess_engine.h"

namespace spinecds::criteria::engine {

CriterionResult Engine::other_care_criterion() const {
  constexpr std::string_view id = criterion_id::kOtherCare;
  std::vector<Evidence> e;
  std::vector<std::string> kinds;
  if (!f_.injections.empty()) kinds.emplace_back("injections");
  if (!f_.medications.empty()) kinds.emplace_back("medication");
  if (!f_.pain_management.empty()) kinds.emplace_back("pain management");
  for (const auto* v : {&f_.injections, &f_.medications, &f_.pain_management}) {
    for (const auto& q : *v) e.push_back(ev(q));
  }
  if (kinds.empty()) {
    return criterion(id, Status::unknown,
                     "Documentation does not show injections, pain medication or pain "
                     "management: none were found among procedures, medication orders or notes." +
                         gap_note({"procedures", "medications", "serviceRequests"}),
                     std::move(e));
  }
  std::string list;
  for (std::size_t i = 0; i < kinds.size(); ++i) {
    list += (i == 0 ? "" : i + 1 == kinds.size() ? " and " : ", ") + kinds[i];
  }
  return criterion(id, Status::met,
                   "Documentation shows " + list +
                       " as conservative care; the policy counts these as supporting care, not "
                       "as a substitute for physical therapy.",
                   std::move(e));
}

}  // namespace spinecds::criteria::engine
