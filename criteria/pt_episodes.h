#pragma once
// Physical-therapy episodes: in-person lumbar sessions and stated episodes
// inside the window, merged while the gaps stay within the policy's limit.
#include <string>
#include <string_view>
#include <vector>

#include "criteria/assessment.h"
#include "criteria/policy.h"
#include "terminology/record_facts.h"

namespace spinecds::criteria {

struct LeftOut {
  Evidence evidence;
  std::string reason;  // "telehealth", "home exercise", "knee", "before the window", ...
  // Therapy for a knee or a shoulder says nothing about the spine: it is
  // named in the summary, never quoted as the criterion's evidence.
  bool quoted = true;
};

struct PtAnalysis {
  bool documented = false;  // anything about PT: sessions, episodes, cancelled, "no PT"
  int best_weeks = 0;       // the longest in-person episode in the window
  std::string best_first;   // its first and last day
  std::string best_last;
  std::vector<Evidence> best_evidence;
  std::vector<Evidence> counted;  // every in-person lumbar item in the window
  std::vector<LeftOut> left_out;
  std::vector<Evidence> referrals;
  std::string window_start;  // ISO date
};

// Thresholds used: pt.maxGapDays, pt.windowMonths (from `profile`).
PtAnalysis analyse_pt(const terminology::RecordFacts& facts, const Profile& profile,
                      std::string_view as_of);

}  // namespace spinecds::criteria
