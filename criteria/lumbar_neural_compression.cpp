// Lumbar criterion `neural-compression` (DESIGN §5).
#include "criteria/assess_engine.h"

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
  // The last day a note says the complaint resolved ("radiculopathy,
  // resolved after the injection"), per kind: what an earlier note or a
  // problem list left active before it is no longer the patient's state.
  std::map<FindingKind, std::string> resolved;
  for (const auto& rf : f_.findings) {
    const auto& fd = rf.finding;
    if (!neural(fd.kind) || rf.source == terminology::SourceKind::order || rf.date.empty() ||
        !fd.negated || !fd.historical || fd.hypothetical || fd.experiencer_other)
      continue;
    const std::string day = rf.date.substr(0, 10);
    resolved[fd.kind] = std::max(resolved[fd.kind], day);
  }
  // A coded radiculopathy or claudication gives way to either resolved.
  std::string any_resolved;
  for (const auto k : {FindingKind::radiculopathy, FindingKind::neurogenic_claudication}) {
    if (const auto r = resolved.find(k); r != resolved.end())
      any_resolved = std::max(any_resolved, r->second);
  }
  const auto before = [](const std::string& date, const std::string& resolution) {
    return !date.empty() && !resolution.empty() && date.substr(0, 10) < resolution;
  };
  std::vector<Evidence> pos, neg;
  std::set<std::string> kinds;
  for (const auto& rf : f_.findings) {
    const auto& k = rf.finding.kind;
    if (!neural(k)) continue;
    if (rf.source == terminology::SourceKind::order) continue;
    if (const auto r = resolved.find(k); r != resolved.end() && before(rf.date, r->second)) {
      continue;
    }
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
    if (before(q.date, any_resolved)) continue;
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
