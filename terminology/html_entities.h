#pragma once
// Characters of report text as UTF-8: a code point appended, an HTML
// character reference decoded (html_to_text).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace spinecds::terminology {

// Appends `cp` as UTF-8; a no-break space as a space (the engine splits
// words on ASCII space), anything invalid as U+FFFD.
void append_code_point(std::string& out, std::uint32_t cp);

// Decodes the character reference at s[i] == '&' ("&amp;", "&#8211;",
// "&rarr;") into `out`; returns the bytes it took, 0 when it is none. A named
// reference the table lacks becomes a space: markup, never words.
std::size_t decode_html_entity(std::string_view s, std::size_t i, std::string& out);

}  // namespace spinecds::terminology
