// The cervical engine's clinical picture and its concordance with the
// segments: radicular roots and sides, myelopathy, waivers, and whether a
// segment's compression explains them (DESIGN §9).
#include <algorithm>
#include <set>
#include <string_view>
#include <utility>

#include "criteria/cervical_engine.h"
#include "criteria/dates.h"
#include "criteria/neural_resolution.h"
#include "terminology/record_text.h"

namespace spinecds::criteria::cervical {

namespace {

bool is_cervical_root(const std::string& root) {
  return root.size() == 2 && root[0] == 'C' && root[1] >= '1' && root[1] <= '8';
}

std::string lower_side(const std::optional<std::string>& side) {
  return side ? terminology::lower(*side) : std::string();
}

}  // namespace

void Engine::read_clinical() {
  auto& c = clin_;
  const auto& waiver_grade = th("weakness.waiverMaxGrade");
  // An imaging sentence that names a compression and the root it presses on
  // ("right foraminal protrusion with right C7 root compression") describes
  // the image, not the patient's symptoms: read as a radicular complaint it
  // made every compressed root concordant with itself, whatever side the
  // patient's arm is on. A root named elsewhere in the report (the clinical
  // indication) is still the patient's.
  std::set<std::pair<std::string_view, std::string_view>> imaged_compression;
  for (const auto& rf : f_.findings) {
    const auto k = rf.finding.kind;
    if (rf.source == terminology::SourceKind::imaging && compressive_kind(k))
      imaged_compression.emplace(rf.quote.reference, rf.quote.text);
  }
  // A radiculopathy a later note calls resolved takes the weakness it caused
  // with it: both are the radicular complaint.
  const auto resolution = neural_resolution(
      f_.findings, {FindingKind::radiculopathy, FindingKind::weakness, FindingKind::myelopathy},
      {FindingKind::radiculopathy});
  const auto superseded = [&](const terminology::RecordFinding& rf) {
    // Only a complaint stated is set aside, never the statement that ends it.
    if (!terminology::counts_toward_criteria(rf.finding)) return false;
    const auto k = rf.finding.kind;
    const bool past = rf.finding.historical;
    return resolution.supersedes(k, rf.date, past) ||
           (k == FindingKind::weakness &&
            resolution.supersedes(FindingKind::radiculopathy, rf.date, past));
  };
  for (const auto& rf : f_.findings) {
    const auto& fd = rf.finding;
    if (rf.source == terminology::SourceKind::order || fd.hypothetical || fd.experiencer_other)
      continue;
    const bool neuro = fd.kind == FindingKind::radiculopathy || fd.kind == FindingKind::weakness ||
                       fd.kind == FindingKind::myelopathy;
    if (!neuro) {
      if (fd.kind == FindingKind::cord_signal_change && terminology::counts_toward_criteria(fd)) {
        c.waivers.emplace_back("cord signal change");
        c.waiver_evidence.push_back(rf.quote);
      }
      continue;
    }
    // A lumbar root or level is another family's finding.
    std::string root = fd.root.value_or("");
    bool lumbar = !root.empty() && !is_cervical_root(root);
    std::vector<Segment> cervical_segments;
    for (auto s : fd.segments) {
      if (terminology::is_cervical(s)) {
        cervical_segments.push_back(s);
      } else {
        lumbar = true;
      }
    }
    if (lumbar && cervical_segments.empty()) continue;
    if (superseded(rf)) continue;
    if (!terminology::counts_toward_criteria(fd)) {
      if (fd.negated) c.neural_negated.push_back(rf.quote);
      continue;
    }
    if (fd.kind == FindingKind::myelopathy) {
      c.myelopathy = true;
      c.myelopathy_evidence.push_back(rf.quote);
      continue;
    }
    if (root.empty() && cervical_segments.size() == 1) root = exiting_root(cervical_segments[0]);
    if (!imaged_compression.count({rf.quote.reference, rf.quote.text}))
      c.radicular.push_back({root, lower_side(fd.side), rf.quote});
    c.radiculopathy = true;
    c.radiculopathy_evidence.push_back(rf.quote);
    if (fd.kind == FindingKind::weakness) {
      const std::string low = terminology::lower(rf.quote.text);
      if (fd.strength && waiver_grade.passes(*fd.strength)) {
        c.waivers.push_back("weakness " + num(*fd.strength) + "/5 (" + waiver_grade.describe() +
                            ")");
        c.waiver_evidence.push_back(rf.quote);
      } else if (terminology::contains_any(low,
                                           {"progressive", "progressing", "worsening weakness"})) {
        c.waivers.emplace_back("progressive weakness");
        c.waiver_evidence.push_back(rf.quote);
      }
    }
  }
  for (const auto& q : f_.neural_conditions) {
    if (resolution.supersedes_coded(q.date)) continue;
    const std::string low = terminology::lower(q.text);
    if (terminology::contains_any(low, {"lumb", "sciatica", "claudication", "sacral"})) continue;
    c.radiculopathy = true;
    c.radiculopathy_evidence.push_back(q);
  }
  const auto& mjoa = th("mjoa.maxScore");
  for (const auto& s : f_.outcome_scores) {
    if (s.instrument == terminology::OutcomeInstrument::mjoa && mjoa.passes(s.value) &&
        !resolution.denied_since(FindingKind::myelopathy, s.date)) {
      c.myelopathy = true;
      c.myelopathy_evidence.push_back(s.quote);
    }
  }
  if (c.myelopathy) {
    c.waivers.emplace_back("myelopathy");
    c.waiver_evidence.insert(c.waiver_evidence.end(), c.myelopathy_evidence.begin(),
                             c.myelopathy_evidence.end());
  }
  // Trauma, tumour, infection, a progressive deficit: dated inside the care
  // window (an old, treated one waives nothing today).
  const auto window_start = months_before(as_of_, static_cast<int>(th("care.windowMonths").value));
  for (const auto& q : f_.urgent) {
    const auto on = day_number(q.date);
    if (on && window_start && *on < *window_start) continue;
    c.waivers.push_back("an urgent indication (" + q.text + ")");
    c.waiver_evidence.push_back(q);
  }
  // A fracture, tumour or infection at a segment of the order (read_lesions
  // keeps only those in the window).
  for (auto s : requested_) {
    const auto it = seg_.find(s);
    if (it == seg_.end() || !it->second.lesion) continue;
    c.waivers.push_back(std::string(terminology::to_string(*it->second.lesion)) + " at " +
                        terminology::to_string(s));
    c.waiver_evidence.insert(c.waiver_evidence.end(), it->second.lesion_evidence.begin(),
                             it->second.lesion_evidence.end());
  }
  std::sort(c.waivers.begin(), c.waivers.end());
  c.waivers.erase(std::unique(c.waivers.begin(), c.waivers.end()), c.waivers.end());
}

bool Engine::radicular_match(Segment s, const SegmentFacts& sf, std::vector<Evidence>* ev) const {
  const std::string root = exiting_root(s);
  if (root.empty()) return false;
  bool any = false;
  // "MRI: C6/7 PID with C7 root compression – correlates" beside a right C7
  // radiculopathy: a mention of the root with no side says nothing of a side
  // the record names elsewhere, so it cannot match the other foramen.
  const bool sided_elsewhere = std::any_of(
      clin_.radicular.begin(), clin_.radicular.end(),
      [&](const auto& r) { return r.root == root && (r.side == "left" || r.side == "right"); });
  for (const auto& r : clin_.radicular) {
    if (r.root != root) continue;
    if (r.side.empty() && sided_elsewhere) continue;
    const bool central = sf.compression.count("central") > 0 || sf.compression.count("cord") > 0;
    const bool left = sf.compression.count("foraminal-left") > 0;
    const bool right = sf.compression.count("foraminal-right") > 0;
    bool side_ok = central;
    if (r.side.empty() || r.side == "bilateral") side_ok = side_ok || left || right;
    if (r.side == "left") side_ok = side_ok || left;
    if (r.side == "right") side_ok = side_ok || right;
    if (side_ok) {
      any = true;
      if (ev) ev->push_back(r.evidence);
    }
  }
  return any;
}

bool Engine::myelopathy_match(const SegmentFacts& sf) const {
  if (!clin_.myelopathy) return false;
  return compressive_cord_signal(sf) || sf.compression.count("cord") > 0 ||
         (sf.compression.count("central") > 0 && sf.stenosis && *sf.stenosis >= min_severity_);
}

bool Engine::stabilising(const SegmentFacts& sf) const {
  return sf.instability || sf.destabilized || sf.non_union || sf.deformity || sf.lesion ||
         (clin_.myelopathy && compressive_cord_signal(sf));
}

// DESIGN §9: myelopathy is fused where imaging shows cord compression or
// canal stenosis, a cord signal localising it. A signal at a level the
// report clears of both (a demyelinating plaque beside a small protrusion)
// localises no compression.
bool Engine::compressive_cord_signal(const SegmentFacts& sf) const {
  return sf.cord_signal && !(sf.canal_denied && sf.cord_denied);
}

}  // namespace spinecds::criteria::cervical
