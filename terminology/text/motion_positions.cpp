// Motion on flexion-extension: the position each figure was measured in, and
// the translation or angulation between positions (split from measures.cpp,
// which finds the figures).
#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <string_view>
#include <vector>

#include "terminology/finding_lexicon.h"
#include "terminology/text/sentence.h"
#include "terminology/text/word_classes.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology::text {

Position position_word(std::string_view w) {
  if (w == "flexion" || w == "flexed") return Position::flexion;
  // "reclination": German and Central-European reports' word for extension.
  if (w == "extension" || w == "extended" || w == "reclination") return Position::extension;
  // "weight-bearing radiographs" (the word after the hyphen) stand as upright ones do.
  if (w == "neutral" || w == "upright" || w == "standing" || w == "bearing")
    return Position::neutral;
  if (w == "supine" || w == "recumbent") return Position::supine;
  return Position::none;
}

namespace {

// A position word or the abbreviation an order label uses ("flex/ext").
Position order_word(std::string_view w) {
  if (w == "flex") return Position::flexion;
  if (w == "ext") return Position::extension;
  return position_word(w);
}

// "6/2", "flexion/extension", and in a comparison label "Flexion vs
// extension: 6 mm vs 2 mm": what joins the two halves of a pair.
bool pair_joint(const Token& t) {
  return punct_is(t, "/") || word_is(t, "vs") || word_is(t, "versus");
}

}  // namespace

// "(flexion/extension)", "flex/ext:", "Standing vs supine:": the order in
// which a pair of figures written "6/2", "6 mm / 2 mm" or "7 mm vs 2 mm"
// gives the positions.
// "Flexion/extension radiographs:", "flex/ext views" name the study, not
// the order of a pair of figures ("L3-4 disc height 8/10 mm" after it).
std::optional<std::array<Position, 2>> pair_order(const Sentence& s) {
  for (std::size_t k = 0; k + 2 < s.toks.size(); ++k) {
    if (!pair_joint(s.toks[k + 1])) continue;
    const Position a = order_word(s.toks[k].text), b = order_word(s.toks[k + 2].text);
    if (a == Position::none || b == Position::none || a == b) continue;
    if (any_word_in(s, k + 3, std::min(k + 5, s.toks.size()),
                    {"view", "views", "radiograph", "radiographs", "film", "films", "images",
                     "study", "series", "xr", "x", "xrays", "imaging"})) {
      continue;
    }
    return std::array{a, b};
  }
  return std::nullopt;
}

bool range_of_motion(const Sentence& s, std::size_t first, std::size_t last) {
  const auto rom_word = [&](std::size_t k) {
    return any_word_in(s, k, k + 1,
                       {"rom", "arom", "prom", "range", "mobility", "limited", "restricted",
                        "limitation", "restriction", "normal", "wnl"});
  };
  // "flexion 50% limited", "extension 25% of normal"
  for (std::size_t k = last; k < s.toks.size() && k < last + 3; ++k) {
    if (rom_word(k)) return true;
    if (s.toks[k].kind == TokenKind::punct && !punct_is(s.toks[k], "%")) break;
  }
  // "lumbar AROM flexion 50%", "flexion limited 50%", "flex/ext 50/25%"
  for (std::size_t k = first; k > 0 && first - k < 4; --k) {
    if (rom_word(k - 1)) return true;
    if (punct_is(s.toks[k - 1], ",") || punct_is(s.toks[k - 1], ";") ||
        punct_is(s.toks[k - 1], ".")) {
      break;
    }
  }
  return false;
}

// Which figure of a "6/2" or "6 mm / 2 mm" pair `m` is: 0 the first, 1 the
// second, none when it is in no pair.
std::optional<int> pair_slot(const Sentence& s, const Measure& m) {
  const auto number = [&](std::size_t k) {
    return k < s.toks.size() && s.toks[k].kind == TokenKind::number;
  };
  if (m.last + 1 < s.toks.size() && pair_joint(s.toks[m.last]) && number(m.last + 1)) return 0;
  if (m.first >= 2 && pair_joint(s.toks[m.first - 1])) {
    std::size_t k = m.first - 2;
    if (k > 0 && unit_kind(s.toks[k].text)) --k;
    if (number(k)) return 1;
  }
  return std::nullopt;
}

namespace {

// The position a figure was measured in: "2 mm in extension", "3 mm
// anterolisthesis of L4 on L5 in neutral", "flexion: 7 mm".
// A position word that labels the figure after it: "flexion: 7 mm",
// "Lateral flexion view: 4 mm", "On flexion there is 6 mm", ", on extension
// this reduces to 2 mm" (but not "4 mm in flexion", which names the figure
// before it).
bool labels_forward(const Sentence& s, std::size_t k) {
  // "FLEXION AND EXTENSION VIEWS:", "flexion/extension:" name the study, not
  // the position of the figure after them.
  if (k >= 2 && position_word(s.toks[k - 2].text) != Position::none &&
      (word_is(s.toks[k - 1], "and") || punct_is(s.toks[k - 1], "/") ||
       punct_is(s.toks[k - 1], "-"))) {
    return false;
  }
  std::size_t j = k + 1;
  while (j < s.toks.size() && j < k + 3 &&
         (word_is(s.toks[j], "view") || word_is(s.toks[j], "views") ||
          word_is(s.toks[j], "lateral") || word_is(s.toks[j], "image") ||
          word_is(s.toks[j], "radiograph") || word_is(s.toks[j], "film"))) {
    ++j;
  }
  if (j < s.toks.size() && punct_is(s.toks[j], ":")) return true;
  // "Extension views show 3 mm retrolisthesis": the images of one position.
  if (j > k + 1 &&
      any_word_in(s, j, j + 1,
                  {"show", "shows", "demonstrate", "demonstrates", "reveal", "reveals"})) {
    return true;
  }
  // "neutral 3 mm, flexion 7 mm, extension 2 mm"
  if (j == k + 1 && j < s.toks.size() && s.toks[j].kind == TokenKind::number) return true;
  if (k == 0) return false;
  const Token& before = s.toks[k - 1];
  if (!(word_is(before, "on") || word_is(before, "in") || word_is(before, "with"))) return false;
  // Only at the start of a clause: "... at L4-5 in flexion" names what came before.
  return k < 2 || punct_is(s.toks[k - 2], ",") || brk(s, k - 2);
}

}  // namespace

Position measure_position(const Sentence& s, const Measure& m) {
  if (const auto order = pair_order(s)) {
    if (const auto slot = pair_slot(s, m)) return (*order)[static_cast<std::size_t>(*slot)];
  }
  // A label just before the figure wins over a position word after it.
  for (std::size_t k = m.first; k > 0 && m.first - k < 5; --k) {
    if (s.mention_at[k - 1] != kNone) continue;
    if (s.toks[k - 1].kind == TokenKind::number || brk(s, k - 1)) break;
    const Position p = position_word(s.toks[k - 1].text);
    if (p != Position::none && labels_forward(s, k - 1)) return p;
  }
  // Numbers inside a level ("at L4-5 in flexion") are no other figure, and a
  // level's tokens do not use up the words between the figure and its position
  // ("11 degrees of segmental kyphosis at L4-5 in flexion").
  std::size_t words_after = 0;
  for (std::size_t k = m.last; k < s.toks.size() && words_after < 8; ++k) {
    if (s.mention_at[k] != kNone) continue;
    ++words_after;
    // A full stop ends the figure's own sentence also where the next one
    // continues it ("... measuring 8 mm. Supine MRI: 5 mm.").
    if (s.toks[k].kind == TokenKind::number || brk(s, k) || punct_is(s.toks[k], ".")) break;
    // "3 mm ... which is not present in flexion": the position the slip is
    // absent in is not the figure's (position_fully_reduced()).
    if (word_is(s.toks[k], "not") || word_is(s.toks[k], "absent")) break;
    // "4 mm in ext, 9 mm in flex": a note's abbreviation after "in" / "on".
    const bool after_in = k > 0 && any_word_in(s, k - 1, k, {"in", "on", "with"});
    const Position p = after_in ? order_word(s.toks[k].text) : position_word(s.toks[k].text);
    if (p != Position::none) return p;
  }
  // "On flexion, there is increased anterolisthesis of L4 on L5 to 7 mm": the
  // position that opens the clause, levels between not counted.
  std::size_t words = 0;
  for (std::size_t k = m.first; k > 0 && words < 10; --k) {
    if (s.mention_at[k - 1] != kNone) continue;
    ++words;
    // "Standing: grade 1 L5-S1 spondylolisthesis, 7 mm": a slip's grade is
    // no figure of another position.
    const bool grade = k >= 2 && (word_is(s.toks[k - 2], "grade") || word_is(s.toks[k - 2], "gr"));
    if ((s.toks[k - 1].kind == TokenKind::number && !grade) || brk(s, k - 1)) break;
    const Position p = position_word(s.toks[k - 1].text);
    if (p != Position::none && (words <= 6 || labels_forward(s, k - 1))) return p;
  }
  return Position::none;
}

// A translation or angulation given per position is one motion finding whose
// value is the difference between positions (issue 11, DESIGN.md §4): "2 mm in
// extension and 6 mm in flexion" is 4 mm. A slip named as such keeps its
// neutral value, or none when it is given only per position.
namespace {

bool kyphosis_word(const Token& t) {
  return word_is(t, "kyphosis") || word_is(t, "kyphotic") || word_is(t, "kyphotically");
}
bool lordosis_word(const Token& t) {
  return word_is(t, "lordosis") || word_is(t, "lordotic") || word_is(t, "lordotically");
}

// An angle's sign: "-4 degrees", "minus 4 degrees", and, in a sentence that
// names both, kyphosis negative and lordosis positive ("2 degrees of kyphosis
// in flexion and 12 degrees of lordosis in extension" is 14 degrees apart).
double signed_angle(const Sentence& s, const Measure& m, bool both_curves) {
  if (m.first > 0) {
    const Token& p = s.toks[m.first - 1];
    const bool dash =
        punct_is(p, "-") && (m.first < 2 || s.toks[m.first - 2].kind == TokenKind::word ||
                             punct_is(s.toks[m.first - 2], ","));
    if (dash || word_is(p, "minus") || word_is(p, "negative")) return -m.value;
  }
  if (!both_curves) return m.value;
  const std::size_t lo = m.first >= 8 ? m.first - 8 : 0;
  const std::size_t hi = std::min(m.last + 3, s.toks.size());
  for (std::size_t k = m.last; k < hi; ++k) {
    if (s.toks[k].kind == TokenKind::number) break;
    if (kyphosis_word(s.toks[k])) return -m.value;
    if (lordosis_word(s.toks[k])) return m.value;
  }
  // Else the curve the clause is about ("segmental kyphosis at L4-5 measures 5 degrees").
  for (std::size_t k = m.first; k > lo; --k) {
    if (s.mention_at[k - 1] != kNone) continue;
    if (s.toks[k - 1].kind == TokenKind::number || brk(s, k - 1)) break;
    if (kyphosis_word(s.toks[k - 1])) return -m.value;
    if (lordosis_word(s.toks[k - 1])) return m.value;
  }
  return m.value;
}

}  // namespace

namespace {

// "an additional 3 mm of translation in flexion", "a further 2 mm": the
// figure is the change between positions, not a position's value.
bool change_amount(const Sentence& s, const Measure& m) {
  for (std::size_t k = m.first; k > 0 && m.first - k < 2; --k) {
    const Token& t = s.toks[k - 1];
    if (word_is(t, "additional") || word_is(t, "further") || word_is(t, "extra")) return true;
  }
  return false;
}

// "increasing to 9 mm with flexion", "which reduces to 2 mm in extension":
// a figure reached by a change in a position.
bool reached_in_position(const Sentence& s, const Measure& m) {
  if (m.first < 2 || !word_is(s.toks[m.first - 1], "to")) return false;
  return any_word_in(
             s, m.first >= 3 ? m.first - 3 : 0, m.first - 1,
             {"increasing", "increases", "increased", "increase", "reducing", "reduces", "reduced",
              "decreasing", "decreases", "decreased", "progressing", "progresses", "progressed",
              "worsening", "worsens", "improving", "improves"}) &&
         measure_position(s, m) != Position::none;
}

// "... and reduces completely in flexion", "resolves on extension", "corrects
// to neutral alignment in flexion", "which is not present in flexion": the
// slip is gone (0) in that position.
Position position_fully_reduced(const Sentence& s) {
  for (std::size_t k = 0; k + 2 < s.toks.size(); ++k) {
    const Token& t = s.toks[k];
    const bool reduces = word_is(t, "reduces") || word_is(t, "reduced") || word_is(t, "reducing");
    const bool absent = (word_is(t, "not") && any_word_in(s, k + 1, k + 2,
                                                          {"present", "seen", "visible", "evident",
                                                           "identified", "demonstrated"})) ||
                        word_is(t, "absent") || word_is(t, "disappears");
    const bool gone = word_is(t, "resolves") || word_is(t, "resolved") || word_is(t, "corrects") ||
                      word_is(t, "corrected") || word_is(t, "normalizes") || absent;
    std::size_t j = k + 1;
    if (word_is(t, "not")) ++j;
    // "reduces to neutral / anatomic / normal alignment": fully reduced.
    const bool to_alignment = j + 2 < s.toks.size() && word_is(s.toks[j], "to") &&
                              any_word_in(s, j + 1, j + 2, {"neutral", "anatomic", "normal"}) &&
                              word_is(s.toks[j + 2], "alignment");
    if (to_alignment && (reduces || gone || word_is(t, "returns"))) {
      j += 3;
    } else if (reduces) {
      if (!(word_is(s.toks[j], "completely") || word_is(s.toks[j], "fully"))) continue;
      ++j;
    } else if (!gone) {
      continue;
    } else if (j < s.toks.size() &&
               (word_is(s.toks[j], "completely") || word_is(s.toks[j], "fully"))) {
      ++j;
    }
    if (j + 1 < s.toks.size() &&
        (word_is(s.toks[j], "in") || word_is(s.toks[j], "on") || word_is(s.toks[j], "with"))) {
      const Position p = position_word(s.toks[j + 1].text);
      if (p != Position::none) return p;
    }
  }
  return Position::none;
}

// The first figure of "from 3 mm to 6 mm" or "from 3 to 6 mm" when the
// change is one between positions: a position word in the same clause, or a
// verb of motion rather than of time ("changes", "varies from 3 to 7 mm" in a
// flexion-extension sentence; "increased from 3 to 5 mm since 2024" is not).
std::optional<double> change_from(const Sentence& s, const Measure& m, MeasureKind unit) {
  if (m.first < 3 || !word_is(s.toks[m.first - 1], "to")) return std::nullopt;
  std::size_t k = m.first - 2;
  // "from 8 mm in neutral to 4 mm": the first figure's position between.
  if (k >= 2 && position_word(s.toks[k].text) != Position::none &&
      any_word_in(s, k - 1, k, {"in", "on", "with"})) {
    k -= 2;
  }
  if (unit_kind(s.toks[k].text) == unit && k > 0) --k;
  if (s.toks[k].kind != TokenKind::number || k == 0 || !word_is(s.toks[k - 1], "from")) {
    return std::nullopt;
  }
  const std::size_t from = k - 1;
  bool position = false, motion_verb = false;
  for (std::size_t j = from; j > 0 && from - j < 12; --j) {
    if (brk(s, j - 1) || punct_is(s.toks[j - 1], ";")) break;
    if (s.mention_at[j - 1] != kNone) continue;
    position = position || position_word(s.toks[j - 1].text) != Position::none;
    motion_verb = motion_verb || any_word_in(s, j - 1, j,
                                             {"changes", "changing", "varies", "varying", "moves",
                                              "moving", "translates", "translating", "ranges"});
  }
  for (std::size_t j = m.last; j < s.toks.size() && j < m.last + 4; ++j) {
    if (brk(s, j) || punct_is(s.toks[j], ";")) break;
    position = position || position_word(s.toks[j].text) != Position::none;
  }
  if (!position && !motion_verb) return std::nullopt;
  return s.toks[k].value;
}

}  // namespace

// The motion of the drafts at `only` (every draft when null) from `measures`.
void motion_from(const Sentence& s, const std::vector<Measure>& measures, std::vector<Draft>& local,
                 const std::vector<Segment>* only) {
  bool kyphosis = false, lordosis = false;
  for (const Token& t : s.toks) {
    kyphosis = kyphosis || kyphosis_word(t);
    lordosis = lordosis || lordosis_word(t);
  }
  // A slip in percent per position ("18% in flexion, 9% in extension") moves
  // too; a Finding carries no percent, so its motion is a translation without
  // a value.
  for (const MeasureKind unit : {MeasureKind::mm, MeasureKind::degrees, MeasureKind::percent}) {
    std::optional<double> at[5];
    std::size_t first = s.toks.size(), last = 0;
    int positions = 0;
    // A figure without a position before one reached by a change or added to
    // it ("5 mm anterolisthesis increasing to 9 mm with flexion", "with a
    // further 2 mm on flexion") is the neutral value.
    const auto changes = [&](const Measure& n) {
      return n.kind == unit && (reached_in_position(s, n) || change_amount(s, n));
    };
    for (const auto& m : measures) {
      if (m.kind != unit || (s.about_positions && change_amount(s, m))) continue;
      auto p = static_cast<int>(measure_position(s, m));
      if (p == 0 && s.about_positions && !reached_in_position(s, m) &&
          !at[static_cast<int>(Position::neutral)] &&
          std::any_of(measures.begin(), measures.end(),
                      [&](const Measure& n) { return n.first > m.last && changes(n); })) {
        p = static_cast<int>(Position::neutral);
      }
      if (p == 0 || at[p]) continue;
      at[p] = unit == MeasureKind::degrees ? signed_angle(s, m, kyphosis && lordosis) : m.value;
      ++positions;
      first = std::min(first, m.first);
      last = std::max(last, m.last);
    }
    if (unit == MeasureKind::mm && s.about_positions && positions == 1) {
      const auto p = static_cast<int>(position_fully_reduced(s));
      if (p != 0 && !at[p]) {
        at[p] = 0.0;
        ++positions;
      }
    }
    const auto& neutral = at[static_cast<int>(Position::neutral)];
    const auto& flexion = at[static_cast<int>(Position::flexion)];
    const auto& extension = at[static_cast<int>(Position::extension)];
    // "progresses by 4 mm with flexion": the change itself.
    std::optional<double> delta;
    for (const auto& m : measures) {
      if (m.kind != unit || m.first < 2 || !s.about_positions) continue;
      if (!word_is(s.toks[m.first - 1], "by")) continue;
      if (any_word_in(s, m.first >= 4 ? m.first - 4 : 0, m.first - 1,
                      {"increases", "increased", "increasing", "progresses", "progressed",
                       "progressing", "changes", "changed", "changing", "worsens", "worsened",
                       "differs", "varies", "moves", "translates", "shifts"})) {
        delta = m.value;
        first = std::min(first, m.first);
        last = std::max(last, m.last);
      }
    }
    for (const auto& m : measures) {
      if (m.kind != unit || !s.about_positions || delta) continue;
      // "a 4 mm increase in the anterolisthesis with flexion", "flexion shows
      // 2 mm increased anterolisthesis": the change.
      if ((m.last < s.toks.size() &&
           any_word_in(s, m.last, m.last + 1,
                       {"increase", "change", "progression", "difference", "decrease", "reduction",
                        "increased", "decreased", "reduced", "more", "less"})) ||
          change_amount(s, m)) {
        delta = m.value;
      }
      // "increases from 3 mm to 6 mm on flexion", "on flexion, from 3 to 4 mm":
      // the two ends of the change.
      if (const auto from = change_from(s, m, unit)) delta = std::fabs(m.value - *from);
      if (delta) {
        first = std::min(first, m.first);
        last = std::max(last, m.last);
      }
    }
    const auto& supine = at[static_cast<int>(Position::supine)];
    const bool per_position = positions >= 2 && (flexion || extension || supine);
    if (!per_position && !delta) continue;
    // The motion is the whole range between the positions given.
    double diff = per_position ? 0.0 : *delta;
    if (per_position) {
      for (const auto& a : at) {
        for (const auto& b : at) {
          if (a && b) diff = std::max(diff, std::fabs(*a - *b));
        }
      }
    }
    const bool percent = unit == MeasureKind::percent;
    // The same percentage in every position is no movement: 0 mm, as the
    // same millimetres are.
    const bool mm = unit == MeasureKind::mm || (percent && diff == 0.0);
    const FindingKind motion = mm || percent ? FindingKind::translation : FindingKind::angulation;
    Draft* slip = nullptr;
    bool done = false;
    for (auto& d : local) {
      if (d.f.negated || (only && d.f.segments != *only)) continue;
      if (d.f.kind == motion) {
        if (mm || !percent) (mm ? d.f.mm : d.f.degrees) = diff;
        d.first = std::min(d.first, first);
        d.last = std::max(d.last, last);
        done = true;
      } else if ((mm || percent) && d.f.kind == FindingKind::spondylolisthesis && !slip) {
        slip = &d;
      }
    }
    // With no neutral value, a slip is at least its smallest value in any
    // position ("1 mm in flexion and 1 mm in extension" is a 1 mm slip, below
    // any grade), never an ungraded slip that reads as grade 1.
    std::optional<double> slip_mm = neutral;
    if (!slip_mm && per_position) {
      for (const auto& v : at) {
        if (v && (!slip_mm || *v < *slip_mm)) slip_mm = *v;
      }
    }
    // "L4 translates 3 mm anteriorly on L5 in neutral, 7 mm in flexion",
    // "18% anterior translation of L4 on L5 in flexion, 8% in extension": a
    // vertebra forward or back of the next in every position given is a slip,
    // with its neutral value (README), as a slip named as such is.
    if (!slip && (mm || percent) && per_position) {
      const bool off_in_all =
          std::all_of(std::begin(at), std::end(at), [](const auto& v) { return !v || *v > 0.0; });
      for (auto& d : local) {
        if (d.f.negated || d.f.kind != motion || !d.f.direction ||
            (*d.f.direction != "antero" && *d.f.direction != "retro") ||
            (only && d.f.segments != *only) || d.f.segments.empty() || !off_in_all) {
          continue;
        }
        Draft listhesis = d;
        listhesis.f.kind = FindingKind::spondylolisthesis;
        listhesis.f.mm = unit == MeasureKind::mm ? slip_mm : std::nullopt;
        local.push_back(std::move(listhesis));
        break;
      }
      continue;
    }
    if (!slip) continue;
    if (unit == MeasureKind::mm) slip->f.mm = slip_mm;
    if (done) continue;
    Draft t = *slip;
    t.f.kind = motion;
    t.f.mm = mm ? std::optional<double>(diff) : std::nullopt;
    t.f.grade.reset();
    t.f.severity.reset();
    t.first = std::min(t.first, first);
    t.last = std::max(t.last, last);
    local.push_back(std::move(t));
  }
}

}  // namespace spinecds::terminology::text
