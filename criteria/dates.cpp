#include "criteria/dates.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace spinecds::criteria {

namespace {

// Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
long days_from_civil(long y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

bool leap(long y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

unsigned month_days(long y, unsigned m) {
  static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : kDays[m - 1];
}

struct Ymd {
  long y;
  unsigned m;
  unsigned d;
};

std::optional<Ymd> parse(std::string_view s) {
  // "2026", "2026-05" are partial dates: take the first day, as FHIR allows.
  auto digits = [&](std::size_t at, std::size_t n) -> std::optional<long> {
    if (s.size() < at + n) return std::nullopt;
    long v = 0;
    for (std::size_t i = at; i < at + n; ++i) {
      if (!std::isdigit(static_cast<unsigned char>(s[i]))) return std::nullopt;
      v = v * 10 + (s[i] - '0');
    }
    return v;
  };
  const auto y = digits(0, 4);
  if (!y) return std::nullopt;
  long m = 1, d = 1;
  if (s.size() >= 7 && s[4] == '-') {
    const auto mm = digits(5, 2);
    if (!mm) return std::nullopt;
    m = *mm;
    if (s.size() >= 10 && s[7] == '-') {
      const auto dd = digits(8, 2);
      if (!dd) return std::nullopt;
      d = *dd;
    }
  }
  if (m < 1 || m > 12 || d < 1 || d > static_cast<long>(month_days(*y, static_cast<unsigned>(m)))) {
    return std::nullopt;
  }
  return Ymd{*y, static_cast<unsigned>(m), static_cast<unsigned>(d)};
}

}  // namespace

std::optional<long> day_number(std::string_view iso) {
  const auto p = parse(iso);
  if (!p) return std::nullopt;
  return days_from_civil(p->y, p->m, p->d);
}

std::string iso_date(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long y = static_cast<long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04ld-%02u-%02u", y + (m <= 2), m, d);
  return buf;
}

std::optional<long> months_before(std::string_view iso, int months) {
  const auto p = parse(iso);
  if (!p) return std::nullopt;
  long total = p->y * 12 + static_cast<long>(p->m - 1) - months;
  const long y = total / 12;
  const unsigned m = static_cast<unsigned>(total % 12) + 1;
  const unsigned d = std::min(p->d, month_days(y, m));
  return days_from_civil(y, m, d);
}

}  // namespace spinecds::criteria
