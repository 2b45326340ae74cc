// The finding a figure in a sentence belongs to: the nearest trigger of a
// kind that can carry it, in its clause, not across a list word; the
// figures themselves are measures.cpp's.
#include "terminology/text/sentence.h"

#include <algorithm>
#include <cstddef>
#include <string_view>

#include "terminology/finding_lexicon.h"
#include "terminology/text/finding_side.h"
#include "terminology/text/word_classes.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology::text {

namespace {

bool compatible(MeasureKind m, std::string_view kind) {
  switch (m) {
    case MeasureKind::mm:
      return kind == "spondylolisthesis" || kind == "translation" || kind == "coronal-imbalance" ||
             kind == "sagittal-imbalance" || kind == "instability" || kind == "pelvic-obliquity" ||
             kind == "disc-herniation";
    case MeasureKind::degrees:
      return kind == "angulation" || kind == "scoliosis" || kind == "pelvic-obliquity" ||
             kind == "pi-ll-mismatch" || kind == "instability";
    case MeasureKind::grade:
    case MeasureKind::percent:
      return kind == "spondylolisthesis";
    case MeasureKind::weeks:
    case MeasureKind::visits:
      return kind == "physical-therapy";
    default:
      return false;
  }
}

// "and", "," or "&" in toks[from, to).
bool list_between(const Sentence& s, std::size_t from, std::size_t to) {
  for (std::size_t k = from; k < to; ++k) {
    if (word_is(s.toks[k], "and") || punct_is(s.toks[k], ",") || punct_is(s.toks[k], "&")) {
      return true;
    }
  }
  return false;
}

}  // namespace

bool crosses_break(const Sentence& s, std::size_t a, std::size_t b) {
  if (a > b) std::swap(a, b);
  for (std::size_t k = a; k < b; ++k) {
    if (brk(s, k) && !punct_is(s.toks[k], ":")) return true;
  }
  return false;
}

std::size_t distance(const Trig& t, std::size_t first, std::size_t last) {
  if (last <= t.first) return t.first - last;
  if (first >= t.last) return first - t.last;
  return 0;
}

// "a 4 mm left paracentral herniation", "a 1.2 cm extruded disc fragment":
// the words a herniation's own size may stand before.
bool herniation_modifiers(const Sentence& s, std::size_t from, std::size_t to) {
  static constexpr std::string_view kWords[] = {"a",           "an",        "small",
                                                "large",       "tiny",      "moderate",
                                                "broad",       "based",     "-",
                                                "sized",       "size",      "focal",
                                                "left",        "right",     "central",
                                                "paracentral", "foraminal", "extraforaminal",
                                                "far",         "lateral",   "subarticular",
                                                "posterior",   "bilateral", "midline",
                                                "disc",        "disk",      "extruded",
                                                "sequestered", "protruded", "free",
                                                "recurrent",   "new",       "acute",
                                                "large-sized"};
  for (std::size_t k = from; k < to && k < s.toks.size(); ++k) {
    // "4 mm R paracentral protrusion", "5 mm lt foraminal extrusion": a side
    // in shorthand describes the herniation as the word does.
    if (std::find(std::begin(kWords), std::end(kWords), s.toks[k].text) == std::end(kWords) &&
        !names_side(s.toks[k].text)) {
      return false;
    }
  }
  return true;
}

// The nearest trigger that can carry the measure, preferring the same clause
// and, at equal distance, the trigger before the figure.
int nearest_trigger(const Sentence& s, std::size_t first, std::size_t last, MeasureKind kind,
                    std::size_t max_distance) {
  int best = kNone;
  std::size_t best_cost = static_cast<std::size_t>(-1);
  for (std::size_t i = 0; i < s.trigs.size(); ++i) {
    const Trig& t = s.trigs[i];
    if (!compatible(kind, t.entry->kind) || t.entry->absent) continue;
    std::size_t d = distance(t, first, last);
    // "a 4 mm left paracentral herniation", "a 1.2 cm extruded disc
    // fragment": a herniation's size is written just before it; a figure
    // elsewhere in its sentence is a slip's or a canal's.
    // Only words that describe the herniation lie between ("Canal narrowed
    // to 7 mm by a large disc herniation": the canal's figure).
    if (t.entry->kind == "disc-herniation" &&
        (t.first < last || d > 4 || !herniation_modifiers(s, last, t.first))) {
      continue;
    }
    // "... reducing to 2 mm in extension, compatible with dynamic
    // instability": the figure set off before the judgement is the motion's.
    if (t.entry->kind == "instability" && t.first >= last &&
        std::any_of(s.toks.begin() + static_cast<std::ptrdiff_t>(last),
                    s.toks.begin() + static_cast<std::ptrdiff_t>(t.first),
                    [](const Token& w) { return punct_is(w, ","); })) {
      continue;
    }
    if (d > max_distance) continue;
    std::size_t cost = d * 2 + (t.first > first ? 1 : 0);
    if (crosses_break(s, std::min(t.first, first), std::max(t.first, first))) cost += 1000;
    // "of L4 on L5 measuring 4 mm and of L3 on L4 measuring 2 mm", "at L4-5
    // (5 mm) and grade 2 at L5-S1": a list word after the figure closes the
    // finding it measured; the finding after it starts anew.
    if (t.first >= last && list_between(s, last, t.first)) cost += 100;
    // "spondylolisthesis with 7 mm of translation": the figure is what it
    // is "of", not the finding before it at the same distance.
    // "5 mm of anterior translation" too.
    if (t.first > last && t.first <= last + 3 && word_is(s.toks[last], "of") &&
        (t.first == last + 1 ||
         any_word_in(s, last + 1, last + 2,
                     {"anterior", "posterior", "forward", "backward", "dynamic", "abnormal",
                      "additional", "further", "sagittal", "segmental"})) &&
        (t.first <= last + 2 || any_word_in(s, last + 2, last + 3, {"sagittal", "segmental"}))) {
      cost = 0;
    }
    if (cost < best_cost) {
      best_cost = cost;
      best = static_cast<int>(i);
    }
  }
  return best;
}

int nearest_of_kind(const Sentence& s, std::size_t pos, std::string_view kind) {
  int best = kNone;
  std::size_t best_d = static_cast<std::size_t>(-1);
  for (std::size_t i = 0; i < s.trigs.size(); ++i) {
    if (s.trigs[i].entry->kind != kind) continue;
    const std::size_t d = distance(s.trigs[i], pos, pos + 1);
    if (d < best_d) {
      best_d = d;
      best = static_cast<int>(i);
    }
  }
  return best;
}

}  // namespace spinecds::terminology::text
