#include "terminology/page_banners.h"

#include <algorithm>
#include <cstddef>

#include "terminology/char_class.h"

namespace spinecds::terminology {

namespace {

char low(char c) {
  return is_upper(c) ? static_cast<char>(c | 0x20) : c;
}

bool starts_with_word(std::string_view line, std::string_view word) {
  if (line.size() < word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (low(line[i]) != word[i]) return false;
  }
  return line.size() == word.size() || !is_alpha(line[word.size()]);
}

bool has_word(std::string_view line, std::string_view word) {
  for (std::size_t p = 0; p + word.size() <= line.size(); ++p) {
    if ((p == 0 || !is_alpha(line[p - 1])) && starts_with_word(line.substr(p), word)) return true;
  }
  return false;
}

std::size_t digits_at(std::string_view s, std::size_t p) {
  std::size_t n = 0;
  while (p + n < s.size() && is_digit(s[p + n])) ++n;
  return n;
}

// "14:22": a clock time, which a fax header always prints.
bool has_clock_time(std::string_view line) {
  for (std::size_t p = 1; p + 2 < line.size(); ++p) {
    if (line[p] == ':' && is_digit(line[p - 1]) && digits_at(line, p + 1) == 2) return true;
  }
  return false;
}

std::string_view trim_marks(std::string_view line) {
  const auto mark = [](char c) {
    return is_space(c) || c == '-' || c == '*' || c == '=' || c == '_';
  };
  while (!line.empty() && mark(line.front())) line.remove_prefix(1);
  while (!line.empty() && mark(line.back())) line.remove_suffix(1);
  return line;
}

// "Page 2 of 3", "----- Page 2 -----", "PAGE 3": the line says nothing else.
bool page_marker(std::string_view line) {
  line = trim_marks(line);
  if (!starts_with_word(line, "page")) return false;
  std::size_t p = 4;
  while (p < line.size() && line[p] == ' ') ++p;
  const std::size_t n = digits_at(line, p);
  if (n == 0 || n > 4) return false;
  p += n;
  if (p == line.size()) return true;
  while (p < line.size() && line[p] == ' ') ++p;
  if (!starts_with_word(line.substr(p), "of")) return false;
  p += 2;
  while (p < line.size() && line[p] == ' ') ++p;
  const std::size_t m = digits_at(line, p);
  return m > 0 && m <= 4 && p + m == line.size();
}

// "FAX 555-0142  10/03/2019 14:22  P.004", "FROM: ... FAX NO. ... 14:22":
// a transmission header names the fax and prints the time it was sent.
bool fax_header(std::string_view line) {
  line = trim_marks(line);
  if (line.size() > 160 || !has_clock_time(line)) return false;
  if ((starts_with_word(line, "fax") || starts_with_word(line, "from")) && has_word(line, "fax")) {
    return true;
  }
  // "Apr 07 2026 15:02   Lakeside Physical Therapy   5550177302   p.1": the
  // time stamp, the sender and the page number a fax machine prints.
  std::size_t end = line.size();
  while (end > 0 && is_digit(line[end - 1])) --end;
  if (end == line.size() || end < 2) return false;
  std::size_t p = end;
  if (line[p - 1] == ' ') --p;
  if (p > 0 && line[p - 1] == '.') --p;
  return p > 0 && low(line[p - 1]) == 'p' && (p == 1 || !is_alpha(line[p - 2]));
}

// "RE: DOE, JOHN  DOB: 01/02/1941  MR#: 0048812": the patient banner a
// paginated report repeats on each page.
bool patient_banner(std::string_view line) {
  return line.size() <= 160 && has_word(line, "dob") &&
         (has_word(line, "mr") || has_word(line, "mrn") || has_word(line, "acct") ||
          has_word(line, "re"));
}

}  // namespace

std::string without_page_banners(std::string_view text) {
  std::string out;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find('\n', at);
    const bool last = end == std::string_view::npos;
    if (last) end = text.size();
    const std::string_view line = text.substr(at, end - at);
    // A text that is one line is never a page's furniture.
    if ((at > 0 || !last) && (page_marker(line) || fax_header(line) || patient_banner(line))) {
      if (out.empty()) out.assign(text);
      std::fill(out.begin() + static_cast<std::ptrdiff_t>(at),
                out.begin() + static_cast<std::ptrdiff_t>(last ? end : end + 1), ' ');
    }
    at = end + 1;
  }
  return out;
}

}  // namespace spinecds::terminology
