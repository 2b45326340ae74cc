#include "criteria/pt_episodes.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "criteria/care_episodes.h"
#include "criteria/dates.h"

namespace spinecds::criteria {

namespace {

Evidence ev(const terminology::Quote& q) {
  return {q.reference, q.text, q.document, q.date};
}

}  // namespace

PtAnalysis analyse_pt(const terminology::RecordFacts& facts, const Profile& profile,
                      std::string_view as_of) {
  PtAnalysis out;
  const auto& gap = profile.thresholds.at("pt.maxGapDays");
  const auto& window = profile.thresholds.at("pt.windowMonths");
  const auto end_day = day_number(as_of);
  const auto start_day = months_before(as_of, static_cast<int>(window.value));
  if (start_day) out.window_start = iso_date(*start_day);
  for (const auto& r : facts.therapy_referrals) out.referrals.push_back(ev(r));
  for (const auto& x : facts.therapy_excluded) {
    out.documented = true;
    out.left_out.push_back({ev(x.quote), x.reason});
  }
  // The first days of dated in-person lumbar therapy: weeks stated within a
  // range that holds some ("Sept-Oct 2026: about 4 weeks") are that course
  // told again, so they are placed over it rather than at the range's end.
  auto counted_kind = [](const terminology::TherapyItem& t) {
    return t.setting == terminology::TherapySetting::in_person &&
           terminology::counts_for(t.region, terminology::FusionRegion::lumbar);
  };
  std::vector<long> dated_firsts;
  for (const auto& item : facts.therapy) {
    if (const auto d = day_number(item.start); d && counted_kind(item)) dated_firsts.push_back(*d);
  }
  std::vector<DaySpan> spans;  // one per out.counted
  for (const auto& item : facts.therapy) {
    out.documented = true;
    if (item.setting == terminology::TherapySetting::telehealth) {
      out.left_out.push_back({ev(item.quote), "telehealth, not in person"});
      continue;
    }
    if (item.setting == terminology::TherapySetting::home) {
      out.left_out.push_back({ev(item.quote), "home exercise programme, not supervised in person"});
      continue;
    }
    if (!terminology::counts_for(item.region, terminology::FusionRegion::lumbar)) {
      out.left_out.push_back({ev(item.quote), "therapy for another body region", false});
      continue;
    }
    auto last = day_number(item.end);
    auto first = day_number(item.start);
    if (!last && first) last = first;
    if (!first && last && item.stated_weeks && *item.stated_weeks >= 1) {
      // "8 weeks of PT" noted on a date: the weeks end by that date.
      const long span = 7 * static_cast<long>(std::floor(*item.stated_weeks) - 1);
      first = *last - span;
      const auto range = day_number(item.range_start);
      // With no range stated, the course told is the dated one it would
      // reach or touch: "three weeks of therapy" in an IME a month after six
      // dated visits is those visits told again, not three more weeks
      // ending on the IME's date.
      const long from = range ? *range : *last - span - static_cast<long>(gap.value);
      std::optional<long> lo, hi;
      for (const long d : dated_firsts) {
        if (d < from || d > *last) continue;
        if (!lo || d < *lo) lo = d;
        if (!hi || d > *hi) hi = d;
      }
      if (lo && range) {
        // Placed to cover the dated days inside the range: ending at the
        // last of them ("9 weeks (06-08/2026)" beside a discharge note of
        // August), yet starting no later than the first ("Sept-Oct: about 4
        // weeks" beside sessions from September) and not before the range.
        first = std::min(*lo, std::max(from, *hi - span));
        last = *first + span;
      } else if (hi) {
        // Ending at the last dated session.
        first = *hi - span;
        last = *hi;
      }
    }
    if (!first && last) first = last;
    if (!first || !last) {
      out.left_out.push_back({ev(item.quote), "no dates or duration stated"});
      continue;
    }
    if (*first > *last) std::swap(first, last);
    if (!end_day || !start_day || *last < *start_day) {
      out.left_out.push_back(
          {ev(item.quote), "ended before the window (" + window.describe() + " before the order)"});
      continue;
    }
    if (*first > *end_day) {
      out.left_out.push_back({ev(item.quote), "after the order's date"});
      continue;
    }
    // Only the part inside the window counts.
    spans.push_back({std::max(*first, *start_day), std::min(*last, *end_day)});
    out.counted.push_back(ev(item.quote));
  }
  for (const auto& e : merge_episodes(spans, gap)) {
    const int weeks = static_cast<int>(calendar_weeks(e.first, e.last));
    if (weeks > out.best_weeks) {
      out.best_weeks = weeks;
      out.best_first = iso_date(e.first);
      out.best_last = iso_date(e.last);
      out.best_evidence.clear();
      for (const auto i : e.members) out.best_evidence.push_back(out.counted[i]);
    }
  }
  return out;
}

}  // namespace spinecds::criteria
