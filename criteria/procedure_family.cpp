#include "criteria/procedure_family.h"

#include <algorithm>

#include "criteria/criterion_ids.h"
#include "criteria/family_engines.h"

namespace spinecds::criteria {

namespace {

namespace id = criterion_id;

// DESIGN §5: the order of the Assessment's criteria and the verdict's gates.
constexpr CriterionDef kLumbarCriteria[] = {
    {id::kPt6Weeks, Gate::met_or_na},
    {id::kOtherCare, Gate::none},
    {id::kNeuralCompression, Gate::met_or_na},
    {id::kFunctionalLimitation, Gate::met},
    {id::kImagingStenosis, Gate::none},
    {id::kFlexionExtension, Gate::none},
    {id::kInstability, Gate::none},
    {id::kDeformity, Gate::none},
    {id::kPelvicFixation, Gate::none},
};

constexpr std::string_view kLumbarThresholds[] = {
    "pt.minWeeks",
    "pt.maxGapDays",
    "pt.windowMonths",
    "odi.minPercent",
    "stenosis.minSeverity",
    "slip.minGrade",
    "slip.ungradedMinMm",
    "slip.retroMinMm",
    "slip.excludedQualifiers",
    "flexext.translationMm",
    "flexext.angulationDegrees",
    "decompression.facetectomyPercent",
    "deformity.cobbDegrees",
    "deformity.svaMm",
    "deformity.pillDegrees",
    "waiver.highGradeSlip",
    "pelvic.highGradeSlip",
    "pelvic.longConstructSegments",
    "pelvic.coronalImbalanceMm",
    "pelvic.svaMm",
    "osteoporosis.tScore",
    "trauma.acuteMonths",
};

constexpr std::string_view kLumbarCards[] = {
    "fusion-extent",    "pelvic-fixation",  "flexion-extension-films",
    "physical-therapy", "criteria-summary", "data-unavailable",
    "instructions",
};

// Occiput-C1 (C0-C1) through C7-T1.
bool cervical_segment(terminology::Segment s) {
  return s.upper.ordinal >= 0 && s.upper.ordinal < terminology::kFirstThoracic;
}

// Thoracic, lumbar and lumbosacral: a lumbar construct may start in the
// thoracic spine (T10-pelvis).
bool thoracolumbar_segment(terminology::Segment s) {
  return !cervical_segment(s);
}

// DESIGN §9: the cervical criteria and gates (the nicotine gate a profile
// may drop).
constexpr CriterionDef kCervicalCriteria[] = {
    {id::kConservativeCare6Weeks, Gate::met_or_na},
    {id::kNeuralCompression, Gate::met},
    {id::kFunctionalLimitation, Gate::met},
    {id::kImagingCompression, Gate::met},
    {id::kFlexionExtension, Gate::none},
    {id::kInstability, Gate::none},
    {id::kNicotine, Gate::droppable_met_or_na},
    {id::kPriorFusion, Gate::none},
};

constexpr std::string_view kCervicalThresholds[] = {
    "care.minWeeks",
    "care.windowMonths",
    "care.minModalities",
    "care.modalityMinWeeks",
    "care.countedModalities",
    "care.requiredModalities",
    "care.maxGapDays",
    "weakness.waiverMaxGrade",
    "trauma.acuteMonths",
    "ndi.minPercent",
    "mjoa.maxScore",
    "compression.minSeverity",
    "instability.translationMm",
    "instability.angulationDegrees",
    "nicotine.freeWeeks",
    "cotinine.maxNgMl",
    "priorFusion.minMonths",
    "laminectomy.facetPercent",
};

// No pelvic-fixation card (DESIGN §9).
constexpr std::string_view kCervicalCards[] = {
    "fusion-extent",    "flexion-extension-films", "physical-therapy",
    "criteria-summary", "data-unavailable",        "instructions",
};

constexpr ProcedureFamily kFamilies[] = {
    {kLumbarFusion, "Lumbar fusion", terminology::FusionRegion::lumbar, true,
     &thoracolumbar_segment, "criteria/policies/lumbar-fusion.json", "spinal-fusion-lumbar",
     kLumbarCriteria, kLumbarThresholds, kLumbarCards, &assess_lumbar,
     "Checks a lumbar or lumbosacral spinal fusion order against the record: levels with "
     "documented instability, flexion-extension films, six weeks of formal physical therapy "
     "and indications for pelvic fixation. Advisory cards with suggestions; never blocks the "
     "order.",
     "The same assessment as at order signing, on the selected fusion orders, shown as "
     "information cards while the order is being composed."},
    {kCervicalFusion, "Cervical fusion", terminology::FusionRegion::cervical, false,
     &cervical_segment, "criteria/policies/cervical-fusion.json", "spinal-fusion-cervical",
     kCervicalCriteria, kCervicalThresholds, kCervicalCards, &assess_cervical,
     "Checks a cervical fusion order (ACDF, anterior corpectomy with fusion, posterior cervical "
     "fusion) against the record: per segment, compression concordant with the documented root "
     "and side or with myelopathy, conservative care, flexion-extension films, nicotine and "
     "earlier fusions. Cervical disc arthroplasty is not a fusion and gets no cards. Advisory "
     "cards with suggestions; never blocks the order.",
     "The same cervical assessment as at order signing, on the selected fusion orders, shown as "
     "information cards while the order is being composed."},
};

}  // namespace

std::span<const ProcedureFamily> procedure_families() {
  return kFamilies;
}

const ProcedureFamily* find_family(std::string_view family_id) {
  for (const auto& f : kFamilies) {
    if (f.id == family_id) return &f;
  }
  return nullptr;
}

const ProcedureFamily* family_for_region(terminology::FusionRegion region) {
  for (const auto& f : kFamilies) {
    if (f.region == region) return &f;
  }
  return nullptr;
}

terminology::FusionRegion region_of(terminology::Segment s) {
  if (cervical_segment(s)) return terminology::FusionRegion::cervical;
  if (s.upper.ordinal < terminology::kFirstLumbar - 1) return terminology::FusionRegion::thoracic;
  return terminology::FusionRegion::lumbar;
}

const CriterionDef* find_criterion_def(const ProcedureFamily& f, std::string_view criterion) {
  for (const auto& c : f.criteria) {
    if (c.id == criterion) return &c;
  }
  return nullptr;
}

void order_criteria(const ProcedureFamily& f, std::vector<CriterionResult>& criteria) {
  auto rank = [&](const CriterionResult& c) {
    for (std::size_t i = 0; i < f.criteria.size(); ++i) {
      if (f.criteria[i].id == c.id) return i;
    }
    return f.criteria.size();
  };
  std::stable_sort(criteria.begin(), criteria.end(),
                   [&](const auto& x, const auto& y) { return rank(x) < rank(y); });
}

bool gates_hold(const ProcedureFamily& f, const Profile& profile,
                const std::vector<CriterionResult>& criteria) {
  auto status = [&](std::string_view cid) {
    for (const auto& c : criteria) {
      if (c.id == cid) return c.status;
    }
    return Status::unknown;
  };
  auto met_or_na = [&](std::string_view cid) {
    const auto s = status(cid);
    return s == Status::met || s == Status::not_applicable;
  };
  for (const auto& c : f.criteria) {
    switch (c.gate) {
      case Gate::none:
        break;
      case Gate::met:
        if (status(c.id) != Status::met) return false;
        break;
      case Gate::droppable_met_or_na:
        if (std::find(profile.dropped_gates.begin(), profile.dropped_gates.end(), c.id) !=
            profile.dropped_gates.end())
          break;
        [[fallthrough]];
      case Gate::met_or_na:
        if (!met_or_na(c.id)) return false;
        break;
    }
  }
  for (const auto& g : profile.additional_gates) {
    if (!met_or_na(g)) return false;
  }
  return true;
}

}  // namespace spinecds::criteria
