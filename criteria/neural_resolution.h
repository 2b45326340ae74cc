#pragma once
// When a dated note says a neural complaint resolved ("the left C6
// radiculopathy has resolved"), what earlier notes and problem lists left
// active before that day is no longer the patient's state. Shared by the
// lumbar and cervical neural criteria so both weigh a resolution alike.
#include <initializer_list>
#include <map>
#include <string>
#include <vector>

#include "terminology/record_facts.h"

namespace spinecds::criteria {

struct NeuralResolution {
  // The last day (YYYY-MM-DD) a note calls each kind resolved.
  std::map<terminology::FindingKind, std::string> by_kind;
  // The last such day among the kinds a coded diagnosis may stand for.
  std::string coded;
  // The last day a clinician's note denies each kind as a present state
  // ("No myelopathy." on exam): not historical, hypothetical or another's.
  std::map<terminology::FindingKind, std::string> denied;

  // Whether a finding of `kind` dated `date` predates its kind's resolution;
  // a historical one (`historical`) also gives way to a resolution stated
  // the same day ("laminoplasty for CSM (2019) ... No recurrence of
  // myelopathy").
  bool supersedes(terminology::FindingKind kind, const std::string& date,
                  bool historical = false) const;
  // Whether a coded neural diagnosis dated `date` predates a resolution.
  bool supersedes_coded(const std::string& date) const;
  // Whether a note on or after `date` denies `kind` as a present state: a
  // measure taken that day or before (an mJOA of 17) does not outweigh the
  // clinician's reading of it.
  bool denied_since(terminology::FindingKind kind, const std::string& date) const;
};

// `kinds`: the complaints to read; `coded_kinds`: those a coded neural
// Condition may stand for. Order quotes, hypotheticals and other people's
// complaints never resolve anything.
NeuralResolution neural_resolution(const std::vector<terminology::RecordFinding>& findings,
                                   std::initializer_list<terminology::FindingKind> kinds,
                                   std::initializer_list<terminology::FindingKind> coded_kinds);

}  // namespace spinecds::criteria
