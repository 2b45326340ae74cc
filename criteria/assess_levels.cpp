// What the record says about each requested segment, and the deformity.
#include "criteria/assess_engine.h"

#include <algorithm>

#include "criteria/dates.h"
#include "criteria/order_restatement.h"
#include "criteria/pt_episodes.h"

namespace spinecds::criteria::engine {

// A slip counts unless a qualifier the policy excludes ("trace",
// "minimal") stands just before the word naming it.
bool Engine::excluded_qualifier(const RecordFinding& rf) const {
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

void Engine::read_segments() {
  for (auto s : requested_) seg_[s];
  for (const auto& rf : f_.findings) {
    const auto& fd = rf.finding;
    // The order's words, and the patient's account of the imaging ("he
    // said L5-S1 is unstable too"), say nothing of a segment.
    if (rf.source == terminology::SourceKind::order ||
        rf.source == terminology::SourceKind::patient)
      continue;
    // Only sought ("assess for instability at L3-4") or about someone else:
    // not a statement about this patient's spine, so never evidence.
    if (fd.hypothetical || fd.experiencer_other) continue;
    for (auto s : fd.segments) {
      if (!terminology::is_lumbar(s) && !requested_set_.count(s)) continue;
      auto& sf = seg_[s];
      sf.mentioned = true;
      const Evidence* e = ref(rf.quote);
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
        } else if (!fd.grade && fd.mm && !th("slip.ungradedMinMm").passes(*fd.mm)) {
          // A slip given only in millimetres below the policy's floor ("2 mm
          // anterolisthesis") is within film measurement error, not a grade 1
          // slip; a stated grade counts whatever its millimetres.
          ok = false;
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
        if (ok) sf.instability = sf.motion_shown = true;
      } else if (fd.kind == FindingKind::translation || fd.kind == FindingKind::angulation) {
        if (!counts(fd)) continue;
        const bool ok = (fd.kind == FindingKind::translation && fd.mm &&
                         th("flexext.translationMm").passes(*fd.mm)) ||
                        (fd.kind == FindingKind::angulation && fd.degrees &&
                         th("flexext.angulationDegrees").passes(*fd.degrees));
        (ok ? sf.instability_evidence : sf.no_instability_evidence).push_back(e);
        if (ok) sf.instability = sf.motion_shown = true;
      } else if (fd.kind == FindingKind::pseudarthrosis && counts(fd)) {
        sf.pseudarthrosis = true;
        sf.revision_evidence.push_back(e);
      } else if (fd.kind == FindingKind::prior_fusion && counts(fd) &&
                 !restates_order(rf, f_, requested_set_, as_of_)) {
        sf.prior_fusion = true;
        sf.revision_evidence.push_back(e);
      }
    }
  }
  // A slip at a fused segment is the slip that was fused ("L3-4, L4-5
  // fusion for degenerative spondylolisthesis"): with no motion shown there
  // and no pseudarthrosis, the segment no longer moves.
  for (auto& [s, sf] : seg_) {
    if (!sf.instability || !sf.prior_fusion || sf.pseudarthrosis || sf.motion_shown) continue;
    sf.instability = false;
    sf.no_instability_evidence.insert(sf.no_instability_evidence.end(),
                                      sf.instability_evidence.begin(),
                                      sf.instability_evidence.end());
    sf.instability_evidence.clear();
  }
  const auto& pct = th("decompression.facetectomyPercent");
  for (const auto& d : f_.destabilizing) {
    if (!d.bilateral_or_total && !d.pars_resection &&
        !(d.facet_percent && pct.passes(*d.facet_percent))) {
      continue;
    }
    auto& sf = seg_[d.segment];
    sf.destabilized = true;
    sf.destabilized_evidence.push_back(ref(d.quote));
  }
}

void Engine::read_deformity() {
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
          d.reasons.push_back("Cobb angle " + num(*fd.degrees) + " degrees (" + t.describe() + ")");
          d.evidence.push_back(ref(rf.quote));
          add_curve(rf);
        } else {
          d.below.push_back("Cobb angle " + num(*fd.degrees) + " degrees (policy: " + t.describe() +
                            ")");
          d.evidence.push_back(ref(rf.quote));
        }
      }
    } else if (fd.kind == FindingKind::sagittal_imbalance && fd.mm) {
      d.measured = true;
      const auto& t = th("deformity.svaMm");
      if (t.passes(*fd.mm)) {
        d.met = true;
        d.reasons.push_back("sagittal vertical axis " + num(*fd.mm) + " mm (" + t.describe() + ")");
        d.evidence.push_back(ref(rf.quote));
        add_curve(rf);
      } else {
        d.below.push_back("sagittal vertical axis " + num(*fd.mm) + " mm (policy: " + t.describe() +
                          ")");
        d.evidence.push_back(ref(rf.quote));
      }
    } else if (fd.kind == FindingKind::pi_ll_mismatch && fd.degrees) {
      d.measured = true;
      const auto& t = th("deformity.pillDegrees");
      if (t.passes(*fd.degrees)) {
        d.met = true;
        d.reasons.push_back("PI-LL mismatch " + num(*fd.degrees) + " degrees (" + t.describe() +
                            ")");
        d.evidence.push_back(ref(rf.quote));
        add_curve(rf);
      } else {
        d.below.push_back("PI-LL mismatch " + num(*fd.degrees) +
                          " degrees (policy: " + t.describe() + ")");
        d.evidence.push_back(ref(rf.quote));
      }
    }
  }
  bool nm_scoliosis = false;
  for (const auto& q : f_.neuromuscular) {
    if (scoliosis_seen || lower(q.text).find("scoliosis") != std::string::npos) nm_scoliosis = true;
  }
  if (nm_scoliosis) {
    d.measured = true;
    d.met = true;
    d.neuromuscular_scoliosis = true;
    d.reasons.emplace_back("neuromuscular scoliosis");
    for (const auto& q : f_.neuromuscular) d.evidence.push_back(ref(q));
    // Neuromuscular scoliosis is fused as a whole construct (usually to the
    // pelvis), not only across the measured curve: the requested construct
    // is supported.
    for (const auto* rf : scolioses) d.evidence.push_back(ref(rf->quote));
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

void Engine::add_curve(const RecordFinding& rf) {
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

void Engine::decide_levels(Assessment& a) {
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
  std::vector<const Evidence*> picked;
  for (const auto& [s, sf] : seg_) {
    LevelRow row;
    row.segment = s;
    row.requested = requested_set_.count(s) > 0;
    row.stenosis = sf.stenosis;
    row.instability = sf.instability;
    row.fusion_supported = own_support_.count(s) > 0;
    // The row's quotes sorted and without repeats: sorted as pointers, so a
    // quote listed under several headings is copied once, not once per list.
    picked.clear();
    auto add = [&](const EvidenceRefs& v) { picked.insert(picked.end(), v.begin(), v.end()); };
    add(sf.stenosis_evidence);
    if (!sf.stenosis) add(sf.stenosis_negated_evidence);
    add(sf.instability_evidence);
    add(sf.no_instability_evidence);
    add(sf.destabilized_evidence);
    add(sf.revision_evidence);
    if (sf.in_curve) add(sf.curve_evidence);
    std::sort(picked.begin(), picked.end(),
              [](const Evidence* x, const Evidence* y) { return *x < *y; });
    picked.erase(std::unique(picked.begin(), picked.end(),
                             [](const Evidence* x, const Evidence* y) { return *x == *y; }),
                 picked.end());
    row.evidence.reserve(picked.size());
    for (const auto* e : picked) row.evidence.push_back(*e);
    a.levels.push_back(std::move(row));
  }
}

// Urgent indications and deformity-indicated fusions waive PT (and, for
// deformity, the neural-compression criterion).
bool Engine::high_grade_slip(std::vector<Evidence>* evidence) const {
  bool any = false;
  for (const auto& [s, sf] : seg_) {
    if (!requested_set_.count(s)) continue;
    if (sf.max_grade > 0 && th("waiver.highGradeSlip").passes(sf.max_grade)) {
      any = true;
      if (evidence) append(*evidence, sf.instability_evidence);
    }
  }
  return any;
}

}  // namespace spinecds::criteria::engine
