#include "terminology/sentence_split.h"

#include <algorithm>
#include <array>

namespace spinecds::terminology {

namespace {

// "incl." and "esp." ("PT completed incl. mechanical traction") never end a
// sentence: the list they open follows.
constexpr std::array<std::string_view, 28> kAbbreviations = {
    "dr",  "mr",  "mrs", "ms",  "st",  "vs",    "approx", "e",  "g",    "i",
    "etc", "fig", "no",  "ref", "pt",  "pts",   "sr",     "jr", "prof", "eg",
    "ie",  "cf",  "min", "max", "ant", "retro", "incl",   "esp"};

bool is_abbreviation(const Token& t) {
  if (t.kind != TokenKind::word) return false;
  // "pt." and "no." end sentences as often as they abbreviate; only treat them
  // as abbreviations when they are capitalised titles or list markers is too
  // fine a distinction for radiology text, so keep the safe reading: split.
  if (t.text == "pt" || t.text == "pts" || t.text == "no" || t.text == "min" || t.text == "max") {
    return false;
  }
  return std::find(kAbbreviations.begin(), kAbbreviations.end(), t.text) != kAbbreviations.end();
}

// A one-character token; cheaper than comparing with a C string.
bool is_char(const Token& t, char c) {
  return t.text.size() == 1 && t.text[0] == c;
}

bool answer_word(const Token& t) {
  return t.kind == TokenKind::word &&
         (t.text == "no" || t.text == "yes" || t.text == "n" || t.text == "y");
}

// A form's question answered on its line ("History of back surgery? No.",
// "Signs of myelopathy? A: No", "Prior fusion? Yes - L4-5 2019"): the answer
// and the question are one statement, so the "?" ends no sentence.
// A questionnaire's answer on the line after its question ("Q5. ... at the
// requested level(s)?\nA: No") is as much the question's.
bool answered_at(const std::vector<Token>& toks, std::size_t k) {
  const bool next_line = k < toks.size() && toks[k].line_before;
  if (k < toks.size() && toks[k].kind == TokenKind::word &&
      (toks[k].text == "a" || toks[k].text == "answer") && k + 1 < toks.size() &&
      is_char(toks[k + 1], ':') && !toks[k + 1].line_before) {
    k += 2;
  }
  if (k >= toks.size() || (toks[k].line_before && !next_line) || !answer_word(toks[k])) {
    return false;
  }
  return k + 1 >= toks.size() || toks[k + 1].line_before || toks[k + 1].kind == TokenKind::punct;
}

}  // namespace

bool newline_before(std::string_view /*text*/, const std::vector<Token>& toks, std::size_t i) {
  return i > 0 && i < toks.size() && toks[i].line_before;
}

std::vector<TokenRange> split_sentences(std::string_view text, const std::vector<Token>& toks,
                                        std::size_t max_tokens) {
  std::vector<TokenRange> out;
  std::size_t start = 0;
  auto close = [&](std::size_t end) {
    if (end > start) out.push_back({start, end});
    start = end;
  };
  std::size_t answer_line = toks.size();  // the token opening a question's answer line
  for (std::size_t i = 0; i < toks.size(); ++i) {
    if (i > start && newline_before(text, toks, i) && i != answer_line) close(i);
    if (i - start >= max_tokens) close(i);
    const Token& t = toks[i];
    if (t.kind != TokenKind::punct) continue;
    if (is_char(t, '!') || is_char(t, '?')) {
      // "?" inside a sentence marks doubt ("? pars defect", "; ? instability");
      // it ends one only when written against the word before it and followed
      // by a space ("Instability? Repeat films in 6 weeks."), and not when
      // its answer follows ("Prior spine surgery? No.").
      const bool attached = i > start && !t.space_before && toks[i - 1].kind != TokenKind::punct;
      const bool answered = !is_char(t, '!') && answered_at(toks, i + 1);
      if (answered && i + 1 < toks.size() && toks[i + 1].line_before) answer_line = i + 1;
      if (is_char(t, '!') || (attached && !answered)) {
        if (i + 1 >= toks.size() || toks[i + 1].space_before) close(i + 1);
      }
      continue;
    }
    if (!is_char(t, '.')) continue;
    const bool at_end = i + 1 >= toks.size();
    if (!at_end && !toks[i + 1].space_before) continue;  // "e.g" or "x.y"
    if (i > start && is_abbreviation(toks[i - 1]) && !toks[i].space_before) continue;
    // "Lt. foraminal HNP", "Rt. C7 radiculopathy" (Korean and Taiwanese
    // notes): a side's abbreviation ends no sentence before a word in lower
    // case or a level; "on the Rt. Next visit ..." still ends one.
    if (i > start && !toks[i].space_before &&
        (toks[i - 1].text == "lt" || toks[i - 1].text == "rt") && !at_end &&
        (toks[i + 1].kind == TokenKind::alnum || !toks[i + 1].upper)) {
      continue;
    }
    close(i + 1);
  }
  close(toks.size());
  return out;
}

}  // namespace spinecds::terminology
