#include "criteria/report_text.h"

#include <map>
#include <sstream>

#include "criteria/criterion_ids.h"

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

std::string title(const std::string& id) {
  static const std::map<std::string, std::string> kTitles = {
      {"conservative-care.pt-6-weeks", "Formal physical therapy"},
      {"conservative-care.other", "Other conservative care"},
      {"neural-compression", "Neural compression"},
      {"functional-limitation", "Functional limitation"},
      {"imaging.stenosis", "Stenosis on MRI/CT"},
      {"imaging.flexion-extension", "Flexion-extension films"},
      {"instability", "Instability at each fusion level"},
      {"deformity", "Deformity"},
      {"pelvic-fixation.indication", "Pelvic fixation indication"}};
  auto it = kTitles.find(id);
  return it == kTitles.end() ? id : it->second;
}

// What to add to the record for a criterion that is not met or unknown.
std::string still_needed(const CriterionResult& c) {
  if (c.id == criterion_id::kPt6Weeks) {
    return "Notes or claims showing the weeks of formal, supervised, in-person physical therapy "
           "for the lumbar spine (dates of the first and last sessions).";
  }
  if (c.id == criterion_id::kFlexionExtension) {
    return "Flexion-extension radiographs of the lumbar spine (CPT 72114 or 72120) with measured "
           "translation and angulation at each level to be fused.";
  }
  if (c.id == "instability") {
    return "Imaging that documents instability (listhesis grade or dynamic translation/angulation) "
           "at each level to be fused, or a stated operative reason to fuse there.";
  }
  if (c.id == "functional-limitation") {
    return "An Oswestry Disability Index or a note describing how daily activities are limited.";
  }
  if (c.id == "neural-compression") {
    return "A neurological examination documenting radiculopathy, neurogenic claudication or "
           "motor weakness.";
  }
  if (c.id == "imaging.stenosis") return "An MRI or CT report grading stenosis at each level.";
  if (c.id == "conservative-care.other") {
    return "Documentation of injections, medications or pain management tried.";
  }
  if (c.id == "pelvic-fixation.indication") {
    return "The indication for pelvic fixation (deformity, imbalance, high-grade slip, "
           "osteoporosis, "
           "revision), or remove pelvic fixation from the order.";
  }
  if (c.id == "deformity") return "Deformity measurements (Cobb angle, SVA, PI-LL).";
  return "";
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
      return "NOT APPLICABLE: no lumbar or lumbosacral fusion is ordered.";
  }
  return "";
}

void report(std::ostringstream& os, const Assessment& a) {
  os << "SpineCDS lumbar fusion review\n";
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
    os << "  [" << to_string(c.status) << "] " << title(c.id) << " (" << c.id << ")\n      "
       << c.summary << "\n";
    evidence(os, c.evidence);
  }
  if (!any) os << "  none\n";
  os << "\nCRITERIA NOT MET OR UNCLEAR\n";
  any = false;
  for (const auto& c : a.criteria) {
    if (c.status != Status::not_met && c.status != Status::unknown) continue;
    any = true;
    os << "  [" << to_string(c.status) << "] " << title(c.id) << " (" << c.id << ")\n      "
       << c.summary << "\n";
    evidence(os, c.evidence);
  }
  if (!any) os << "  none\n";
  os << "\nDOCUMENTATION STILL NEEDED\n";
  any = false;
  for (const auto& c : a.criteria) {
    if (c.status != Status::not_met && c.status != Status::unknown) continue;
    const auto need = still_needed(c);
    if (need.empty()) continue;
    any = true;
    os << "  - " << need << "\n";
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
