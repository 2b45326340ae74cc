// One function per criterion of DESIGN §5 (pelvic fixation is in assess.cpp).
#include "criteria/assess_engine.h"

#include <algorithm>

#include "criteria/dates.h"
#include "criteria/pt_episodes.h"

namespace spinecds::criteria::engine {

CriterionResult Engine::pt_criterion() const {
  constexpr std::string_view id = criterion_id::kPt6Weeks;
  const auto& min = th("pt.minWeeks");
  const auto& window = th("pt.windowMonths");
  // An urgent indication documented before the PT window (cauda equina
  // operated on years ago) waives nothing today.
  std::vector<Evidence> urgent;
  const auto window_start = months_before(as_of_, static_cast<int>(window.value));
  for (const auto& q : f_.urgent) {
    const auto on = day_number(q.date);
    if (on && window_start && *on < *window_start) continue;
    urgent.push_back(ev(q));
  }
  if (!urgent.empty()) {
    const std::string first = urgent.front().text;
    return criterion(id, Status::not_applicable,
                     "Not applicable: the record documents an urgent indication (" + first +
                         "), for which the policy waives the physical-therapy requirement.",
                     urgent, "pt-waiver");
  }
  if (deformity_indicated()) {
    std::vector<Evidence> e = deformity_.evidence;
    std::string why = deformity_.met
                          ? "a deformity-indicated fusion (" + reasons_text() + ")"
                          : "a deformity-indicated fusion (high-grade spondylolisthesis, " +
                                th("waiver.highGradeSlip").describe() + ")";
    high_grade_slip(&e);
    return criterion(id, Status::not_applicable,
                     "Not applicable: the record documents " + why +
                         ", for which the policy waives the physical-therapy requirement.",
                     e, "pt-waiver");
  }
  const auto pt = analyse_pt(f_, prof_, as_of_);
  std::vector<Evidence> e = pt.best_evidence;
  for (const auto& c : pt.counted) e.push_back(c);
  for (const auto& l : pt.left_out) e.push_back(l.evidence);
  std::string left;
  for (const auto& l : pt.left_out) {
    if (left.find(l.reason) != std::string::npos) continue;
    left += (left.empty() ? "" : "; ") + l.reason;
  }
  const std::string window_text = "within the " + num(window.value) + " " + window.unit +
                                  " before " + as_of_ + " (from " + pt.window_start + ")";
  if (pt.best_weeks > 0 && min.passes(pt.best_weeks)) {
    return criterion(id, Status::met,
                     "Documentation shows " + std::to_string(pt.best_weeks) +
                         " weeks of formal in-person physical therapy for the lumbar spine (" +
                         pt.best_first + " to " + pt.best_last + ") " + window_text +
                         "; the policy asks for " + min.describe() + ".",
                     e);
  }
  if (pt.documented) {
    std::string s = "Documentation does not show " + min.describe() +
                    " of formal, supervised, in-person physical therapy for the lumbar spine " +
                    window_text + ": ";
    s += pt.best_weeks > 0
             ? "the longest in-person episode in that window is " + std::to_string(pt.best_weeks) +
                   " week" + (pt.best_weeks == 1 ? "" : "s") + " (" + pt.best_first + " to " +
                   pt.best_last + ")"
             : "no in-person lumbar therapy falls in that window";
    if (!left.empty()) s += ". Not counted: " + left;
    s += ".";
    return criterion(id, Status::not_met, s, e);
  }
  std::string s =
      "Documentation does not show any physical therapy: no physical-therapy procedures "
      "(evaluation or treatment codes), therapy encounters or therapy notes were found in the "
      "record.";
  s += gap_note({"procedures", "observations", "documents"});
  if (!pt.referrals.empty()) {
    s += " A referral to physical therapy is on file, but no sessions are documented.";
    e.insert(e.end(), pt.referrals.begin(), pt.referrals.end());
  }
  return criterion(id, Status::unknown, s, e);
}

std::string Engine::reasons_text() const {
  std::string out;
  for (const auto& r : deformity_.reasons) out += (out.empty() ? "" : ", ") + r;
  return out;
}

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
                     e);
  }
  std::string list;
  for (std::size_t i = 0; i < kinds.size(); ++i) {
    list += (i == 0 ? "" : i + 1 == kinds.size() ? " and " : ", ") + kinds[i];
  }
  return criterion(id, Status::met,
                   "Documentation shows " + list +
                       " as conservative care; the policy counts these as supporting care, not "
                       "as a substitute for physical therapy.",
                   e);
}

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
  std::vector<Evidence> pos, neg;
  std::set<std::string> kinds;
  for (const auto& rf : f_.findings) {
    const auto& k = rf.finding.kind;
    if (k != FindingKind::radiculopathy && k != FindingKind::neurogenic_claudication &&
        k != FindingKind::weakness)
      continue;
    if (rf.source == terminology::SourceKind::order) continue;
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
    pos.push_back(ev(q));
    if (kinds.empty()) kinds.insert("coded radiculopathy or neurogenic claudication");
  }
  if (!pos.empty()) {
    std::string list;
    std::size_t i = 0;
    for (const auto& k : kinds) list += (i++ == 0 ? "" : i == kinds.size() ? " and " : ", ") + k;
    return criterion(id, Status::met, "Documentation shows " + list + ".", pos);
  }
  if (!neg.empty()) {
    return criterion(id, Status::not_met,
                     "Documentation does not show radiculopathy, neurogenic claudication or motor "
                     "weakness; the record states their absence.",
                     neg);
  }
  return criterion(
      id, Status::unknown,
      "Documentation does not show radiculopathy, neurogenic claudication or motor "
      "weakness: no neurological examination or coded diagnosis stating them was found." +
          gap_note({"conditions", "observations"}),
      {});
}

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
                     e);
  }
  if (!adl.empty()) {
    return criterion(id, Status::met,
                     "Documentation states that the symptoms limit daily activities.", adl);
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

CriterionResult Engine::stenosis_criterion() const {
  constexpr std::string_view id = criterion_id::kImagingStenosis;
  std::vector<Segment> scope = requested_;
  std::vector<Segment> ok, mild;
  std::vector<Evidence> e;
  bool negated = false;
  for (auto s : scope) {
    auto it = seg_.find(s);
    if (it == seg_.end()) continue;
    const auto& sf = it->second;
    if (sf.stenosis && *sf.stenosis >= min_stenosis_) {
      ok.push_back(s);
      e.insert(e.end(), sf.stenosis_met_evidence.begin(), sf.stenosis_met_evidence.end());
    } else if (sf.stenosis) {
      mild.push_back(s);
      e.insert(e.end(), sf.stenosis_evidence.begin(), sf.stenosis_evidence.end());
    } else if (sf.stenosis_negated) {
      negated = true;
    }
  }
  const std::string need = th("stenosis.minSeverity").describe();
  if (!ok.empty()) {
    std::string s = "Imaging shows " + need + " stenosis at " + join_segments(ok) + ".";
    if (!mild.empty()) s += " Stenosis at " + join_segments(mild) + " is graded below that.";
    return criterion(id, Status::met, s, e);
  }
  if (!mild.empty() || negated) {
    return criterion(
        id, Status::not_met,
        "Documentation does not show " + need + " stenosis at any requested segment" +
            (mild.empty() ? "" : "; stenosis at " + join_segments(mild) + " is graded below that") +
            ".",
        e);
  }
  return criterion(id, Status::unknown,
                   "Documentation does not show MRI or CT grading of stenosis at the requested "
                   "segments: no imaging report naming stenosis at those levels was found." +
                       gap_note({"diagnosticReports", "documents"}),
                   e);
}

CriterionResult Engine::flexion_extension_criterion() const {
  constexpr std::string_view id = criterion_id::kFlexionExtension;
  if (!f_.flexion_extension.empty()) {
    std::vector<Evidence> e;
    for (const auto& q : f_.flexion_extension) e.push_back(ev(q));
    return criterion(id, Status::met, "Flexion-extension radiographs are in the record.", e);
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

CriterionResult Engine::instability_criterion() const {
  constexpr std::string_view id = criterion_id::kInstability;
  std::vector<Segment> with, without;
  std::vector<Evidence> e;
  bool any_imaging_fact = !f_.spine_imaging.empty();
  for (auto s : requested_) {
    auto it = seg_.find(s);
    const bool inst = it != seg_.end() && it->second.instability;
    if (it != seg_.end() && it->second.mentioned) any_imaging_fact = true;
    if (inst) {
      with.push_back(s);
      e.insert(e.end(), it->second.instability_evidence.begin(),
               it->second.instability_evidence.end());
    } else {
      without.push_back(s);
      if (it != seg_.end()) {
        e.insert(e.end(), it->second.no_instability_evidence.begin(),
                 it->second.no_instability_evidence.end());
      }
    }
  }
  const std::string rule = "a slip of Meyerding grade " + num(th("slip.minGrade").value) +
                           " or more, or on flexion-extension films translation of " +
                           th("flexext.translationMm").describe() + " or angular motion of " +
                           th("flexext.angulationDegrees").describe();
  if (requested_.empty()) {
    return criterion(id, Status::unknown,
                     "Documentation does not name the levels to be fused, so instability at them "
                     "cannot be judged.",
                     e);
  }
  if (without.empty()) {
    return criterion(
        id, Status::met,
        "Documentation shows instability at every requested segment (" + join_segments(with) + ").",
        e);
  }
  if (with.empty() && !any_imaging_fact) {
    return criterion(id, Status::unknown,
                     "Documentation does not show instability at " + join_segments(without) +
                         ": no spine imaging was found in the record (looked for " + rule + ").",
                     e);
  }
  std::string s = with.empty()
                      ? "Documentation does not show instability at any requested segment ("
                      : "Documentation shows instability only at " + join_segments(with) +
                            "; it does not show instability at ";
  s += join_segments(without) + (with.empty() ? ")" : "") + " (policy: " + rule + ").";
  return criterion(id, Status::not_met, s, e);
}

CriterionResult Engine::deformity_criterion() const {
  constexpr std::string_view id = criterion_id::kDeformity;
  const auto& d = deformity_;
  if (!d.measured) {
    return criterion(id, Status::not_applicable,
                     "Not applicable: the record measures no deformity (no Cobb angle, sagittal "
                     "vertical axis, PI-LL mismatch or neuromuscular scoliosis).",
                     {});
  }
  if (d.met) {
    // Name the measured curve as a range; a global measure (SVA, PI-LL,
    // neuromuscular scoliosis) supports the requested construct.
    std::string where;
    if (!d.curve.empty()) {
      where = " (measured curve " + terminology::to_string(*d.curve.begin()) + " to " +
              terminology::to_string(*d.curve.rbegin()) + ")";
    }
    if (d.global) where += " across the requested construct";
    return criterion(id, Status::met,
                     "Documentation shows a deformity that supports fusion" + where + ": " +
                         reasons_text() + ".",
                     d.evidence);
  }
  std::string below;
  for (const auto& b : d.below) below += (below.empty() ? "" : "; ") + b;
  return criterion(
      id, Status::not_met,
      "Documentation does not show a deformity above the policy's values: " + below + ".",
      d.evidence);
}

}  // namespace spinecds::criteria::engine
