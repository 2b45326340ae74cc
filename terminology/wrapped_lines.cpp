#include "terminology/wrapped_lines.h"

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

}  // namespace

std::string unwrap_lines(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c != '\n' && c != '\r') {
      out += c;
      continue;
    }
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
