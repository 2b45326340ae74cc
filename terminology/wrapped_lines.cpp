#include "terminology/wrapped_lines.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string>

#include "terminology/char_class.h"
#include "terminology/page_banners.h"
#include "terminology/template_fields.h"
#include "terminology/text/word_classes.h"
#include "terminology/text/word_lists.h"

namespace spinecds::terminology {

namespace {

bool known(std::string_view w) {
  return word_info(w).id != 0 || !respelling(w).empty();
}

// "l4", "c5", "t12", "s1", "l5s1": a token that opens a level.
bool level_like(const Token& t) {
  return t.kind == TokenKind::alnum && t.text.size() >= 2 &&
         (t.text[0] == 'l' || t.text[0] == 'c' || t.text[0] == 't' || t.text[0] == 's') &&
         is_digit(t.text[1]);
}

// Line breaks in the bytes between two tokens.
int newlines_between(std::string_view text, const Token& a, const Token& b) {
  int nl = 0, cr = 0;
  for (std::size_t k = a.end; k < b.begin && k < text.size(); ++k) {
    nl += text[k] == '\n';
    cr += text[k] == '\r';
  }
  return nl > 0 ? nl : cr;
}

// HL7 v2 framing: a segment's fields before its text ("OBX|1|TX|code^name||"
// has five bars before the value, "NTE|1|L|" three), and the escapes that
// stand for a line break ("\.br\", "\X0D\", "\X0A\").
std::size_t header_bars(const Tokens& toks, std::size_t r) {
  if (r + 1 >= toks.size() || !punct_is(toks[r + 1], "|") || toks[r + 1].space_before) return 0;
  if (r > 0 && !toks[r].line_before && !punct_is(toks[r - 1], "~")) return 0;
  if (word_is(toks[r], "obx")) return 5;
  if (word_is(toks[r], "nte")) return 3;
  return 0;
}

std::size_t escape_break(const Tokens& toks, std::size_t r) {
  const auto at = [&](std::size_t k) -> const Token* {
    return r + k < toks.size() && (k == 0 || !toks[r + k].space_before) ? &toks[r + k] : nullptr;
  };
  if (!punct_is(toks[r], "\\")) return 0;
  const Token* a = at(1);
  const Token* b = at(2);
  const Token* c = at(3);
  if (a && b && c && punct_is(*a, ".") && word_is(*b, "br") && punct_is(*c, "\\")) return 4;
  if (a && b && (word_is(*a, "x0d") || word_is(*a, "x0a") || word_is(*a, "x0d0a")) &&
      punct_is(*b, "\\")) {
    return 3;
  }
  return 0;
}

// "L4~5": a range, not a repetition separator.
bool tilde_range(const Tokens& toks, std::size_t r) {
  return r > 0 && r + 1 < toks.size() && !toks[r].space_before && !toks[r + 1].space_before &&
         toks[r - 1].kind != TokenKind::punct && toks[r - 1].kind != TokenKind::word &&
         (toks[r + 1].kind == TokenKind::number || toks[r + 1].kind == TokenKind::alnum);
}

// Whether `text` may hold HL7 framing or a "~" line break: a "|", "\\" or
// "~" (or a full-width tilde, read as "~"). Most texts hold none and skip
// drop_hl7_framing, which then changes nothing.
bool may_hold_hl7(std::string_view text) {
  for (const char c : {'|', '\\', '~'}) {
    if (std::memchr(text.data(), c, text.size()) != nullptr) return true;
  }
  return text.find("\xEF\xBD\x9E") != std::string_view::npos;
}

// Drops HL7 framing; the token after a dropped break opens a line.
void drop_hl7_framing(Tokens& toks) {
  bool hl7 = false;
  for (std::size_t r = 0; r < toks.size() && !hl7; ++r) {
    hl7 = header_bars(toks, r) > 0 || escape_break(toks, r) == 4;
  }
  std::size_t w = 0;
  bool pending = false;   // a line break before the next kept token
  std::size_t skip = 0;   // bars of a segment header still to drop
  bool trailing = false;  // an OBX's fields after its value: dropped to the line end
  bool in_obx = false;
  for (std::size_t r = 0; r < toks.size(); ++r) {
    Token t = toks[r];
    if (t.line_before) trailing = in_obx = false;
    if (skip == 0 && !trailing) {
      if (const std::size_t bars = header_bars(toks, r)) {
        skip = bars;
        in_obx = bars == 5;
        pending = true;
        continue;
      }
    }
    if (skip > 0) {
      if (t.line_before) {
        skip = 0;
      } else {
        if (punct_is(t, "|")) --skip;
        continue;
      }
    }
    if (trailing) continue;
    if (in_obx && punct_is(t, "|")) {
      trailing = true;
      continue;
    }
    if (const std::size_t n = escape_break(toks, r)) {
      pending = true;
      r += n - 1;
      continue;
    }
    // Outside HL7 framing, only a "~" written between two lines' words
    // ("EXTENSION~FINDINGS:", "STENOSIS.~L4-5:") breaks a line; "~4 mm" is
    // about 4 mm.
    const bool glued = r > 0 && r + 1 < toks.size() && !t.space_before &&
                       !toks[r + 1].space_before && toks[r + 1].kind != TokenKind::number;
    if (punct_is(t, "~") && !tilde_range(toks, r) && (hl7 || glued)) {
      pending = true;
      continue;
    }
    if (pending && w > 0) t.line_before = t.space_before = true;
    pending = false;
    toks[w++] = t;
  }
  toks.resize(w);
}

// What the line that starts at toks[i] opens.
enum class LineStart { text, item, label, level };

LineStart line_start(const Tokens& toks, std::size_t i) {
  const Token& t = toks[i];
  if (t.kind == TokenKind::punct &&
      (t.text == "-" || t.text == "*" || t.text == "#" || t.text == "+" || t.text == ">")) {
    return LineStart::item;
  }
  const bool next_on_line = i + 1 < toks.size() && !toks[i + 1].line_before;
  if (t.kind == TokenKind::number && next_on_line &&
      (punct_is(toks[i + 1], ".") || punct_is(toks[i + 1], ")"))) {
    return LineStart::item;
  }
  for (std::size_t k = i; k < toks.size() && k < i + 7; ++k) {
    if (k > i && toks[k].line_before) break;
    if (k > i && punct_is(toks[k], ":")) return LineStart::label;
    if (toks[k].kind == TokenKind::punct && !punct_is(toks[k], "-") && !punct_is(toks[k], "/")) {
      break;
    }
  }
  return level_like(t) ? LineStart::level : LineStart::text;
}

// Whether the line holding byte `at` is a table row ("L4-5 | moderate |
// mild", "Biceps   5/5   4+/5", a "RIGHT    LEFT" column header): cells
// between bars, tabs or runs of spaces never run on.
bool table_line(std::string_view text, std::size_t at) {
  at = std::min(at, text.size());
  const std::size_t nl = at == 0 ? std::string_view::npos : text.rfind('\n', at - 1);
  std::size_t from = nl == std::string_view::npos ? 0 : nl + 1;
  std::size_t to = text.find('\n', at);
  if (to == std::string_view::npos) to = text.size();
  while (from < to && is_blank(text[from])) ++from;  // an indent is no column
  const std::string_view line = text.substr(from, to - from);
  return line.find('|') != std::string_view::npos || line.find('\t') != std::string_view::npos ||
         line.find("   ") != std::string_view::npos;
}

// Whether the line that ends before token `i` names only sides ("RIGHT
// LEFT", "Rt  Lt"): an exam table's column header, which names the cells
// below it and never runs on into them.
bool side_header(const Tokens& toks, std::size_t i) {
  static constexpr std::array<std::string_view, 7> kSides = {"right", "left", "r",        "l",
                                                             "rt",    "lt",   "bilateral"};
  std::size_t words = 0;
  for (std::size_t k = i; k > 0; --k) {
    const Token& t = toks[k - 1];
    const bool side = t.kind == TokenKind::word &&
                      std::find(kSides.begin(), kSides.end(), t.text) != kSides.end();
    if (!side) return false;
    ++words;
    if (t.line_before || k == 1) break;
  }
  return words >= 2;
}

bool open_end(std::string_view w) {
  return std::find(text::kOpenEndWords.begin(), text::kOpenEndWords.end(), w) !=
         text::kOpenEndWords.end();
}

// Whether the line break before toks[i] (after `prev`, the last token of the
// line above) joins the two lines by the words around it, tables aside.
bool joins(std::string_view text, const Token& prev, const Tokens& toks, std::size_t i) {
  const Token& next = toks[i];
  // A margin hyphen ("STE-", "L3-"; not a dash " - ") goes on, even before
  // what looks like an item ("L3-\n4.").
  if (punct_is(prev, "-") && !prev.space_before && next.kind != TokenKind::punct) return true;
  const LineStart start = line_start(toks, i);
  if (start == LineStart::item || start == LineStart::label) return false;
  if (prev.kind == TokenKind::punct) {
    if (prev.text == ",") return true;
    if (prev.text != ")") return false;
  }
  // Before a level, only a word that joins a finding to its level ("AT",
  // "OF", "AND") goes on: "... MILD\nL5-S1: ..." is the next row.
  if (start == LineStart::level) {
    return prev.kind == TokenKind::word && open_end(prev.text) &&
           (word_classes(prev.text) & (kLevelConnector | kHedgeBoundary)) != 0;
  }
  if (prev.kind == TokenKind::word && open_end(prev.text)) return true;
  // "RIGHT FORAMEN\nIS PATENT": a line that opens on a finite verb is the
  // predicate of the line above.
  if (next.kind == TokenKind::word && prev.kind != TokenKind::punct &&
      (word_classes(next.text) & kClauseVerb) != 0) {
    return true;
  }
  // "MODERATE LEFT LATERAL RECESS\nSTENOSIS": a part or a grade before a
  // finding word.
  if (prev.kind == TokenKind::word && next.kind == TokenKind::word &&
      (word_classes(prev.text) & (kModifierWord | kSeverityWord)) != 0 &&
      (word_classes(next.text) & kTriggerStart) != 0) {
    return true;
  }
  // Goes on in lower case (mixed-case text).
  return next.begin < text.size() && is_lower(text[next.begin]) && next.kind != TokenKind::punct;
}

// Whether the line break before `next` (after `prev`, the last token of the
// line above) is a wrap: the sentence goes on.
bool wraps(std::string_view text, const Token& prev, const Tokens& toks, std::size_t i) {
  const Token& next = toks[i];
  // A blank line, and a break an HL7 "~" stands for (no line break in the
  // bytes), stay.
  const int newlines = newlines_between(text, prev, next);
  if (newlines != 1) return false;
  // Table rows and a side header never run on; they are read (a scan of both
  // lines) only for a break the rules below would join.
  const auto row = [&] {
    return table_line(text, prev.end) || table_line(text, next.begin) || side_header(toks, i);
  };
  return joins(text, prev, toks, i) && !row();
}

// "decompres sion", "stenos is": a word cut by a stray space, when the
// joined word is one the engine knows and the first part is not.
bool split_word(std::string_view text, const Token& a, const Token& b) {
  if (a.kind != TokenKind::word || b.kind != TokenKind::word || b.line_before ||
      b.begin != a.end + 1 || text[a.end] != ' ' || a.text.size() < 3 || b.text.size() < 2 ||
      a.all_caps != b.all_caps) {
    return false;
  }
  // The joined word must be one the engine knows: looked up first, in a
  // buffer on the stack, as most neighbouring words join to no word.
  std::array<char, 64> buf;
  std::string long_joined;
  std::string_view joined;
  if (a.text.size() + b.text.size() <= buf.size()) {
    std::memcpy(buf.data(), a.text.data(), a.text.size());
    std::memcpy(buf.data() + a.text.size(), b.text.data(), b.text.size());
    joined = std::string_view(buf.data(), a.text.size() + b.text.size());
  } else {
    long_joined.assign(a.text).append(b.text);
    joined = long_joined;
  }
  if (word_info(joined).id == 0) return false;
  // "decompres sion", "stenos is": the first part is no word; "reflex es":
  // the second is a short fragment that is no word.
  return !known(a.text) ? !(known(b.text) && b.text.size() > 2)
                        : b.text.size() <= 3 && !known(b.text);
}

// Whether the `n` tokens from toks[i] are words on the line of the token
// before them.
bool same_line_words(const Tokens& toks, std::size_t i, std::size_t n) {
  for (std::size_t k = i; k < i + n; ++k) {
    if (toks[k].kind != TokenKind::word || toks[k].line_before) return false;
  }
  return true;
}

}  // namespace

Tokens read_tokens(std::string_view original) {
  // Page furniture blanked out, offsets kept: "on\nFAX ... P.004\nL5" is
  // one wrapped line ("on L5") again.
  const std::string unpaged = without_page_banners(original);
  const std::string_view paged = unpaged.empty() ? original : std::string_view(unpaged);
  // A template's unanswered pick list ("{YES/NO:19197}") blanked the same way.
  const std::string unfilled =
      paged.find('{') == std::string_view::npos ? std::string() : without_unfilled_fields(paged);
  const std::string_view text = unfilled.empty() ? paged : std::string_view(unfilled);
  Tokens toks = tokenize(text);
  if (toks.empty()) return toks;
  if (may_hold_hl7(text)) drop_hl7_framing(toks);
  for (auto& t : toks) {
    if (t.kind != TokenKind::word && t.kind != TokenKind::alnum) continue;
    if (t.end > text.size() || t.text.size() < 3) continue;
    // A word written in lower case is no OCR misreading (no capital to
    // misread, no digit) unless it holds "rn", which a scan reads for "m":
    // most words of a text skip that look-up. Any word may be a homophone
    // speech recognition wrote ("chord" for "cord").
    const bool rn = t.text.find("rn") != std::string_view::npos;
    if (t.text.size() < 4 && !rn) continue;
    const std::string fixed = t.kind == TokenKind::word && !t.upper && !rn
                                  ? std::string()
                                  : ocr_respelling(text.substr(t.begin, t.end - t.begin), t.text);
    if (fixed.empty()) {
      const std::string_view meant = misheard_word(t.text);
      if (!meant.empty()) t.text = toks.rewrite(t.begin, meant);
      continue;
    }
    t.text = toks.rewrite(t.begin, fixed);
    t.kind = TokenKind::word;
  }
  // A "1" a scan read as a letter where only a figure fits: "L5-Sl", "L5-SI",
  // "C7-Tl" (a range's end after its first vertebra), "Sl nerve root" (a
  // lower-case "l" after a capital: the sacroiliac joint is "SI"), "grade l".
  for (std::size_t i = 1; i < toks.size(); ++i) {
    Token& t = toks[i];
    if (t.kind != TokenKind::word || t.end > text.size()) continue;
    const std::string_view raw = text.substr(t.begin, t.end - t.begin);
    if (raw == "l" && word_is(toks[i - 1], "grade")) {
      t.text = toks.rewrite(t.begin, "1");
      t.kind = TokenKind::number;
      t.value = 1;
      continue;
    }
    if (raw.size() != 2 || (t.text != "sl" && t.text != "si" && t.text != "tl")) continue;
    const bool range_end = i >= 2 && (punct_is(toks[i - 1], "-") || punct_is(toks[i - 1], "/")) &&
                           !toks[i - 1].space_before && !t.space_before &&
                           toks[i - 2].kind == TokenKind::alnum && toks[i - 2].text.size() >= 2 &&
                           toks[i - 2].text[0] == (t.text[0] == 's' ? 'l' : 'c');
    const bool root = raw == "Sl" && i + 1 < toks.size() &&
                      (word_is(toks[i + 1], "nerve") || word_is(toks[i + 1], "root") ||
                       word_is(toks[i + 1], "radiculopathy"));
    if (!range_end && !root) continue;
    t.text = toks.rewrite(t.begin, t.text[0] == 's' ? "s1" : "t1");
    t.kind = TokenKind::alnum;
  }
  // Punctuation dictated as words ("comma", "period"): the mark it stands for.
  for (std::size_t i = 1; i < toks.size(); ++i) {
    Token& t = toks[i];
    if (t.kind != TokenKind::word || t.upper || t.line_before || t.text.size() < 5) continue;
    const Token& b = toks[i - 1];
    const bool line_end = i + 1 >= toks.size() || toks[i + 1].line_before;
    const Token* a = line_end ? nullptr : &toks[i + 1];
    const std::string_view mark =
        dictated_mark(b.kind == TokenKind::punct ? std::string_view{} : b.text, t.text, line_end,
                      a && a->upper, a && a->kind == TokenKind::word);
    if (mark.empty()) continue;
    t.text = toks.rewrite(t.begin, mark);
    t.kind = TokenKind::punct;
  }
  // Wraps, margin hyphens and split words, compacting in place: toks[w - 1]
  // is the token before toks[r] as read.
  std::size_t w = 0;
  Token wrapped;  // the token read at r, as a wrap changed it
  for (std::size_t r = 0; r < toks.size(); ++r) {
    // Most tokens are read in place, and moved down only once an earlier
    // one was merged away: no copy out and back (48 bytes twice a token).
    const Token* read = &toks[r];
    if (w > 0 && toks[r].line_before && wraps(text, toks[w - 1], toks, r)) {
      wrapped = toks[r];
      Token& t = wrapped;
      read = &wrapped;
      t.line_before = false;
      const Token& dash = toks[w - 1];
      if (w >= 2 && punct_is(dash, "-") && !dash.space_before &&
          toks[w - 2].kind != TokenKind::punct && t.kind != TokenKind::punct) {
        Token& a = toks[w - 2];
        t.space_before = false;
        if (a.kind == TokenKind::word && t.kind == TokenKind::word) {
          std::string joined(a.text);
          joined += t.text;
          if (known(joined) || !known(a.text) || !known(t.text)) {
            a.all_caps = a.all_caps && t.all_caps;
            a.upper = a.upper || t.upper;
            a.text = toks.rewrite(a.begin, joined);
            a.end = t.end;
            w -= 1;  // the dash goes; `t` is read into `a`
            continue;
          }
        }
      }
    }
    const Token& t = *read;
    // "for a minimal" for "foraminal": three recognised words, one word meant.
    if (t.kind == TokenKind::word && r + 2 < toks.size() && same_line_words(toks, r + 1, 2)) {
      const bool after = r + 3 < toks.size() && !toks[r + 3].line_before;
      const std::string_view meant = misheard_phrase(
          w > 0 && !t.line_before ? toks[w - 1].text : std::string_view{}, t.text, toks[r + 1].text,
          toks[r + 2].text, after ? toks[r + 3].text : std::string_view{});
      if (!meant.empty()) {
        Token m = t;
        m.text = toks.rewrite(m.begin, meant);
        m.end = toks[r + 2].end;
        toks[w++] = m;
        r += 2;
        continue;
      }
    }
    if (w > 0 && split_word(text, toks[w - 1], t)) {
      Token& a = toks[w - 1];
      std::string joined(a.text);
      joined += t.text;
      a.text = toks.rewrite(a.begin, joined);
      a.end = t.end;
      a.upper = a.upper || t.upper;
      continue;
    }
    if (read != &toks[w]) toks[w] = t;
    ++w;
  }
  toks.resize(w);
  return toks;
}

}  // namespace spinecds::terminology
