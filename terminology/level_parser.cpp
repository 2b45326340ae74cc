#include "terminology/level_parser.h"

#include <algorithm>

#include "terminology/level_scan.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology {

namespace {

// Quoted back in error messages: one line, bounded, no control characters.
std::string quote(std::string_view text) {
  std::string q;
  for (char c : text.substr(0, 60)) {
    q.push_back(static_cast<unsigned char>(c) < 0x20 || c == 0x7f ? ' ' : c);
  }
  if (text.size() > 60) q += "...";
  return "'" + q + "'";
}

// "without pelvic fixation" and "no iliac screws" do not reach the pelvis.
bool negated_before(const std::vector<Token>& toks, std::size_t i) {
  for (std::size_t k = i; k > 0 && i - k < 3; --k) {
    const std::string_view w = toks[k - 1].text;
    if (w == "without" || w == "no" || w == "not" || w == "excluding") return true;
  }
  return false;
}

LevelParse fail(std::string message) {
  LevelParse p;
  p.error = std::move(message);
  return p;
}

}  // namespace

LevelParse parse_levels(std::string_view text) {
  const auto toks = tokenize(text);
  if (toks.empty()) return fail("empty level string: expected a level such as L4-5 or L2-pelvis");
  std::vector<Segment> segments;
  bool pelvis = false;
  std::optional<Vertebra> single;
  std::size_t i = 0;
  while (i < toks.size()) {
    LevelScan scan = scan_level_mention(toks, i, LevelScanMode::strict);
    if (!scan.error.empty()) return fail(scan.error);
    if (scan.mention) {
      const auto& m = *scan.mention;
      segments.insert(segments.end(), m.segments.begin(), m.segments.end());
      pelvis = pelvis || m.pelvis;
      if (m.single) single = m.single;
      i = std::max(m.last, i + 1);
      continue;
    }
    const Token& t = toks[i];
    if (is_pelvis_token(t)) {
      if (!negated_before(toks, i)) pelvis = true;
    } else if (t.kind == TokenKind::number && segments.empty()) {
      return fail(quote(text) + " is not a level: a level needs its region letter, as in L4-5");
    }
    ++i;
  }
  if (segments.empty()) {
    if (single) {
      const std::string v = to_string(*single);
      const std::string example =
          single->ordinal == kSacrum ? "L5-S1" : v + "-" + to_string(Vertebra{single->ordinal + 1});
      return fail(v + " is a single vertebra, not a motion segment (write a range such as " +
                  example + ")");
    }
    return fail(quote(text) + " is not a vertebral level (expected e.g. L4-5, L5-S1, L2-pelvis)");
  }
  std::sort(segments.begin(), segments.end());
  segments.erase(std::unique(segments.begin(), segments.end()), segments.end());
  LevelParse p;
  p.value = LevelSpan{std::move(segments), pelvis};
  return p;
}

std::string to_json(const LevelSpan& span) {
  std::string out = "{\"segments\": [";
  for (std::size_t i = 0; i < span.segments.size(); ++i) {
    if (i) out += ", ";
    out += "\"" + to_string(span.segments[i]) + "\"";
  }
  out += "], \"pelvis\": ";
  out += span.pelvis ? "true" : "false";
  out += "}";
  return out;
}

}  // namespace spinecds::terminology
