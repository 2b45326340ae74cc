// Dates as notes write them, and the one date validator.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "criteria/dates.h"
#include "terminology/clinical_dates.h"
#include "terminology/event_date.h"
#include "terminology/text_tokens.h"

using namespace spinecds;
using terminology::find_dates;
using terminology::tokenize;

namespace {

std::vector<std::string> isos(const std::string& text) {
  const auto toks = tokenize(text);
  std::vector<std::string> out;
  for (const auto& d : find_dates(toks, 0, toks.size())) out.push_back(terminology::iso_date(d));
  return out;
}

}  // namespace

TEST_CASE("one validator refuses impossible days") {
  CHECK_FALSE(terminology::valid_date(2026, 2, 31));
  CHECK_FALSE(terminology::valid_date(2026, 2, 29));
  CHECK(terminology::valid_date(2028, 2, 29));
  CHECK_FALSE(terminology::valid_date(2026, 4, 31));
  CHECK_FALSE(terminology::valid_date(2026, 13, 1));
  CHECK(isos("seen 02/31/2026 and 04/30/2026") == std::vector<std::string>{"2026-04-30"});
  CHECK(isos("Feb 30, 2026").empty());
  CHECK_FALSE(criteria::day_number("2026-02-31"));
  CHECK(criteria::day_number("2026-03-01").value() - criteria::day_number("2026-02-28").value() ==
        1);
  CHECK(criteria::iso_date(*criteria::months_before("2026-05-31", 3)) == "2026-02-28");
}

TEST_CASE("month names, month ranges, US numeric order, partial dates") {
  CHECK(isos("Sept\xE2\x80\x93Oct 2026") == std::vector<std::string>{"2026-09", "2026-10"});
  CHECK(isos("March through May 2026") == std::vector<std::string>{"2026-03", "2026-05"});
  CHECK(isos("09/2026 to 10/2026") == std::vector<std::string>{"2026-09", "2026-10"});
  CHECK(isos("Nov-Jan 2027") == std::vector<std::string>{"2026-11", "2027-01"});
  CHECK(isos("08/03/2026") == std::vector<std::string>{"2026-08-03"});  // August 3rd
  CHECK(isos("findings may be stable").empty());
  CHECK(terminology::whole_start("2026-09") == "2026-09-01");
  CHECK(terminology::whole_end("2026-09") == "2026-09-30");
  CHECK(terminology::whole_end("2028-02") == "2028-02-29");
  CHECK(terminology::whole_end("2026") == "2026-12-31");
  CHECK(terminology::whole_end("2026-08-03") == "2026-08-03");
  CHECK(terminology::whole_end("2026-02-31").empty());
}

TEST_CASE("day-first dates: a first number above 12 makes the order certain") {
  // An outside discharge summary: "PT from 15/03/2026 to 30/04/2026" is six
  // weeks from mid-March, not two months of unknown days.
  CHECK(isos("PT from 15/03/2026 to 30/04/2026") ==
        std::vector<std::string>{"2026-03-15", "2026-04-30"});
  CHECK(isos("seen 31/12/25") == std::vector<std::string>{"2025-12-31"});
  // Both numbers 12 or under stay in US order.
  CHECK(isos("08/03/2026") == std::vector<std::string>{"2026-08-03"});
  // Without a year it may be a score or a ratio.
  CHECK(isos("NDI 15/10 today").empty());
}

TEST_CASE("an event's date: the engine's history cues in their written forms, and words") {
  // Each history cue of the cue table, written as notes write it, dates the
  // condition by the year of its clause.
  for (const char* text : {"History of cauda equina syndrome, decompressed 2015.",
                           "Hx cauda equina syndrome, decompressed 2015.",
                           "H/O cauda equina syndrome, decompressed 2015.",
                           "S/P decompression for cauda equina syndrome, 2015.",
                           "Status post cauda equina syndrome, decompressed 2015.",
                           "Remote cauda equina syndrome, decompressed 2015.",
                           // a word of the past before a year that precedes
                           // the condition (session 30, an outside record)
                           "Prior L4-5 laminectomy 2015 for cauda equina syndrome.",
                           "Previous decompression (2015) for cauda equina syndrome.",
                           "Cauda equina syndrome, previously decompressed in late 2015."}) {
    const std::string shown = text;  // CAPTURE keeps a reference: no temporary
    CAPTURE(shown);
    CHECK(terminology::event_date(text, "2026-03-02") == "2015-12-31");
  }
  // A cue inside another word is none; a word of the present wins.
  for (const char* text : {"Chx cauda equina syndrome, decompressed 2015.",
                           "Shistory of cauda equina syndrome, decompressed 2015.",
                           "History of cauda equina syndrome, decompressed 2015, now recurrent.",
                           "Hx cauda equina syndrome, decompressed 2015, now acutely worse.",
                           "Cauda equina syndrome 2015 prior to this admission, now recurrent."}) {
    const std::string shown = text;  // CAPTURE keeps a reference: no temporary
    CAPTURE(shown);
    CHECK(terminology::event_date(text, "2026-03-02") == "2026-03-02");
  }
}

TEST_CASE("an event's date: every word of the present dates the condition today") {
  // The present words are one list with the text engine's current figures
  // (word_lists.h kPresentWords): "presently" dates a condition as "now" does.
  for (const char* text : {"Hx cauda equina syndrome, decompressed 2015, presently worse.",
                           "H/O cauda equina syndrome, decompressed 2015, currently incontinent.",
                           "Remote cauda equina syndrome 2015, saddle numbness today.",
                           "S/P decompression for cauda equina 2015, current retention."}) {
    CAPTURE(text);
    CHECK(terminology::event_date(text, "2026-03-02") == "2026-03-02");
  }
}

TEST_CASE("a date that must be day first settles the others of its text") {
  // 13 cannot be a month, so the writer puts the day first throughout.
  CHECK(isos("physiotherapy 13/04/2026 to 05/06/2026 (12 sessions)") ==
        std::vector<std::string>{"2026-04-13", "2026-06-05"});
  // Without such a date the US order stands.
  CHECK(isos("PT 04/13/2026 to 05/06/2026") ==
        std::vector<std::string>{"2026-04-13", "2026-05-06"});
  // A date that reads the same either way stays.
  CHECK(isos("seen 14/03/2026 and 07/07/2026") ==
        std::vector<std::string>{"2026-03-14", "2026-07-07"});
}
