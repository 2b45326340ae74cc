// Which level mention each finding trigger of a sentence belongs to: the
// level written before it or right after it, a landmark's, a list's, "each
// level" of the levels named, the header's (tests/data/eval/README.md,
// "Which level a finding gets").
#include <algorithm>
#include <string_view>
#include <vector>

#include "terminology/level_scan.h"
#include "terminology/text/care_scopes.h"
#include "terminology/text/sentence.h"
#include "terminology/text/word_classes.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology::text {

bool level_is_post(const Sentence& s, const Mention& m, bool pending) {
  if (!pending) return false;
  std::size_t k = m.first;
  while (k > 0) {
    const Token& p = s.toks[k - 1];
    // "seen at both L4-L5 and L5-S1"
    if (word_is(p, "the") || word_is(p, "level") || word_is(p, "levels") || word_is(p, "both")) {
      --k;
      continue;
    }
    if (s.trigger_at[k - 1] != kNone) return true;
    // "Translation: L3-4 1 mm; ...": the level right after the finding's label.
    if (punct_is(p, ":") && k >= 2 && s.trigger_at[k - 2] != kNone) return true;
    return cls_is(s, k - 1, kLevelConnector);
  }
  return false;
}

namespace {

// Whether the words before toks[first] make what starts there a landmark:
// "above", "below", "beneath", or "adjacent to", "cephalad to" and their kin.
// Sets `inner` to the one level mention passed on the way, if any.
bool landmark_before(const Sentence& s, std::size_t first, int& inner) {
  inner = kNone;
  std::size_t k = first;
  for (int steps = 0; k > 0 && steps < 5; ++steps) {
    const std::size_t p = k - 1;
    if (s.mention_at[p] != kNone && inner == kNone) {
      inner = s.mention_at[p];
      k = s.mentions[inner].first;
      continue;
    }
    if (cls_is(s, p, kLandmarkFiller)) {
      k = p;
      continue;
    }
    break;
  }
  if (k == 0) return false;
  const Token& w = s.toks[k - 1];
  if (word_is(w, "above") || word_is(w, "below") || word_is(w, "beneath")) return true;
  if (!word_is(w, "to") || k < 2) return false;
  return cls_is(s, k - 2, kLandmarkRelative);
}

}  // namespace

namespace {

// "each level", "every level", "all levels": no vertebra named, and no
// "lumbar" that would name the whole lumbar spine.
bool each_of_levels(const Sentence& s, const Mention& m) {
  if (m.first >= s.toks.size() ||
      !any_word_in(s, m.first, m.first + 1, {"each", "every", "all", "both"})) {
    return false;
  }
  return !any_word_in(s, m.first, m.last, {"lumbar", "lumbosacral", "five", "5"});
}

}  // namespace

// "from L3 through the sacrum with moderate foraminal narrowing at each
// level": "each level" after levels the sentence has named is each of them,
// not every lumbar level (tests/data/eval/README.md, session-22 batch).
namespace {
void each_level_of_named(Sentence& s) {
  for (std::size_t i = 0; i < s.mentions.size(); ++i) {
    Mention& m = s.mentions[i];
    if (!each_of_levels(s, m)) continue;
    const bool both = word_is(s.toks[m.first], "both");
    if (!both && !word_is(s.toks[m.first], "each")) continue;
    std::vector<Segment> named;
    // "both levels" are the last two named before it ("L2-3 and L3-4 are
    // unremarkable; at L4-5 and L5-S1 ... at both levels"), or none.
    for (std::size_t j = i; j > 0 && !(both && named.size() >= 2); --j) {
      const Mention& p = s.mentions[j - 1];
      int inner = kNone;
      if (p.reference || each_of_levels(s, p) || landmark_before(s, p.first, inner)) continue;
      named.insert(named.end(), p.segments.begin(), p.segments.end());
    }
    std::sort(named.begin(), named.end());
    named.erase(std::unique(named.begin(), named.end()), named.end());
    if (both && named.size() != 2) named.clear();
    if (named.empty() && !both) continue;
    m.segments = std::move(named);
    m.pelvis = false;
  }
}
}  // namespace

// "at each level from L2-3 through L4-5", "every level between C3-4 and
// C5-6": the range after "each level" says which levels are each, not every
// lumbar (or cervical) level.
namespace {
void each_level_of_range(Sentence& s) {
  for (std::size_t i = 0; i + 1 < s.mentions.size(); ++i) {
    Mention& m = s.mentions[i];
    Mention& range = s.mentions[i + 1];
    if (!any_word_in(s, m.first, m.first + 1, {"each", "every", "all"}) ||
        range.first != m.last + 1 || range.segments.empty() ||
        !any_word_in(s, m.last, m.last + 1, {"from", "between"})) {
      continue;
    }
    std::vector<Segment> span;
    for (int o = range.segments.front().upper.ordinal; o <= range.segments.back().upper.ordinal;
         ++o) {
      span.push_back(Segment{Vertebra{o}});
    }
    range.segments = span;
    m.segments = std::move(span);
    m.pelvis = range.pelvis;
  }
}
}  // namespace

namespace {
// "L3-S1 decompression and instrumented fusion for pseudarthrosis at L4-5":
// a finding joined by "and" to one whose level is written right before it
// shares that level; a level after a later finding is that finding's.
bool shares_level_before(const Sentence& s, std::size_t ti) {
  if (ti == 0) return false;
  const Trig& t = s.trigs[ti];
  const Trig& p = s.trigs[ti - 1];
  if (p.mention == kNone || t.mention != p.mention || t.first < p.last || t.first - p.last > 4 ||
      s.mentions[static_cast<std::size_t>(p.mention)].last != p.first) {
    return false;
  }
  bool joined = false;
  for (std::size_t k = p.last; k < t.first; ++k) {
    if (s.mention_at[k] != kNone || brk(s, k)) return false;
    joined = joined || word_is(s.toks[k], "and") || punct_is(s.toks[k], "&");
  }
  return joined;
}

// "fusion from L4 to S1": only level words stand between the finding and the level.
bool level_right_after(const Sentence& s, const Trig& t, const Mention& m) {
  if (m.first < t.last || m.first - t.last > 3) return false;
  for (std::size_t k = t.last; k < m.first; ++k) {
    if (!(cls_is(s, k, kLevelConnector) || word_is(s.toks[k], "the") ||
          word_is(s.toks[k], "level") || word_is(s.toks[k], "levels"))) {
      return false;
    }
  }
  return true;
}

// "L4-5 stenosis", "C3-4 through C6-7 moderate canal stenosis": the level
// written right before the finding, with only its grade and the words that
// say which part between, is the finding's own; a level later in the
// sentence ("with mild cord flattening at C5-6") is another finding's.
bool graded_right_after(const Sentence& s, int level, const Trig& t) {
  const std::size_t end = s.mentions[static_cast<std::size_t>(level)].last;
  if (end > t.first || t.first - end > 4) return false;
  for (std::size_t k = end; k < t.first; ++k) {
    if (!cls_is(s, k, kSeverityWord) && !cls_is(s, k, kModifierWord)) return false;
  }
  return true;
}
}  // namespace

namespace {
// "L4-S1 instrumented fusion with reduction, for high-grade spondylolisthesis":
// the operation's levels are its own; a slip, one segment, named after the
// operation as its reason does not take the operation's range.
void slip_not_in_operation_range(Sentence& s) {
  for (auto& t : s.trigs) {
    if (t.mention == kNone || t.reference || t.entry->kind != "spondylolisthesis") continue;
    const Mention& m = s.mentions[static_cast<std::size_t>(t.mention)];
    if (m.segments.size() < 2 || m.last > t.first) continue;
    for (const auto& p : s.trigs) {
      const std::string& k = p.entry->kind;
      if (p.first >= m.last && p.last <= t.first && p.mention == t.mention &&
          (k == "prior-fusion" || k == "prior-laminectomy" || k == "osteotomy")) {
        t.mention = kNone;
        t.reference = true;
        break;
      }
    }
  }
}
// "Flex/ext: 5 mm translation L4-5, L5-S1 no motion": a list of levels
// between two findings whose last level has its predicate right after it
// ("no motion", "normal", "stable") is two places: the list's last level is
// the later finding's alone (ehr-289, ehr-296).
void split_last_level(Sentence& s) {
  const auto trigger_starts = [&](std::size_t k) {
    return k < s.toks.size() && s.trigger_at[k] != kNone &&
           s.trigs[static_cast<std::size_t>(s.trigger_at[k])].first == k;
  };
  for (std::size_t mi = 0; mi < s.mentions.size(); ++mi) {
    const Mention m = s.mentions[mi];
    // The list follows its trigger at once, or after one word of place
    // ("5 mm translation at L4/5, L3/4 stable").
    const bool after_place = m.first >= 2 &&
                             any_word_in(s, m.first - 1, m.first, {"at", "of", "in"}) &&
                             s.trigger_at[m.first - 2] != kNone;
    if (m.segments.size() < 2 || m.first == 0 || m.last >= s.toks.size() ||
        (s.trigger_at[m.first - 1] == kNone && !after_place)) {
      continue;
    }
    // The predicate: a finding at once, or after a denial or grade word.
    const Token& next = s.toks[m.last];
    const bool denial_or_grade = cls_is(s, m.last, kSeverityWord) || word_is(next, "no") ||
                                 word_is(next, "without") || word_is(next, "minimal") ||
                                 word_is(next, "stable") || word_is(next, "normal");
    const bool own = trigger_starts(m.last) ||
                     (m.last + 1 < s.toks.size() && denial_or_grade && trigger_starts(m.last + 1));
    if (!own) continue;
    std::size_t comma = m.last;
    for (std::size_t k = m.first; k < m.last; ++k) {
      if (punct_is(s.toks[k], ",")) comma = k;
    }
    if (comma >= m.last || comma + 1 >= m.last) continue;
    const auto scan = scan_level_mention(s.toks, comma + 1, LevelScanMode::lenient);
    if (!scan.mention || scan.mention->last != m.last || scan.mention->segments.size() != 1) {
      continue;
    }
    const Segment tail = scan.mention->segments.front();
    Mention head = m;
    std::erase(head.segments, tail);
    if (head.segments.empty()) continue;
    head.last = comma;
    head.single.reset();
    Mention last{comma + 1, m.last, {tail}, scan.mention->single, scan.mention->pelvis};
    s.mentions[mi] = std::move(head);
    s.mentions.insert(s.mentions.begin() + static_cast<std::ptrdiff_t>(mi) + 1, std::move(last));
    std::fill(s.mention_at.begin(), s.mention_at.end(), kNone);
    for (std::size_t id = 0; id < s.mentions.size(); ++id) {
      for (std::size_t k = s.mentions[id].first; k < s.mentions[id].last; ++k) {
        s.mention_at[k] = static_cast<int>(id);
      }
    }
    ++mi;
  }
}

// Whether the level mention `level` belongs to a finding before trigger
// `next` in an earlier clause (a ";" or clause break between), and the
// sentence names another level as well.
bool level_of_earlier_clause(const Sentence& s, int level, std::size_t next) {
  const Mention& m = s.mentions[static_cast<std::size_t>(level)];
  const Trig& t = s.trigs[next];
  if (m.last > t.first) return false;
  bool apart = false;
  for (std::size_t k = m.last; k < t.first; ++k) apart = apart || brk(s, k);
  if (!apart) return false;
  // Only the level of a plan, of someone else or of an operation ("the
  // previous surgeon recommended L3-S1 fusion; ..."): a finding's level
  // carries on to the clause after it ("L4-5: severe stenosis; moderate
  // foraminal stenosis").
  bool owned = false;
  for (std::size_t i = 0; i < next; ++i) {
    const Trig& o = s.trigs[i];
    owned = owned || (o.mention == level &&
                      (o.hypothetical || o.other || scope::operation_kind(o.entry->kind)));
  }
  if (!owned) return false;
  return std::any_of(s.mentions.begin(), s.mentions.end(), [&](const Mention& o) {
    return !o.reference && !o.segments.empty() && o.segments != m.segments;
  });
}

}  // namespace

void assign_levels(Sentence& s, int header) {
  split_last_level(s);
  each_level_of_range(s);
  each_level_of_named(s);
  std::vector<int> pending;
  int last_level = kNone;
  // After a landmark level ("above the L4-S1 fusion"), the level the
  // sentence was at before it comes back once the landmark's finding is read.
  int level_before_landmark = kNone;
  bool landmark_open = false;
  // "above the fused C5/C6": the level written right after a landmark is the
  // landmark's own, and no level of the finding it locates.
  int landmark_level = kNone;
  std::size_t next_trig = 0;
  // "At L2-3 (adjacent level to prior L3-L5 fusion), moderate stenosis": an
  // aside right after a level holds its own levels; after it closes, the
  // level before it is the sentence's again.
  std::size_t aside_close = static_cast<std::size_t>(-1);
  int level_before_aside = kNone;
  for (std::size_t i = 0; i < s.toks.size(); ++i) {
    if (i == aside_close) {
      last_level = level_before_aside;
      aside_close = static_cast<std::size_t>(-1);
    }
    if (aside_close == static_cast<std::size_t>(-1) && i > 0 && punct_is(s.toks[i], "(") &&
        s.mention_at[i - 1] != kNone) {
      for (std::size_t k = i + 1; k < s.toks.size() && k < i + 30; ++k) {
        if (punct_is(s.toks[k], ")")) {
          aside_close = k;
          level_before_aside = s.mention_at[i - 1];
          break;
        }
      }
    }
    if (s.mention_at[i] != kNone && s.mentions[s.mention_at[i]].first == i) {
      const int id = s.mention_at[i];
      int inner = kNone;
      if (id == landmark_level) {
        s.mentions[id].reference = true;
      } else if (landmark_before(s, i, inner)) {
        s.mentions[id].reference = true;
        if (!landmark_open) level_before_landmark = last_level;
        landmark_open = true;
      } else if (level_is_post(s, s.mentions[id], !pending.empty())) {
        for (int t : pending) {
          if (!shares_level_before(s, static_cast<std::size_t>(t)) ||
              level_right_after(s, s.trigs[static_cast<std::size_t>(t)], s.mentions[id])) {
            s.trigs[t].mention = id;
          }
        }
        pending.clear();
      }
      if (id != landmark_level) last_level = id;
    }
    if (next_trig < s.trigs.size() && s.trigs[next_trig].first == i) {
      Trig& t = s.trigs[next_trig];
      int inner = kNone;
      if (landmark_before(s, i, inner)) {
        t.reference = true;
        if (inner == kNone && t.last < s.toks.size() && s.mention_at[t.last] != kNone) {
          inner = s.mention_at[t.last];
          landmark_level = inner;
        }
        t.mention = inner;
        t.before = landmark_open ? level_before_landmark : last_level;
        // "..., ?recurrent stenosis above fusion": the finding the landmark
        // locates, with no level in its own clause, is somewhere else than the
        // level named earlier, so it takes none.
        if (next_trig > 0) {
          Trig& p = s.trigs[next_trig - 1];
          const bool near = p.last + 5 >= t.first;
          bool apart = p.mention == kNone;
          if (p.mention != kNone && s.mentions[p.mention].last <= p.first) {
            for (std::size_t k = s.mentions[p.mention].last; k < p.first; ++k) {
              apart = apart || brk(s, k) || punct_is(s.toks[k], ",");
            }
          }
          if (near && apart && !p.reference) {
            p.mention = kNone;
            p.reference = true;
            std::erase(pending, static_cast<int>(next_trig - 1));
          }
        }
      } else {
        t.mention = last_level;
        t.before = last_level;
        // "the previous surgeon recommended L3-S1 fusion; in my view there is
        // no instability, and L4/5 decompression ...": the level of another
        // finding, before a clause break, in a sentence that names other
        // levels too, is not this finding's.
        if (last_level != kNone && level_of_earlier_clause(s, last_level, next_trig)) {
          t.mention = kNone;
        }
        // "Prior L5-S1 laminectomy and fusion from L4 to S1": a level written
        // right before the finding is its own; a level after the next
        // finding is that one's.
        const bool own_level = last_level != kNone && graded_right_after(s, last_level, t);
        if (!own_level) {
          pending.push_back(static_cast<int>(next_trig));
        } else if (!t.entry->kind.empty()) {
          // "bridging bone across the prior C5-6 ACDF": a finding still
          // waiting for its level, named again by its kind at a level, is
          // the finding at that level.
          std::erase_if(pending, [&](int p) {
            Trig& w = s.trigs[static_cast<std::size_t>(p)];
            if (w.entry->kind != t.entry->kind) return false;
            w.mention = last_level;
            return true;
          });
        }
      }
      if (landmark_open) {
        last_level = level_before_landmark;
        landmark_open = false;
      }
      ++next_trig;
    }
    if (brk(s, i) && !punct_is(s.toks[i], ":")) pending.clear();
    if (punct_is(s.toks[i], ",")) {
      // "At L3-4 there is stenosis, and at L4-5 a protrusion": a finding that
      // already has its level before it does not take the next clause's.
      // Its own level set off by the comma right after it stays its own
      // ("Spinal stenosis, L3-4-5, with degenerative spondylolisthesis, L4-5").
      // ("L3-4: stenosis, L4-5 normal" gives the next level its own words.)
      bool level_next = false;
      if (i + 1 < s.toks.size() && s.mention_at[i + 1] != kNone) {
        const Mention& next = s.mentions[static_cast<std::size_t>(s.mention_at[i + 1])];
        level_next = next.first == i + 1 &&
                     (next.last >= s.toks.size() || s.toks[next.last].kind == TokenKind::punct);
      }
      std::erase_if(pending, [&](int t) {
        return s.trigs[t].mention != kNone && !(level_next && s.trigs[t].last == i);
      });
    }
  }
  slip_not_in_operation_range(s);
  for (auto& t : s.trigs) {
    // "L2-3 through L5-S1: mild foraminal narrowing at each level": under a
    // level header, "each level" is each of the header's levels.
    if (t.mention != kNone && header != kNone &&
        each_of_levels(s, s.mentions[static_cast<std::size_t>(t.mention)])) {
      t.mention = kNone;
    }
    if (t.mention == kNone && header != kNone && !t.reference) t.from_header = true;
  }
}

}  // namespace spinecds::terminology::text
