// The cervical engine's run: what the record says per segment and about the
// patient, the per-segment decision and the verdict (DESIGN §9).
#include <algorithm>
#include <cctype>
#include <utility>

#include "criteria/cervical_engine.h"
#include "criteria/criterion_ids.h"
#include "criteria/dates.h"
#include "criteria/family_engines.h"
#include "criteria/procedure_family.h"
#include "terminology/record_text.h"

namespace spinecds::criteria {

namespace cervical {

namespace {

bool counts(const terminology::Finding& f) {
  return terminology::counts_toward_criteria(f);
}

bool is_cervical_root(const std::string& root) {
  return root.size() == 2 && root[0] == 'C' && root[1] >= '1' && root[1] <= '8';
}

std::string lower_side(const std::optional<std::string>& side) {
  return side ? terminology::lower(*side) : std::string();
}

// The side of an imaging finding: the text engine's, else the one side its
// quote names ("severe right foraminal stenosis"); "" when none or both.
std::string imaging_side(const RecordFinding& rf) {
  if (rf.finding.side) return terminology::lower(*rf.finding.side);
  // The clause that names the finding ("severe right foraminal stenosis;
  // the left foramina are patent" → the first clause).
  std::string low = terminology::lower(rf.quote.text);
  std::size_t from = 0;
  while (from <= low.size()) {
    const auto end = std::min(low.find(';', from), low.size());
    const std::string clause = low.substr(from, end - from);
    if (terminology::contains_any(clause, {"stenosis", "narrow", "protrusion", "herniat",
                                           "extrusion", "compress", "osteophyte"})) {
      low = clause;
      break;
    }
    from = end + 1;
  }
  auto has = [&](std::string_view w) {
    for (auto p = low.find(w); p != std::string::npos; p = low.find(w, p + 1)) {
      const bool left = p == 0 || !std::isalpha(static_cast<unsigned char>(low[p - 1]));
      const auto end = p + w.size();
      const bool right = end >= low.size() || !std::isalpha(static_cast<unsigned char>(low[end]));
      if (left && right) return true;
    }
    return false;
  };
  if (has("bilateral") || has("bilaterally")) return "bilateral";
  const bool l = has("left");
  const bool r = has("right");
  return l == r ? std::string() : l ? "left" : "right";
}

}  // namespace

std::string Engine::exiting_root(Segment s) {
  const int upper = s.upper.ordinal;
  // C2-C3 (upper 2) lets out C3 ... C6-C7 lets out C7; C7-T1 lets out C8.
  if (upper >= 2 && upper <= terminology::kFirstThoracic - 1)
    return "C" + std::to_string(upper + 1);
  return {};
}

std::string Engine::gap_note(std::initializer_list<std::string_view> keys) const {
  return criteria::gap_note(gaps_, keys);
}

CriterionResult Engine::criterion(std::string_view id, Status s, std::string summary,
                                  std::vector<Evidence> evidence) const {
  return make_criterion(policy_, prof_, id, s, std::move(summary), std::move(evidence));
}

void Engine::read_segments() {
  for (auto s : requested_) seg_[s];
  const auto& translation = th("instability.translationMm");
  const auto& angulation = th("instability.angulationDegrees");
  for (const auto& rf : f_.findings) {
    const auto& fd = rf.finding;
    if (rf.source == terminology::SourceKind::order) continue;
    if (fd.hypothetical || fd.experiencer_other) continue;
    for (auto s : fd.segments) {
      if (!terminology::is_cervical(s)) continue;
      auto& sf = seg_[s];
      const Evidence& e = rf.quote;
      const std::string low = terminology::lower(rf.quote.text);
      if (rf.source == terminology::SourceKind::imaging) sf.imaged = true;
      const std::string side = imaging_side(rf);
      auto foraminal = [&] {
        if (side.empty()) {
          sf.unsided_foraminal = true;
          return;
        }
        if (side == "left" || side == "bilateral") sf.foraminal_sides.insert("left");
        if (side == "right" || side == "bilateral") sf.foraminal_sides.insert("right");
      };
      switch (fd.kind) {
        case FindingKind::stenosis:
          if (fd.negated) {
            sf.negative_evidence.push_back(e);
            sf.imaged = true;
            if (fd.side && fd.location == std::optional<std::string>("foraminal"))
              sf.patent_sides.insert(terminology::lower(*fd.side));
          } else if (counts(fd)) {
            sf.imaged = true;
            if (fd.severity && (!sf.stenosis || *fd.severity > *sf.stenosis))
              sf.stenosis = fd.severity;
            // Mild stenosis alone supports nothing; an ungraded one is read
            // as the compression the report names.
            if (fd.severity && *fd.severity < min_severity_) {
              sf.negative_evidence.push_back(e);
              break;
            }
            if (fd.location == std::optional<std::string>("foraminal") ||
                fd.location == std::optional<std::string>("lateral-recess")) {
              foraminal();
            } else {
              sf.compression.insert("central");
            }
            sf.compression_evidence.push_back(e);
          }
          break;
        case FindingKind::disc_herniation:
          if (counts(fd)) {
            sf.imaged = true;
            // A herniation to one side presses on that side's root; one
            // with no side named is central.
            if (side.empty() && fd.location != std::optional<std::string>("foraminal")) {
              sf.compression.insert("central");
            } else {
              foraminal();
            }
            sf.compression_evidence.push_back(e);
          }
          break;
        case FindingKind::cord_compression:
          if (counts(fd)) {
            sf.compression.insert("cord");
            sf.compression_evidence.push_back(e);
          } else if (fd.negated) {
            sf.negative_evidence.push_back(e);
          }
          sf.imaged = true;
          break;
        case FindingKind::cord_signal_change:
          if (counts(fd)) {
            sf.cord_signal = true;
            sf.cord_signal_evidence.push_back(e);
          }
          sf.imaged = true;
          break;
        case FindingKind::spondylolisthesis:
        case FindingKind::translation:
        case FindingKind::angulation:
        case FindingKind::instability: {
          if (!counts(fd)) {
            sf.no_instability_evidence.push_back(e);
            break;
          }
          bool ok = fd.kind == FindingKind::instability && !fd.mm && !fd.degrees;
          if (fd.mm && translation.passes(*fd.mm)) ok = true;
          if (fd.degrees && angulation.passes(*fd.degrees)) ok = true;
          (ok ? sf.instability_evidence : sf.no_instability_evidence).push_back(e);
          sf.instability = sf.instability || ok;
          break;
        }
        case FindingKind::prior_fusion:
          if (counts(fd) && !restates_order(rf)) {
            sf.prior_fusion = true;
            sf.prior_evidence.push_back(e);
            if (terminology::contains_any(low, {"solid", "healed", "well fused", "bridging bone"}))
              sf.solid = true;
          }
          break;
        case FindingKind::pseudarthrosis:
          if (counts(fd)) {
            sf.non_union = true;
            sf.prior_fusion = true;
            sf.prior_evidence.push_back(e);
          } else if (fd.negated) {
            sf.solid = true;
            sf.prior_evidence.push_back(e);
          }
          break;
        case FindingKind::scoliosis:
        case FindingKind::sagittal_imbalance:
          if (counts(fd)) sf.deformity = true;
          break;
        default:
          break;
      }
    }
  }
  // A foramen named without a side ("C5-6 foraminal stenosis" in a note)
  // is narrowed on the sides no statement names: a report that says which
  // foramen ("severe left ..., the right foramen is patent") decides.
  for (auto& [s, sf] : seg_) {
    std::set<std::string> sides = sf.foraminal_sides;
    if (sf.unsided_foraminal && sides.empty()) {
      for (const char* side : {"left", "right"}) {
        if (!sf.patent_sides.count(side)) sides.insert(side);
      }
    }
    for (const auto& side : sides) sf.compression.insert("foraminal-" + side);
  }
  const auto& pct = th("laminectomy.facetPercent");
  for (const auto& d : f_.destabilizing) {
    if (!terminology::is_cervical(d.segment)) continue;
    if (!d.bilateral_or_total && !(d.facet_percent && pct.passes(*d.facet_percent))) continue;
    auto& sf = seg_[d.segment];
    sf.destabilized = true;
    sf.destabilized_evidence.push_back(d.quote);
  }
}

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
    if (rf.source == terminology::SourceKind::imaging &&
        (k == FindingKind::stenosis || k == FindingKind::disc_herniation ||
         k == FindingKind::cord_compression))
      imaged_compression.emplace(rf.quote.reference, rf.quote.text);
  }
  for (const auto& rf : f_.findings) {
    const auto& fd = rf.finding;
    if (rf.source == terminology::SourceKind::order || fd.hypothetical || fd.experiencer_other)
      continue;
    const bool neuro = fd.kind == FindingKind::radiculopathy || fd.kind == FindingKind::weakness ||
                       fd.kind == FindingKind::myelopathy;
    if (!neuro) {
      if (fd.kind == FindingKind::cord_signal_change && counts(fd)) {
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
    if (!counts(fd)) {
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
    const std::string low = terminology::lower(q.text);
    if (terminology::contains_any(low, {"lumb", "sciatica", "claudication", "sacral"})) continue;
    c.radiculopathy = true;
    c.radiculopathy_evidence.push_back(q);
  }
  const auto& mjoa = th("mjoa.maxScore");
  for (const auto& s : f_.outcome_scores) {
    if (s.instrument == terminology::OutcomeInstrument::mjoa && mjoa.passes(s.value)) {
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
  std::sort(c.waivers.begin(), c.waivers.end());
  c.waivers.erase(std::unique(c.waivers.begin(), c.waivers.end()), c.waivers.end());
}

bool Engine::radicular_match(Segment s, const SegmentFacts& sf, std::vector<Evidence>* ev) const {
  const std::string root = exiting_root(s);
  if (root.empty()) return false;
  bool any = false;
  for (const auto& r : clin_.radicular) {
    if (r.root != root) continue;
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
  return sf.cord_signal || sf.compression.count("cord") > 0 ||
         (sf.compression.count("central") > 0 && sf.stenosis && *sf.stenosis >= min_severity_);
}

bool Engine::stabilising(const SegmentFacts& sf) const {
  return sf.instability || sf.destabilized || sf.non_union || sf.deformity ||
         (clin_.myelopathy && sf.cord_signal);
}

void Engine::decide_levels(Assessment& a) {
  auto fused_beside = [&](Segment s) {
    for (int d : {-1, 1}) {
      const auto it = seg_.find(Segment{terminology::Vertebra{s.upper.ordinal + d}});
      if (it != seg_.end() && it->second.prior_fusion) return true;
    }
    return false;
  };
  for (auto& [s, sf] : seg_) {
    LevelRow row;
    row.segment = s;
    row.cervical = true;
    row.requested = requested_set_.count(s) > 0;
    row.root = exiting_root(s);
    row.compression.assign(sf.compression.begin(), sf.compression.end());
    row.cord_signal = sf.cord_signal;
    row.stenosis = sf.stenosis;
    row.instability = sf.instability;
    std::vector<Evidence> clinical;
    const bool radic = radicular_match(s, sf, &clinical);
    const bool myelo = myelopathy_match(sf);
    row.concordant = radic || myelo;
    if (sf.prior_fusion && sf.non_union) {
      row.basis = "pseudarthrosis";
    } else if (row.concordant) {
      row.basis = fused_beside(s) ? "adjacent-segment" : myelo ? "myelopathy" : "radiculopathy";
    } else if (sf.instability) {
      row.basis = "instability";
    } else if (sf.deformity) {
      row.basis = "deformity";
    }
    bool supported = false;
    if (row.requested) {
      if (sf.prior_fusion) {
        // Already fused: not fused again without documented non-union.
        supported = sf.non_union;
      } else {
        supported = row.concordant && (!posterior_ || stabilising(sf));
        if (posterior_ && row.concordant && !supported) a.decompression_only.push_back(s);
      }
    }
    row.fusion_supported = supported;
    if (supported) supported_.insert(s);
    auto add = [&](const std::vector<Evidence>& v) {
      row.evidence.insert(row.evidence.end(), v.begin(), v.end());
    };
    add(sf.compression_evidence);
    if (sf.compression.empty()) add(sf.negative_evidence);
    add(sf.cord_signal_evidence);
    add(sf.instability_evidence);
    add(sf.no_instability_evidence);
    add(sf.destabilized_evidence);
    add(sf.prior_evidence);
    if (row.concordant) add(clinical);
    std::sort(row.evidence.begin(), row.evidence.end());
    row.evidence.erase(std::unique(row.evidence.begin(), row.evidence.end()), row.evidence.end());
    a.levels.push_back(std::move(row));
  }
  a.supported_fusion_levels.assign(supported_.begin(), supported_.end());
}

Verdict Engine::verdict(const Assessment& a) const {
  const bool gates = gates_hold(*find_family(kCervicalFusion), prof_, a.criteria);
  if (gates && !requested_.empty() && supported_.size() == requested_.size())
    return Verdict::supported;
  if (gates && !supported_.empty()) return Verdict::partially_supported;
  return Verdict::not_supported_as_documented;
}

Assessment Engine::run(Assessment a) {
  gaps_ = a.data_gaps;
  a.family = std::string(kCervicalFusion);
  for (auto s : f_.requested.segments) {
    if (terminology::is_cervical(s)) {
      requested_.push_back(s);
    } else {
      a.not_assessed.push_back(s);  // another region, or beyond T1
    }
  }
  requested_set_ = {requested_.begin(), requested_.end()};
  approach_ = a.approach;  // set by assess() from the order
  posterior_ = approach_ == "posterior" || approach_ == "combined";
  min_severity_ = terminology::parse_severity(th("compression.minSeverity").severity)
                      .value_or(Severity::moderate);
  read_segments();
  read_clinical();
  decide_levels(a);
  a.requested_levels = requested_;
  // Judged in this order before any is stored (imaging reads `a`), then
  // moved in: an initializer list copied every result with its quotes.
  auto care = conservative_care();
  auto neural = neural_compression();
  auto function = functional_limitation();
  auto imaging = imaging_compression(a);
  auto flexion = flexion_extension();
  auto unstable = instability();
  auto smoking = nicotine();
  a.criteria.clear();
  a.criteria.reserve(8);
  for (auto* c : {&care, &neural, &function, &imaging, &flexion, &unstable, &smoking}) {
    a.criteria.push_back(std::move(*c));
  }
  if (auto p = prior_fusion()) a.criteria.push_back(std::move(*p));
  a.verdict = verdict(a);
  return a;
}

}  // namespace cervical

Assessment assess_cervical(const Policy& policy, const Profile& profile,
                           const terminology::RecordFacts& facts, const std::string& as_of,
                           Assessment a) {
  return cervical::Engine(policy, profile, facts, as_of).run(std::move(a));
}

}  // namespace spinecds::criteria
