#pragma once
// Dates as notes write them ("08/03/2026", "8/3/26", "2026-08-03",
// "Aug 3, 2026", "08/03-09/14/2026", "March 2026"), normalised to ISO 8601.
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "terminology/text_tokens.h"

namespace spinecds::terminology {

struct DateMention {
  std::size_t first = 0;  // token range [first, last)
  std::size_t last = 0;
  int year = 0;  // 0 when the text left it out ("08/03-09/14/2026")
  int month = 0;
  int day = 0;  // 0 for month precision ("03/2026")
  // How a slash date with its year was read: day first because its first
  // number cannot be a month ("13/04/2026"), or either way ("05/06/2026").
  bool day_first = false;
  bool either_order = false;
};

// A word or dash joining two dates or months into a range ("Sept-Oct 2026",
// "06/02/2026 through 08/11/2026"): "-", "to", "through", "thru", "until",
// "till".
bool range_word(const Token& t);

// Two dates that make one range: joined by a range word, or "between
// 2/3/26 and 4/10/26". Token positions index `toks`.
bool dates_form_range(std::span<const Token> toks, const DateMention& from, const DateMention& to);

// The one date validator: a real day of the Gregorian calendar (no 31
// February, 29 February only in leap years), on std::chrono.
bool valid_date(int year, int month, int day);

// The last day of the month (28-31).
int last_day_of_month(int year, int month);

// Every date in toks[begin, end), in order. A month range ("Sept-Oct 2026",
// "March through May 2026") gives both months. A date written without its year
// borrows it from the next date in a range ("08/03-09/14/2026"), a year
// earlier when the range crosses New Year. A text with one date that must be
// day first ("13/04/2026") has all its dates so ("05/06/2026" is 5 June).
std::vector<DateMention> find_dates(const std::vector<Token>& toks, std::size_t begin,
                                    std::size_t end);

// "2026-08-03", or "2026-08" for month precision; empty without a year.
std::string iso_date(const DateMention& d);

// A partial ISO date made whole: "2026-08" is 2026-08-01 as a start and
// 2026-08-31 as an end, "2026" January 1st or December 31st. A full date comes
// back unchanged; empty when it is not a date.
std::string whole_start(std::string_view iso);
std::string whole_end(std::string_view iso);

// The ISO day `days` after a whole ISO date ("2026-03-01", 30 → "2026-03-31");
// empty when `iso` is not a whole date.
std::string days_after(std::string_view iso, long days);

// The months or days a text names as a range without a year ("May-July",
// "between March and May", "05/04 - 05/29"), dated by the note that names
// them: a month after the note's own month is of the year before. ISO dates
// {first, last} (months for month names); nothing when the text names no
// such range or the note date is not ISO.
std::optional<std::pair<std::string, std::string>> month_span(std::string_view text,
                                                              std::string_view note_date);

// Every year the text names: those of its dates and a four-digit year
// standing alone ("C6-7 ACDF 2019", "fused in 2018"), in no set order.
std::vector<int> years_named(std::string_view text);

// The year a four-digit number token names (1900-2100), or -1; a decimal is
// one number token, never a year.
int year_alone(const Token& t);

}  // namespace spinecds::terminology
