#pragma once
// Text into HTML: everything from a record or a request is data, so every
// character that could open markup or leave an attribute is an entity.
#include <string>
#include <string_view>

namespace spinecds::service {

// `&`, `<`, `>`, `"`, `'` as entities; control characters other than tab and
// line breaks dropped.
std::string html_escape(std::string_view text);
// The same, appended to `out` (a page built in one string).
void append_html_escaped(std::string& out, std::string_view text);

// "'sha256-…'" of `text`: a CSP source allowing exactly that inline block.
std::string csp_hash(std::string_view text);

}  // namespace spinecds::service
