#pragma once
// Escaping record text for GitHub Flavored Markdown card details. Text that
// comes from the patient record (report impressions, notes, error strings) is
// data, never markup: it must not open links, images, HTML, emphasis or table
// cells in the EHR's card renderer.
#include <string>
#include <string_view>

namespace spinecds::cards {

// One line of inert text: line breaks and control characters become spaces,
// `<`, `>` and `&` become entities, Markdown punctuation is backslash-escaped
// (CommonMark allows a backslash before any ASCII punctuation), and `:` / `@`
// / `www.` are escaped so GFM's extended autolinks cannot fire.
std::string markdown_escape(std::string_view text);

// Cuts text to at most `max_code_points` code points (UTF-8), ending in "…"
// when cut; never splits a code point.
std::string truncate_code_points(std::string_view text, std::size_t max_code_points);

// Number of Unicode code points in UTF-8 text.
std::size_t code_point_count(std::string_view text);

}  // namespace spinecds::cards
