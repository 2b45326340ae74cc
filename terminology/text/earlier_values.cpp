// An earlier value written beside the current one (earlier_value, declared
// in sentence.h): the grade or figure a finding reports is the current one.
#include <algorithm>
#include <cstddef>
#include <string_view>

#include "terminology/text/sentence.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology::text {

// "previously moderate", "(previously 35°)": an earlier value beside the
// current one, which is the one a finding reports.
bool earlier_value(const Sentence& s, std::size_t k) {
  if (k == 0) return false;
  auto past = [](std::string_view w) {
    return w == "previously" || w == "formerly" || w == "prior" || w == "from" || w == "before";
  };
  // "apart from moderate arthropathy": an exception, not an earlier value.
  if (k >= 2 && s.toks[k - 1].text == "from" &&
      (s.toks[k - 2].text == "apart" || s.toks[k - 2].text == "aside")) {
    return false;
  }
  // "block of contrast from severe canal stenosis": a cause, not an earlier
  // value; "from" gives an earlier value only in a change ("progressed from
  // moderate to severe", "from 4 mm").
  if (s.toks[k - 1].text == "from" &&
      !any_word_in(s, k, std::min(k + 4, s.toks.size()), {"to", "now", "into"}) &&
      !(k >= 2 && any_word_in(s, k - 2, k - 1,
                              {"progressed", "increased", "decreased", "improved", "worsened",
                               "changed", "advanced", "regressed", "reduced", "enlarged",
                               "increase", "decrease", "change", "increasing", "decreasing",
                               "progression", "progressing", "improving", "worsening"}))) {
    return false;
  }
  if (past(s.toks[k - 1].text)) return true;
  // "the previously seen 6 mm translation now measures 9 mm", "prior measured
  // 35 degrees, currently 42": earlier beside a current value. With none
  // ("previously noted moderate stenosis is unchanged") the value is the
  // finding's, then and now.
  const std::string_view w = s.toks[k - 1].text;
  return k >= 2 && past(s.toks[k - 2].text) &&
         (w == "seen" || w == "noted" || w == "described" || w == "measured" || w == "reported" ||
          w == "demonstrated" || w == "identified") &&
         any_word_in(s, k, s.toks.size(),
                     {"now", "currently", "today", "measures", "measuring", "progressed",
                      "increased", "decreased", "improved", "worsened", "regressed", "enlarged",
                      "become", "became", "previously"});
}

}  // namespace spinecds::terminology::text
