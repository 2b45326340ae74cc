#include "terminology/text/check_boxes.h"

#include <cstddef>
#include <string_view>

namespace spinecds::terminology::text {

namespace {

// A box at toks[i]: "[ ]", "[_]", "[X]", "[x]", "[*]", "[/]", "[✓]", "☐",
// "☑", "☒"; `ticked`
// says whether it holds a mark, `end` is the token after "]".
struct Box {
  bool ticked = false;
  std::size_t end = 0;
};

std::optional<Box> box_at(const std::vector<Token>& toks, std::size_t i) {
  if (i >= toks.size()) return std::nullopt;
  // The ballot boxes of Unicode: "☐" empty, "☑" and "☒" marked.
  if (toks[i].text == "\xE2\x98\x90") return Box{false, i + 1};
  if (toks[i].text == "\xE2\x98\x91" || toks[i].text == "\xE2\x98\x92") return Box{true, i + 1};
  if (!punct_is(toks[i], "[")) return std::nullopt;
  if (i + 1 < toks.size() && punct_is(toks[i + 1], "]")) return Box{false, i + 2};
  if (i + 2 >= toks.size() || !punct_is(toks[i + 2], "]")) return std::nullopt;
  const Token& mark = toks[i + 1];
  if (punct_is(mark, "_")) return Box{false, i + 3};
  const bool ticked = word_is(mark, "x") || punct_is(mark, "*") || punct_is(mark, "/") ||
                      mark.text == "\xE2\x9C\x93" || mark.text == "\xE2\x9C\x94";
  if (!ticked) return std::nullopt;
  return Box{true, i + 3};
}

// Where the item after a box at `from` ends: at the next box, a line break
// or a full stop.
std::size_t item_end(const std::vector<Token>& toks, std::size_t from) {
  std::size_t k = from;
  while (k < toks.size() && !(k > from && toks[k].line_before) && !box_at(toks, k) &&
         !punct_is(toks[k], ".")) {
    ++k;
  }
  return k;
}

// An unticked item whose answer is written in as a denial ("[ ] Flexion/
// extension films: not performed", "[ ] PT x 6 weeks: none"): the item is
// stated, denied by its answer, and kept for the cues to read.
bool denied_in_words(const std::vector<Token>& toks, std::size_t from, std::size_t end) {
  for (std::size_t k = from; k + 1 < end; ++k) {
    if (!punct_is(toks[k], ":")) continue;
    const Token& a = toks[k + 1];
    return word_is(a, "not") || word_is(a, "no") || word_is(a, "none") || word_is(a, "never");
  }
  return false;
}

// A remark set off after an answer ("[X] No — not in outside records",
// "[X] No (per patient)", "[X] No; ..."): the answer is the word before it.
bool aside_after(const std::vector<Token>& toks, std::size_t k) {
  if (k >= toks.size()) return true;
  const Token& t = toks[k];
  return punct_is(t, "-") || punct_is(t, "(") || punct_is(t, ";") || punct_is(t, ",") ||
         punct_is(t, "|") || t.text == "\xE2\x80\x94" || t.text == "\xE2\x80\x93";
}

}  // namespace

std::optional<bool> any_box_ticked(const std::vector<Token>& toks, std::size_t from,
                                   std::size_t to) {
  std::optional<bool> ticked;
  for (std::size_t k = from; k < to && k < toks.size(); ++k) {
    if (const auto box = box_at(toks, k)) ticked = ticked.value_or(false) || box->ticked;
  }
  return ticked;
}

std::optional<BoxedTokens> without_check_boxes(const std::vector<Token>& toks,
                                               const std::vector<TokenRange>& sentences) {
  bool any = false;
  for (std::size_t i = 0; i + 1 < toks.size() && !any; ++i) any = box_at(toks, i).has_value();
  if (!any) return std::nullopt;
  BoxedTokens out;
  out.toks.reserve(toks.size());
  // kept_before[k]: the tokens kept before toks[k].
  std::vector<std::size_t> kept_before(toks.size() + 1, 0);
  bool pending_line = false, pending_space = false;
  auto keep = [&](Token t) {
    if (pending_line) t.line_before = true;
    if (pending_space) t.space_before = true;
    pending_line = pending_space = false;
    out.toks.push_back(t);
  };
  auto drop = [&](const Token& t) {
    pending_line = pending_line || t.line_before;
    pending_space = pending_space || t.space_before;
  };
  std::size_t i = 0;
  while (i < toks.size()) {
    const auto box = box_at(toks, i);
    if (!box) {
      kept_before[i] = out.toks.size();
      keep(toks[i]);
      ++i;
      continue;
    }
    std::size_t end = box->ticked ? box->end : item_end(toks, box->end);
    if (!box->ticked && denied_in_words(toks, box->end, end)) end = box->end;
    for (std::size_t k = i; k < end; ++k) {
      kept_before[k] = out.toks.size();
      drop(toks[k]);
    }
    if (box->ticked && end < toks.size() && word_is(toks[end], "no") &&
        (item_end(toks, end) == end + 1 || aside_after(toks, end + 1))) {
      // "Prior spine surgery: [X] No", "Flexion-extension films: [ ] Yes
      // [X] No — not in the records": the label answered "none".
      Token none = toks[end];
      none.text = "none";
      kept_before[end] = out.toks.size();
      keep(none);
      i = end + 1;
      continue;
    }
    i = end;
  }
  kept_before[toks.size()] = out.toks.size();
  out.sentences.reserve(sentences.size());
  for (const auto& r : sentences) {
    TokenRange kept{kept_before[r.begin], kept_before[std::min(r.end, toks.size())]};
    if (kept.end > kept.begin) out.sentences.push_back(kept);
  }
  return out;
}

}  // namespace spinecds::terminology::text
