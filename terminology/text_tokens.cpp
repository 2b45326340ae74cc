#include "terminology/text_tokens.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <memory>

#include "terminology/char_class.h"

namespace spinecds::terminology {

namespace {

// Multi-byte sequences that act as punctuation or space. Everything else that
// is non-ASCII is read as part of a word (accented letters, stray bytes).
struct Special {
  std::string_view bytes;
  std::string_view as;  // "" means whitespace
};
constexpr Special kSpecials[] = {
    {"\xE2\x80\x90", "-"},     // hyphen
    {"\xE2\x80\x91", "-"},     // non-breaking hyphen
    {"\xE2\x80\x92", "-"},     // figure dash
    {"\xE2\x80\x93", "-"},     // en dash
    {"\xE2\x80\x94", "-"},     // em dash
    {"\xE2\x88\x92", "-"},     // minus sign
    {"\xE2\x86\x92", "-"},     // rightwards arrow: "L2\u2192L5" is a range
    {"\xE2\x9F\xB6", "-"},     // long rightwards arrow: "L3\u27F6S1"
    {"\xC2\xB0", "\xC2\xB0"},  // degree sign
    {"\xC2\xBA", "\xC2\xB0"},  // masculine ordinal, often typed for degrees
    {"\xC2\xA0", ""},          // no-break space
    {"\xE2\x80\x89", ""},      // thin space
    {"\xE2\x80\xAF", ""},      // narrow no-break space
    {"\xE2\x80\x98", "'"},    {"\xE2\x80\x99", "'"}, {"\xE2\x80\x9C", "\""},
    {"\xE2\x80\x9D", "\""},   {"\xE2\x80\xA2", "*"},  // bullet
    {"\xE2\x89\xA5", ">"},                            // greater-than or equal
    {"\xE2\x89\xA4", "<"},    {"\xEF\xBD\x9E", "~"},  // full-width tilde: "L4\uFF5E5" is a range
                                                      // (CJK reports)
};

// HTML entities that survive in report text taken from text/html
// ("L4&#8211;5", "L5&nbsp;S1"): read as the character they stand for, so a
// level is not cut at the entity's ";".
constexpr Special kEntities[] = {
    {"&#8211;", "-"},      {"&#8212;", "-"},       {"&#x2013;", "-"}, {"&#x2014;", "-"},
    {"&ndash;", "-"},      {"&mdash;", "-"},       {"&#45;", "-"},    {"&nbsp;", ""},
    {"&#160;", ""},        {"&#xa0;", ""},         {"&#xA0;", ""},    {"&amp;", "&"},
    {"&deg;", "\xC2\xB0"}, {"&#176;", "\xC2\xB0"}, {"&gt;", ">"},     {"&lt;", "<"},
};

const Special* special_at(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c == '&') {
    for (const auto& sp : kEntities) {
      if (s.substr(i, sp.bytes.size()) == sp.bytes) return &sp;
    }
    return nullptr;
  }
  // Every special sequence starts with one of these three lead bytes; other
  // non-ASCII bytes (accented letters) need no comparison.
  if (c != 0xE2 && c != 0xC2 && c != 0xEF) return nullptr;
  for (const auto& sp : kSpecials) {
    if (s.substr(i, sp.bytes.size()) == sp.bytes) return &sp;
  }
  return nullptr;
}

// What each byte can be inside a word, from one table load: the word loop
// below runs once per byte of every text.
enum : std::uint8_t {
  kDigitByte = 1,   // 0-9
  kLowerByte = 2,   // a-z
  kUpperByte = 4,   // A-Z
  kOtherByte = 8,   // non-ASCII that is never a special sequence's lead byte
  kLeadByte = 16,   // 0xC2, 0xE2 or 0xEF: a letter unless a special sequence starts there
  kSpaceByte = 32,  // ASCII whitespace
  kLineByte = 64,   // "\n" or "\r" (also kSpaceByte)
  kWordByte = kDigitByte | kLowerByte | kUpperByte | kOtherByte,
};
constexpr std::array<std::uint8_t, 256> kByteClass = [] {
  std::array<std::uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    if (c >= '0' && c <= '9') t[c] = kDigitByte;
    if (c >= 'a' && c <= 'z') t[c] = kLowerByte;
    if (c >= 'A' && c <= 'Z') t[c] = kUpperByte;
    if (c >= 0x80) t[c] = (c == 0xC2 || c == 0xE2 || c == 0xEF) ? kLeadByte : kOtherByte;
    if (c == ' ' || c == '\t' || c == '\f' || c == '\v') t[c] = kSpaceByte;
    if (c == '\n' || c == '\r') t[c] = kSpaceByte | kLineByte;
  }
  return t;
}();

bool ascii_digit(std::string_view s, std::size_t at) {
  return at < s.size() && s[at] >= '0' && s[at] <= '9';
}

// A decimal comma, as many European and Latin American authors write
// measures ("7,5 mm", "SVA +6,2 cm"): the digits s[i, j) then "," then one or
// two digits, no space anywhere. Three digits after the comma are a thousands
// separator ("1,500"); a run of comma-joined numbers is a list ("1,2,3").
bool decimal_comma_at(std::string_view s, std::size_t i, std::size_t j) {
  if (j >= s.size() || s[j] != ',' || j - i > 3) return false;
  if (i >= 2 && (s[i - 1] == ',' || s[i - 1] == '.') && ascii_digit(s, i - 2)) return false;
  // Level lists are no measures: "C5-6,6-7", "L4-5,5-S1", "4/5,5/5".
  if (i >= 1 && (s[i - 1] == '-' || s[i - 1] == '/')) return false;
  std::size_t k = j + 1;
  while (ascii_digit(s, k)) ++k;
  const std::size_t frac = k - (j + 1);
  if (frac < 1 || frac > 2) return false;
  if (k < s.size() && (s[k] == '-' || s[k] == '/')) return false;
  return !(k + 1 < s.size() && (s[k] == ',' || s[k] == '.') && ascii_digit(s, k + 1));
}

// Latin letters with diacritics (U+00C0 to U+00FF, after the lead byte
// 0xC3), as their plain lower-case letters: reports translated or written in
// French, Spanish, Portuguese and German ("spondylolisthésis", "sténose",
// "Lasègue", "compresión") read as the English words the tables hold. Each
// fold is at most as long as its two bytes. "" keeps the character (the
// multiplication and division signs).
constexpr std::array<std::string_view, 64> kFoldC3 = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y"};

// Folds the accented letters of the word at w[0, len) in place; returns its
// new length.
std::size_t fold_accents(char* w, std::size_t len) {
  std::size_t out = 0;
  for (std::size_t k = 0; k < len; ++k) {
    const auto c = static_cast<unsigned char>(w[k]);
    if (c == 0xC3 && k + 1 < len) {
      const auto d = static_cast<unsigned char>(w[k + 1]);
      if (d >= 0x80 && d <= 0xBF && !kFoldC3[d - 0x80].empty()) {
        for (char f : kFoldC3[d - 0x80]) w[out++] = f;
        ++k;
        continue;
      }
    } else if (c == 0xC5 && k + 1 < len &&
               (static_cast<unsigned char>(w[k + 1]) == 0x92 ||
                static_cast<unsigned char>(w[k + 1]) == 0x93)) {
      w[out++] = 'o';  // the ligature "oe" ("œdème")
      w[out++] = 'e';
      ++k;
      continue;
    }
    w[out++] = w[k];
  }
  return out;
}

}  // namespace

Tokens tokenize(std::string_view s) {
  Tokens out;
  // Report text has about one token per 4.5 bytes: one allocation, no growth.
  out.reserve(s.size() / 4 + 1);
  const std::size_t n = s.size();
  // Tokens view their bytes in this copy of the text; a word's capitals are
  // lower-cased as the word is read (one block copy, then a store only per
  // capital: report text is mostly lower case).
  out.lower_ = std::make_unique_for_overwrite<char[]>(n);
  char* const low = out.lower_.get();
  if (n > 0) std::memcpy(low, s.data(), n);
  std::size_t i = 0;
  bool space = false;
  bool line = false;       // a line break since the last token
  bool gap = false;        // a tab or three spaces since the last token and line break
  std::size_t spaces = 0;  // the run of spaces just read
  // A new token of `kind` over bytes [b, e), with the whitespace before it.
  auto start = [&](TokenKind kind, std::size_t b, std::size_t e) -> Token& {
    Token& t = out.emplace_back();
    t.kind = kind;
    t.begin = b;
    t.end = e;
    t.space_before = space;
    t.line_before = line;
    t.gap_before = gap;
    space = false;
    line = false;
    gap = false;
    spaces = 0;
    return t;
  };
  while (i < n) {
    const auto c = static_cast<unsigned char>(s[i]);
    const std::uint8_t cb = kByteClass[c];
    if ((cb & kSpaceByte) != 0) {
      space = true;
      line = line || (cb & kLineByte) != 0;
      spaces = c == ' ' ? spaces + 1 : 0;
      gap = (cb & kLineByte) == 0 && (gap || c == '\t' || spaces >= 3);
      ++i;
      continue;
    }
    const Special* sp = (c == '&' || c >= 0x80) ? special_at(s, i) : nullptr;
    if (sp && sp->as.empty()) {
      space = true;
      i += sp->bytes.size();
      continue;
    }
    if (sp || cb == 0) {  // cb == 0: ASCII punctuation, "&" included
      // One symbol: a special sequence read as what it stands for, or the byte.
      const std::size_t len = sp ? sp->bytes.size() : 1;
      Token& p = start(TokenKind::punct, i, i + len);
      if (sp) {
        p.text = sp->as;  // a static string
      } else {
        p.text = std::string_view(low + i, 1);
      }
      i += len;
      continue;
    }
    if (cb == kDigitByte) {
      std::size_t j = i;
      double v = 0;
      // Long digit runs (identifiers, phone numbers) keep their text but not a
      // meaningful value; cap the arithmetic so it cannot overflow.
      while (j < n && is_digit(static_cast<unsigned char>(s[j]))) {
        if (j - i < 12) v = v * 10 + (s[j] - '0');
        ++j;
      }
      if (j + 1 < n && (s[j] == '.' || decimal_comma_at(s, i, j)) &&
          is_digit(static_cast<unsigned char>(s[j + 1]))) {
        double scale = 0.1;
        ++j;
        std::size_t k = 0;
        while (j < n && is_digit(static_cast<unsigned char>(s[j]))) {
          if (k++ < 6) v += (s[j] - '0') * scale;
          scale /= 10;
          ++j;
        }
      }
      // "4mm" stays two tokens; "5th" and "2nd" stay numbers with a word after.
      Token& t = start(TokenKind::number, i, j);
      t.value = v;
      t.text = std::string_view(low + i, j - i);
      i = j;
      continue;
    }
    // A word: letters (any non-ASCII byte that is not a special sequence
    // counts as one) and digits.
    std::size_t j = i;
    std::uint8_t seen = 0;  // the kinds of byte in the word
    while (j < n) {
      const auto d = static_cast<unsigned char>(s[j]);
      const std::uint8_t b = kByteClass[d];
      if ((b & kWordByte) == 0 && !(b == kLeadByte && !special_at(s, j))) break;
      seen |= b;
      // Capitals to lower case: 'A'-'Z' differ from 'a'-'z' by 0x20 alone.
      if (b == kUpperByte) low[j] = static_cast<char>(d | 0x20);  // 'A'-'Z' to 'a'-'z'

      ++j;
    }
    const bool digits = (seen & kDigitByte) != 0;
    Token& t = start(digits ? TokenKind::alnum : TokenKind::word, i, j);
    // Capitals only: no lower-case ASCII letter and no other letter byte.
    t.all_caps = j - i >= 2 && !digits && (seen & (kLowerByte | kOtherByte | kLeadByte)) == 0;
    t.upper = (seen & kUpperByte) != 0;
    t.text =
        std::string_view(low + i, (seen & kOtherByte) != 0 ? fold_accents(low + i, j - i) : j - i);
    i = j;
  }
  return out;
}

std::string_view Tokens::rewrite(std::size_t at, std::string_view with) {
  char* const to = lower_.get() + at;
  std::memmove(to, with.data(), with.size());
  return {to, with.size()};
}

std::vector<std::size_t> code_point_offsets(std::string_view text,
                                            std::span<const std::size_t> bytes) {
  std::vector<std::size_t> out;
  out.reserve(bytes.size());
  std::size_t byte = 0, cp = 0;
  for (std::size_t b : bytes) {
    b = std::min(b, text.size());
    for (; byte < b; ++byte) {
      if ((static_cast<unsigned char>(text[byte]) & 0xC0) != 0x80) ++cp;
    }
    out.push_back(cp);
  }
  return out;
}

}  // namespace spinecds::terminology
