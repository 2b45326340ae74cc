#include "terminology/text_sources.h"

#include <algorithm>
#include <cctype>
#include <cstdint>

#include "fhir/json_access.h"
#include "fhir/json_parse.h"
#include "terminology/base64.h"
#include "terminology/char_class.h"

namespace spinecds::terminology {

namespace {

using fhir::json::member;
using fhir::json::str;

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

// A no-break space reads as a space: the engine splits words on ASCII space.
void append_char(std::string& out, std::uint32_t cp) {
  append_utf8(out, cp == 0xA0 ? ' ' : cp);
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

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

// Decodes the entity at s[i] == '&'; returns the bytes it took (0: none).
std::size_t decode_entity(std::string_view s, std::size_t i, std::string& out) {
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
    append_char(out, cp);
    return semi - i + 1;
  }
  for (const auto& e : kEntities) {
    if (e.name == body) {
      append_char(out, e.cp);
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

bool block_tag(std::string_view name) {
  static constexpr std::string_view kBlocks[] = {
      "p",  "div", "br", "li",    "tr",    "h1",      "h2",      "h3",    "h4", "h5",
      "h6", "ul",  "ol", "table", "thead", "tbody",   "section", "pre",   "hr", "blockquote",
      "dl", "dt",  "dd", "title", "body",  "article", "header",  "footer"};
  return std::find(std::begin(kBlocks), std::end(kBlocks), name) != std::end(kBlocks);
}

void line_break(std::string& out) {
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (!out.empty() && out.back() != '\n') out.push_back('\n');
}

void append_windows_1252(std::string& out, unsigned char b) {
  // The bytes 0x80-0x9F that RTF writers use for typographic marks.
  static constexpr std::uint32_t k80[32] = {
      0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
  append_char(out, b >= 0x80 && b < 0xA0 ? k80[b - 0x80] : b);
}

}  // namespace

std::string html_to_text(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  std::string skip_until;  // "</script" while inside script or style
  while (i < s.size()) {
    const char c = s[i];
    if (c == '<') {
      const auto close = s.find('>', i + 1);
      if (close == std::string_view::npos) break;  // a cut-off tag ends the text
      std::string_view tag = s.substr(i + 1, close - i - 1);
      const bool end_tag = !tag.empty() && tag[0] == '/';
      if (end_tag) tag.remove_prefix(1);
      std::size_t n = 0;
      while (n < tag.size() && is_alnum(tag[n])) ++n;
      const std::string name = lower_ascii(tag.substr(0, n));
      i = close + 1;
      if (!skip_until.empty()) {
        if (end_tag && name == skip_until) skip_until.clear();
        continue;
      }
      if (!end_tag && (name == "script" || name == "style") && tag.back() != '/') {
        skip_until = name;
        continue;
      }
      if (block_tag(name)) {
        line_break(out);
      } else if (name == "td" || name == "th") {
        if (!out.empty() && out.back() != '\n' && out.back() != ' ') out.push_back(' ');
      }
      continue;
    }
    if (!skip_until.empty()) {
      ++i;
      continue;
    }
    if (c == '&') {
      if (const std::size_t n = decode_entity(s, i, out)) {
        i += n;
        continue;
      }
    }
    // Source line breaks and runs of spaces inside a paragraph are only layout.
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      if (!out.empty() && out.back() != ' ' && out.back() != '\n') out.push_back(' ');
    } else {
      out.push_back(c);
    }
    ++i;
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == '\n')) out.pop_back();
  return out;
}

std::string rtf_to_text(std::string_view s) {
  std::string out;
  out.reserve(s.size() / 2);
  // Depth of groups, and the depth below which text is a destination that
  // is not shown (font tables, stylesheets, pictures, "{\*...}").
  std::size_t depth = 0;
  std::size_t hidden_at = 0;  // 0: nothing hidden
  int uc_skip = 0;            // replacement characters still to skip after \uN
  std::size_t i = 0;
  auto visible = [&] { return hidden_at == 0; };
  while (i < s.size()) {
    const char c = s[i];
    if (c == '{') {
      ++depth;
      ++i;
      continue;
    }
    if (c == '}') {
      if (hidden_at != 0 && depth <= hidden_at) hidden_at = 0;
      if (depth > 0) --depth;
      ++i;
      continue;
    }
    if (c == '\r' || c == '\n') {
      ++i;
      continue;
    }
    if (c != '\\') {
      if (uc_skip > 0) {
        --uc_skip;
      } else if (visible()) {
        out.push_back(c);
      }
      ++i;
      continue;
    }
    // A control symbol or word.
    if (i + 1 >= s.size()) break;
    const char n = s[i + 1];
    if (n == '\\' || n == '{' || n == '}') {
      if (visible()) out.push_back(n);
      i += 2;
      continue;
    }
    if (n == '\'') {
      if (i + 3 < s.size() + 0 && std::isxdigit(static_cast<unsigned char>(s[i + 2])) &&
          std::isxdigit(static_cast<unsigned char>(s[i + 3]))) {
        const int v = std::stoi(std::string(s.substr(i + 2, 2)), nullptr, 16);
        if (uc_skip > 0) {
          --uc_skip;
        } else if (visible()) {
          append_windows_1252(out, static_cast<unsigned char>(v));
        }
        i += 4;
      } else {
        i += 2;
      }
      continue;
    }
    if (n == '*') {
      if (hidden_at == 0) hidden_at = depth;
      i += 2;
      continue;
    }
    if (n == '~') {
      if (visible()) out.push_back(' ');
      i += 2;
      continue;
    }
    if (n == '-' || n == '_') {
      if (visible() && n == '_') out.push_back('-');
      i += 2;
      continue;
    }
    std::size_t j = i + 1;
    while (j < s.size() && is_alpha(s[j]) && j - i < 32) ++j;
    const std::string_view word = s.substr(i + 1, j - i - 1);
    bool negative = false;
    if (j < s.size() && s[j] == '-') {
      negative = true;
      ++j;
    }
    long param = 0;
    bool has_param = false;
    while (j < s.size() && is_digit(s[j]) && param < 1000000) {
      param = param * 10 + (s[j] - '0');
      has_param = true;
      ++j;
    }
    if (negative) param = -param;
    if (j < s.size() && s[j] == ' ') ++j;  // the delimiter space belongs to the word
    i = j;
    if (word.empty()) continue;
    if (word == "fonttbl" || word == "colortbl" || word == "stylesheet" || word == "info" ||
        word == "pict" || word == "header" || word == "footer" || word == "listtable" ||
        word == "listoverridetable" || word == "generator" || word == "themedata" ||
        word == "latentstyles" || word == "datastore" || word == "xmlnstbl" || word == "object") {
      if (hidden_at == 0) hidden_at = depth;
      continue;
    }
    if (!visible()) continue;
    if (word == "par" || word == "line" || word == "row" || word == "sect" || word == "page") {
      line_break(out);
    } else if (word == "tab" || word == "cell") {
      out.push_back(' ');
    } else if (word == "emdash") {
      append_char(out, 0x2014);
    } else if (word == "endash") {
      append_char(out, 0x2013);
    } else if (word == "lquote" || word == "rquote") {
      out.push_back('\'');
    } else if (word == "ldblquote" || word == "rdblquote") {
      out.push_back('"');
    } else if (word == "bullet") {
      append_char(out, 0x2022);
    } else if (word == "u" && has_param) {
      append_char(out, static_cast<std::uint32_t>(param < 0 ? param + 65536 : param));
      uc_skip = 1;
    }
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == '\n')) out.pop_back();
  return out;
}

std::string attachment_text(const rapidjson::Value& attachment) {
  const auto data = str(attachment, "data");
  if (data.empty()) return {};
  auto bytes = terminology::base64_decode(data);
  if (!bytes) return {};
  const std::string type = lower_ascii(str(attachment, "contentType"));
  // "text/plain; charset=ISO-8859-1", or bytes that are not UTF-8 whatever
  // the label says: EHR exports of older systems are Windows-1252, of which
  // Latin-1 is a subset. Quotes and cards must be UTF-8.
  const auto cs = type.find("charset=");
  const std::string charset = cs == std::string::npos ? "" : type.substr(cs + 8);
  const bool single_byte =
      charset.rfind("iso-8859-1", 0) == 0 || charset.rfind("iso_8859-1", 0) == 0 ||
      charset.rfind("latin", 0) == 0 || charset.rfind("windows-1252", 0) == 0 ||
      charset.rfind("cp1252", 0) == 0 || fhir::invalid_utf8_at(*bytes) != std::string_view::npos;
  if (single_byte) {
    std::string utf8;
    utf8.reserve(bytes->size() + bytes->size() / 8);
    for (const char c : *bytes) append_windows_1252(utf8, static_cast<unsigned char>(c));
    *bytes = std::move(utf8);
  }
  const bool rtf = type.find("rtf") != std::string::npos || bytes->rfind("{\\rtf", 0) == 0;
  if (rtf) return rtf_to_text(*bytes);
  if (type.find("html") != std::string::npos || type.find("xml") != std::string::npos) {
    return html_to_text(*bytes);
  }
  if (type.find("json") != std::string::npos) {
    // A FHIR document or resource as JSON: its narrative, never its braces.
    rapidjson::Document doc;
    if (fhir::parse_json(*bytes, doc).status != fhir::JsonParseStatus::ok || !doc.IsObject())
      return {};
    return resource_narrative(doc);
  }
  if (!type.empty() && type.rfind("text/", 0) != 0) {
    return {};  // PDF, images, DICOM: not text
  }
  // Wrapped lines are read as such by every reader (read_tokens); the text
  // stays as written, so evidence quotes it as the clinician sees it.
  return std::move(*bytes);
}

std::string narrative_text(const rapidjson::Value& resource) {
  const auto* text = member(resource, "text");
  if (!text) return {};
  return html_to_text(str(*text, "div"));
}

namespace {

void section_text(const rapidjson::Value& section, std::string& out, int depth) {
  if (depth > 8) return;
  if (const auto title = str(section, "title"); !title.empty()) {
    out.append(title);
    out.append(":\n");
  }
  if (auto words = narrative_text(section); !words.empty()) {
    out.append(words);
    out.append("\n\n");
  }
  if (const auto* subs = member(section, "section"); subs && subs->IsArray()) {
    for (const auto& s : subs->GetArray()) {
      if (s.IsObject()) section_text(s, out, depth + 1);
    }
  }
}

}  // namespace

std::string resource_narrative(const rapidjson::Value& resource) {
  const auto type = str(resource, "resourceType");
  std::string out;
  if (type == "Bundle") {
    if (const auto* entries = member(resource, "entry"); entries && entries->IsArray()) {
      for (const auto& e : entries->GetArray()) {
        const auto* r = member(e, "resource");
        if (!r || !r->IsObject() || str(*r, "resourceType") == "Bundle") continue;
        if (auto words = resource_narrative(*r); !words.empty()) {
          out.append(words);
          out.append("\n\n");
        }
      }
    }
  } else if (type == "Composition") {
    if (const auto title = str(resource, "title"); !title.empty()) {
      out.append(title);
      out.append("\n\n");
    }
    if (const auto* sections = member(resource, "section"); sections && sections->IsArray()) {
      for (const auto& s : sections->GetArray()) {
        if (s.IsObject()) section_text(s, out, 0);
      }
    }
  } else {
    out = narrative_text(resource);
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == '\n')) out.pop_back();
  return out;
}

}  // namespace spinecds::terminology
