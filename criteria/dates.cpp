#include "criteria/dates.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>

#include "terminology/clinical_dates.h"

namespace spinecds::criteria {

namespace {

using namespace std::chrono;

// "2026", "2026-05" are partial dates: take the first day, as FHIR allows.
// terminology::valid_date is the one validator (no 31 February).
std::optional<year_month_day> parse(std::string_view s) {
  auto num = [&](std::size_t at, std::size_t n, int& out) {
    if (s.size() < at + n) return false;
    const auto r = std::from_chars(s.data() + at, s.data() + at + n, out);
    return r.ec == std::errc() && r.ptr == s.data() + at + n;
  };
  int y = 0, m = 1, d = 1;
  if (!num(0, 4, y)) return std::nullopt;
  if (s.size() >= 7 && s[4] == '-') {
    if (!num(5, 2, m)) return std::nullopt;
    if (s.size() >= 10 && s[7] == '-' && !num(8, 2, d)) return std::nullopt;
  }
  if (!terminology::valid_date(y, m, d)) return std::nullopt;
  return year_month_day{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
}

}  // namespace

std::optional<long> day_number(std::string_view iso) {
  const auto p = parse(iso);
  if (!p) return std::nullopt;
  return sys_days{*p}.time_since_epoch().count();
}

std::string iso_date(long z) {
  const year_month_day ymd{sys_days{days{z}}};
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buf;
}

std::optional<long> months_before(std::string_view iso, int months) {
  const auto p = parse(iso);
  if (!p) return std::nullopt;
  const year_month ym = year_month{p->year(), p->month()} - std::chrono::months{months};
  // The same day, clamped to the month's last day (31 May - 3 months = 28/29 Feb).
  const auto last = year_month_day_last{ym.year(), month_day_last{ym.month()}}.day();
  const year_month_day out{ym.year(), ym.month(), std::min(p->day(), last)};
  return sys_days{out}.time_since_epoch().count();
}

bool dated_within(std::string_view date, std::string_view as_of, int months) {
  const auto on = day_number(date);
  if (!on) return true;
  const auto from = months_before(as_of, months);
  const auto to = day_number(as_of);
  return !((from && *on < *from) || (to && *on > *to));
}

}  // namespace spinecds::criteria
