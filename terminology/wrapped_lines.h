#pragma once
// Plain-text notes hard-wrapped at a fixed width (OCR of scanned pages,
// dictation and fax exports): a sentence runs over several lines and words
// are hyphenated at the line end. The engine ends a sentence at every line
// break, so wrapped lines are joined back before it reads them.
#include <string>
#include <string_view>

namespace spinecds::terminology {

// `text` with each wrapped line break undone: "thera-\npy" becomes "therapy"
// (a word hyphenated at the end of a line, continued in lower case), and a
// break between a line that ends mid-sentence (a letter, digit, comma or
// ")") and one that goes on in lower case becomes a space. A break before a
// blank line, a capital, a digit, a level ("l4-5 ..."), a bullet or a
// labelled line ("foramina: ...") stays: those start something new.
std::string unwrap_lines(std::string_view text);

}  // namespace spinecds::terminology
