#include "terminology/level_scan.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>

#include "terminology/finding_lexicon.h"

namespace spinecds::terminology {

namespace {

using levels::Endpoint;
using levels::measure_follows;
using levels::Read;
using levels::read_endpoint;
using levels::read_number_endpoint;

enum class Sep { none, dash, word, on };

// A range separator at toks[i]; returns the token after it.
Sep read_range_sep(std::span<const Token> toks, std::size_t i, std::size_t& next,
                   LevelScanMode mode) {
  if (i >= toks.size()) return Sep::none;
  const Token& t = toks[i];
  // "L3 => S1": an arrow typed with an equals sign, in a level string; prose
  // uses it for "leads to" ("numbness shifted from L5 => S1 dermatome").
  if (mode == LevelScanMode::strict && punct_is(t, "=") && i + 1 < toks.size() &&
      punct_is(toks[i + 1], ">") && !toks[i + 1].space_before) {
    next = i + 2;
    return Sep::dash;
  }
  // "L2~L5": the tilde of Japanese and Korean reports is a range in a level
  // string; in prose it means "about" ("L4-5 ~5 mm").
  if (mode == LevelScanMode::strict && punct_is(t, "~")) {
    next = i + 1;
    return Sep::dash;
  }
  // "L3～5": the full-width tilde of Japanese and Chinese reports is a range
  // in prose too when it touches both ends; "L4 ~5 mm" is "about".
  if (punct_is(t, "~") && !t.space_before && i + 1 < toks.size() && !toks[i + 1].space_before &&
      !measure_follows(toks, i + 2)) {
    next = i + 1;
    return Sep::dash;
  }
  // "L4 dash 5", "C5 hyphen 6": the hyphen said aloud (dictation).
  if (word_is(t, "dash") || word_is(t, "hyphen")) {
    next = i + 1;
    return Sep::dash;
  }
  if (punct_is(t, "-") || punct_is(t, "/")) {
    next = i + 1;
    // "L2 -> L5": an arrow typed as two characters.
    if (next < toks.size() && punct_is(toks[next], ">") && !toks[next].space_before) ++next;
    return Sep::dash;
  }
  if (t.kind != TokenKind::word) return Sep::none;
  // "L2 down to L5", "T10 extending to the pelvis": a verb before the range word,
  // in a level string only: prose uses the same verbs for a fragment or a
  // syrinx ("a fragment at L3-4 extending down to the L5 pedicle").
  if (mode == LevelScanMode::strict &&
      (t.text == "down" || t.text == "extending" || t.text == "extended" || t.text == "extends" ||
       t.text == "continuing") &&
      i + 1 < toks.size()) {
    std::size_t j = i + 1;
    if (t.text != "down" && word_is(toks[j], "down")) ++j;
    if (j < toks.size() &&
        (word_is(toks[j], "to") || word_is(toks[j], "into") || word_is(toks[j], "through"))) {
      next = j + 1;
      if (next < toks.size() && word_is(toks[next], "the")) ++next;
      return Sep::word;
    }
    return Sep::none;
  }
  if (t.text == "to" || t.text == "through" || t.text == "thru" || t.text == "into" ||
      t.text == "till" || t.text == "until") {
    next = i + 1;
    if (next < toks.size() && word_is(toks[next], "the")) ++next;
    return Sep::word;
  }
  // "L4 sur L5", "L5 sobre S1": translated reports keep the source's word.
  if (t.text == "on" || t.text == "upon" || t.text == "over" || t.text == "sur" ||
      t.text == "sobre") {
    next = i + 1;
    return Sep::on;
  }
  if (t.text == "relative" && i + 1 < toks.size() && word_is(toks[i + 1], "to")) {
    next = i + 2;
    return Sep::on;
  }
  if (t.text == "with" && i + 2 < toks.size() && word_is(toks[i + 1], "respect") &&
      word_is(toks[i + 2], "to")) {
    next = i + 3;
    return Sep::on;
  }
  return Sep::none;
}

// What the scanner needs of a chain's endpoints, kept as they are read
// rather than in a vector: a chain is read at every level mention of a text.
struct Chain {
  bool empty = true;
  int lo = 0, hi = 0;             // lowest and highest vertebra named
  std::size_t vertebrae = 0;      // endpoints that name a vertebra
  bool pelvis = false;            // an endpoint reaches the pelvis
  std::optional<Vertebra> prev;   // the last vertebra named
  bool ends_at_vertebra = false;  // the last endpoint names a vertebra
  std::size_t next = 0;
  std::string error;

  void add(const Endpoint& e) {
    empty = false;
    ends_at_vertebra = e.vertebra.has_value();
    pelvis = pelvis || e.pelvis;
    if (!e.vertebra) return;
    const int o = e.vertebra->ordinal;
    lo = vertebrae == 0 ? o : std::min(lo, o);
    hi = vertebrae == 0 ? o : std::max(hi, o);
    ++vertebrae;
    prev = e.vertebra;
  }
};

bool sequence_name(const Token& t) {
  return t.kind == TokenKind::alnum && (t.text == "t1" || t.text == "t2");
}

// An MRI word after the T1/T2 names that end at toks[end]: "T2
// hyperintense", "T1- and T2-weighted" (the word said once, after the last
// of the names listed). It qualifies the names themselves, not a level a
// later phrase places ("T1-T2 on T2 weighted images", "T2-3 on axial
// images").
bool mri_word_after(std::span<const Token> toks, std::size_t end) {
  while (true) {
    std::size_t k = end;
    if (k < toks.size() && punct_is(toks[k], "-")) ++k;
    if (k + 1 < toks.size() &&
        (joining_word(toks[k]) == Joining::list || punct_is(toks[k], ",") ||
         punct_is(toks[k], "/")) &&
        sequence_name(toks[k + 1])) {
      end = k + 2;
      continue;
    }
    break;
  }
  for (std::size_t k = end; k < toks.size() && k < end + 3; ++k) {
    if (is_mri_word(toks[k].text)) return true;
    if (word_is(toks[k], "on") || word_is(toks[k], "in") || word_is(toks[k], "at") ||
        word_is(toks[k], "of") || punct_is(toks[k], ",") || punct_is(toks[k], ";")) {
      break;
    }
  }
  return false;
}

// Reads the ranges that follow a chain's first end ("-5", "-5-S1", " to S1").
void extend_chain(std::span<const Token> toks, Chain& c, LevelScanMode mode) {
  while (true) {
    std::size_t after = c.next;
    const Sep sep = read_range_sep(toks, c.next, after, mode);
    const std::optional<Vertebra> prev = c.prev;
    if (sep == Sep::none) {
      // "L3 4", "L5 S1": one vertebra and the next written with a space for
      // the hyphen (dictation).
      if (c.vertebrae != 1 || !prev || !c.ends_at_vertebra) break;
      const Read spaced = levels::read_spaced_endpoint(toks, c.next, *prev);
      if (spaced.endpoints.empty()) break;
      for (const auto& e : spaced.endpoints) c.add(e);
      c.next = spaced.next;
      break;
    }
    if (!prev || !c.ends_at_vertebra) break;  // nothing follows the pelvis
    Read r;
    if (sep == Sep::dash) {
      r = read_number_endpoint(toks, after, *prev, mode == LevelScanMode::strict);
      // "L4/L5 - 3mm retrolisthesis": a dash set off by spaces before a
      // measurement begins the level line's finding; no range ends at "3".
      if (!r.endpoints.empty() && toks[c.next].space_before && after < toks.size() &&
          toks[after].space_before && measure_follows(toks, r.next)) {
        r = Read{};
        break;
      }
      if (r.endpoints.empty() && r.error.empty()) r = read_endpoint(toks, after);
    } else {
      r = read_endpoint(toks, after);
      // "L2 to 5", "cervical 4 through 7": a lower vertebra of the same
      // region; "L2-3 through 4-5": the segment that starts at it.
      if (sep == Sep::word && r.endpoints.empty() && r.error.empty()) {
        r = read_number_endpoint(toks, after, *prev, false);
        const bool segment_next =
            r.next < toks.size() && (punct_is(toks[r.next], "-") || punct_is(toks[r.next], "/"));
        if (!r.endpoints.empty() && (r.endpoints.front().vertebra < prev ||
                                     (r.endpoints.front().vertebra == prev && !segment_next) ||
                                     measure_follows(toks, r.next))) {
          r = Read{};
        }
      }
      // "L4 on L5" names vertebrae; "on the pelvis" does not extend a level.
      if (sep == Sep::on && !r.endpoints.empty() && !r.endpoints.front().vertebra) {
        r.endpoints.clear();
      }
      // "anterolisthesis of L4 on 5": the vertebra below, its region's
      // letter left out; only the next one, and no figure ("L4 on 5 mm").
      if (sep == Sep::on && r.endpoints.empty() && r.error.empty() && after < toks.size() &&
          toks[after].kind == TokenKind::number) {
        Read n = read_number_endpoint(toks, after, *prev, false);
        if (!n.endpoints.empty() && n.endpoints.front().vertebra &&
            n.endpoints.front().vertebra->ordinal == prev->ordinal + 1 &&
            !measure_follows(toks, n.next) &&
            !(n.next < toks.size() &&
              (punct_is(toks[n.next], "/") || punct_is(toks[n.next], "%")))) {
          r = std::move(n);
        }
      }
      // "T1-T2 on T2 weighted images": the sequence the level is seen on.
      if (sep == Sep::on && after < toks.size() && sequence_name(toks[after]) &&
          mri_word_after(toks, r.next)) {
        r.endpoints.clear();
      }
    }
    if (r.endpoints.empty()) {
      if (mode == LevelScanMode::strict) {
        if (!r.error.empty()) {
          c.error = r.error;
        } else if (sep == Sep::dash) {
          c.error = to_string(*prev) + " is followed by a dash with no level after it";
        } else if (after >= toks.size()) {
          c.error = to_string(*prev) + " is followed by '" + std::string(toks[c.next].text) +
                    "' with no level after it";
        }
      }
      break;
    }
    for (const auto& e : r.endpoints) c.add(e);
    c.next = r.next;
  }
}

Chain read_chain(std::span<const Token> toks, std::size_t i, LevelScanMode mode) {
  Chain c;
  Read first = read_endpoint(toks, i);
  if (first.endpoints.empty()) {
    c.error = first.error;
    c.next = i;
    return c;
  }
  // A chain starts at a vertebra: "pelvis" alone is no level.
  if (!first.endpoints.front().vertebra) {
    c.next = i;
    return c;
  }
  for (const auto& e : first.endpoints) c.add(e);
  c.next = first.next;
  extend_chain(toks, c, mode);
  return c;
}

bool starts_chain(std::span<const Token> toks, std::size_t i) {
  const Read r = read_endpoint(toks, i);
  return !r.endpoints.empty() && r.endpoints.front().vertebra.has_value();
}

// A list separator ("," "and" "or" "&" ", and") followed by another chain;
// alternatives ("L4-5 vs L5-S1", "versus") are a list of the levels in doubt.
// The token after a list separator at toks[i], or i when there is none.
std::size_t skip_list_sep(std::span<const Token> toks, std::size_t i) {
  std::size_t j = i;
  bool any = false;
  for (int k = 0; k < 3 && j < toks.size(); ++k) {
    const Token& t = toks[j];
    const bool vs_dot = punct_is(t, ".") && j > i && word_is(toks[j - 1], "vs");
    const bool joins = joining_word(t) == Joining::list && !word_is(t, "plus");
    if (punct_is(t, ",") || joins || word_is(t, "vs") || word_is(t, "versus") || vs_dot ||
        word_is(t, "at") || word_is(t, "the")) {
      if (!(word_is(t, "at") || word_is(t, "the"))) any = true;
      ++j;
      continue;
    }
    break;
  }
  return any ? j : i;
}

bool read_list_sep(std::span<const Token> toks, std::size_t i, std::size_t& next) {
  const std::size_t j = skip_list_sep(toks, i);
  if (j == i || !starts_chain(toks, j)) return false;
  next = j;
  return true;
}

// A list that does not repeat the region letter: "L4-5, 5-1" and "C5-6 and
// 6-7" (a segment starting at the vertebra the last one ended on), "L4, 5,
// S1" and "L4 and 5" (the next vertebra). Prose numbers after a level stay
// prose: "L4-5, 4-5 times a week", "L5, 5/5 strength", "C5-6 and 3 mm".
std::optional<Chain> read_bare_continuation(std::span<const Token> toks, std::size_t i,
                                            Vertebra prev, LevelScanMode mode) {
  const std::size_t j = skip_list_sep(toks, i);
  if (j == i || j >= toks.size() || toks[j].kind == TokenKind::alnum) return std::nullopt;
  const Read n = read_number_endpoint(toks, j, prev, false);
  if (n.endpoints.empty() || !n.endpoints.front().vertebra) return std::nullopt;
  const Vertebra v = *n.endpoints.front().vertebra;
  // In prose a slash after a bare number is a grade or a fraction ("L3-4,
  // 4/5 strength", "5/10 pain"): only a level string lists "L3/4, 4/5".
  if (mode != LevelScanMode::strict && n.next < toks.size() && punct_is(toks[n.next], "/")) {
    return std::nullopt;
  }
  const bool ranged =
      n.next < toks.size() && (punct_is(toks[n.next], "-") || punct_is(toks[n.next], "/"));
  Chain c;
  c.add(n.endpoints.front());
  c.next = n.next;
  if (v == prev && ranged) {
    extend_chain(toks, c, mode);
    if (!c.error.empty())
      return mode == LevelScanMode::strict ? std::optional<Chain>(c) : std::nullopt;
    if (c.hi == c.lo && !c.pelvis) return std::nullopt;
  } else if (v.ordinal != prev.ordinal + 1 || ranged) {
    return std::nullopt;
  }
  if (measure_follows(toks, c.next)) return std::nullopt;
  return c;
}

bool corpectomy_word(std::span<const Token> toks, std::size_t i) {
  if (i >= toks.size() || toks[i].kind != TokenKind::word) return false;
  const std::string_view w = toks[i].text;
  return w.starts_with("corpectom") || w.starts_with("vertebrectom");
}

// "C5 corpectomy", "C5 vertebral corpectomy", "corpectomy of C5",
// "corpectomy at C5 and C6".
bool corpectomy_beside(std::span<const Token> toks, std::size_t first, std::size_t last) {
  if (corpectomy_word(toks, last)) return true;
  if (last < toks.size() && (word_is(toks[last], "vertebral") || word_is(toks[last], "body")) &&
      corpectomy_word(toks, last + 1)) {
    return true;
  }
  if (first >= 1 && corpectomy_word(toks, first - 1)) return true;
  return first >= 2 && (word_is(toks[first - 1], "of") || word_is(toks[first - 1], "at")) &&
         corpectomy_word(toks, first - 2);
}

// Whether a list item ending before toks[k] ends the list: the text ends,
// punctuation follows, or a joining word ("and", "plus"); not "with", which
// may hang a root's syndrome on it ("C5-6 and C7 with radiculopathy").
bool ends_list(std::span<const Token> toks, std::size_t k) {
  if (k >= toks.size() || toks[k].kind == TokenKind::punct) return true;
  return joining_word(toks[k]) == Joining::list && !word_is(toks[k], "or");
}

}  // namespace

Joining joining_word(const Token& t) {
  if (punct_is(t, "&") || punct_is(t, "+")) return Joining::list;
  if (t.kind != TokenKind::word) return Joining::none;
  const std::string_view w = t.text;
  // "und": German reports list levels so ("HWK 4/5 und 5/6").
  if (w == "and" || w == "or" || w == "plus" || w == "und") return Joining::list;
  if (w == "to" || w == "through" || w == "thru") return Joining::range;
  return Joining::none;
}

bool is_mri_sequence(std::span<const Token> toks, const LevelMention& m) {
  for (std::size_t k = m.first; k < m.last; ++k) {
    const Token& x = toks[k];
    if (x.kind == TokenKind::alnum && !sequence_name(x)) return false;
  }
  if (mri_word_after(toks, m.last)) return true;
  if (m.first > 0 && (word_is(toks[m.first - 1], "on") || word_is(toks[m.first - 1], "weighted"))) {
    return m.last < toks.size() && !word_is(toks[m.last], "level");
  }
  return false;
}

std::optional<std::vector<Segment>> segments_joining(std::vector<int> vertebrae) {
  std::sort(vertebrae.begin(), vertebrae.end());
  vertebrae.erase(std::unique(vertebrae.begin(), vertebrae.end()), vertebrae.end());
  if (vertebrae.size() < 2) return std::nullopt;
  std::vector<Segment> out;
  for (std::size_t k = 1; k < vertebrae.size(); ++k) {
    if (vertebrae[k] != vertebrae[k - 1] + 1) return std::nullopt;
    out.push_back(Segment{Vertebra{vertebrae[k - 1]}});
  }
  return out;
}

LevelScan scan_level_mention(std::span<const Token> toks, std::size_t i, LevelScanMode mode) {
  LevelScan out;
  if (i >= toks.size()) return out;
  if (!starts_chain(toks, i)) {
    if (mode == LevelScanMode::strict) out.error = read_endpoint(toks, i).error;
    return out;
  }
  LevelMention m;
  m.first = i;
  std::vector<int> singles;
  std::size_t pos = i;
  std::optional<Chain> pending;  // a list item read ahead: "5-1" in "L4-5, 5-1"
  int range_hi = -1;             // where the last range of the list ended (-1: none)
  std::size_t item_end = i;      // just past the last item read, before its separator
  while (true) {
    const std::size_t start = pos;
    Chain c = pending ? std::move(*pending) : read_chain(toks, pos, mode);
    pending.reset();
    if (!c.error.empty()) {
      out.error = c.error;
      if (mode == LevelScanMode::strict) return out;
    }
    if (c.empty) break;
    // "cord compression at C4/5 and C5/6, T2 cord signal change at C5/6":
    // a T1 or T2 after the list that an MRI word qualifies is the sequence,
    // not the list's next item.
    if (m.first < start && c.vertebrae == 1 && !c.pelvis) {
      const std::size_t first = skip_list_sep(toks, start);
      if (first < toks.size() && sequence_name(toks[first]) && mri_word_after(toks, c.next)) {
        // The mention ends at its last level, not at the comma before "T2".
        pos = item_end;
        break;
      }
    }
    const bool pelvis = c.pelvis;
    // The pelvis counts as the sacrum.
    const std::size_t named = c.vertebrae + (pelvis ? 1 : 0);
    const int lo = c.vertebrae == 0 ? kSacrum : pelvis ? std::min(c.lo, kSacrum) : c.lo;
    const int hi = c.vertebrae == 0 ? kSacrum : pelvis ? std::max(c.hi, kSacrum) : c.hi;
    if (lo == hi) {
      if (named > 1 && mode == LevelScanMode::strict) {
        const std::string v = to_string(Vertebra{lo});
        out.error = v;
        out.error.append("-").append(v).append(" names one vertebra twice, not a motion segment");
        return out;
      }
      // "L4-5 and S1", "C5-6, 7": a lone vertebra listed after a range that
      // ends just above it extends the range (the surgeon's shorthand for
      // L4-5 and L5-S1), unless it names a root ("L4-5 and S1 radiculopathy").
      // A bare number does so only in a level string: in prose it is a count
      // or a time ("fusion status C4-5, 6 mo post-op").
      const std::size_t first = skip_list_sep(toks, start);
      const bool bare = first < toks.size() && toks[first].kind == TokenKind::number;
      // In prose the vertebra must also end the list ("Fusion L4-5 and S1.",
      // "L4-5 and S1 with screws"): one that heads a finding of its own is
      // that finding's ("stenosis at L3-4 and L5 spondylolysis").
      if (named == 1 && range_hi >= 0 && range_hi + 1 == lo && !measure_follows(toks, c.next) &&
          !corpectomy_word(toks, c.next) &&
          (mode == LevelScanMode::strict || (!bare && ends_list(toks, c.next)))) {
        m.segments.push_back(Segment{Vertebra{lo - 1}});
        range_hi = lo;
      } else {
        singles.push_back(lo);
        range_hi = -1;
      }
    } else {
      for (int o = lo; o < hi; ++o) m.segments.push_back(Segment{Vertebra{o}});
      range_hi = hi;
    }
    m.pelvis = m.pelvis || pelvis;
    pos = c.next;
    item_end = pos;
    std::size_t next = pos;
    if (read_list_sep(toks, pos, next)) {
      pos = next;
      continue;
    }
    // "L1-2 L2-3 or L3-4", "C3-4 C4-5 C5-6": dictated lists drop their
    // commas. A segment named in full right after a segment is the list's
    // next item ("L4-5 L5 radiculopathy" names a root, not a segment).
    if (mode != LevelScanMode::strict && lo != hi && pos < toks.size() &&
        toks[pos].kind == TokenKind::alnum) {
      Chain n = read_chain(toks, pos, mode);
      if (!n.empty && n.error.empty() && n.vertebrae >= 2 && n.lo != n.hi && !n.pelvis) {
        pending = std::move(n);
        continue;
      }
    }
    if (!c.prev || !c.ends_at_vertebra) break;
    pending = read_bare_continuation(toks, pos, *c.prev, mode);
    if (!pending) break;
  }
  m.last = pos;
  // A corpectomy removes a vertebral body and fuses the segments above and
  // below it: "C5 corpectomy" is C4-C5 and C5-C6, "C5-6 and C7 corpectomy"
  // C5-C6 to C7-T1.
  if (!singles.empty() && corpectomy_beside(toks, m.first, m.last)) {
    for (int v : singles) {
      if (v > kFirstCervical - 1 && v < kSacrum) {
        for (const int o : {v - 1, v}) {
          const Segment sg{Vertebra{o}};
          if (std::find(m.segments.begin(), m.segments.end(), sg) == m.segments.end()) {
            m.segments.push_back(sg);
          }
        }
      }
    }
    singles.clear();
  }
  if (mode != LevelScanMode::lenient && m.segments.empty()) {
    if (auto joined = segments_joining(singles)) {
      m.segments = std::move(*joined);
      singles.clear();
    }
  }
  // "stenosis between L4 and L5", "the disc space between C5 and C6",
  // "stenosis between L2 and L4": two vertebrae after "between" bound the
  // segments from one to the other, in prose too.
  if (mode == LevelScanMode::lenient && m.segments.empty() && singles.size() == 2 && i > 0 &&
      word_is(toks[i - 1], "between") && singles[0] < singles[1]) {
    for (int o = singles[0]; o < singles[1]; ++o) m.segments.push_back(Segment{Vertebra{o}});
    singles.clear();
  }
  // "the L4 disc", "the L5 interspace": a disc named by the vertebra above it.
  if (mode == LevelScanMode::lenient && m.segments.empty() && singles.size() == 1 &&
      singles.front() < kSacrum && pos < toks.size() &&
      (word_is(toks[pos], "disc") || word_is(toks[pos], "disk") ||
       word_is(toks[pos], "interspace"))) {
    m.segments.push_back(Segment{Vertebra{singles.front()}});
    singles.clear();
  }
  std::sort(m.segments.begin(), m.segments.end());
  m.segments.erase(std::unique(m.segments.begin(), m.segments.end()), m.segments.end());
  if (m.segments.empty() && singles.size() == 1) m.single = Vertebra{singles.front()};
  out.error.clear();
  if (mode == LevelScanMode::strict) out.lone_vertebrae = std::move(singles);
  out.mention = std::move(m);
  return out;
}

}  // namespace spinecds::terminology
