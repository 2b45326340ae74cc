#include "criteria/care_episodes.h"

#include <algorithm>
#include <numeric>

namespace spinecds::criteria {

std::vector<Episode> merge_episodes(const std::vector<DaySpan>& spans, const Threshold& max_gap) {
  std::vector<std::size_t> order(spans.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  // Stable, so spans starting on one day keep the record's order as evidence.
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return spans[a].first < spans[b].first; });
  std::vector<Episode> out;
  for (const std::size_t i : order) {
    const auto& s = spans[i];
    if (!out.empty() && (s.first <= out.back().last ||
                         max_gap.passes(static_cast<double>(s.first - out.back().last)))) {
      auto& e = out.back();
      e.last = std::max(e.last, s.last);
      e.members.push_back(i);
    } else {
      out.push_back({s.first, s.last, {i}});
    }
  }
  return out;
}

double calendar_weeks(long first, long last) {
  return whole_weeks(first, last) + 1;
}

double whole_weeks(long first, long last) {
  return static_cast<double>((last - first) / 7);
}

double longest_episode_weeks(const std::vector<DaySpan>& spans, const Threshold& max_gap,
                             double (*weeks)(long, long)) {
  double best = 0;
  for (const auto& e : merge_episodes(spans, max_gap))
    best = std::max(best, weeks(e.first, e.last));
  return best;
}

}  // namespace spinecds::criteria
