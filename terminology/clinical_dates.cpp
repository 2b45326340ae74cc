#include "terminology/clinical_dates.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <utility>

#include "terminology/char_class.h"

namespace spinecds::terminology {

namespace {

int month_from_word(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kNames = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  for (int m = 0; m < 12; ++m) {
    if (w == kNames[m]) return m + 1;
    if (w.size() >= 3 && w.size() < kNames[m].size() && kNames[m].substr(0, w.size()) == w) {
      // "aug", "sept"; two-letter prefixes would catch ordinary words.
      return m + 1;
    }
  }
  return 0;
}

bool is_int(const Token& t, std::size_t max_digits) {
  return t.kind == TokenKind::number && t.text.find('.') == std::string_view::npos &&
         t.text.size() <= max_digits;
}

int as_int(const Token& t) {
  return static_cast<int>(t.value);
}

int full_year(const Token& t) {
  const int y = as_int(t);
  if (t.text.size() == 2) return 2000 + y;
  if (t.text.size() == 4 && y >= 1900 && y <= 2100) return y;
  return -1;
}

bool is_punct(const Token& t, std::string_view p) {
  return t.kind == TokenKind::punct && t.text == p;
}
bool adjacent(const Token& a, const Token& b) {
  return !b.space_before && a.end == b.begin;
}

// Day 0 is month precision ("03/2026"); the year is checked when known.
bool valid(int month, int day, int year = 2000) {
  if (month < 1 || month > 12) return false;
  return day == 0 || valid_date(year ? year : 2000, month, day);
}

// One date starting at toks[i]; `last` is set to the token after it.
std::optional<DateMention> date_at(const std::vector<Token>& t, std::size_t i, std::size_t end) {
  auto at = [&](std::size_t k) -> const Token* { return k < end ? &t[k] : nullptr; };
  const Token* a = at(i);
  if (!a) return std::nullopt;
  // yyyy-mm-dd, and yyyy/mm/dd or yyyy.mm.dd as Japanese, Korean and
  // Chinese records write it ("2023/09/04"), one separator throughout
  if (is_int(*a, 4) && a->text.size() == 4) {
    const Token *s1 = at(i + 1), *m = at(i + 2), *s2 = at(i + 3), *d = at(i + 4);
    const auto separator = [](const Token& p) {
      return is_punct(p, "-") || is_punct(p, "/") || is_punct(p, ".");
    };
    if (s1 && m && s2 && d && separator(*s1) && s2->text == s1->text && is_int(*m, 2) &&
        is_int(*d, 2) && adjacent(*a, *s1) && adjacent(*s1, *m) && adjacent(*m, *s2) &&
        adjacent(*s2, *d) && full_year(*a) > 0 && as_int(*d) &&
        valid(as_int(*m), as_int(*d), full_year(*a))) {
      return DateMention{i, i + 5, full_year(*a), as_int(*m), as_int(*d)};
    }
    return std::nullopt;
  }
  // yyyy.mm.dd read by the tokenizer as a decimal and a day ("2024.02" ".20")
  if (a->kind == TokenKind::number && a->text.size() == 7 && a->text[4] == '.' &&
      a->text.substr(0, 4).find_first_not_of("0123456789") == std::string_view::npos &&
      a->text.substr(5).find_first_not_of("0123456789") == std::string_view::npos) {
    const Token *s2 = at(i + 1), *d = at(i + 2);
    int year = 0, month = 0;
    std::from_chars(a->text.data(), a->text.data() + 4, year);
    std::from_chars(a->text.data() + 5, a->text.data() + 7, month);
    if (s2 && d && is_punct(*s2, ".") && is_int(*d, 2) && d->text.size() == 2 &&
        adjacent(*a, *s2) && adjacent(*s2, *d) && year >= 1900 && year <= 2100 && as_int(*d) &&
        valid(month, as_int(*d), year)) {
      return DateMention{i, i + 3, year, month, as_int(*d)};
    }
    return std::nullopt;
  }
  // dd.mm.yyyy (German, Dutch and Scandinavian notes: always the day
  // first), read by the tokenizer as a decimal and a year ("12.01" ".2026")
  if (a->kind == TokenKind::number && a->text.size() == 5 && a->text[2] == '.' &&
      a->text.find_first_not_of("0123456789", 3) == std::string_view::npos &&
      a->text.substr(0, 2).find_first_not_of("0123456789") == std::string_view::npos) {
    const Token *s2 = at(i + 1), *y = at(i + 2);
    int day = 0, month = 0;
    std::from_chars(a->text.data(), a->text.data() + 2, day);
    std::from_chars(a->text.data() + 3, a->text.data() + 5, month);
    // dd.mm.yy as well ("stopped smoking 14.09.26").
    if (s2 && y && is_punct(*s2, ".") &&
        ((is_int(*y, 4) && y->text.size() == 4) || (is_int(*y, 2) && y->text.size() == 2)) &&
        adjacent(*a, *s2) && adjacent(*s2, *y) && full_year(*y) > 0 && day >= 1 &&
        valid(month, day, full_year(*y))) {
      return DateMention{i, i + 3, full_year(*y), month, day, true, false};
    }
    // "03.06.-19.08.26": a range's first day with no year of its own, which
    // the range's end lends it (find_dates).
    if (s2 && y && is_punct(*s2, ".") && adjacent(*a, *s2) && range_word(*y) && day >= 1 &&
        valid(month, day) && date_at(t, i + 3, end)) {
      return DateMention{i, i + 2, 0, month, day, true, false};
    }
    return std::nullopt;
  }
  // "14 July 2026", "the 3rd of March 2026", "between 14 July and 1
  // September 2026": the day before the month, as records outside the US
  // write it. A first date without its year borrows the range end's
  // (find_dates); "may" and "march" are months only with a year or a range
  // ("strength 4 may improve").
  if (is_int(*a, 2) && as_int(*a) >= 1 && as_int(*a) <= 31) {
    std::size_t k = i + 1;
    if (const Token* suf = at(k);
        suf && suf->kind == TokenKind::word && adjacent(*a, *suf) &&
        (suf->text == "st" || suf->text == "nd" || suf->text == "rd" || suf->text == "th")) {
      ++k;
    }
    if (const Token* of = at(k); of && of->kind == TokenKind::word && of->text == "of") ++k;
    const Token* word = at(k);
    if (const int m = word && word->kind == TokenKind::word ? month_from_word(word->text) : 0) {
      const int day = as_int(*a);
      ++k;
      if (const Token* dot = at(k); dot && is_punct(*dot, ".") && adjacent(*word, *dot)) ++k;
      int year = 0;
      std::size_t after_year = k;
      if (const Token* c = at(after_year); c && is_punct(*c, ",")) ++after_year;
      if (const Token* y = at(after_year);
          y && is_int(*y, 4) && y->text.size() == 4 && full_year(*y) > 0) {
        year = full_year(*y);
        k = after_year + 1;
      }
      const Token* sep = at(k);
      const bool range =
          sep && (range_word(*sep) || sep->text == "and") && date_at(t, k + 1, end).has_value();
      const bool bare_word = word->text == "may" || word->text == "march";
      if (year ? valid_date(year, m, day) : (valid(m, day) && (range || !bare_word))) {
        return DateMention{i, k, year, m, day};
      }
      return std::nullopt;
    }
  }
  // mm/dd/yyyy, mm/dd/yy, mm/dd, mm/yyyy; and dd-mm-yyyy or mm-dd-yyyy, only
  // with its four-digit year ("4-5" is a level, "555-0142" a telephone)
  if (is_int(*a, 2)) {
    const Token *s1 = at(i + 1), *b = at(i + 2);
    const bool dash = s1 && is_punct(*s1, "-");
    if (!s1 || !b || !(is_punct(*s1, "/") || dash) || !adjacent(*a, *s1) || !adjacent(*s1, *b) ||
        !is_int(*b, 4)) {
      return std::nullopt;
    }
    const int m = as_int(*a);
    if (b->text.size() == 4 && !dash) {  // mm/yyyy
      if (!valid(m, 0) || full_year(*b) < 0) return std::nullopt;
      return DateMention{i, i + 3, full_year(*b), m, 0};
    }
    if (b->text.size() > 2) return std::nullopt;
    const int d = as_int(*b);
    const Token *s2 = at(i + 3), *y = at(i + 4);
    const bool with_year = s2 && y && s2->text == s1->text && s2->kind == TokenKind::punct &&
                           adjacent(*b, *s2) && adjacent(*s2, *y) && is_int(*y, 4) &&
                           (y->text.size() == 4 || (y->text.size() == 2 && !dash)) &&
                           full_year(*y) > 0;
    if (dash && !with_year) return std::nullopt;
    // dd/mm/yyyy (outside and UK records): a first number above 12 cannot be
    // a month, so the order is certain. Without a year "15/10" may be a ratio.
    if (with_year && m > 12 && d >= 1 && d <= 12 && valid(d, m, full_year(*y))) {
      return DateMention{i, i + 5, full_year(*y), d, m, true, false};
    }
    if (!valid(m, d) || d == 0) return std::nullopt;
    if (with_year && valid(m, d, full_year(*y))) {
      return DateMention{i, i + 5, full_year(*y), m, d, false, d <= 12 && m != d};
    }
    return DateMention{i, i + 3, 0, m, d};
  }
  // Month [dd][,] [yyyy]
  if (a->kind == TokenKind::word) {
    const int m = month_from_word(a->text);
    if (!m) return std::nullopt;
    std::size_t k = i + 1;
    if (const Token* dot = at(k); dot && is_punct(*dot, ".")) ++k;  // "Aug."
    int day = 0;
    if (const Token* d = at(k); d && is_int(*d, 2) && as_int(*d) >= 1 && as_int(*d) <= 31) {
      day = as_int(*d);
      ++k;
      if (const Token* suf = at(k);
          suf && suf->kind == TokenKind::word && adjacent(*d, *suf) &&
          (suf->text == "st" || suf->text == "nd" || suf->text == "rd" || suf->text == "th")) {
        ++k;
      }
      if (const Token* c = at(k); c && is_punct(*c, ",")) ++k;
    }
    int year = 0;
    if (const Token* y = at(k); y && is_int(*y, 4) && y->text.size() == 4 && full_year(*y) > 0) {
      year = full_year(*y);
      ++k;
    }
    // A bare month word ("may", "march") is not a date without a day or year,
    // unless it starts a range of months ("March through May 2026").
    if (!day && !year) {
      const Token* sep = at(k);
      const Token* next = at(k + 1);
      // "between March and May" is a range too.
      const bool between = i > 0 && t[i - 1].text == "between" && sep && sep->text == "and";
      if (!sep || !next || !(range_word(*sep) || between) || next->kind != TokenKind::word ||
          !month_from_word(next->text)) {
        return std::nullopt;
      }
    }
    if (day && year && !valid_date(year, m, day)) return std::nullopt;
    return DateMention{i, k, year, m, day};
  }
  return std::nullopt;
}

}  // namespace

bool range_word(const Token& t) {
  return is_punct(t, "-") || t.text == "to" || t.text == "through" || t.text == "thru" ||
         t.text == "until" || t.text == "till";
}

bool dates_form_range(std::span<const Token> toks, const DateMention& from, const DateMention& to) {
  if (to.first != from.last + 1 || from.last >= toks.size()) return false;
  const Token& joiner = toks[from.last];
  return range_word(joiner) ||
         (joiner.text == "and" && from.first > 0 && toks[from.first - 1].text == "between");
}

bool valid_date(int year, int month, int day) {
  using namespace std::chrono;
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  return year_month_day{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                        std::chrono::day{static_cast<unsigned>(day)}}
      .ok();
}

int last_day_of_month(int year, int month) {
  using namespace std::chrono;
  const year_month_day_last last{std::chrono::year{year},
                                 month_day_last{std::chrono::month{static_cast<unsigned>(month)}}};
  return static_cast<int>(static_cast<unsigned>(last.day()));
}

namespace {

struct Parts {
  int year = 0, month = 0, day = 0;  // 0: not given
};

std::optional<Parts> parts(std::string_view iso) {
  auto num = [&](std::size_t at, std::size_t n, int& out) {
    if (iso.size() < at + n) return false;
    const auto r = std::from_chars(iso.data() + at, iso.data() + at + n, out);
    return r.ec == std::errc() && r.ptr == iso.data() + at + n;
  };
  Parts p;
  if (!num(0, 4, p.year)) return std::nullopt;
  if (iso.size() >= 7 && iso[4] == '-' && !num(5, 2, p.month)) return std::nullopt;
  if (iso.size() >= 10 && iso[7] == '-' && !num(8, 2, p.day)) return std::nullopt;
  if (p.month && (p.month < 1 || p.month > 12)) return std::nullopt;
  if (p.day && !valid_date(p.year, p.month, p.day)) return std::nullopt;
  return p;
}

std::string format(int y, int m, int d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

}  // namespace

std::string whole_start(std::string_view iso) {
  const auto p = parts(iso);
  if (!p) return {};
  return format(p->year, p->month ? p->month : 1, p->day ? p->day : 1);
}

std::string whole_end(std::string_view iso) {
  const auto p = parts(iso);
  if (!p) return {};
  const int m = p->month ? p->month : 12;
  return format(p->year, m, p->day ? p->day : last_day_of_month(p->year, m));
}

std::string days_after(std::string_view iso, long days) {
  using namespace std::chrono;
  const auto p = parts(iso);
  if (!p || p->month == 0 || p->day == 0) return {};
  const year_month_day from{std::chrono::year{p->year},
                            std::chrono::month{static_cast<unsigned>(p->month)},
                            std::chrono::day{static_cast<unsigned>(p->day)}};
  const year_month_day to{sys_days{from} + std::chrono::days{days}};
  return format(static_cast<int>(to.year()), static_cast<int>(static_cast<unsigned>(to.month())),
                static_cast<int>(static_cast<unsigned>(to.day())));
}

std::vector<DateMention> find_dates(const std::vector<Token>& toks, std::size_t begin,
                                    std::size_t end) {
  std::vector<DateMention> out;
  std::size_t i = begin;
  while (i < end) {
    if (auto d = date_at(toks, i, end)) {
      out.push_back(*d);
      i = d->last;
    } else {
      ++i;
    }
  }
  // "12-01-2026 through 06-03-2026": a range that would run backwards read
  // month first runs forwards read day first (Dutch and other European
  // notes), so its writer puts the day first.
  for (std::size_t k = 0; k + 1 < out.size(); ++k) {
    const DateMention& a = out[k];
    const DateMention& b = out[k + 1];
    if (!a.either_order || !b.either_order || a.year == 0 || a.year != b.year ||
        b.first != a.last + 1 || !range_word(toks[a.last])) {
      continue;
    }
    const auto key = [](int m, int d) { return m * 100 + d; };
    if (key(a.month, a.day) > key(b.month, b.day) && key(a.day, a.month) <= key(b.day, b.month)) {
      out[k].day_first = true;
      break;
    }
  }
  // One writer writes every date one way.
  if (std::any_of(out.begin(), out.end(), [](const DateMention& d) { return d.day_first; })) {
    for (auto& d : out) {
      if (!d.either_order) continue;
      std::swap(d.month, d.day);
      d.either_order = false;
      d.day_first = true;
    }
  }
  // Borrow missing years from the next date that has one.
  for (std::size_t k = out.size(); k-- > 0;) {
    if (out[k].year || k + 1 >= out.size() || !out[k + 1].year) continue;
    out[k].year = out[k + 1].year;
    if (out[k].month > out[k + 1].month) out[k].year -= 1;
  }
  return out;
}

std::string iso_date(const DateMention& d) {
  if (!d.year || !d.month) return {};
  char buf[16];
  if (d.day) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d", d.year, d.month);
  }
  return buf;
}

std::optional<std::pair<std::string, std::string>> month_span(std::string_view text,
                                                              std::string_view note_date) {
  int year = 0, month = 0;
  if (note_date.size() < 7 || note_date[4] != '-' ||
      std::from_chars(note_date.data(), note_date.data() + 4, year).ec != std::errc() ||
      std::from_chars(note_date.data() + 5, note_date.data() + 7, month).ec != std::errc() ||
      month < 1 || month > 12) {
    return std::nullopt;
  }
  const Tokens toks = tokenize(text);
  const auto dates = find_dates(toks, 0, toks.size());
  const int note_day = parts(note_date).value_or(Parts{}).day;
  // "Attended PT 05/04 - 05/29": two days with no year, joined as a range,
  // in the note's year; never one ending after the note, nor grades out of
  // five ("4/5 - 5/5").
  for (std::size_t k = 0; k + 1 < dates.size(); ++k) {
    const DateMention& a = dates[k];
    const DateMention& b = dates[k + 1];
    if (a.year || b.year || !a.day || !b.day || !a.month || !b.month || b.first != a.last + 1 ||
        !range_word(toks[a.last]) || (a.day == 5 && b.day == 5)) {
      continue;
    }
    const bool after_note = b.month > month || (b.month == month && note_day && b.day > note_day);
    if (after_note) continue;
    DateMention first = a, last = b;
    last.year = year;
    first.year = a.month * 100 + a.day <= b.month * 100 + b.day ? last.year : last.year - 1;
    if (!valid_date(first.year, first.month, first.day) ||
        !valid_date(last.year, last.month, last.day)) {
      continue;
    }
    return std::pair{iso_date(first), iso_date(last)};
  }
  for (const auto& a : dates) {
    // A bare month is a date only as a range's start (date_at): the range's
    // end is the month word after its joining word.
    if (a.year || a.day || !a.month || a.last + 1 >= toks.size()) continue;
    const int end_month = month_from_word(toks[a.last + 1].text);
    if (!end_month) continue;
    DateMention first = a, last = a;
    last.month = end_month;
    last.year = end_month <= month ? year : year - 1;
    // "Nov-Feb": the range crosses New Year.
    first.year = a.month <= end_month ? last.year : last.year - 1;
    return std::pair{iso_date(first), iso_date(last)};
  }
  return std::nullopt;
}

int year_alone(const Token& t) {
  return is_int(t, 4) && t.text.size() == 4 ? full_year(t) : -1;
}

std::vector<int> years_named(std::string_view text) {
  const Tokens toks = tokenize(text);
  // A birth date in a packet's header ("DOB 01/15/1960   Surgery: ACDF
  // C4-5") dates the patient, not an operation.
  const auto birth = [&](std::size_t first) {
    std::size_t k = first;
    while (k > 0 && toks[k - 1].kind == TokenKind::punct) --k;
    if (k == 0) return false;
    const std::string_view w = toks[k - 1].text;
    if (w == "dob" || w == "born" || w == "birth") return true;
    // "d.o.b", "date of birth"
    return w == "b" && k >= 3 && toks[k - 3].text == "d";
  };
  std::vector<int> out;
  const auto dates = find_dates(toks, 0, toks.size());
  for (const auto& d : dates) {
    if (d.year && !birth(d.first)) out.push_back(d.year);
  }
  // A year alone ("C6-7 ACDF 2019"); a decimal is one number token, never a year.
  // Dates come in text order, so one cursor walks them beside the tokens.
  std::size_t next = 0;
  for (std::size_t i = 0; i < toks.size(); ++i) {
    const Token& t = toks[i];
    if (year_alone(t) < 0 || birth(i)) continue;
    while (next < dates.size() && dates[next].last <= i) ++next;
    // The year of a date already read (or skipped as a birth date).
    if (next < dates.size() && dates[next].first <= i) continue;
    out.push_back(year_alone(t));
  }
  return out;
}

}  // namespace spinecds::terminology
