#pragma once
// The registry of procedure families (DESIGN §9): each family names its
// policy (config `policies`, §7), the value set of its procedures, the region
// of the spine its orders fuse, its criteria (id, order, gate) and the card
// kinds it may issue. The services, discovery and the assessment all read
// this table; adding a family is a policy, a value set and its criteria.
#include <span>
#include <string_view>

#include "criteria/assessment.h"
#include "criteria/policy.h"
#include "terminology/order_reader.h"
#include "terminology/record_facts.h"

namespace spinecds::criteria {

// The families this build ships (their policy ids).
inline constexpr std::string_view kLumbarFusion = "lumbar-fusion";
inline constexpr std::string_view kCervicalFusion = "cervical-fusion";

// How a criterion bears on the verdict (DESIGN §5, §9). `unknown` never
// passes a gate.
enum class Gate {
  none,                 // reported, not a gate
  met,                  // must be met
  met_or_na,            // must be met or not-applicable
  droppable_met_or_na,  // met or not-applicable, unless the profile drops it
};

struct CriterionDef {
  std::string_view id;  // criterion_id::k...; its title is the policy rule's
  Gate gate = Gate::none;
};

// The engine of one family: facts and policy in, the filled Assessment out.
using FamilyEngine = Assessment (*)(const Policy&, const Profile&, const terminology::RecordFacts&,
                                    const std::string& as_of, Assessment);

struct ProcedureFamily {
  std::string_view id;               // the policy id, "lumbar-fusion"
  std::string_view label;            // "Lumbar fusion"
  terminology::FusionRegion region;  // the orders it answers
  // Whether it also takes fusion orders whose region nothing names (22614,
  // "posterior spinal fusion"): exactly one family does, so such an order
  // gets one answer.
  bool takes_unknown_region = false;
  // Whether a requested segment is this family's to judge; the others of a
  // mixed order (or beyond T1) are named as not assessed.
  bool (*owns_segment)(terminology::Segment) = nullptr;
  std::string_view policy_file;                  // shipped default, relative to the project
  std::string_view procedure_value_set;          // terminology value set of its fusion codes
  std::span<const CriterionDef> criteria;        // in Assessment order
  std::span<const std::string_view> thresholds;  // every number its engine reads
  std::span<const std::string_view> card_kinds;  // what it may issue
  FamilyEngine engine = nullptr;
  std::string_view sign_description;    // discovery text of <id>-order-sign
  std::string_view select_description;  // discovery text of <id>-order-select
};

std::span<const ProcedureFamily> procedure_families();
const ProcedureFamily* find_family(std::string_view id);
// The family whose orders lie in `region`, or nullptr.
const ProcedureFamily* family_for_region(terminology::FusionRegion region);
// The region a motion segment lies in: cervical (C0-C1 to C7-T1), thoracic,
// lumbar (T12-L1 to L5-S1).
terminology::FusionRegion region_of(terminology::Segment s);
// The family's criterion, or nullptr.
const CriterionDef* find_criterion_def(const ProcedureFamily& f, std::string_view id);

// Puts `criteria` in the family's order (DESIGN §5, §9).
void order_criteria(const ProcedureFamily& f, std::vector<CriterionResult>& criteria);
// Whether the family's gates hold (and the profile's additional ones); a
// criterion that is absent or unknown never passes.
bool gates_hold(const ProcedureFamily& f, const Profile& profile,
                const std::vector<CriterionResult>& criteria);

}  // namespace spinecds::criteria
