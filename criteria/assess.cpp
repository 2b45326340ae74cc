#include "criteria/assess.h"

#include <algorithm>
#include <utility>

#include "criteria/assess_engine.h"
#include "criteria/family_engines.h"
#include "criteria/procedure_family.h"

namespace spinecds::criteria {

namespace engine {

Assessment Engine::run(Assessment a) {
  gaps_ = a.data_gaps;
  requested_ = f_.requested.segments;
  requested_set_ = {requested_.begin(), requested_.end()};
  min_stenosis_ =
      terminology::parse_severity(th("stenosis.minSeverity").severity).value_or(Severity::moderate);
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
  // Moved in, not copied from an initializer list: each result holds its
  // quotes, and the copies were most of what assembling an assessment cost.
  a.criteria.clear();
  a.criteria.reserve(9);
  for (auto* c : {&pt, &other, &neural, &function, &stenosis, &flex, &instab, &deformity}) {
    a.criteria.push_back(std::move(*c));
  }
  if (f_.requested.pelvis) {
    auto pelvic = pelvic_criterion(a);
    a.supported_pelvic_fixation = pelvic.status == Status::met;
    a.criteria.push_back(std::move(pelvic));
  }
  a.verdict = verdict(a);
  return a;
}

std::string Engine::gap_note(std::initializer_list<std::string_view> keys) const {
  return criteria::gap_note(gaps_, keys);
}

CriterionResult Engine::criterion(std::string_view id, Status s, std::string summary,
                                  std::vector<Evidence> evidence, const char* rule) const {
  return make_criterion(policy_, prof_, id, s, std::move(summary), std::move(evidence),
                        rule != nullptr ? std::string_view(rule) : std::string_view());
}

Verdict Engine::verdict(const Assessment& a) const {
  const bool gates = gates_hold(*find_family(kLumbarFusion), prof_, a.criteria);
  const bool all_levels =
      !requested_.empty() && own_support_.size() == requested_.size() && a.bridged_levels.empty();
  const bool pelvic_ok = !a.requested_pelvic_fixation || a.supported_pelvic_fixation;
  if (gates && all_levels && pelvic_ok) return Verdict::supported;
  // DESIGN §5: partial support is some, not all, of the requested segments.
  // Every segment supported with pelvic fixation not indicated is neither
  // supported nor partial: the order as written is not supported.
  if (gates && !own_support_.empty() && !all_levels) return Verdict::partially_supported;
  return Verdict::not_supported_as_documented;
}

}  // namespace engine

using engine::Engine;

Assessment assess_lumbar(const Policy& policy, const Profile& profile,
                         const terminology::RecordFacts& facts, const std::string& as_of,
                         Assessment a) {
  return Engine(policy, profile, facts, as_of).run(std::move(a));
}

Assessment assess(const Policy& policy, const AssessInput& in) {
  Assessment a;
  a.as_of = in.as_of;
  if (!in.facts) return a;  // not-applicable
  const auto& facts = *in.facts;
  a.order = facts.order;
  const ProcedureFamily* family = find_family(in.family.empty() ? policy.id : in.family);
  if (family == nullptr) family = find_family(kLumbarFusion);
  // Each family assesses the orders of its own region, and one family those
  // whose region nothing names (their levels could not be read: a data gap,
  // not silence).
  // A mixed order names one region (lumbar wins); its segments of this
  // family's region make it this family's too.
  const bool mixed_part =
      facts.region != terminology::FusionRegion::none &&
      std::any_of(facts.requested.segments.begin(), facts.requested.segments.end(),
                  [&](terminology::Segment s) { return region_of(s) == family->region; });
  const bool own =
      facts.region == family->region || mixed_part ||
      (facts.region == terminology::FusionRegion::unknown && family->takes_unknown_region);
  if (!own) return a;
  a.policy.id = policy.id;
  a.policy.version = policy.version;
  const Profile& profile = policy.profile(in.profile);
  a.policy.profile = profile.name;
  a.data_gaps = in.data_gaps;
  // What was gathered but could not be read (a PDF-only report) is missing
  // data too.
  a.data_gaps.insert(a.data_gaps.end(), facts.unread.begin(), facts.unread.end());
  a.family = std::string(family->id);
  if (in.approach != "unknown") a.approach = in.approach;
  if (facts.requested.segments.empty()) {
    // DESIGN §3: a fusion order whose levels cannot be read still gets an
    // answer, and the Assessment says what was missing.
    a.data_gaps.push_back({std::string(kOrderLevelsGap),
                           "the order's levels could not be read from its codes, body sites "
                           "or text",
                           false});
  }
  std::stable_sort(a.data_gaps.begin(), a.data_gaps.end(),
                   [](const auto& x, const auto& y) { return x.key < y.key; });
  // A mixed order: this family judges its own segments and names the rest.
  std::vector<terminology::Segment> own_segments;
  for (auto s : facts.requested.segments) {
    (family->owns_segment(s) ? own_segments : a.not_assessed).push_back(s);
  }
  if (!a.not_assessed.empty()) {
    terminology::RecordFacts mine = facts;
    mine.requested.segments = std::move(own_segments);
    a = family->engine(policy, profile, mine, in.as_of, std::move(a));
  } else {
    a = family->engine(policy, profile, facts, in.as_of, std::move(a));
  }
  order_criteria(*family, a.criteria);
  return a;
}

}  // namespace spinecds::criteria
