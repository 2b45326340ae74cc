// Lumbar criterion `neural-compression` (DESIGN §5).
#include "criteria/assess_engine.h"
#include "criteria/neural_resolution.h"

namespace spinecds::criteria::engine {

CriterionResult Engine::neural_criterion() const {
  constexpr std::string_view id = criterion_id::kNeuralCompression;
  if (deformity_indicated()) {
    return criterion(
        id, Status::not_applicable,
        "Not applicable: the fusion is indicated by deformity (" +
            (deformity_.met ? reasons_text() : std::string("high-grade spondylolisthesis")) +
            "), not by neural compression.",
        {});
  }
  const auto neural = [](FindingKind k) {
    return k == FindingKind::radiculopathy || k == FindingKind::neurogenic_claudication ||
           k == FindingKind::weakness;
  };
  const auto resolution = neural_resolution(
      f_.findings,
      {FindingKind::radiculopathy, FindingKind::neurogenic_claudication, FindingKind::weakness},
      {FindingKind::radiculopathy, FindingKind::neurogenic_claudication});
  std::vector<Evidence> pos, neg;
  std::set<std::string> kinds;
  for (const auto& rf : f_.findings) {
    const auto& k = rf.finding.kind;
    if (!neural(k)) continue;
    if (rf.source == terminology::SourceKind::order) continue;
    if (counts(rf.finding) && resolution.supersedes(k, rf.date, rf.finding.historical)) continue;
    if (counts(rf.finding)) {
      pos.push_back(ev(rf.quote));
      kinds.insert(k == FindingKind::weakness        ? "motor weakness"
                   : k == FindingKind::radiculopathy ? "radiculopathy"
                                                     : "neurogenic claudication");
    } else if (rf.finding.negated) {
      neg.push_back(ev(rf.quote));
    }
  }
  for (const auto& q : f_.neural_conditions) {
    if (resolution.supersedes_coded(q.date)) continue;
    pos.push_back(ev(q));
    if (kinds.empty()) kinds.insert("coded radiculopathy or neurogenic claudication");
  }
  if (!pos.empty()) {
    std::string list;
    std::size_t i = 0;
    for (const auto& k : kinds) list += (i++ == 0 ? "" : i == kinds.size() ? " and " : ", ") + k;
    return criterion(id, Status::met, "Documentation shows " + list + ".", std::move(pos));
  }
  if (!neg.empty()) {
    return criterion(id, Status::not_met,
                     "Documentation does not show radiculopathy, neurogenic claudication or motor "
                     "weakness; the record states their absence.",
                     std::move(neg));
  }
  return criterion(
      id, Status::unknown,
      "Documentation does not show radiculopathy, neurogenic claudication or motor "
      "weakness: no neurological examination or coded diagnosis stating them was found." +
          gap_note({"conditions", "observations"}),
      {});
}

}  // namespace spinecds::criteria::engine
