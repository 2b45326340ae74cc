#include "criteria/report_text.h"

#include <cctype>
#include <map>
#include <sstream>

#include "criteria/criterion_ids.h"
#include "criteria/procedure_family.h"

namespace spinecds::criteria {

namespace {

std::string segments(const std::vector<terminology::Segment>& segs) {
  if (segs.empty()) return "none";
  std::string out;
  for (std::size_t i = 0; i < segs.size(); ++i) {
    out += (i == 0 ? "" : ", ") + terminology::to_string(segs[i]);
  }
  return out;
}

// The policy's name for a criterion (rules[].title), else its id.
std::string title(const CriterionResult& c) {
  return c.title.empty() ? c.id : c.title;
}

// "lumbar fusion", "cervical fusion": the family that judged the order.
std::string family_name(const Assessment& a) {
  const ProcedureFamily* f = find_family(a.family);
  std::string name = f ? std::string(f->label) : a.family;
  for (auto& ch : name) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return name;
}

void evidence(std::ostringstream& os, const std::vector<Evidence>& ev) {
  for (const auto& e : ev) os << "      - " << e.reference << ": \"" << e.text << "\"\n";
}

std::string recommendation(const Assessment& a) {
  switch (a.verdict) {
    case Verdict::supported:
      return "SUPPORTED: the documentation supports the fusion as ordered.";
    case Verdict::partially_supported:
      return "PARTIALLY SUPPORTED: the documentation supports fusion at " +
             segments(a.supported_fusion_levels) + " only.";
    case Verdict::not_supported_as_documented: {
      std::string s = "NOT SUPPORTED AS DOCUMENTED.";
      if (!a.supported_fusion_levels.empty()) {
        s += " The record supports fusion at " + segments(a.supported_fusion_levels) +
             " once the criteria below are documented";
        if (!a.decompression_only.empty())
          s += ", decompression alone at " + segments(a.decompression_only);
        s += ".";
      } else if (!a.decompression_only.empty()) {
        s += " The record supports decompression alone at " + segments(a.decompression_only) + ".";
      }
      return s;
    }
    case Verdict::not_applicable:
      return "NOT APPLICABLE: no " + family_name(a) + " is ordered.";
  }
  return "";
}

void report(std::ostringstream& os, const Assessment& a) {
  os << "SpineCDS " << family_name(a) << " review\n";
  if (!a.order.empty()) os << "Order: " << a.order << "\n";
  os << "As of: " << a.as_of << "\n\n";
  os << "RECOMMENDATION\n  " << recommendation(a) << "\n";
  if (a.verdict == Verdict::not_applicable) return;
  os << "  Policy: " << a.policy.id << " " << a.policy.version << ", profile " << a.policy.profile
     << "\n\n";
  os << "LEVELS\n";
  os << "  Requested fusion: " << segments(a.requested_levels)
     << (a.requested_pelvic_fixation ? " + pelvic fixation" : "") << "\n";
  os << "  Fusion supported: " << segments(a.supported_fusion_levels) << "\n";
  if (!a.bridged_levels.empty()) {
    os << "  Bridged without support of their own: " << segments(a.bridged_levels) << "\n";
  }
  os << "  Decompression only: " << segments(a.decompression_only) << "\n";
  if (a.requested_pelvic_fixation) {
    os << "  Pelvic fixation: " << (a.supported_pelvic_fixation ? "supported" : "not supported")
       << "\n";
  }
  for (const auto& r : a.levels) {
    os << "    " << terminology::to_string(r.segment) << (r.requested ? " (requested)" : "")
       << ": stenosis " << (r.stenosis ? terminology::to_string(*r.stenosis) : "not graded")
       << ", instability " << (r.instability ? "documented" : "not documented") << ", fusion "
       << (r.fusion_supported ? "supported" : "not supported") << "\n";
  }
  os << "\nCRITERIA MET OR NOT APPLICABLE\n";
  bool any = false;
  for (const auto& c : a.criteria) {
    if (c.status != Status::met && c.status != Status::not_applicable) continue;
    any = true;
    os << "  [" << to_string(c.status) << "] " << title(c) << " (" << c.id << ")\n      "
       << c.summary << "\n";
    evidence(os, c.evidence);
  }
  if (!any) os << "  none\n";
  os << "\nCRITERIA NOT MET OR UNCLEAR\n";
  any = false;
  for (const auto& c : a.criteria) {
    if (c.status != Status::not_met && c.status != Status::unknown) continue;
    any = true;
    os << "  [" << to_string(c.status) << "] " << title(c) << " (" << c.id << ")\n      "
       << c.summary << "\n";
    evidence(os, c.evidence);
  }
  if (!any) os << "  none\n";
  os << "\nDOCUMENTATION STILL NEEDED\n";
  any = false;
  for (const auto& c : a.criteria) {
    if (c.status != Status::not_met && c.status != Status::unknown) continue;
    if (c.documentation_needed.empty()) continue;
    any = true;
    os << "  - " << c.documentation_needed << "\n";
  }
  if (!any) os << "  none\n";
  if (!a.data_gaps.empty()) {
    os << "\nDATA NOT AVAILABLE\n";
    for (const auto& g : a.data_gaps) {
      os << "  - " << g.key << ": " << g.reason << (g.partial ? " (partial)" : "") << "\n";
    }
  }
  os << "\nCITATIONS\n";
  for (const auto& c : a.criteria) os << "  " << c.id << ": " << c.citation << "\n";
}

}  // namespace

std::string to_text(const Assessment& a) {
  std::ostringstream os;
  report(os, a);
  return os.str();
}

std::string to_text(const std::vector<Assessment>& all) {
  std::ostringstream os;
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (i > 0) os << "\n" << std::string(72, '=') << "\n\n";
    report(os, all[i]);
  }
  return os.str();
}

}  // namespace spinecds::criteria
