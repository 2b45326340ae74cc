#include "terminology/html_entities.h"

#include <algorithm>

#include "terminology/char_class.h"

namespace spinecds::terminology {

namespace {

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

}  // namespace

void append_code_point(std::string& out, std::uint32_t cp) {
  append_utf8(out, cp == 0xA0 ? ' ' : cp);
}

namespace {

struct Entity {
  std::string_view name;
  std::uint32_t cp;
};

// The entities report writers produce; an unknown named one becomes a space.
constexpr Entity kEntities[] = {
    {"amp", '&'},
    {"lt", '<'},
    {"gt", '>'},
    {"quot", '"'},
    {"apos", '\''},
    {"nbsp", 0xA0},
    {"ndash", 0x2013},
    {"mdash", 0x2014},
    {"lsquo", 0x2018},
    {"rsquo", 0x2019},
    {"ldquo", 0x201C},
    {"rdquo", 0x201D},
    {"deg", 0xB0},
    {"plusmn", 0xB1},
    {"times", 0xD7},
    {"hellip", 0x2026},
    {"middot", 0xB7},
    {"bull", 0x2022},
    {"frac12", 0xBD},
    {"ge", 0x2265},
    {"le", 0x2264},
    {"micro", 0xB5},
    {"sup2", 0xB2},
    {"shy", 0xAD},
    {"ensp", ' '},
    {"emsp", ' '},
    {"thinsp", ' '},
    {"copy", 0xA9},
    {"reg", 0xAE},
    {"trade", 0x2122},
    {"laquo", 0xAB},
    {"raquo", 0xBB},
    // Latin-1 letters of European reports ("Kn&ouml;chern", "&Uuml;berweisung"),
    // so their words are read whole and no entity is quoted as evidence.
    {"Agrave", 0xC0},
    {"agrave", 0xE0},
    {"Aacute", 0xC1},
    {"aacute", 0xE1},
    {"Acirc", 0xC2},
    {"acirc", 0xE2},
    {"Atilde", 0xC3},
    {"atilde", 0xE3},
    {"Auml", 0xC4},
    {"auml", 0xE4},
    {"Aring", 0xC5},
    {"aring", 0xE5},
    {"AElig", 0xC6},
    {"aelig", 0xE6},
    {"Ccedil", 0xC7},
    {"ccedil", 0xE7},
    {"Egrave", 0xC8},
    {"egrave", 0xE8},
    {"Eacute", 0xC9},
    {"eacute", 0xE9},
    {"Ecirc", 0xCA},
    {"ecirc", 0xEA},
    {"Euml", 0xCB},
    {"euml", 0xEB},
    {"Igrave", 0xCC},
    {"igrave", 0xEC},
    {"Iacute", 0xCD},
    {"iacute", 0xED},
    {"Icirc", 0xCE},
    {"icirc", 0xEE},
    {"Iuml", 0xCF},
    {"iuml", 0xEF},
    {"ETH", 0xD0},
    {"eth", 0xF0},
    {"Ntilde", 0xD1},
    {"ntilde", 0xF1},
    {"Ograve", 0xD2},
    {"ograve", 0xF2},
    {"Oacute", 0xD3},
    {"oacute", 0xF3},
    {"Ocirc", 0xD4},
    {"ocirc", 0xF4},
    {"Otilde", 0xD5},
    {"otilde", 0xF5},
    {"Ouml", 0xD6},
    {"ouml", 0xF6},
    {"Oslash", 0xD8},
    {"oslash", 0xF8},
    {"Ugrave", 0xD9},
    {"ugrave", 0xF9},
    {"Uacute", 0xDA},
    {"uacute", 0xFA},
    {"Ucirc", 0xDB},
    {"ucirc", 0xFB},
    {"Uuml", 0xDC},
    {"uuml", 0xFC},
    {"Yacute", 0xDD},
    {"yacute", 0xFD},
    {"THORN", 0xDE},
    {"thorn", 0xFE},
    {"szlig", 0xDF},
    {"yuml", 0xFF},
    {"sect", 0xA7},
    {"divide", 0xF7},
    // Arrows, signs and fractions of report and table text ("5 &rarr; 9 mm",
    // "&ge; 3 mm", "&frac12;").
    {"larr", 0x2190},
    {"uarr", 0x2191},
    {"rarr", 0x2192},
    {"darr", 0x2193},
    {"harr", 0x2194},
    {"lArr", 0x21D0},
    {"uArr", 0x21D1},
    {"rArr", 0x21D2},
    {"dArr", 0x21D3},
    {"hArr", 0x21D4},
    {"le", 0x2264},
    {"ge", 0x2265},
    {"ne", 0x2260},
    {"asymp", 0x2248},
    {"minus", 0x2212},
    {"middot", 0xB7},
    {"bull", 0x2022},
    {"hellip", 0x2026},
    {"micro", 0xB5},
    {"frac12", 0xBD},
    {"frac14", 0xBC},
    {"frac34", 0xBE},
    {"sup1", 0xB9},
    {"sup2", 0xB2},
    {"sup3", 0xB3},
    {"ordm", 0xBA},
    {"ordf", 0xAA},
    {"laquo", 0xAB},
    {"raquo", 0xBB},
    {"para", 0xB6},
    {"copy", 0xA9},
    {"reg", 0xAE},
    {"trade", 0x2122},
    {"prime", 0x2032},
    {"Prime", 0x2033},
    {"permil", 0x2030},
    {"thinsp", 0x2009},
    {"ensp", 0x2002},
    {"emsp", 0x2003},
    {"shy", 0xAD},
    {"iexcl", 0xA1},
    {"iquest", 0xBF},
    {"cent", 0xA2},
    {"pound", 0xA3},
    {"euro", 0x20AC},
    {"yen", 0xA5},
    {"dagger", 0x2020},
    {"Dagger", 0x2021},
    {"sbquo", 0x201A},
    {"bdquo", 0x201E},
    {"lsaquo", 0x2039},
    {"rsaquo", 0x203A},
    {"infin", 0x221E},
    {"radic", 0x221A},
    {"sum", 0x2211},
    {"prop", 0x221D},
    {"there4", 0x2234},
    {"sim", 0x223C},
    {"equiv", 0x2261},
    {"not", 0xAC},
    {"macr", 0xAF},
    {"acute", 0xB4},
    {"cedil", 0xB8},
    {"uml", 0xA8},
    {"brvbar", 0xA6},
    {"curren", 0xA4},
    {"alpha", 0x3B1},
    {"beta", 0x3B2},
    {"gamma", 0x3B3},
    {"delta", 0x3B4},
    {"epsilon", 0x3B5},
    {"zeta", 0x3B6},
    {"eta", 0x3B7},
    {"theta", 0x3B8},
    {"iota", 0x3B9},
    {"kappa", 0x3BA},
    {"lambda", 0x3BB},
    {"mu", 0x3BC},
    {"nu", 0x3BD},
    {"xi", 0x3BE},
    {"omicron", 0x3BF},
    {"pi", 0x3C0},
    {"rho", 0x3C1},
    {"sigmaf", 0x3C2},
    {"sigma", 0x3C3},
    {"tau", 0x3C4},
    {"upsilon", 0x3C5},
    {"phi", 0x3C6},
    {"chi", 0x3C7},
    {"psi", 0x3C8},
    {"omega", 0x3C9},
    {"Alpha", 0x391},
    {"Beta", 0x392},
    {"Gamma", 0x393},
    {"Delta", 0x394},
    {"Epsilon", 0x395},
    {"Zeta", 0x396},
    {"Eta", 0x397},
    {"Theta", 0x398},
    {"Iota", 0x399},
    {"Kappa", 0x39A},
    {"Lambda", 0x39B},
    {"Mu", 0x39C},
    {"Nu", 0x39D},
    {"Xi", 0x39E},
    {"Omicron", 0x39F},
    {"Pi", 0x3A0},
    {"Rho", 0x3A1},
    {"Sigma", 0x3A3},
    {"Tau", 0x3A4},
    {"Upsilon", 0x3A5},
    {"Phi", 0x3A6},
    {"Chi", 0x3A7},
    {"Psi", 0x3A8},
    {"Omega", 0x3A9},
};

}  // namespace

std::size_t decode_html_entity(std::string_view s, std::size_t i, std::string& out) {
  const std::size_t limit = std::min(s.size(), i + 12);
  std::size_t semi = i + 1;
  while (semi < limit && s[semi] != ';' && s[semi] != '&' && s[semi] != '<') ++semi;
  if (semi >= limit || s[semi] != ';') return 0;
  const std::string_view body = s.substr(i + 1, semi - i - 1);
  if (body.size() >= 2 && body[0] == '#') {
    const bool hex = body[1] == 'x' || body[1] == 'X';
    std::uint32_t cp = 0;
    const std::size_t from = hex ? 2 : 1;
    if (from >= body.size()) return 0;
    for (std::size_t k = from; k < body.size(); ++k) {
      const char c = body[k];
      int d = -1;
      if (is_digit(c)) d = c - '0';
      if (hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
      if (hex && c >= 'A' && c <= 'F') d = c - 'A' + 10;
      if (d < 0) return 0;
      cp = cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
      if (cp > 0x10FFFF) return 0;
    }
    append_code_point(out, cp);
    return semi - i + 1;
  }
  for (const auto& e : kEntities) {
    if (e.name == body) {
      append_code_point(out, e.cp);
      return semi - i + 1;
    }
  }
  // A named entity this table lacks is still markup, never words: a space
  // stands for it, so a raw "&xyz;" never reaches a quote.
  const bool named = !body.empty() && is_alpha(body.front()) &&
                     std::all_of(body.begin(), body.end(), [](char c) { return is_alnum(c); });
  if (named) {
    out.push_back(' ');
    return semi - i + 1;
  }
  return 0;
}

}  // namespace spinecds::terminology
