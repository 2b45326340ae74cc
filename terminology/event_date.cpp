#include "terminology/event_date.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>

#include "terminology/char_class.h"
#include "terminology/clinical_dates.h"
#include "terminology/record_text.h"
#include "terminology/text/cue_groups.h"
#include "terminology/text/word_lists.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology {

namespace {

// Whether `word` stands whole in `low` (lower case).
bool has_word(std::string_view low, std::string_view word) {
  return find_word(low, word) != std::string_view::npos;
}

// The words of `toks`, one space before each, with the "-" and "/" that join
// two words dropped ("h/o" reads "h o"): the form the cue table writes them in.
std::string cue_words(const Tokens& toks) {
  std::string out;
  for (const Token& t : toks) {
    if (t.kind == TokenKind::punct && (t.text == "-" || t.text == "/") && !t.space_before) {
      continue;
    }
    out += ' ';
    out += t.text;
  }
  return out;
}

// Whether the clause holds one of the engine's "history of" cues.
bool history_cue(const Tokens& toks) {
  const std::string words = cue_words(toks);
  for (const std::string_view group : {cues::kHistoryOfCues, cues::kPastWordCues}) {
    for (const std::string_view phrase : cues::group_phrases(group)) {
      std::string written;
      for (const auto& w : split_phrase(phrase)) written += (written.empty() ? "" : " ") + w;
      if (has_word(words, written)) return true;
    }
  }
  return false;
}

// The clause of `s` that holds byte `at`: a ';' or a sentence's end closes one
// ("Recurrent cauda equina today; L4-5 discectomy in 2019": the year is the
// discectomy's).
std::pair<std::size_t, std::size_t> clause_around(std::string_view s, std::size_t at) {
  auto is_break = [&](std::size_t i) {
    if (s[i] == ';' || s[i] == '\n') return true;
    return (s[i] == '.' || s[i] == '!' || s[i] == '?') && (i + 1 >= s.size() || is_space(s[i + 1]));
  };
  at = std::min(at, s.empty() ? 0 : s.size() - 1);
  std::size_t b = at;
  while (b > 0 && !is_break(b - 1)) --b;
  std::size_t e = at;
  while (e < s.size() && !is_break(e)) ++e;
  return {b, e};
}

}  // namespace

std::string event_date(std::string_view sentence, const std::string& document_date,
                       std::size_t at) {
  if (document_date.size() < 4) return document_date;
  const auto [b, e] = clause_around(sentence, at);
  const std::string low = lower(sentence.substr(b, e - b));
  // A word of the present (word_lists.h) makes the condition today's whatever
  // else the clause dates ("left TA now 2/5, was 4/5 on 2025 exam"), and so
  // does one that calls it new or come back.
  for (std::string_view w : text::kPresentWords) {
    if (has_word(low, w)) return document_date;
  }
  for (std::string_view w : {"recurrent", "recurrence", "new", "acute", "acutely"}) {
    if (has_word(low, w)) return document_date;
  }
  // Only a cue of history dates it: words, "in YEAR", or the year standing
  // right after the condition ("cauda equina syndrome 2009", "(2013)").
  const Tokens toks = tokenize(low);
  bool history = history_cue(toks);
  const std::size_t rel = at > b ? at - b : 0;
  std::vector<int> years;
  for (std::size_t i = 0; i < toks.size(); ++i) {
    const Token& t = toks[i];
    if (year_alone(t) < 0) continue;
    years.push_back(year_alone(t));
    if (t.begin < rel) continue;
    const bool in_year = i > 0 && (toks[i - 1].text == "in" || toks[i - 1].text == "(");
    // The year next after the condition's words: nothing but words and
    // spaces between them.
    bool next = true;
    for (std::size_t j = 0; j < i && next; ++j) {
      if (toks[j].begin >= rel && !is_alpha(toks[j].text.front()) && toks[j].text != "(")
        next = false;
    }
    history = history || in_year || next;
  }
  if (!history || years.empty()) return document_date;
  const int latest = *std::max_element(years.begin(), years.end());
  if (latest >= std::atoi(document_date.substr(0, 4).c_str())) return document_date;
  return whole_end(std::to_string(latest));
}

}  // namespace spinecds::terminology
