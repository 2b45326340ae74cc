#include "criteria/assess.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "criteria/pt_episodes.h"
#include "terminology/fusion_orders.h"
#include "terminology/record_facts.h"

namespace spinecds::criteria {

namespace {

using terminology::Finding;
using terminology::FindingKind;
using terminology::RecordFacts;
using terminology::RecordFinding;
using terminology::Segment;
using terminology::Severity;

Evidence ev(const terminology::Quote& q) {
  return {q.reference, q.text, q.document, q.date};
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool contains_any(std::string_view hay, std::initializer_list<std::string_view> needles) {
  for (auto n : needles) {
    if (hay.find(n) != std::string_view::npos) return true;
  }
  return false;
}

std::string join_segments(const std::vector<Segment>& segs) {
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

bool counts(const Finding& f) {
  return terminology::counts_toward_criteria(f);
}

bool is_listhesis(const Finding& f) {
  return f.kind == FindingKind::spondylolisthesis;
}

// What the record says about one motion segment.
struct SegmentFacts {
  std::optional<Severity> stenosis;
  std::vector<Evidence> stenosis_evidence;      // every graded positive finding
  std::vector<Evidence> stenosis_met_evidence;  // those at the policy's severity or worse
  std::vector<Evidence> stenosis_negated_evidence;
  bool stenosis_negated = false;
  bool instability = false;
  std::vector<Evidence> instability_evidence;
  std::vector<Evidence> no_instability_evidence;  // negated or below-threshold slips
  int max_grade = 0;
  bool destabilized = false;
  std::vector<Evidence> destabilized_evidence;
  bool pseudarthrosis = false;
  bool prior_fusion = false;
  std::vector<Evidence> revision_evidence;
  bool in_curve = false;
  std::vector<Evidence> curve_evidence;
  bool mentioned = false;
};

struct DeformityFacts {
  bool measured = false;
  bool met = false;
  bool global = false;  // a met measure with no levels (SVA, PI-LL)
  std::set<Segment> curve;
  std::vector<Evidence> evidence;
  std::vector<std::string> reasons;  // "Cobb angle 48 degrees (at least 30 degrees)"
  std::vector<std::string> below;
  bool neuromuscular_scoliosis = false;
};

class Engine {
 public:
  Engine(const Policy& policy, const Profile& profile, const RecordFacts& facts, std::string as_of)
      : policy_(policy), prof_(profile), f_(facts), as_of_(std::move(as_of)) {}

  Assessment run(Assessment a) {
    gaps_ = a.data_gaps;
    requested_ = f_.requested.segments;
    requested_set_ = {requested_.begin(), requested_.end()};
    min_stenosis_ = terminology::parse_severity(th("stenosis.minSeverity").severity)
                        .value_or(Severity::moderate);
    read_segments();
    read_deformity();
    decide_levels(a);
    a.requested_levels = requested_;
    a.requested_pelvic_fixation = f_.requested.pelvis;

    auto pt = pt_criterion();
    auto other = other_care_criterion();
    auto neural = neural_criterion();
    auto function = functional_criterion();
    auto stenosis = stenosis_criterion();
    auto flex = flexion_extension_criterion();
    auto instab = instability_criterion();
    auto deformity = deformity_criterion();
    a.criteria = {pt, other, neural, function, stenosis, flex, instab, deformity};
    if (f_.requested.pelvis) {
      auto pelvic = pelvic_criterion(a);
      a.supported_pelvic_fixation = pelvic.status == Status::met;
      a.criteria.push_back(pelvic);
    }
    a.verdict = verdict(a);
    return a;
  }

 private:
  const Policy& policy_;
  const Profile& prof_;
  const RecordFacts& f_;
  std::string as_of_;
  std::vector<Segment> requested_;
  std::set<Segment> requested_set_;
  Severity min_stenosis_ = Severity::moderate;
  std::map<Segment, SegmentFacts> seg_;
  DeformityFacts deformity_;
  std::set<Segment> own_support_;  // requested segments with their own indication
  std::vector<Segment> construct_;
  std::vector<fhir::DataGap> gaps_;

  // An unknown can come from data that could not be had: say which.
  std::string gap_note(std::initializer_list<std::string_view> keys) const {
    std::string out;
    for (const auto& g : gaps_) {
      for (auto k : keys) {
        if (g.key == k) out += (out.empty() ? "" : ", ") + g.key + " (" + g.reason + ")";
      }
    }
    return out.empty() ? "" : " Data that could not be had: " + out + ".";
  }

  const Threshold& th(const char* name) const { return prof_.thresholds.at(name); }

  std::string cite(const char* rule) const { return policy_.citation(rule, prof_); }

  CriterionResult criterion(const char* id, Status s, std::string summary,
                            std::vector<Evidence> evidence, const char* rule = nullptr) const {
    CriterionResult c;
    c.id = id;
    c.status = s;
    c.summary = std::move(summary);
    std::sort(evidence.begin(), evidence.end());
    evidence.erase(std::unique(evidence.begin(), evidence.end()), evidence.end());
    c.evidence = std::move(evidence);
    c.citation = cite(rule ? rule : id);
    return c;
  }

  // A slip counts unless a qualifier the policy excludes ("trace",
  // "minimal") stands just before the word naming it.
  bool excluded_qualifier(const RecordFinding& rf) const {
    if (rf.finding.severity && *rf.finding.severity <= Severity::minimal) return true;
    const std::string low = lower(rf.quote.text);
    const auto at = low.find("listhesis");
    for (const auto& w : th("slip.excludedQualifiers").words) {
      const auto p = low.find(lower(w));
      if (p == std::string::npos) continue;
      if (at == std::string::npos || (p < at && at - p <= w.size() + 30)) return true;
    }
    return false;
  }

  void read_segments() {
    for (auto s : requested_) seg_[s];
    for (const auto& rf : f_.findings) {
      const auto& fd = rf.finding;
      if (rf.source == terminology::SourceKind::order) continue;
      for (auto s : fd.segments) {
        if (!terminology::is_lumbar(s) && !requested_set_.count(s)) continue;
        auto& sf = seg_[s];
        sf.mentioned = true;
        const Evidence e = ev(rf.quote);
        if (fd.kind == FindingKind::stenosis) {
          if (fd.negated) {
            sf.stenosis_negated = true;
            sf.stenosis_negated_evidence.push_back(e);
          } else if (counts(fd) && fd.severity) {
            if (!sf.stenosis || *fd.severity > *sf.stenosis) sf.stenosis = fd.severity;
            sf.stenosis_evidence.push_back(e);
            if (*fd.severity >= min_stenosis_) sf.stenosis_met_evidence.push_back(e);
          }
        } else if (is_listhesis(fd)) {
          if (!counts(fd)) {
            sf.no_instability_evidence.push_back(e);
            continue;
          }
          if (excluded_qualifier(rf)) {
            sf.no_instability_evidence.push_back(e);
            continue;
          }
          const bool retro = fd.direction == "retro";
          const int grade = fd.grade.value_or(1);
          bool ok = false;
          if (retro) {
            ok = fd.mm && th("slip.retroMinMm").passes(*fd.mm);
          } else {
            sf.max_grade = std::max(sf.max_grade, grade);
            ok = th("slip.minGrade").passes(grade);
          }
          if (ok) {
            sf.instability = true;
            sf.instability_evidence.push_back(e);
          } else {
            sf.no_instability_evidence.push_back(e);
          }
        } else if (fd.kind == FindingKind::instability) {
          if (!counts(fd)) {
            sf.no_instability_evidence.push_back(e);
            continue;
          }
          bool ok = true;
          if (fd.mm || fd.degrees) {
            ok = (fd.mm && th("flexext.translationMm").passes(*fd.mm)) ||
                 (fd.degrees && th("flexext.angulationDegrees").passes(*fd.degrees));
          }
          (ok ? sf.instability_evidence : sf.no_instability_evidence).push_back(e);
          if (ok) sf.instability = true;
        } else if (fd.kind == FindingKind::translation || fd.kind == FindingKind::angulation) {
          if (!counts(fd)) continue;
          const bool ok = (fd.kind == FindingKind::translation && fd.mm &&
                           th("flexext.translationMm").passes(*fd.mm)) ||
                          (fd.kind == FindingKind::angulation && fd.degrees &&
                           th("flexext.angulationDegrees").passes(*fd.degrees));
          (ok ? sf.instability_evidence : sf.no_instability_evidence).push_back(e);
          if (ok) sf.instability = true;
        } else if (fd.kind == FindingKind::pseudarthrosis && counts(fd)) {
          sf.pseudarthrosis = true;
          sf.revision_evidence.push_back(e);
        } else if (fd.kind == FindingKind::prior_fusion && counts(fd)) {
          sf.prior_fusion = true;
          sf.revision_evidence.push_back(e);
        }
      }
    }
    const auto& pct = th("decompression.facetectomyPercent");
    for (const auto& d : f_.destabilizing) {
      if (!d.bilateral_or_total && !d.pars_resection &&
          !(d.facet_percent && pct.passes(*d.facet_percent))) {
        continue;
      }
      auto& sf = seg_[d.segment];
      sf.destabilized = true;
      sf.destabilized_evidence.push_back(ev(d.quote));
    }
  }

  void read_deformity() {
    auto& d = deformity_;
    bool scoliosis_seen = false;
    std::vector<const RecordFinding*> scolioses;
    for (const auto& rf : f_.findings) {
      const auto& fd = rf.finding;
      if (!counts(fd) || rf.source == terminology::SourceKind::order) continue;
      if (fd.kind == FindingKind::scoliosis) {
        scoliosis_seen = true;
        scolioses.push_back(&rf);
        if (fd.degrees) {
          d.measured = true;
          const auto& t = th("deformity.cobbDegrees");
          if (t.passes(*fd.degrees)) {
            d.met = true;
            d.reasons.push_back("Cobb angle " + num(*fd.degrees) + " degrees (" + t.describe() +
                                ")");
            d.evidence.push_back(ev(rf.quote));
            add_curve(rf);
          } else {
            d.below.push_back("Cobb angle " + num(*fd.degrees) +
                              " degrees (policy: " + t.describe() + ")");
            d.evidence.push_back(ev(rf.quote));
          }
        }
      } else if (fd.kind == FindingKind::sagittal_imbalance && fd.mm) {
        d.measured = true;
        const auto& t = th("deformity.svaMm");
        if (t.passes(*fd.mm)) {
          d.met = true;
          d.reasons.push_back("sagittal vertical axis " + num(*fd.mm) + " mm (" + t.describe() +
                              ")");
          d.evidence.push_back(ev(rf.quote));
          add_curve(rf);
        } else {
          d.below.push_back("sagittal vertical axis " + num(*fd.mm) +
                            " mm (policy: " + t.describe() + ")");
          d.evidence.push_back(ev(rf.quote));
        }
      } else if (fd.kind == FindingKind::pi_ll_mismatch && fd.degrees) {
        d.measured = true;
        const auto& t = th("deformity.pillDegrees");
        if (t.passes(*fd.degrees)) {
          d.met = true;
          d.reasons.push_back("PI-LL mismatch " + num(*fd.degrees) + " degrees (" + t.describe() +
                              ")");
          d.evidence.push_back(ev(rf.quote));
          add_curve(rf);
        } else {
          d.below.push_back("PI-LL mismatch " + num(*fd.degrees) +
                            " degrees (policy: " + t.describe() + ")");
          d.evidence.push_back(ev(rf.quote));
        }
      }
    }
    bool nm_scoliosis = false;
    for (const auto& q : f_.neuromuscular) {
      if (scoliosis_seen || lower(q.text).find("scoliosis") != std::string::npos)
        nm_scoliosis = true;
    }
    if (nm_scoliosis) {
      d.measured = true;
      d.met = true;
      d.neuromuscular_scoliosis = true;
      d.reasons.push_back("neuromuscular scoliosis");
      for (const auto& q : f_.neuromuscular) d.evidence.push_back(ev(q));
      // Neuromuscular scoliosis is fused as a whole construct (usually to the
      // pelvis), not only across the measured curve: the requested construct
      // is supported.
      for (const auto* rf : scolioses) d.evidence.push_back(ev(rf->quote));
      d.global = true;
    }
    if (d.met) {
      for (auto s : requested_) {
        if (d.global || d.curve.count(s)) {
          auto& sf = seg_[s];
          sf.in_curve = true;
          sf.curve_evidence = d.evidence;
        }
      }
    }
  }

  void add_curve(const RecordFinding& rf) {
    const auto& extent = rf.finding.extent.empty() ? rf.finding.segments : rf.finding.extent;
    if (extent.empty()) {
      deformity_.global = true;
      return;
    }
    // The measured curve runs from its highest to its lowest named level.
    const auto lo = extent.front().upper.ordinal;
    const auto hi = extent.back().upper.ordinal;
    for (int v = lo; v <= hi; ++v) deformity_.curve.insert(Segment{terminology::Vertebra{v}});
  }

  void decide_levels(Assessment& a) {
    for (auto s : requested_) {
      const auto& sf = seg_[s];
      if (sf.instability || sf.destabilized || sf.pseudarthrosis || sf.in_curve)
        own_support_.insert(s);
    }
    if (!own_support_.empty()) {
      const int lo = own_support_.begin()->upper.ordinal;
      const int hi = own_support_.rbegin()->upper.ordinal;
      for (int v = lo; v <= hi; ++v) {
        const Segment s{terminology::Vertebra{v}};
        construct_.push_back(s);
        if (!own_support_.count(s)) a.bridged_levels.push_back(s);
      }
    }
    a.supported_fusion_levels = construct_;
    for (auto s : requested_) {
      if (std::find(construct_.begin(), construct_.end(), s) != construct_.end()) continue;
      const auto& sf = seg_[s];
      if (sf.stenosis && *sf.stenosis >= min_stenosis_) a.decompression_only.push_back(s);
    }
    for (const auto& [s, sf] : seg_) {
      LevelRow row;
      row.segment = s;
      row.requested = requested_set_.count(s) > 0;
      row.stenosis = sf.stenosis;
      row.instability = sf.instability;
      row.fusion_supported = own_support_.count(s) > 0;
      auto add = [&](const std::vector<Evidence>& v) {
        row.evidence.insert(row.evidence.end(), v.begin(), v.end());
      };
      add(sf.stenosis_evidence);
      if (!sf.stenosis) add(sf.stenosis_negated_evidence);
      add(sf.instability_evidence);
      add(sf.no_instability_evidence);
      add(sf.destabilized_evidence);
      add(sf.revision_evidence);
      if (sf.in_curve) add(sf.curve_evidence);
      std::sort(row.evidence.begin(), row.evidence.end());
      row.evidence.erase(std::unique(row.evidence.begin(), row.evidence.end()), row.evidence.end());
      a.levels.push_back(std::move(row));
    }
  }

  // ------------------------------------------------------------ criteria

  // Urgent indications and deformity-indicated fusions waive PT (and, for
  // deformity, the neural-compression criterion).
  bool high_grade_slip(std::vector<Evidence>* evidence) const {
    bool any = false;
    for (const auto& [s, sf] : seg_) {
      if (!requested_set_.count(s)) continue;
      if (sf.max_grade > 0 && th("waiver.highGradeSlip").passes(sf.max_grade)) {
        any = true;
        if (evidence)
          evidence->insert(evidence->end(), sf.instability_evidence.begin(),
                           sf.instability_evidence.end());
      }
    }
    return any;
  }

  bool deformity_indicated() const { return deformity_.met || high_grade_slip(nullptr); }

  CriterionResult pt_criterion() const {
    const char* id = "conservative-care.pt-6-weeks";
    const auto& min = th("pt.minWeeks");
    const auto& window = th("pt.windowMonths");
    if (!f_.urgent.empty()) {
      std::vector<Evidence> e;
      for (const auto& q : f_.urgent) e.push_back(ev(q));
      return criterion(id, Status::not_applicable,
                       "Not applicable: the record documents an urgent indication (" +
                           f_.urgent.front().text +
                           "), for which the policy waives the physical-therapy requirement.",
                       e, "pt-waiver");
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
               ? "the longest in-person episode in that window is " +
                     std::to_string(pt.best_weeks) + " week" + (pt.best_weeks == 1 ? "" : "s") +
                     " (" + pt.best_first + " to " + pt.best_last + ")"
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

  std::string reasons_text() const {
    std::string out;
    for (const auto& r : deformity_.reasons) out += (out.empty() ? "" : ", ") + r;
    return out;
  }

  CriterionResult other_care_criterion() const {
    const char* id = "conservative-care.other";
    std::vector<Evidence> e;
    std::vector<std::string> kinds;
    if (!f_.injections.empty()) kinds.push_back("injections");
    if (!f_.medications.empty()) kinds.push_back("medication");
    if (!f_.pain_management.empty()) kinds.push_back("pain management");
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

  CriterionResult neural_criterion() const {
    const char* id = "neural-compression";
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
      return criterion(
          id, Status::not_met,
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

  CriterionResult functional_criterion() const {
    const char* id = "functional-limitation";
    const auto& t = th("odi.minPercent");
    const terminology::OdiScore* latest = nullptr;
    for (const auto& o : f_.odi) {
      if (!latest || o.date > latest->date) latest = &o;
    }
    std::vector<Evidence> adl;
    for (const auto& q : f_.adl_limitation) adl.push_back(ev(q));
    if (latest && t.passes(latest->percent)) {
      std::vector<Evidence> e = adl;
      e.push_back(ev(latest->quote));
      return criterion(id, Status::met,
                       "Documentation shows an Oswestry Disability Index of " +
                           num(latest->percent) + "%" +
                           (latest->date.empty() ? "" : " on " + latest->date) +
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
                           num(latest->percent) + "% (policy: " + t.describe() +
                           ") and no limitation of daily activities is stated.",
                       {ev(latest->quote)});
    }
    return criterion(id, Status::unknown,
                     "Documentation does not show a limitation of daily activities: no Oswestry "
                     "Disability Index or statement of limited activities was found." +
                         gap_note({"observations", "documents"}),
                     {});
  }

  CriterionResult stenosis_criterion() const {
    const char* id = "imaging.stenosis";
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
              (mild.empty() ? ""
                            : "; stenosis at " + join_segments(mild) + " is graded below that") +
              ".",
          e);
    }
    return criterion(id, Status::unknown,
                     "Documentation does not show MRI or CT grading of stenosis at the requested "
                     "segments: no imaging report naming stenosis at those levels was found." +
                         gap_note({"diagnosticReports", "documents"}),
                     e);
  }

  CriterionResult flexion_extension_criterion() const {
    const char* id = "imaging.flexion-extension";
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

  CriterionResult instability_criterion() const {
    const char* id = "instability";
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
      return criterion(id, Status::met,
                       "Documentation shows instability at every requested segment (" +
                           join_segments(with) + ").",
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

  CriterionResult deformity_criterion() const {
    const char* id = "deformity";
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

  CriterionResult pelvic_criterion(const Assessment& a) const {
    const char* id = "pelvic-fixation.indication";
    const Segment l5s1{terminology::Vertebra{terminology::kSacrum - 1}};
    const bool l5s1_supported = own_support_.count(l5s1) > 0;
    std::vector<std::string> why;
    std::vector<Evidence> e;
    // Neuromuscular scoliosis with pelvic obliquity.
    bool obliquity = false;
    std::vector<Evidence> obl_ev;
    for (const auto& rf : f_.findings) {
      if (rf.finding.kind == FindingKind::pelvic_obliquity && counts(rf.finding)) {
        obliquity = true;
        obl_ev.push_back(ev(rf.quote));
      }
    }
    if (obliquity && !f_.neuromuscular.empty()) {
      why.push_back("neuromuscular scoliosis with pelvic obliquity");
      e.insert(e.end(), obl_ev.begin(), obl_ev.end());
      for (const auto& q : f_.neuromuscular) e.push_back(ev(q));
    }
    if (auto it = seg_.find(l5s1); it != seg_.end()) {
      const auto& sf = it->second;
      if (sf.max_grade > 0 && th("pelvic.highGradeSlip").passes(sf.max_grade)) {
        why.push_back("high-grade spondylolisthesis at L5-S1 (grade " +
                      std::to_string(sf.max_grade) + ")");
        e.insert(e.end(), sf.instability_evidence.begin(), sf.instability_evidence.end());
      }
      if (sf.pseudarthrosis || sf.prior_fusion) {
        why.push_back(sf.pseudarthrosis ? "pseudarthrosis at L5-S1"
                                        : "revision of a prior fusion at L5-S1");
        e.insert(e.end(), sf.revision_evidence.begin(), sf.revision_evidence.end());
      }
    }
    // A long construct of supported segments ending at S1.
    int run = 0;
    for (int v = l5s1.upper.ordinal; own_support_.count(Segment{terminology::Vertebra{v}}); --v)
      ++run;
    if (run > 0 && th("pelvic.longConstructSegments").passes(run)) {
      why.push_back("a supported construct of " + std::to_string(run) + " segments ending at S1");
    }
    if (!f_.osteoporosis.empty()) {
      why.push_back("osteoporosis");
      for (const auto& q : f_.osteoporosis) e.push_back(ev(q));
    }
    for (std::size_t i = 0; i < f_.t_scores.size(); ++i) {
      if (th("osteoporosis.tScore").passes(f_.t_scores[i])) {
        why.push_back("DXA T-score " + num(f_.t_scores[i]));
        e.push_back(ev(f_.t_score_quotes[i]));
      }
    }
    for (const auto& rf : f_.findings) {
      const auto& fd = rf.finding;
      if (!counts(fd)) continue;
      if (fd.kind == FindingKind::coronal_imbalance && fd.mm &&
          th("pelvic.coronalImbalanceMm").passes(*fd.mm)) {
        why.push_back("coronal imbalance " + num(*fd.mm) + " mm (" +
                      th("pelvic.coronalImbalanceMm").describe() + ")");
        e.push_back(ev(rf.quote));
      }
      if (fd.kind == FindingKind::sagittal_imbalance && fd.mm &&
          th("pelvic.svaMm").passes(*fd.mm)) {
        why.push_back("sagittal vertical axis " + num(*fd.mm) + " mm (" +
                      th("pelvic.svaMm").describe() + ")");
        e.push_back(ev(rf.quote));
      }
      if (fd.kind == FindingKind::osteotomy) {
        const std::string low = lower(rf.quote.text);
        const bool three_column =
            contains_any(low, {"pedicle subtraction", "three-column", "three column", "3-column",
                               "3 column", "vertebral column resection", "pso", "vcr"});
        // A level named as a single vertebra ("PSO at L4") gives no segment:
        // read it from the quote.
        bool lower_lumbar = false;
        if (fd.segments.empty()) {
          for (std::string_view v : {"l3", "l4", "l5"}) {
            for (auto p = low.find(v); p != std::string::npos; p = low.find(v, p + 1)) {
              const bool left = p == 0 || !std::isalnum(static_cast<unsigned char>(low[p - 1]));
              const bool right =
                  p + 2 >= low.size() || !std::isdigit(static_cast<unsigned char>(low[p + 2]));
              if (left && right) lower_lumbar = true;
            }
          }
        }
        for (auto s : fd.segments) {
          if (s.upper.ordinal >= terminology::kFirstLumbar + 2) lower_lumbar = true;
        }
        if (three_column && lower_lumbar) {
          why.push_back("a planned lower-lumbar three-column osteotomy");
          e.push_back(ev(rf.quote));
        }
      }
    }
    std::sort(why.begin(), why.end());
    why.erase(std::unique(why.begin(), why.end()), why.end());
    std::string list;
    for (const auto& w : why) list += (list.empty() ? "" : "; ") + w;
    if (l5s1_supported && !why.empty()) {
      return criterion(
          id, Status::met,
          "Pelvic fixation is indicated: L5-S1 fusion is supported and the record documents " +
              list + ".",
          e);
    }
    if (!l5s1_supported) {
      return criterion(
          id, Status::not_met,
          "Pelvic fixation is not supported: fusion at L5-S1 is not supported as documented" +
              (why.empty()
                   ? std::string(
                         ", and documentation does not show an indication for pelvic fixation "
                         "(neuromuscular scoliosis with pelvic obliquity, high-grade L5-S1 slip, "
                         "long construct to S1, osteoporosis, revision, imbalance or osteotomy).")
                   : " (documented: " + list + ")."),
          e);
    }
    (void)a;
    return criterion(
        id, Status::not_met,
        "Documentation does not show an indication for pelvic fixation (neuromuscular "
        "scoliosis with pelvic obliquity, high-grade L5-S1 slip, a supported construct of " +
            th("pelvic.longConstructSegments").describe() +
            " ending at S1, osteoporosis, revision or pseudarthrosis at L5-S1, coronal or "
            "sagittal imbalance, or a lower-lumbar three-column osteotomy).",
        e);
  }

  Verdict verdict(const Assessment& a) const {
    auto status = [&](std::string_view id) {
      for (const auto& c : a.criteria) {
        if (c.id == id) return c.status;
      }
      return Status::unknown;
    };
    auto met_or_na = [&](std::string_view id) {
      const auto s = status(id);
      return s == Status::met || s == Status::not_applicable;
    };
    bool gates = met_or_na("conservative-care.pt-6-weeks") &&
                 status("functional-limitation") == Status::met && met_or_na("neural-compression");
    for (const auto& g : prof_.additional_gates) gates = gates && met_or_na(g);
    const bool all_levels =
        !requested_.empty() && own_support_.size() == requested_.size() && a.bridged_levels.empty();
    const bool pelvic_ok = !a.requested_pelvic_fixation || a.supported_pelvic_fixation;
    if (gates && all_levels && pelvic_ok) return Verdict::supported;
    if (gates && !own_support_.empty()) return Verdict::partially_supported;
    return Verdict::not_supported_as_documented;
  }
};

bool any_lumbar(const std::vector<Segment>& segs) {
  for (auto s : segs) {
    if (terminology::is_lumbar(s)) return true;
  }
  return false;
}

}  // namespace

Assessment assess(const Policy& policy, const AssessInput& in) {
  Assessment a;
  if (in.order && in.order->IsObject()) {
    auto it = in.order->FindMember("id");
    if (it != in.order->MemberEnd() && it->value.IsString()) {
      a.order = std::string("ServiceRequest/") + it->value.GetString();
    }
  }
  a.as_of = in.as_of;
  if (!in.order || !in.order->IsObject()) return a;  // not-applicable
  // Only lumbar and lumbosacral fusions are assessed: a cervical or thoracic
  // code with no lumbar level, or no fusion at all, is not-applicable.
  const auto region = terminology::fusion_region(*in.order);
  const auto levels = terminology::requested_levels(*in.order);
  const bool lumbar_levels = any_lumbar(levels.segments);
  if (region == terminology::FusionRegion::none && !lumbar_levels) return a;
  if ((region == terminology::FusionRegion::cervical ||
       region == terminology::FusionRegion::thoracic) &&
      !lumbar_levels) {
    return a;
  }
  if (region == terminology::FusionRegion::unknown && !levels.segments.empty() && !lumbar_levels)
    return a;

  a.policy.id = policy.id;
  a.policy.version = policy.version;
  const Profile& profile = policy.profile(in.profile);
  a.policy.profile = profile.name;
  static const fhir::Record kEmpty;
  const fhir::Record& record = in.record ? *in.record : kEmpty;
  a.data_gaps = record.gaps;
  const auto facts = terminology::extract_record_facts(in.order, record);
  return Engine(policy, profile, facts, in.as_of).run(std::move(a));
}

}  // namespace spinecds::criteria
