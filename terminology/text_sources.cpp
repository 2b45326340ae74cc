#include "terminology/text_sources.h"

#include <algorithm>
#include <cctype>
#include <cstdint>

#include "fhir/json_access.h"
#include "fhir/json_parse.h"
#include "terminology/base64.h"
#include "terminology/char_class.h"
#include "terminology/html_entities.h"

namespace spinecds::terminology {

namespace {

using fhir::json::member;
using fhir::json::str;

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
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
  append_code_point(out, b >= 0x80 && b < 0xA0 ? k80[b - 0x80] : b);
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
      if (const std::size_t n = decode_html_entity(s, i, out)) {
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
      append_code_point(out, 0x2014);
    } else if (word == "endash") {
      append_code_point(out, 0x2013);
    } else if (word == "lquote" || word == "rquote") {
      out.push_back('\'');
    } else if (word == "ldblquote" || word == "rdblquote") {
      out.push_back('"');
    } else if (word == "bullet") {
      append_code_point(out, 0x2022);
    } else if (word == "u" && has_param) {
      append_code_point(out, static_cast<std::uint32_t>(param < 0 ? param + 65536 : param));
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

}  // namespace spinecds::terminology
