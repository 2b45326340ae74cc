#include "criteria/neural_resolution.h"

#include <algorithm>

namespace spinecds::criteria {

namespace {

bool before(const std::string& date, const std::string& resolution) {
  return !date.empty() && !resolution.empty() && date.substr(0, 10) < resolution;
}

}  // namespace

bool NeuralResolution::supersedes(terminology::FindingKind kind, const std::string& date,
                                  bool historical) const {
  const auto r = by_kind.find(kind);
  if (r == by_kind.end()) return false;
  return before(date, r->second) ||
         (historical && !date.empty() && date.substr(0, 10) == r->second);
}

bool NeuralResolution::supersedes_coded(const std::string& date) const {
  return before(date, coded);
}

bool NeuralResolution::denied_since(terminology::FindingKind kind, const std::string& date) const {
  const auto d = denied.find(kind);
  return d != denied.end() && !date.empty() && date.substr(0, 10) <= d->second;
}

NeuralResolution neural_resolution(const std::vector<terminology::RecordFinding>& findings,
                                   std::initializer_list<terminology::FindingKind> kinds,
                                   std::initializer_list<terminology::FindingKind> coded_kinds) {
  NeuralResolution out;
  for (const auto& rf : findings) {
    const auto& fd = rf.finding;
    if (std::find(kinds.begin(), kinds.end(), fd.kind) == kinds.end()) continue;
    if (rf.source == terminology::SourceKind::order || rf.date.empty() || !fd.negated ||
        fd.hypothetical || fd.experiencer_other || (fd.uncertain && !fd.historical))
      continue;
    // A present denial is a clinician's ("No myelopathy." on exam), not a
    // report's "without compressive myelopathy".
    if (!fd.historical && rf.source != terminology::SourceKind::clinical) continue;
    auto& day = fd.historical ? out.by_kind[fd.kind] : out.denied[fd.kind];
    day = std::max(day, rf.date.substr(0, 10));
  }
  for (const auto k : coded_kinds) {
    if (const auto r = out.by_kind.find(k); r != out.by_kind.end())
      out.coded = std::max(out.coded, r->second);
  }
  return out;
}

}  // namespace spinecds::criteria
