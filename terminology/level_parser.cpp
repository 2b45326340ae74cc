#include "terminology/level_parser.h"

#include <algorithm>

#include "terminology/level_scan.h"
#include "terminology/procedure_denial.h"
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
  std::vector<int> singles;  // lone vertebrae, in order: "L4 and L5", "L3, L4, L5"
  std::size_t i = 0;
  while (i < toks.size()) {
    LevelScan scan = scan_level_mention(toks, i, LevelScanMode::strict);
    if (!scan.error.empty()) return fail(scan.error);
    if (scan.mention) {
      const auto& m = *scan.mention;
      segments.insert(segments.end(), m.segments.begin(), m.segments.end());
      pelvis = pelvis || m.pelvis;
      singles.insert(singles.end(), scan.lone_vertebrae.begin(), scan.lone_vertebrae.end());
      i = std::max(m.last, i + 1);
      continue;
    }
    const Token& t = toks[i];
    if (is_pelvis_token(t)) {
      if (!denied_procedure_word(toks, 0, toks.size(), i)) pelvis = true;
    } else if (t.kind == TokenKind::number && segments.empty()) {
      return fail(quote(text) + " is not a level: a level needs its region letter, as in L4-5");
    }
    ++i;
  }
  // Vertebrae named one by one in separate mentions ("L4 L5"): the scanner
  // joins those of one list ("L4 and L5"); a gap says nothing about the
  // segment between.
  if (segments.empty() && singles.size() >= 2) {
    auto joined = segments_joining(singles);
    if (!joined) {
      std::sort(singles.begin(), singles.end());
      const std::string a = to_string(Vertebra{singles.front()});
      const std::string b = to_string(Vertebra{singles.back()});
      return fail(a + " and " + b + " are not adjacent vertebrae (write a range such as " + a +
                  "-" + b + ")");
    }
    segments = std::move(*joined);
  }
  if (segments.empty()) {
    if (!singles.empty()) {
      const Vertebra single{singles.front()};
      const std::string v = to_string(single);
      const std::string example =
          single.ordinal == kSacrum ? "L5-S1" : v + "-" + to_string(Vertebra{single.ordinal + 1});
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
