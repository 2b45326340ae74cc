#pragma once
// Inside the cervical assessment engine (DESIGN §9): what the record says per
// cervical segment and about the patient, and the engine that turns it into
// criteria, per-segment rows and a verdict. Not a public header; assess.h is
// the stage. Split by concern: cervical_assess.cpp (the run, segments,
// verdict), cervical_<criterion>.cpp (one file per criterion; the registry in
// procedure_family.cpp gives their order and gates, the policy their titles).
#include <initializer_list>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "criteria/assessment.h"
#include "criteria/criterion_build.h"
#include "criteria/policy.h"
#include "terminology/record_facts.h"

namespace spinecds::criteria::cervical {

using terminology::FindingKind;
using terminology::RecordFacts;
using terminology::RecordFinding;
using terminology::Segment;
using terminology::Severity;

// A kind of finding that narrows the canal or a foramen at a segment.
inline bool compressive_kind(FindingKind k) {
  return k == FindingKind::stenosis || k == FindingKind::disc_herniation ||
         k == FindingKind::cord_compression;
}

// What the record says about one cervical motion segment.
struct SegmentFacts {
  std::optional<Severity> stenosis;       // worst positive severity
  std::set<std::string> compression;      // central, cord, foraminal-left, foraminal-right
  std::set<std::string> foraminal_sides;  // "left", "right": named with the finding
  std::set<std::string> patent_sides;     // a foramen stated open on that side
  bool unsided_foraminal = false;         // foraminal compression with no side named
  bool unsided_herniation = false;        // a root's or a note's herniation, no side named
  // An imaging report that denies both canal stenosis and cord compression
  // at the segment ("small protrusion without spinal canal stenosis or
  // compression of the medulla"): an unsided herniation there is no
  // central compression.
  bool canal_denied = false;
  bool cord_denied = false;
  bool central_from_herniation_only = true;
  std::vector<Evidence> compression_evidence;
  std::vector<Evidence> negative_evidence;  // "no stenosis", "cord normal"
  bool imaged = false;                      // some imaging statement names it
  bool cord_signal = false;
  std::vector<Evidence> cord_signal_evidence;
  bool instability = false;
  std::vector<Evidence> instability_evidence;
  std::vector<Evidence> no_instability_evidence;
  bool destabilized = false;  // a planned laminectomy the record says destabilises it
  std::vector<Evidence> destabilized_evidence;
  bool deformity = false;
  std::vector<Evidence> deformity_evidence;
  // A fracture or dislocation, tumour or infection stated at the segment in
  // the care window: the lesion's segments are fused (research CF-TTI-01).
  std::optional<terminology::LesionKind> lesion;
  std::vector<Evidence> lesion_evidence;
  bool prior_fusion = false;
  bool solid = false;      // the earlier fusion is stated to be solid
  bool non_union = false;  // pseudarthrosis shown
  std::vector<Evidence> prior_evidence;
};

// A documented radiculopathy (or root-level weakness or sensory loss).
struct RootSign {
  std::string root;  // "C6"; "" when the text names none
  std::string side;  // "left", "right", "bilateral", ""
  Evidence evidence;
};

// The clinical picture the per-segment rules and the criteria share.
struct Clinical {
  std::vector<RootSign> radicular;
  bool radiculopathy = false;  // documented (sign, exam or coded diagnosis)
  std::vector<Evidence> radiculopathy_evidence;
  bool myelopathy = false;
  std::vector<Evidence> myelopathy_evidence;
  std::vector<Evidence> neural_negated;
  // Waivers of conservative care (and of the nicotine wait).
  std::vector<std::string> waivers;  // "myelopathy", "cord signal change", ...
  std::vector<Evidence> waiver_evidence;
};

class Engine {
 public:
  Engine(const Policy& policy, const Profile& profile, const RecordFacts& facts, std::string as_of)
      : policy_(policy), prof_(profile), f_(facts), as_of_(std::move(as_of)) {}

  Assessment run(Assessment a);

  // The root leaving at a segment (C6 at C5-C6, C8 at C7-T1; "" above C2-C3).
  static std::string exiting_root(Segment s);

 private:
  const Policy& policy_;
  const Profile& prof_;
  const RecordFacts& f_;
  std::string as_of_;
  std::vector<Segment> requested_;  // cervical segments of the order
  std::set<Segment> requested_set_;
  bool posterior_ = false;  // posterior or combined: fused segments need a stabilising reason
  std::string approach_;
  Severity min_severity_ = Severity::moderate;
  std::map<Segment, SegmentFacts> seg_;
  Clinical clin_;
  std::set<Segment> supported_;
  std::vector<fhir::DataGap> gaps_;

  const Threshold& th(const char* name) const { return prof_.thresholds.at(name); }
  std::string gap_note(std::initializer_list<std::string_view> keys) const;
  CriterionResult criterion(std::string_view id, Status s, std::string summary,
                            std::vector<Evidence> evidence) const;

  void read_segments();
  void read_lesions();
  void read_clinical();
  // Whether a documented root sign matches compression at `s` (root and side).
  bool radicular_match(Segment s, const SegmentFacts& sf, std::vector<Evidence>* ev) const;
  bool myelopathy_match(const SegmentFacts& sf) const;
  bool compressive_cord_signal(const SegmentFacts& sf) const;
  std::map<Segment, std::string> cleared_segments() const;
  bool stabilising(const SegmentFacts& sf) const;
  // A fusion named in a note that is the order's own operation restated (no
  // sign it was done before, only requested segments), not an earlier one.
  bool restates_order(const RecordFinding& rf) const;
  void decide_levels(Assessment& a);

  CriterionResult conservative_care() const;
  CriterionResult neural_compression() const;
  CriterionResult functional_limitation() const;
  CriterionResult imaging_compression(const Assessment& a) const;
  CriterionResult flexion_extension() const;
  CriterionResult instability() const;
  CriterionResult nicotine() const;
  std::optional<CriterionResult> prior_fusion() const;
  Verdict verdict(const Assessment& a) const;
};

}  // namespace spinecds::criteria::cervical
