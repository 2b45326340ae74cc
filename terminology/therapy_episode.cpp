// The dates of a therapy course a note tells: its months, a year named
// alone, a stated duration counted back from the end.
#include <string>
#include <string_view>
#include <tuple>
#include <utility>

#include "terminology/clinical_dates.h"
#include "terminology/record_reader.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology {

namespace {

// "physical therapy in 2019 (about 6 weeks)" in a note of 2026: a year named
// alone, after "in" or "during", before the note's year dates a course the
// sentence gives no day or month of. 0 when there is none.
int earlier_year_named(std::string_view text, const std::string& note_date) {
  const auto now = years_named(std::string_view(note_date).substr(0, 10));
  if (now.empty()) return 0;
  const auto toks = tokenize(text);
  // "a lifting injury in 2019; 6 weeks of PT this spring": the year must be
  // the therapy's, named within a few words after it.
  const auto therapy_before = [&](std::size_t k) {
    for (std::size_t j = k; j > 0 && k - j < 8;) {
      const std::string_view w = toks[--j].text;
      if (w == "pt" || w.starts_with("therap") || w.starts_with("physio") ||
          w.starts_with("fisio") || w.starts_with("fysio") || w.starts_with("rehab")) {
        return true;
      }
      if (toks[j].kind == TokenKind::punct && (w == ";" || w == ".")) return false;
    }
    return false;
  };
  for (std::size_t k = 1; k < toks.size(); ++k) {
    const Token& t = toks[k];
    if (t.kind != TokenKind::number || t.value < 1950 || t.value >= now.front()) continue;
    if (t.value != static_cast<int>(t.value)) continue;
    if ((word_is(toks[k - 1], "in") || word_is(toks[k - 1], "during")) && therapy_before(k - 1)) {
      return static_cast<int>(t.value);
    }
  }
  return 0;
}

}  // namespace

// A note's episode: dates made whole ("Sept-Oct 2026" is 1 September to
// 31 October). A stated duration counts back from the end when the note
// gives no day-precise start ("attended 7 weeks, Sept-Oct 2026").
void episode_dates(const Finding& f, const std::string& note_date, TherapyItem& item) {
  std::string start = f.start.value_or("");
  std::string end = f.end.value_or("");
  // "six sessions of physiotherapy between March and May" in a letter of
  // October: the months of the letter's year.
  if (start.empty() && end.empty()) {
    if (auto span = month_span(item.quote.text, note_date)) {
      std::tie(start, end) = *span;
    } else if (const int year = earlier_year_named(item.quote.text, note_date); year != 0) {
      start = end = std::to_string(year);
    }
  }
  if (!start.empty() && !end.empty() && end < start) std::swap(start, end);
  const bool day_precise = start.size() >= 10;
  item.told = !day_precise && !start.empty() && !f.weeks;
  item.end = whole_end(end.empty() ? (start.empty() ? note_date : start) : end);
  if (f.weeks && !day_precise) {
    item.start.clear();  // the weeks end by item.end
    if (!start.empty()) item.range_start = whole_start(start);
  } else {
    item.start = start.empty() ? item.end : whole_start(start);
  }
}

}  // namespace spinecds::terminology
