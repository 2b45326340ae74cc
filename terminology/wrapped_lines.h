#pragma once
// Text shape: the ways an export, an interface or a scanner changes how a
// text looks but not what it says. Hard-wrapped lines (OCR of scanned pages,
// dictation and fax exports, in any case: "MODERATE LEFT\nFORAMINAL
// STENOSIS"), words hyphenated at the margin ("STE-\nNOSIS"), HL7 v2 framing
// pasted into a note ("OBX|1|TX|...|value|", "NTE|1||text", "~" and "\.br\"
// line breaks) and OCR letter confusions ("SPlNE", "F0RAMINAL",
// "decompres sion"). Every reader of free text reads it through read_tokens,
// so it is undone once, before sentences are split. The text itself is never
// rewritten: tokens keep their byte spans in it, so evidence quotes and spans
// point into the text the clinician sees.
#include <string>
#include <string_view>

#include "terminology/text_tokens.h"

namespace spinecds::terminology {

// tokenize(text) with the text's shape undone on the tokens:
// - a wrapped line break is no line break (Token::line_before is false): the
//   line ends without a full stop or colon, on a comma, on a word a clause
//   cannot end on (kOpenEndWords), on a grade or a part before a finding word
//   ("RECESS\nSTENOSIS"), or goes on in lower case; a break stays before a
//   blank line, a numbered or bulleted item, a "LABEL:" line and (unless the
//   line above ends on a comma or an open word) a level;
// - a word hyphenated at the margin is one token ("ste-\nnosis" reads
//   "stenosis") unless both halves are words ("non-\nunion" stays "non" "-"
//   "union", on one line); "L4-\n5" is the level "l4" "-" "5";
// - HL7 segment framing (OBX, NTE) and escapes are dropped, "~" and "\.br\"
//   are line breaks;
// - OCR confusions inside a word the engine does not know become the word it
//   knows ("spline" written "SPlNE" reads "spine"; "f0raminal" "foraminal";
//   "decompres sion" one token "decompression"). A level or a measure is
//   never changed;
// - speech recognition's homophones of spine words become the word meant
//   ("chord" reads "cord", "for a minimal" one token "foraminal";
//   misheard_word, misheard_phrase);
// - punctuation dictated as a word is the mark ("4/5 comma biceps" reads
//   "4/5, biceps"; dictated_mark).
Tokens read_tokens(std::string_view text);

}  // namespace spinecds::terminology
