// Lumbar criterion `imaging.flexion-extension` (DESIGN §5).
#include <algorithm>

#include "criteria/assess_engine.h"
#include "criteria/dates.h"

namespace spinecds::criteria::engine {

CriterionResult Engine::flexion_extension_criterion() const {
  constexpr std::string_view id = criterion_id::kFlexionExtension;
  // Films in flexion and extension are not taken of a fresh fracture or
  // dislocation at a segment of the order.
  const int acute = static_cast<int>(th("trauma.acuteMonths").value);
  std::vector<Evidence> injury;
  for (const auto& l : f_.lesions) {
    if (l.kind != terminology::LesionKind::trauma) continue;
    if (!dated_within(l.quote.date, as_of_, acute)) continue;
    if (std::any_of(l.segments.begin(), l.segments.end(),
                    [&](Segment s) { return requested_set_.count(s) > 0; })) {
      injury.push_back(ev(l.quote));
    }
  }
  if (!injury.empty()) {
    return criterion(id, Status::not_applicable,
                     "Not applicable: flexion-extension films are not taken of an acute fracture "
                     "or dislocation at a segment of the order.",
                     std::move(injury));
  }
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
