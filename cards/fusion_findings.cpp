#include <algorithm>

#include "cards/card_kinds.h"
#include "cards/criterion_names.h"
#include "cards/levels_text.h"
#include "criteria/criterion_ids.h"
#include "criteria/procedure_family.h"

namespace spinecds::cards {

bool FusionFindings::keep_pelvis() const {
  const terminology::Segment l5s1{terminology::Vertebra{terminology::kSacrum - 1}};
  return pelvis_requested && pelvis_supported && contains(construct, l5s1);
}

FusionFindings fusion_findings(const criteria::Assessment& a) {
  FusionFindings f;
  f.requested = a.requested_levels;
  std::sort(f.requested.begin(), f.requested.end());
  std::vector<terminology::Segment> supported = a.supported_fusion_levels;
  supported.insert(supported.end(), a.bridged_levels.begin(), a.bridged_levels.end());
  // Supported levels are fused as one construct; a gap between them is
  // bridged (the Assessment names such levels in bridged_levels). A
  // cervical construct is its supported segments: a disc is fused because it
  // is removed, so an unsupported one between is not bridged.
  f.construct = a.family == criteria::kCervicalFusion ? supported : span(supported);
  for (auto s : f.requested) {
    if (!contains(f.construct, s)) f.unsupported.push_back(s);
  }
  for (const auto& row : a.levels) {
    if (row.requested && row.stenosis && !contains(f.stenotic, row.segment)) {
      f.stenotic.push_back(row.segment);
    }
  }
  for (auto s : a.decompression_only) {
    if (!contains(f.stenotic, s)) f.stenotic.push_back(s);
  }
  std::sort(f.stenotic.begin(), f.stenotic.end());
  f.pelvis_requested = a.requested_pelvic_fixation;
  f.pelvis_supported = a.supported_pelvic_fixation;
  const auto* deformity = find_criterion(a, criteria::criterion_id::kDeformity);
  f.deformity_indicated = deformity != nullptr && deformity->status == criteria::Status::met;
  return f;
}

LimitPlan limit_plan(const FusionFindings& f, const criteria::Assessment& a) {
  LimitPlan p;
  p.fusion = f.construct;
  p.pelvic_fixation = f.keep_pelvis();
  p.decompression = f.stenotic;
  for (auto s : a.decompression_only) {
    if (!contains(p.fusion, s)) p.added_decompression.push_back(s);
  }
  for (auto s : f.unsupported) {
    if (contains(f.stenotic, s) && !contains(p.added_decompression, s)) {
      p.added_decompression.push_back(s);
    }
  }
  std::sort(p.added_decompression.begin(), p.added_decompression.end());
  return p;
}

}  // namespace spinecds::cards
