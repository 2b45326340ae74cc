#include "terminology/template_fields.h"

#include <cstddef>

#include "terminology/char_class.h"

namespace spinecds::terminology {

namespace {

// The end (one past "}") of a field opening at text[open], or 0: braces on
// one line, at most 120 bytes apart, holding a colon and then a list id of
// three or more digits.
std::size_t field_end(std::string_view text, std::size_t open) {
  const std::size_t limit = std::min(text.size(), open + 120);
  std::size_t digits_after_colon = 0;
  bool colon = false, id = false;
  for (std::size_t k = open + 1; k < limit; ++k) {
    const char c = text[k];
    if (c == '\n' || c == '\r' || c == '{') return 0;
    if (c == '}') return id ? k + 1 : 0;
    if (c == ':') {
      colon = true;
      digits_after_colon = 0;
      continue;
    }
    if (colon && is_digit(c)) {
      if (++digits_after_colon >= 3) id = true;
    } else {
      colon = false;
    }
  }
  return 0;
}

}  // namespace

std::string without_unfilled_fields(std::string_view text) {
  std::string out;
  for (std::size_t open = text.find('{'); open != std::string_view::npos;
       open = text.find('{', open + 1)) {
    const std::size_t end = field_end(text, open);
    if (end == 0) continue;
    if (out.empty()) out.assign(text);
    for (std::size_t k = open; k < end; ++k) out[k] = ' ';
    open = end - 1;
  }
  return out;
}

}  // namespace spinecds::terminology
