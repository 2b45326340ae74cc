#pragma once
// Episodes of care: dated spans of therapy, drugs or sessions merged while
// the gap between them stays within a policy's limit. The lumbar PT count
// and the cervical conservative-care count both measure their weeks here.
#include <cstddef>
#include <vector>

#include "criteria/policy.h"

namespace spinecds::criteria {

// Days since 1970, first and last inclusive.
struct DaySpan {
  long first = 0;
  long last = 0;
};

struct Episode {
  long first = 0;
  long last = 0;
  std::vector<std::size_t> members;  // indices into the spans merged, by first day
};

// Spans taken by their first day; a span joins the episode before it when
// the days from that episode's last day to its first pass `max_gap`
// (overlapping spans always join).
std::vector<Episode> merge_episodes(const std::vector<DaySpan>& spans, const Threshold& max_gap);

// The calendar weeks an episode touches: six weekly sessions are 6 weeks.
double calendar_weeks(long first, long last);
// Whole weeks from one day to another, rounded down: a drug taken for ten
// days is one week.
double whole_weeks(long first, long last);

// The weeks of the longest episode, counted by `weeks`.
double longest_episode_weeks(const std::vector<DaySpan>& spans, const Threshold& max_gap,
                             double (*weeks)(long, long) = calendar_weeks);

}  // namespace spinecds::criteria
