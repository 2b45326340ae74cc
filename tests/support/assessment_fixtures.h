#pragma once
// What the criteria tests share: a segment from its canonical name, one
// assessment of plain facts under the shipped policy, and one criterion of
// an assessment by its id.
#include <doctest/doctest.h>

#include "criteria/assess.h"
#include "support/policy_files.h"
#include "terminology/record_facts.h"
#include "terminology/segment.h"

namespace spinecds::test {

inline terminology::Segment seg(const char* s) {
  return *terminology::parse_canonical_segment(s);
}

// `facts` assessed as of 2026-11-20 under the shipped policy of `family`.
inline criteria::Assessment assess_facts(const terminology::RecordFacts& facts, const char* family,
                                         const char* approach, const char* profile = "default") {
  criteria::AssessInput in;
  in.facts = &facts;
  in.as_of = "2026-11-20";
  in.profile = profile;
  in.family = family;
  in.approach = approach;
  return criteria::assess(shipped_policy(family), in);
}

inline const criteria::CriterionResult& criterion(const criteria::Assessment& a, const char* id) {
  for (const auto& c : a.criteria) {
    if (c.id == id) return c;
  }
  FAIL("no criterion " << id);
  return a.criteria.front();
}

}  // namespace spinecds::test
