#include "cards/markdown_escape.h"

#include <cctype>

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
      out.push_back(c);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::size_t code_point_count(std::string_view text) {
  std::size_t n = 0;
  for (char c : text) {
    if (!is_continuation(static_cast<unsigned char>(c))) ++n;
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
