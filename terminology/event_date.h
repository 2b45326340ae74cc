#pragma once
// When an urgent condition a record names happened: the year a history cue
// gives it, else the document's date.
#include <cstddef>
#include <string>
#include <string_view>

namespace spinecds::terminology {

// When the condition at byte `at` of a sentence happened: the latest year its
// clause names, before the document's year, when the clause gives a cue of
// history ("history of", "s/p", "in 2013", "cauda equina syndrome 2009") and
// no word of the present (now, today, current, recurrent, new, acute); else
// the document's date. A clause ends at ';' or a sentence's end: "retention
// today; L4-5 discectomy in 2019" dates the retention today.
std::string event_date(std::string_view sentence, const std::string& document_date,
                       std::size_t at = 0);

}  // namespace spinecds::terminology
