// Level mentions in a sentence: vertebra names through level_scan, level
// phrases without them, numeric levels, headers; roots and asides excluded.
#include "terminology/text/sentence.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "terminology/clinical_dates.h"
#include "terminology/finding_lexicon.h"
#include "terminology/level_scan.h"
#include "terminology/segment.h"
#include "terminology/text/word_classes.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology::text {

// ---- Level mentions -------------------------------------------------------

std::vector<Segment> all_lumbar() {
  std::vector<Segment> s;
  for (int o = kFirstLumbar; o < kSacrum; ++o) s.push_back(Segment{Vertebra{o}});
  return s;
}

// "all lumbar levels", "each level", "throughout the lumbar spine",
// "lumbosacral junction": level phrases without vertebra names.
std::optional<Mention> phrase_mention(std::span<const Token> t, std::size_t i) {
  auto w = [&](std::size_t k, std::string_view s) { return k < t.size() && word_is(t[k], s); };
  if (w(i, "all") || w(i, "every") || w(i, "each")) {
    std::size_t k = i + 1;
    if (w(k, "the")) ++k;
    if (w(k, "five") || w(k, "5")) ++k;
    bool lumbar = false;
    if (w(k, "lumbar") || w(k, "lumbosacral")) {
      lumbar = true;
      ++k;
    }
    if (w(k, "disc") || w(k, "disk")) ++k;
    if (w(k, "levels") || w(k, "level") || w(k, "interspaces") || w(k, "segments") ||
        w(k, "interspace")) {
      (void)lumbar;
      return Mention{i, k + 1, all_lumbar(), std::nullopt, false};
    }
    return std::nullopt;
  }
  if (w(i, "throughout") && w(i + 1, "the") && w(i + 2, "lumbar") && w(i + 3, "spine")) {
    return Mention{i, i + 4, all_lumbar(), std::nullopt, false};
  }
  if ((w(i, "lumbosacral") || w(i, "thoracolumbar")) &&
      (w(i + 1, "junction") || w(i + 1, "junctional"))) {
    const int upper = w(i, "lumbosacral") ? kSacrum - 1 : kFirstLumbar - 1;
    return Mention{i, i + 2, {Segment{Vertebra{upper}}}, std::nullopt, false};
  }
  return std::nullopt;
}

// "T1 and T2 weighted images", "T2 hyperintense": MRI sequences, not levels.
bool is_mri_sequence(std::span<const Token> t, const LevelMention& m) {
  for (std::size_t k = m.first; k < m.last; ++k) {
    const Token& x = t[k];
    if (x.kind == TokenKind::alnum && x.text != "t1" && x.text != "t2") return false;
  }
  for (std::size_t k = m.last; k < t.size() && k < m.last + 3; ++k) {
    if (is_mri_word(t[k].text)) return true;
  }
  if (m.first > 0 && (word_is(t[m.first - 1], "on") || word_is(t[m.first - 1], "weighted"))) {
    return m.last < t.size() && !word_is(t[m.last], "level");
  }
  return false;
}

// "at the 4-5 level", "the 5-1 interspace": lumbar numbers without letters,
// only beside a word that says they are a level.
std::optional<Mention> numeric_level(std::span<const Token> t, std::size_t i) {
  if (i + 3 >= t.size() || t[i].kind != TokenKind::number || t[i + 2].kind != TokenKind::number) {
    return std::nullopt;
  }
  if (!(punct_is(t[i + 1], "-") || punct_is(t[i + 1], "/")) || t[i + 1].space_before ||
      t[i + 2].space_before) {
    return std::nullopt;
  }
  const std::string& n = t[i + 3].text;
  if (n != "level" && n != "levels" && n != "interspace" && n != "disc" && n != "disk" &&
      n != "segment" && n != "space") {
    return std::nullopt;
  }
  const auto a = t[i].text, b = t[i + 2].text;
  if (a.size() != 1 || b.size() != 1) return std::nullopt;
  const int x = a[0] - '0', y = b[0] - '0';
  if (x >= 1 && x <= 4 && y == x + 1) {
    return Mention{i, i + 3, {Segment{Vertebra{kFirstLumbar + x - 1}}}, std::nullopt, false};
  }
  if (x == 5 && y == 1)
    return Mention{i, i + 3, {Segment{Vertebra{kSacrum - 1}}}, std::nullopt, false};
  return std::nullopt;
}

// "the exiting L5 nerve root", "L5 radiculopathy": a vertebra that names a
// nerve root, not a motion segment.
bool names_root(const Sentence& s, const Mention& m) {
  if (!m.single || !m.segments.empty()) return false;
  if (m.last < s.toks.size()) {
    const std::string& w = s.toks[m.last].text;
    if (w == "nerve" || w == "root" || w == "roots" || w == "nerves" || w == "radiculopathy" ||
        w == "radicular" || w == "dermatome" || w == "dermatomal" || w == "distribution" ||
        w == "radiculitis") {
      return true;
    }
  }
  if (m.first > 0) {
    const std::string& w = s.toks[m.first - 1].text;
    if (w == "exiting" || w == "traversing" || w == "descending") return true;
  }
  return false;
}

void find_mentions(Sentence& s) {
  const auto& t = s.toks;
  std::size_t i = 0;
  std::size_t last_end = static_cast<std::size_t>(-1);
  while (i < t.size()) {
    if (i == last_end && punct_is(t[i], "(")) {
      // "L4-5 (counting from the last rib-bearing T12):" the aside after a
      // level names no level of its own.
      std::size_t k = i + 1;
      while (k < t.size() && k < i + 30 && !punct_is(t[k], ")")) ++k;
      if (k < t.size() && punct_is(t[k], ")")) {
        i = k + 1;
        last_end = i;
        continue;
      }
    }
    std::optional<Mention> m;
    if (cls_is(s, i, kLevelPhraseStart)) m = phrase_mention(t, i);
    if (!m && t[i].kind == TokenKind::number) m = numeric_level(t, i);
    // A level starts at a vertebra name ("L4", "l5s1") or "sacrum".
    if (!m && (t[i].kind == TokenKind::alnum || (t[i].text.size() == 6 && t[i].text == "sacrum"))) {
      auto scan = scan_level_mention(t, i, LevelScanMode::lenient);
      if (scan.mention && !is_mri_sequence(t, *scan.mention)) {
        m = Mention{scan.mention->first, scan.mention->last, scan.mention->segments,
                    scan.mention->single, scan.mention->pelvis};
      }
    }
    if (m && m->last > i && names_root(s, *m)) {
      s.roots.emplace_back(m->first, *m->single);
      i = m->last;
      continue;
    }
    if (m && m->last > i) {
      last_end = m->last;
      const int id = static_cast<int>(s.mentions.size());
      for (std::size_t k = m->first; k < m->last; ++k) s.mention_at[k] = id;
      i = m->last;
      s.mentions.push_back(std::move(*m));
    } else {
      ++i;
    }
  }
}

// A "L4-5:" line header names the level for the sentences after it on the
// same line or paragraph.
std::optional<Mention> line_header(const Sentence& s) {
  if (s.mentions.empty()) return std::nullopt;
  const Mention& m = s.mentions.front();
  std::size_t k = 0;
  while (k < m.first && (s.toks[k].kind == TokenKind::punct || word_is(s.toks[k], "at") ||
                         word_is(s.toks[k], "level"))) {
    ++k;
  }
  if (k != m.first) return std::nullopt;
  std::size_t after = m.last;
  if (after < s.toks.size() &&
      (word_is(s.toks[after], "level") || word_is(s.toks[after], "levels"))) {
    ++after;
  }
  if (after < s.toks.size() && punct_is(s.toks[after], "(")) {
    // "L4-5 (counting from the last rib-bearing T12):" keeps its level.
    std::size_t k = after + 1;
    while (k < s.toks.size() && k < after + 30 && !punct_is(s.toks[k], ")")) ++k;
    if (k < s.toks.size()) after = k + 1;
  }
  if (after < s.toks.size() && (punct_is(s.toks[after], ":") || punct_is(s.toks[after], "-"))) {
    return m;
  }
  return std::nullopt;
}

}  // namespace spinecds::terminology::text
