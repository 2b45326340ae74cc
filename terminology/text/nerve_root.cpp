// The nerve root and side of a neurological finding: a root named ("L5
// radiculopathy", "right C6"), or, in the arm, named by its dermatome,
// myotome or reflex ("thumb and index finger" C6, "triceps" C7); the side
// written beside the finding ("left leg weakness"). The root a region names
// is root_regions.cpp's; the side of a stenosis or herniation is
// finding_side.cpp's. The cervical conventions are tests/data/eval/README.md's
// "Cervical files".
#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "terminology/text/finding_side.h"
#include "terminology/text/root_regions.h"
#include "terminology/text/sentence_findings.h"

namespace spinecds::terminology::text {

// "C6" or "C8" standing alone ("right C6", "left C8 radiculopathy"): a root,
// not a segment. C8 is a root and no vertebra, so the level scanner skips it.
std::optional<std::string> lone_root(const Sentence& s, std::size_t k) {
  const std::string_view w = s.toks[k].text;
  if (s.toks[k].kind != TokenKind::alnum || w.size() != 2 || w[0] != 'c' || w[1] < '2' ||
      w[1] > '8') {
    return std::nullopt;
  }
  if (s.mention_at[k] != kNone && !s.mentions[s.mention_at[k]].segments.empty()) {
    return std::nullopt;
  }
  // "C6-7" is a segment; a spaced dash before a word sets a plan off ("L C6 - cont").
  if (k + 1 < s.toks.size() && (s.toks[k + 1].text == "-" || s.toks[k + 1].text == "/")) {
    const bool spaced_off = s.toks[k + 1].text == "-" && s.toks[k + 1].space_before &&
                            k + 2 < s.toks.size() && s.toks[k + 2].space_before &&
                            s.toks[k + 2].kind == TokenKind::word;
    if (!spaced_off) return std::nullopt;
  }
  return std::string("C") + w[1];
}

// A grade out of five at toks[k] ("4/5", "4-/5", "4+/5"): the index after
// it, or k when there is none.
static std::size_t past_grade(const Sentence& s, std::size_t k) {
  if (k + 2 >= s.toks.size() || s.toks[k].kind != TokenKind::number) return k;
  const std::string_view sign = s.toks[k + 1].text;
  const std::size_t slash = (sign == "+" || sign == "-") ? k + 2 : k + 1;
  if (slash + 1 >= s.toks.size() || s.toks[slash].text != "/" || s.toks[slash + 1].text != "5") {
    return k;
  }
  return slash + 2;
}

std::optional<std::string> graded_root(const Sentence& s, std::size_t k) {
  const std::string_view w = s.toks[k].text;
  // A grade out of five ("C5 5/5", "C6 4-/5"), never a figure or a range.
  if (s.toks[k].kind != TokenKind::alnum || w.size() != 2 || past_grade(s, k + 1) == k + 1) {
    return std::nullopt;
  }
  if ((w[0] == 'c' && w[1] >= '5' && w[1] <= '8') || w == "t1") {
    return std::string(1, static_cast<char>(w[0] - 'a' + 'A')) + w[1];
  }
  return std::nullopt;
}

namespace {

// "C6 and C7 pattern", "C7 distribution": a territory word after the root
// at toks[k], over the roots joined to it.
bool territory_after(const Sentence& s, std::size_t k) {
  for (std::size_t j = k + 1; j < std::min(k + 6, s.toks.size()); ++j) {
    const std::string_view w = s.toks[j].text;
    if (w == "pattern" || w == "distribution" || w == "dermatome" || w == "dermatomal" ||
        w == "territory" || w == "dermatomes") {
      return true;
    }
    if (w != "and" && w != "," && w != "or" && w != "/" && !lone_root(s, j)) return false;
  }
  return false;
}

// The side word at toks[k]: a note's "b/l" is bilateral, its "l" not left.
std::optional<std::string_view> side_at(const Sentence& s, std::size_t k) {
  const std::string_view w = s.toks[k].text;
  if (w == "b" && k + 2 < s.toks.size() && s.toks[k + 1].text == "/" && s.toks[k + 2].text == "l") {
    return "bilateral";
  }
  if (w == "l" && k >= 2 && s.toks[k - 1].text == "/" && s.toks[k - 2].text == "b") {
    return std::nullopt;
  }
  if (names_side(w)) return w;
  return std::nullopt;
}

// "R: deltoid 5/5, biceps 5/5, wrist ext 4/5", "Left side: EHL 4/5, TA 5/5":
// the side labelling a list of grades is every item's; the nearest label
// before the item counts, and one without a side ("Motor:") names none.
std::optional<std::string_view> labelled_side(const Sentence& s, std::size_t before) {
  for (std::size_t k = before; k > 0; --k) {
    const std::string_view w = s.toks[k - 1].text;
    if (w == ".") return std::nullopt;
    if (w != ":") continue;
    // "Motor R/L:" names both sides, each item's grades in that order: no
    // side of the whole list.
    std::optional<std::string_view> named;
    for (std::size_t j = k - 1; j > 0 && j + 5 > k; --j) {
      if (s.toks[j - 1].kind == TokenKind::punct && !punct_is(s.toks[j - 1], "/")) break;
      if (const auto side = side_at(s, j - 1)) {
        if (named && side_word(*named) != side_word(*side)) return std::nullopt;
        named = side;
      }
    }
    return named;
  }
  return std::nullopt;
}

}  // namespace

bool is_neuro(std::string_view kind) {
  return kind == "radiculopathy" || kind == "weakness" || kind == "neurogenic-claudication";
}

void neuro_details(const Sentence& s, const Trig& t, Finding& f) {
  // An exam table's row with a weak grade in one column is a weakness even
  // where its first grade is full ("Wrist ext | 5/5 | 4-/5").
  const auto column = column_side(s, t, f.kind);
  if (column) f.negated = false;
  // "Motor R/L: ...": where the items of a label naming both sides start.
  const std::size_t label_end = side_label_end(s);
  // "Triceps 5/5 on the right, 4/5 on the left", "biceps reflex 2+ on the
  // right, 1+ on the left": the item before names this grade's muscle, and
  // only it; a muscle that names no root (biceps) names none.
  const auto antecedent = elided_grade_antecedent(s, t.first, t.last);
  if (antecedent) {
    Trig named = t;
    named.first = *antecedent;
    named.last = t.first;
    f.root = root_by_region(s, named, *antecedent, t.first);
  }
  // A weak muscle named in the trigger or beside it ("left deltoid weakness")
  // names its root before a root named for another finding nearby.
  // A weakness since resolved keeps its muscle's root ("the left deltoid
  // weakness has recovered").
  // A muscle past a comma or semicolon is its own list item ("EHL 4/5; wrist
  // ext 5/5", "grip 4/5, triceps 5/5"): its root is not this weakness's.
  if (!f.root && f.kind == FindingKind::weakness && (!f.negated || f.historical)) {
    const auto item_break = [&](std::size_t k) {
      return s.toks[k].text == "," || s.toks[k].text == ";";
    };
    Trig near = t;
    near.first = t.first;
    while (near.first > 0 && t.first - near.first < 2 && !item_break(near.first - 1)) --near.first;
    near.last = t.last;
    while (near.last < s.toks.size() && near.last - t.last < 2 && !item_break(near.last)) {
      ++near.last;
    }
    // The region beside it, not a nearer one past the comma ("numb little
    // finger, 4/5 L deltoid" is C5's weakness).
    if (const auto r = root_by_region(s, near, near.first, near.last);
        r && region_within(s, near.first, near.last)) {
      f.root = r;
    }
  }
  // "Myotomes: C5 5/5, C6 4/5, C7 5/5": a full grade is no weakness of its
  // root, so the grid's full grades name none and stay one with the weak one.
  const bool full_grade = f.kind == FindingKind::weakness && !column &&
                          s.toks[t.first].text == "5" && t.first + 1 < s.toks.size() &&
                          s.toks[t.first + 1].text == "/";
  if (!f.root && !full_grade && f.kind == FindingKind::weakness && t.first > 0) {
    f.root = graded_root(s, t.first - 1);
  }
  // The root named nearest the trigger: "right C6 radiculopathy and left C7
  // radiculopathy" gives each its own (the first within reach used to win).
  std::size_t best = static_cast<std::size_t>(-1);
  const bool root_given = f.root.has_value() || full_grade || antecedent;
  for (const auto& [pos, v] : s.roots) {
    if (root_given) break;
    const std::size_t d = pos < t.first ? t.first - pos : pos - t.first;
    if (d <= 6 && d < best) {
      best = d;
      f.root = to_string(v);
    }
  }
  std::size_t lo = t.first >= 4 ? t.first - 4 : 0;
  const std::size_t hi = std::min(t.last + 3, s.toks.size());
  // "deltoid 5/5 bilaterally, right triceps 5-/5", "brachioradialis 1+ R, 2+
  // L": a grade's list item starts after the comma before it and ends at the
  // comma after it.
  const std::string_view end_word = s.toks[t.last - 1].text;
  const bool graded_item = f.kind == FindingKind::weakness || end_word == "+" ||
                           end_word == "trace" || s.toks[t.last - 1].kind == TokenKind::number;
  for (std::size_t k = t.first; graded_item && k > lo; --k) {
    if (s.toks[k - 1].text == "," || s.toks[k - 1].text == ";") {
      lo = k;
      break;
    }
  }
  // "2+ on the right and 1+ on the left": the item starts at its side.
  if (antecedent) {
    lo = t.first;
    while (lo > 0 && names_side(s.toks[lo - 1].text)) --lo;
  }
  // "Motor R/L: ...": the label's sides are the columns', no finding's own.
  lo = std::max(lo, label_end);
  // "Spurling negative on the left and positive on the right": a side in the
  // trigger's own words is its side, not the side of what stands beside it.
  bool own_side = false;
  for (std::size_t k = t.first; k < t.last; ++k) {
    if (const auto w = side_at(s, k)) {
      add_side(*w, f);
      own_side = true;
    }
  }
  // "Right C6 radiculopathy; left C7 radiculopathy": a side past a clause
  // break is the other clause's finding's.
  for (std::size_t k = t.first; k > lo; --k) {
    if (brk(s, k - 1)) {
      lo = k;
      break;
    }
  }
  for (std::size_t k = lo; !own_side && k < hi; ++k) {
    if (k >= t.last && brk(s, k)) break;
    // "Left grip is weaker than right": the side compared with is not affected;
    // "right C6 radiculopathy and left deltoid weakness", "right triceps 5-/5,
    // left triceps 5/5": nor the next finding's or the next muscle's.
    if (k >= t.last && (s.toks[k].text == "than" || s.toks[k].text == "and" ||
                        (graded_item && (s.toks[k].text == "," || s.toks[k].text == ";")))) {
      break;
    }
    // "L biceps reflex absent, R 2+": a side with its own grade after the
    // comma is the next item's.
    if (k >= t.last && s.toks[k].text == "," && k + 2 < s.toks.size() &&
        names_side(s.toks[k + 1].text) && s.toks[k + 2].kind == TokenKind::number) {
      break;
    }
    // "decreased light touch LEFT thumb; right intact", "numbness left
    // thumb, right normal": the side said to be spared after the finding is
    // the other side, not a second affected one.
    if (k >= t.last && side_at(s, k)) {
      std::size_t j = k + 1;
      if (j < s.toks.size() && s.toks[j].text == "side") ++j;
      if (j < s.toks.size() && spared_word(s.toks[j].text)) break;
    }
    if (const auto w = side_at(s, k)) add_side(*w, f);
  }
  // "The left arm numbness in a C6 distribution", "right arm pain with
  // numbness along the radial forearm into the thumb": further back, within
  // the clause.
  // "Paraesthesia in the left little finger, with weakness of finger
  // abduction": a finding joined by ", with" is of the same limb, so the
  // search goes on over that one comma.
  bool joined = false;
  for (std::size_t k = lo; !f.side && k > 0 && k + 16 > lo; --k) {
    const std::string_view w = s.toks[k - 1].text;
    const bool with_after = w == "," && k < s.toks.size() && s.toks[k].text == "with" && !joined;
    if (with_after) {
      joined = true;
      continue;
    }
    if (!joined && k + 10 <= lo) break;
    if (w == "," || w == ";" || w == "." || w == ":" || w == "but" || w == "whereas") break;
    if (const auto side = side_at(s, k - 1)) add_side(*side, f);
  }
  // "grip 3/5 and deltoids 4+/5 bilaterally": both sides said after grades
  // joined by "and" are every one of them's.
  if (!f.side && f.kind == FindingKind::weakness) {
    std::size_t k = t.last;
    while (k < s.toks.size() && s.toks[k].text == "and") {
      std::size_t end = k;
      for (std::size_t j = k + 1; j < std::min(k + 5, s.toks.size()) && end == k; ++j) {
        if (brk(s, j)) break;
        if (const std::size_t e = past_grade(s, j); e > j) end = e;
      }
      if (end == k) break;
      k = end;
    }
    if (k > t.last && k < s.toks.size()) {
      if (const auto w = side_at(s, k);
          w && side_word(*w) == std::optional<std::string>("bilateral")) {
        add_side(*w, f);
      }
    }
  }
  if (!f.side && f.kind != FindingKind::neurogenic_claudication) {
    if (const auto w = labelled_side(s, t.first)) add_side(*w, f);
  }
  // "RIGHT LEFT" over "Wrist ext  5/5  4/5": the column of the weak grade.
  if (column) f.side = column;
  if (f.kind == FindingKind::neurogenic_claudication) return;
  if (!f.root && !full_grade && !antecedent) {
    const std::size_t rlo = t.first >= 6 ? t.first - 6 : 0;
    // "radiculopathy is suspected on the left, likely C7"
    for (std::size_t k = rlo; k < std::min(t.last + 8, s.toks.size()) && !f.root; ++k) {
      f.root = lone_root(s, k);
    }
    // "radicular pain, left worse than right, in a C6 and C7 pattern": a root
    // named with its territory further on in the sentence.
    for (std::size_t k = t.last; !f.root && k < s.toks.size(); ++k) {
      if (s.toks[k].text == ";" || s.toks[k].text == ".") break;
      if (auto r = lone_root(s, k); r && territory_after(s, k)) f.root = r;
    }
  }
  // Full strength in a list of muscles ("deltoid 5/5, triceps 5/5") says one
  // thing, no weakness: a muscle names no root of a negated weakness.
  // A grade in a list of muscles ("R biceps 4/5, R WE 4-/5, R triceps 5/5")
  // is its own item's muscle: the root of a muscle graded elsewhere in the
  // list is not this weakness's.
  if (!f.root && !full_grade && !antecedent &&
      !(f.kind == FindingKind::weakness && f.negated && !f.historical)) {
    std::size_t item_end = s.toks.size();
    for (std::size_t k = t.last; f.kind == FindingKind::weakness && k < s.toks.size(); ++k) {
      if (s.toks[k].text == "," || s.toks[k].text == ";") {
        item_end = k;
        break;
      }
    }
    const bool in_list = f.kind == FindingKind::weakness &&
                         (item_end < s.toks.size() ||
                          (lo > 0 && (s.toks[lo - 1].text == "," || s.toks[lo - 1].text == ";")));
    // The item's muscle may stand further back than the side scan reaches
    // ("wrist extension 5/5 | 4/5, ...").
    const std::size_t item_first = std::max(list_item(s.toks, t.first, t.last).first, label_end);
    f.root =
        in_list ? root_by_region(s, t, std::min(lo, item_first), item_end) : root_by_region(s, t);
  }
  // "Myotomes: C5 5/5, C6 4/5, C7 5/5 on the right": the side after a
  // root grid is every grade's.
  if (!f.side && f.kind == FindingKind::weakness && t.first > 0 && graded_root(s, t.first - 1)) {
    for (std::size_t k = t.last; k + 2 < s.toks.size(); ++k) {
      if (s.toks[k].text == ";" || s.toks[k].text == ".") break;
      if (s.toks[k].text == "on" && s.toks[k + 1].text == "the" && names_side(s.toks[k + 2].text)) {
        add_side(s.toks[k + 2].text, f);
        break;
      }
    }
  }
  if (!f.side) {
    // "Numbness of the left thumb", "weakness of right wrist extension":
    // the side stands with the body part the sentence names.
    // "Weakness of finger abduction, 4/5 on the left": the weakness's grade
    // after the comma, and its side after the grade (session 33).
    std::size_t end = std::min(hi + 6, s.toks.size());
    // "weakness of shoulder abduction (4/5) on the left": the grade in
    // parentheses, as after a comma.
    for (std::size_t k = hi; k < end; ++k) {
      const bool set_off = s.toks[k].text == "," || s.toks[k].text == "(";
      if (f.kind == FindingKind::weakness && set_off && past_grade(s, k + 1) > k + 1) {
        k = past_grade(s, k + 1) - 1;
        if (k + 1 < s.toks.size() && s.toks[k + 1].text == ")") ++k;
        end = std::min(k + 5, s.toks.size());
        continue;
      }
      if (s.toks[k].text == "," || s.toks[k].text == ";") break;
      if (const auto w = side_word(s.toks[k].text); w && *w != "bilateral") {
        add_side(s.toks[k].text, f);
        break;
      }
      // "clumsiness of both hands", "numbness in both feet": both limbs.
      if (s.toks[k].text == "both" && k + 1 < s.toks.size() &&
          any_word_in(
              s, k + 1, std::min(k + 3, s.toks.size()),
              {"hands", "arms", "legs", "feet", "limbs", "extremities", "thighs", "shoulders"})) {
        add_side("bilateral", f);
        break;
      }
    }
  }
}

}  // namespace spinecds::terminology::text
