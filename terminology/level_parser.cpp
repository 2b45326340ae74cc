#include "terminology/level_parser.h"

#include <algorithm>
#include <array>
#include <optional>
#include <span>

#include "terminology/level_endpoint.h"
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

// A number pair at toks[i] that is plainly no level: a date ("03/04/2026",
// "2026-11-30"), a score out of ten ("7/10") or a quantity ("1-2 weeks",
// "2-3 blocks").
// Returns the token after it.
std::optional<std::size_t> not_a_level_pair(std::span<const Token> toks, std::size_t i) {
  if (i + 2 >= toks.size() || toks[i + 2].kind != TokenKind::number) return std::nullopt;
  const std::string_view sep = toks[i + 1].text;
  if (i + 4 < toks.size() && toks[i + 3].text == sep && toks[i + 4].kind == TokenKind::number) {
    return i + 5;
  }
  if (sep == "/" && toks[i + 2].text == "10") return i + 3;
  if (i + 3 >= toks.size()) return std::nullopt;
  if (levels::measure_follows(toks, i + 3)) return i + 4;
  // A noun after the pair counts something ("walks 2-3 blocks"); a joining
  // word lists it with the levels after it ("4-5 and L5-S1").
  const Token& w = toks[i + 3];
  if (w.kind == TokenKind::word && joining_word(w) == Joining::none) return i + 3;
  return std::nullopt;
}

}  // namespace

std::optional<std::size_t> level_count_at(std::span<const Token> toks, std::size_t i,
                                          std::size_t& next) {
  static constexpr std::array<std::string_view, 9> kWords = {
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
  const Token& t = toks[i];
  std::optional<std::size_t> n;
  if (t.kind == TokenKind::number && t.text.size() <= 2) n = static_cast<std::size_t>(t.value);
  if (word_is(t, "single")) n = 1;
  for (std::size_t k = 0; k < kWords.size() && !n; ++k) {
    if (word_is(t, kWords[k])) n = k + 1;
  }
  if (!n) return std::nullopt;
  std::size_t j = i + 1;
  if (j < toks.size() && punct_is(toks[j], "-")) ++j;
  if (j >= toks.size() || !(word_is(toks[j], "level") || word_is(toks[j], "levels"))) {
    return std::nullopt;
  }
  next = j + 1;
  return n;
}

LevelParse parse_levels(std::string_view text) {
  const auto toks = tokenize(text);
  if (toks.empty()) return fail("empty level string: expected a level such as L4-5 or L2-pelvis");
  std::vector<Segment> segments;
  bool pelvis = false;
  std::vector<int> singles;  // lone vertebrae, in order: "L4 and L5", "L3, L4, L5"
  std::size_t i = 0;
  std::optional<std::size_t> count;  // "2-level L4-S1"
  std::string count_words;
  bool bare_pair = false;  // "4-5" or "5/5" outside any level
  while (i < toks.size()) {
    std::size_t after = i;
    if (const auto n = level_count_at(toks, i, after)) {
      count = n;
      count_words = std::string(text.substr(toks[i].begin, toks[after - 1].end - toks[i].begin));
      i = after;
      continue;
    }
    // "T1 and T2 weighted images", "T2 hyperintense signal at C5-6": MRI
    // sequences, read as prose reads them, are skipped.
    if (toks[i].kind == TokenKind::alnum && (toks[i].text == "t1" || toks[i].text == "t2")) {
      const LevelScan seq = scan_level_mention(toks, i, LevelScanMode::lenient);
      if (seq.mention && is_mri_sequence(toks, *seq.mention)) {
        i = std::max(seq.mention->last, i + 1);
        continue;
      }
    }
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
      if (pelvic_fixation_word(toks, 0, toks.size(), i)) pelvis = true;
    } else if (t.kind == TokenKind::number && i + 1 < toks.size() &&
               (punct_is(toks[i + 1], "-") || punct_is(toks[i + 1], "/"))) {
      // "4-5", "5/5": shaped like a level without its region letter. A date,
      // a score out of ten or a quantity before the level is no level ("MRI
      // 03/04/2026: L4-5", "VAS 7/10, L5-S1", "1-2 weeks out: C6-7"); any
      // other bare pair is refused, never dropped ("4-5 and L5-S1").
      bare_pair = true;
      if (const auto skip = not_a_level_pair(toks, i)) {
        i = *skip;
        continue;
      }
      if (segments.empty()) {
        return fail(quote(text) + " is not a level: a level needs its region letter, as in L4-5");
      }
    }
    ++i;
  }
  // Vertebrae named one by one in separate mentions ("L4 L5"): the scanner
  // joins those of one list ("L4 and L5"); a gap says nothing about the
  // segment between.
  if (segments.empty() && bare_pair) {
    return fail(quote(text) + " is not a level: a level needs its region letter, as in L4-5");
  }
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
  // A count that disagrees with the levels leaves the reader unsure which is
  // meant ("3-level ACDF C5-6"): say so rather than pick one.
  // A corpectomy is counted in vertebral bodies ("single-level corpectomy
  // C5" spans two segments), and "with"/"plus" adds a second procedure whose
  // levels the count does not cover ("2-level fusion L4-S1 with L3-4
  // decompression").
  const bool counts_other = text.find("orpectom") != std::string_view::npos ||
                            std::any_of(toks.begin(), toks.end(), [](const Token& t) {
                              return word_is(t, "with") || word_is(t, "plus");
                            });
  if (count && *count != segments.size() && !counts_other) {
    return fail(quote(count_words) + " names " + std::to_string(*count) + " level" +
                (*count == 1 ? "" : "s") + " but the string gives " +
                std::to_string(segments.size()) + " segment" + (segments.size() == 1 ? "" : "s") +
                " (" + to_string(segments.front()) +
                (segments.size() > 1 ? " to " + to_string(segments.back()) : "") + ")");
  }
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
