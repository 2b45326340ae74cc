// Lumbar criterion `pelvic-fixation.indication` (DESIGN §5).
#include "criteria/assess_engine.h"

#include <algorithm>
#include <cctype>

namespace spinecds::criteria::engine {

CriterionResult Engine::pelvic_criterion(const Assessment& a) const {
  constexpr std::string_view id = criterion_id::kPelvicFixation;
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
    why.emplace_back("neuromuscular scoliosis with pelvic obliquity");
    e.insert(e.end(), obl_ev.begin(), obl_ev.end());
    for (const auto& q : f_.neuromuscular) e.push_back(ev(q));
  }
  if (auto it = seg_.find(l5s1); it != seg_.end()) {
    const auto& sf = it->second;
    if (sf.max_grade > 0 && th("pelvic.highGradeSlip").passes(sf.max_grade)) {
      why.push_back("high-grade spondylolisthesis at L5-S1 (grade " + std::to_string(sf.max_grade) +
                    ")");
      append(e, sf.instability_evidence);
    }
    if (sf.pseudarthrosis || sf.prior_fusion) {
      why.emplace_back(sf.pseudarthrosis ? "pseudarthrosis at L5-S1"
                                         : "revision of a prior fusion at L5-S1");
      append(e, sf.revision_evidence);
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
    why.emplace_back("osteoporosis");
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
    if (fd.kind == FindingKind::sagittal_imbalance && fd.mm && th("pelvic.svaMm").passes(*fd.mm)) {
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
        why.emplace_back("a planned lower-lumbar three-column osteotomy");
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
        "Pelvic fixation is indicated: L5-S1 fusion is supported and the record documents " + list +
            ".",
        std::move(e));
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
        std::move(e));
  }
  (void)a;
  return criterion(
      id, Status::not_met,
      "Documentation does not show an indication for pelvic fixation (neuromuscular "
      "scoliosis with pelvic obliquity, high-grade L5-S1 slip, a supported construct of " +
          th("pelvic.longConstructSegments").describe() +
          " ending at S1, osteoporosis, revision or pseudarthrosis at L5-S1, coronal or "
          "sagittal imbalance, or a lower-lumbar three-column osteotomy).",
      std::move(e));
}

}  // namespace spinecds::criteria::engine
