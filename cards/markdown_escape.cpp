#include "cards/markdown_escape.h"

#include <cctype>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace spinecds::cards {

namespace {

bool is_continuation(unsigned char c) {
  return (c & 0xC0) == 0x80;
}

// Characters that can start or end inline markup in GFM, close a table cell,
// or take part in an autolink. Block markers (#, -, +, 1.) only matter at the
// start of a line, and record text is always placed after text of ours.
bool needs_backslash(char c) {
  switch (c) {
    case '\\':
    case '`':
    case '*':
    case '_':
    case '[':
    case ']':
    case '(':
    case ')':
    case '!':
    case '|':
    case '~':
    case ':':
    case '@':
    case '{':
    case '}':
    case '#':
      return true;
    default:
      return false;
  }
}

// A byte markdown_escape copies as it is, whatever stands before it.
bool plain(char c) {
  const auto uc = static_cast<unsigned char>(c);
  return uc >= 0x20 && uc != 0x7f && c != '<' && c != '>' && c != '&' && c != '.' &&
         !needs_backslash(c);
}

}  // namespace

std::string markdown_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 4);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const auto uc = static_cast<unsigned char>(c);
    if (c == '\n' || c == '\r' || c == '\t' || (uc < 0x20) || uc == 0x7f) {
      // One line: a newline could start a heading, list, block quote or end a
      // table row.
      if (out.empty() || out.back() != ' ') out.push_back(' ');
      continue;
    }
    if (c == '<') {
      out += "&lt;";
    } else if (c == '>') {
      out += "&gt;";
    } else if (c == '&') {
      out += "&amp;";
    } else if (c == '.' && i >= 3 &&
               (std::tolower(static_cast<unsigned char>(text[i - 1])) == 'w') &&
               (std::tolower(static_cast<unsigned char>(text[i - 2])) == 'w') &&
               (std::tolower(static_cast<unsigned char>(text[i - 3])) == 'w')) {
      out += "\\.";  // "www." would become a link
    } else if (needs_backslash(c)) {
      out.push_back('\\');
      out.push_back(c);
    } else {
      // A run of bytes that stay as they are goes in whole.
      std::size_t e = i + 1;
      while (e < text.size() && plain(text[e])) ++e;
      out.append(text.data() + i, e - i);
      i = e - 1;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::size_t code_point_count(std::string_view text) {
  // Every byte that is not a continuation byte starts a code point; the
  // bytes are counted sixteen at a time (a card's detail is counted whole
  // before it is cut, on every card).
  std::size_t n = text.size();
  std::size_t i = 0;
#if defined(__SSE2__)
  // Continuation bytes, 0x80-0xBF, are exactly the signed bytes below -64.
  const __m128i below = _mm_set1_epi8(-64);
  for (; text.size() - i >= 16; i += 16) {
    const __m128i s = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    n -= static_cast<std::size_t>(
        __builtin_popcount(static_cast<unsigned>(_mm_movemask_epi8(_mm_cmplt_epi8(s, below)))));
  }
#endif
  for (; i < text.size(); ++i) {
    if (is_continuation(static_cast<unsigned char>(text[i]))) --n;
  }
  return n;
}

std::string truncate_code_points(std::string_view text, std::size_t max_code_points) {
  if (code_point_count(text) <= max_code_points) return std::string(text);
  if (max_code_points == 0) return {};
  std::size_t kept = 0;
  std::size_t i = 0;
  for (; i < text.size(); ++i) {
    if (!is_continuation(static_cast<unsigned char>(text[i]))) {
      if (kept == max_code_points - 1) break;
      ++kept;
    }
  }
  std::string out(text.substr(0, i));
  while (!out.empty() && out.back() == ' ') out.pop_back();
  out += "\xE2\x80\xA6";  // …
  return out;
}

}  // namespace spinecds::cards
