#include "terminology/wrapped_lines.h"

#include <cstring>

#include "terminology/char_class.h"

namespace spinecds::terminology {

namespace {

// Whether the line starting at `s` goes on with the sentence above it: it
// starts with a lower-case word that is neither a level ("l4-5", "c6") nor
// the label of a templated line ("central canal: ...").
bool continues(std::string_view s) {
  if (s.empty() || !is_lower(s[0])) return false;
  if (s.size() > 1 && (s[0] == 'l' || s[0] == 'c' || s[0] == 't' || s[0] == 's') &&
      is_digit(s[1])) {
    return false;
  }
  for (std::size_t i = 0; i < s.size() && i < 40; ++i) {
    if (s[i] == ':') return false;
    if (!is_alpha(s[i]) && !is_blank(s[i])) break;
  }
  return true;
}

// The first "\n" or "\r" at or after `i`, or the end: two memchr, the second
// bounded by the first's answer, so a text is read about once.
std::size_t line_break_at(std::string_view text, std::size_t i) {
  const char* const from = text.data() + i;
  const std::size_t left = text.size() - i;
  const void* nl = std::memchr(from, '\n', left);
  const std::size_t upto =
      nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - from) : left;
  const void* cr = std::memchr(from, '\r', upto);
  return i + (cr ? static_cast<std::size_t>(static_cast<const char*>(cr) - from) : upto);
}

}  // namespace

std::string unwrap_lines(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    // The bytes up to the next line break go over as they are, in one copy:
    // a byte at a time was most of an attachment's reading (issue 14).
    const std::size_t brk = line_break_at(text, i);
    if (brk > i) {
      out.append(text.substr(i, brk - i));
      i = brk;
      if (i == text.size()) break;
    }
    const char c = text[i];
    std::size_t next = i + 1;
    if (c == '\r' && next < text.size() && text[next] == '\n') ++next;
    std::size_t start = next;
    while (start < text.size() && is_blank(text[start])) ++start;
    std::size_t end = out.size();
    while (end > 0 && is_blank(out[end - 1])) --end;
    const std::string_view line_on = text.substr(start);
    const bool wraps = end > 0 && continues(line_on);
    // "thera-" then "py": a word broken at the margin, not a dash (" - ").
    if (wraps && end >= 3 && out[end - 1] == '-' && is_alpha(out[end - 2]) &&
        is_alpha(out[end - 3])) {
      out.resize(end - 1);
      i = start - 1;
      continue;
    }
    const char last = end > 0 ? out[end - 1] : '\0';
    if (wraps && (is_alpha(last) || is_digit(last) || last == ',' || last == ')')) {
      out.resize(end);
      out += ' ';
      i = start - 1;
      continue;
    }
    out.append(text.substr(i, next - i));
    i = next - 1;
  }
  return out;
}

}  // namespace spinecds::terminology
