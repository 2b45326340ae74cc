#include "terminology/text/form_answers.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

#include "terminology/text_tokens.h"

namespace spinecds::terminology::text::scope {

namespace {

bool dash(const Token& t) {
  return punct_is(t, "-") || t.text == "\xE2\x80\x94" || t.text == "\xE2\x80\x93";
}

}  // namespace

bool answer_cue(const CueEntry& e) {
  if (e.forward || e.words.size() < 2) return false;
  const std::string_view first = e.words.front();
  if (first.empty() || std::isalnum(static_cast<unsigned char>(first[0]))) return false;
  return std::any_of(e.words.begin(), e.words.end(),
                     [](const std::string& w) { return w == "n" || w == "no" || w == "none"; });
}

bool field_closed(const Sentence& s, std::size_t end) {
  if (end >= s.toks.size() || brk(s, end) || s.toks[end].line_before) return true;
  const Token& t = s.toks[end];
  return punct_is(t, ",") || punct_is(t, "(") || punct_is(t, "[") || punct_is(t, "|") || dash(t);
}

bool asks_comparison(const Token& t) {
  for (std::string_view w : {"predominant", "predominates", "predominantly", "dominant", "worse",
                             "greater", "more", "than", "exceeds", ">", "<"}) {
    if (t.text == w) return true;
  }
  return false;
}

bool field_start(const Token& t) {
  return punct_is(t, ":") || punct_is(t, "|");
}

}  // namespace spinecds::terminology::text::scope
