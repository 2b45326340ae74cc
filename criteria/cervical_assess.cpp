// The cervical engine's run: the per-segment rows and decision, the criteria
// and the verdict (DESIGN §9). Reading the segments is in
// cervical_segment_facts.cpp, the clinical picture and concordance in
// cervical_concordance.cpp.
#include <algorithm>
#include <utility>

#include "criteria/cervical_engine.h"
#include "criteria/criterion_ids.h"
#include "criteria/dates.h"
#include "criteria/family_engines.h"
#include "criteria/procedure_family.h"
#include "terminology/record_text.h"

namespace spinecds::criteria {

namespace cervical {

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
    } else if (sf.lesion) {
      row.basis = std::string(terminology::to_string(*sf.lesion));
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
        // The lesion's segments are fused whatever the compression
        // (research CF-TTI-01).
        supported = sf.lesion || (row.concordant && (!posterior_ || stabilising(sf)));
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
    add(sf.lesion_evidence);
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
