#include "criteria/criterion_build.h"

#include <algorithm>
#include <cstdio>

namespace spinecds::criteria {

std::string join_segments(const std::vector<terminology::Segment>& segs) {
  std::string out;
  for (std::size_t i = 0; i < segs.size(); ++i) {
    if (i > 0) out += i + 1 == segs.size() ? " and " : ", ";
    out += terminology::to_string(segs[i]);
  }
  return out;
}

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

std::string gap_note(const std::vector<fhir::DataGap>& gaps,
                     std::initializer_list<std::string_view> keys) {
  std::string out;
  for (const auto& g : gaps) {
    for (auto k : keys) {
      if (g.key == k) out += (out.empty() ? "" : ", ") + g.key + " (" + g.reason + ")";
    }
  }
  return out.empty() ? "" : " Data that could not be had: " + out + ".";
}

CriterionResult make_criterion(const Policy& policy, const Profile& profile, std::string_view id,
                               Status status, std::string summary, std::vector<Evidence> evidence,
                               std::string_view citation_rule) {
  CriterionResult c;
  c.id = std::string(id);
  c.title = policy.criterion_title(id);
  if (const Rule* r = policy.rule(id)) c.documentation_needed = r->documentation_needed;
  c.status = status;
  c.summary = std::move(summary);
  std::sort(evidence.begin(), evidence.end());
  evidence.erase(std::unique(evidence.begin(), evidence.end()), evidence.end());
  c.evidence = std::move(evidence);
  c.citation = policy.citation(citation_rule.empty() ? id : citation_rule, profile);
  return c;
}

}  // namespace spinecds::criteria
