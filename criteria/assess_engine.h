#pragma once
// Inside the lumbar assessment engine: the per-segment and deformity facts
// and the Engine that turns RecordFacts into criteria. Not a public header;
// assess.h is the stage. Split by concern: assess.cpp (the run, the verdict),
// assess_levels.cpp (what the record says per segment), lumbar_<criterion>.cpp
// (one file per criterion; the registry in procedure_family.cpp gives their
// order and gates, the policy their titles).
#include <algorithm>
#include <initializer_list>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <optional>

#include "criteria/assess.h"
#include "criteria/criterion_build.h"
#include "criteria/criterion_ids.h"
#include "terminology/record_facts.h"
#include "terminology/record_text.h"

namespace spinecds::criteria::engine {

using terminology::Finding;
using terminology::FindingKind;
using terminology::RecordFacts;
using terminology::RecordFinding;
using terminology::Segment;
using terminology::Severity;

// The extract stage's quotes are the Assessment's evidence (one type).
inline const Evidence& ev(const terminology::Quote& q) {
  return q;
}

// Quotes gathered per segment and for the deformity point into the
// RecordFacts, which outlive the engine: a quote is copied once, into the
// criterion or level row that shows it, not also into every list that sorts
// it on the way (those copies were most of what reading the segments cost).
using EvidenceRefs = std::vector<const Evidence*>;

inline const Evidence* ref(const terminology::Quote& q) {
  return &q;
}

inline void append(std::vector<Evidence>& out, const EvidenceRefs& refs) {
  if (out.capacity() < out.size() + refs.size()) {
    out.reserve(std::max(out.size() + refs.size(), 2 * out.size()));
  }
  for (const auto* e : refs) out.push_back(*e);
}

inline std::vector<Evidence> copies(const EvidenceRefs& refs) {
  std::vector<Evidence> out;
  append(out, refs);
  return out;
}

using terminology::contains_any;
using terminology::lower;

inline bool counts(const Finding& f) {
  return terminology::counts_toward_criteria(f);
}

inline bool is_listhesis(const Finding& f) {
  return f.kind == FindingKind::spondylolisthesis;
}

// What the record says about one motion segment.
struct SegmentFacts {
  std::optional<Severity> stenosis;
  EvidenceRefs stenosis_evidence;      // every graded positive finding
  EvidenceRefs stenosis_met_evidence;  // those at the policy's severity or worse
  EvidenceRefs stenosis_negated_evidence;
  bool stenosis_negated = false;
  bool instability = false;
  EvidenceRefs instability_evidence;
  EvidenceRefs no_instability_evidence;  // negated or below-threshold slips
  bool motion_shown = false;             // instability, translation or angulation, not a slip alone
  int max_grade = 0;
  bool destabilized = false;
  EvidenceRefs destabilized_evidence;
  bool pseudarthrosis = false;
  bool prior_fusion = false;
  EvidenceRefs revision_evidence;
  bool in_curve = false;
  EvidenceRefs curve_evidence;
  bool mentioned = false;
};

struct DeformityFacts {
  bool measured = false;
  bool met = false;
  bool global = false;  // a met measure with no levels (SVA, PI-LL)
  std::set<Segment> curve;
  EvidenceRefs evidence;
  std::vector<std::string> reasons;  // "Cobb angle 48 degrees (at least 30 degrees)"
  std::vector<std::string> below;
  bool neuromuscular_scoliosis = false;
};

class Engine {
 public:
  Engine(const Policy& policy, const Profile& profile, const RecordFacts& facts, std::string as_of)
      : policy_(policy), prof_(profile), f_(facts), as_of_(std::move(as_of)) {}

  Assessment run(Assessment a);

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
  std::string gap_note(std::initializer_list<std::string_view> keys) const;

  const Threshold& th(const char* name) const { return prof_.thresholds.at(name); }

  std::string cite(const char* rule) const { return policy_.citation(rule, prof_); }

  CriterionResult criterion(std::string_view id, Status s, std::string summary,
                            std::vector<Evidence> evidence, const char* rule = nullptr) const;

  // A slip counts unless a qualifier the policy excludes ("trace",
  // "minimal") stands just before the word naming it.
  bool excluded_qualifier(const RecordFinding& rf) const;

  void read_segments();

  void read_deformity();

  void add_curve(const RecordFinding& rf);

  void decide_levels(Assessment& a);

  // ------------------------------------------------------------ criteria

  // Urgent indications and deformity-indicated fusions waive PT (and, for
  // deformity, the neural-compression criterion).
  bool high_grade_slip(std::vector<Evidence>* evidence) const;

  bool deformity_indicated() const { return deformity_.met || high_grade_slip(nullptr); }

  CriterionResult pt_criterion() const;

  std::string reasons_text() const;

  CriterionResult other_care_criterion() const;

  CriterionResult neural_criterion() const;

  CriterionResult functional_criterion() const;

  CriterionResult stenosis_criterion() const;

  CriterionResult flexion_extension_criterion() const;

  CriterionResult instability_criterion() const;

  CriterionResult deformity_criterion() const;

  CriterionResult pelvic_criterion(const Assessment& a) const;

  Verdict verdict(const Assessment& a) const;
};

}  // namespace spinecds::criteria::engine
