// The context rules of a slip's and a motion's words: positions compared or
// only hardware's place, a slip compared lying and loaded, figures given per
// position, a vertebra displaced on the next, a motion word said of a slip.
#include "terminology/text/motion_context.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "terminology/finding_lexicon.h"
#include "terminology/text/sentence.h"
#include "terminology/text/word_classes.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology::text {

// "ACDF construct C5-C7 in stable position", "plate unchanged in position":
// the only position word is the place of hardware beside the word, not the
// spine compared between positions.
bool place_of_hardware(const Sentence& s, std::size_t first, std::size_t last) {
  for (std::size_t k = 0; k < s.toks.size(); ++k) {
    if (!cls_is(s, k, kPositionWord)) continue;
    if (!word_is(s.toks[k], "position") || k + 3 < first || k > last + 2) return false;
  }
  return true;
}

// "The slip does not change between the supine MRI and the standing films",
// "on the seated upright sequences the listhesis does not change": a slip
// compared lying and loaded is compared between positions, but only a
// change denied says so ("stable on standing films" is stable over time).
bool unchanged_under_load(const Sentence& s, const TriggerEntry& e) {
  if (std::find(e.words.begin(), e.words.end(), "change") == e.words.end() &&
      e.words.front() != "unchanged") {
    return false;
  }
  bool lying = false, loaded = false, upright = false, slip = false;
  for (const Token& t : s.toks) {
    lying = lying || word_is(t, "supine") || word_is(t, "recumbent");
    upright = upright || word_is(t, "upright") || word_is(t, "seated");
    loaded = loaded || word_is(t, "standing") || word_is(t, "weightbearing");
    // Only a slip or the alignment is compared ("pain unchanged when seated"
    // says nothing of motion).
    slip = slip || t.text.find("listhe") != std::string::npos || t.text.starts_with("slip") ||
           t.text == "alignment" || t.text == "translation" || t.text.starts_with("sublux");
  }
  return slip && (upright || (lying && loaded));
}

// The positions the sentence gives millimetre figures in: "7 mm anterior to
// L5 in flexion", "flexion: 7 mm", "On the flexion view C4 is 3.5 mm anterior
// to C5, compared with 0.5 mm on the extension view" (measure_position()).
std::size_t positions_measured(const Sentence& s) {
  std::vector<Position> seen;
  for (const Measure& m : find_measures(s)) {
    if (m.kind != MeasureKind::mm) continue;
    const Position p = measure_position(s, m);
    if (p != Position::none && std::find(seen.begin(), seen.end(), p) == seen.end()) {
      seen.push_back(p);
    }
  }
  return seen.size();
}

// "L4 is displaced 6 mm posteriorly relative to L5", "L3 sits 3 mm anterior
// to L4": a lone vertebra before the words and one after, adjacent, and a
// direction (the phrase's own or a direction word a few words after "displaced").
bool vertebra_displaced(const Sentence& s, const TriggerEntry& e, std::size_t first,
                        std::size_t last) {
  // "L3 translates 4.5 mm anteriorly relative to L4", "... in flexion": the
  // motion already named says it; a displacement between positions is motion.
  // "L4 is 7 mm anterior to L5 in flexion and 3 mm in extension": where a
  // vertebra sits, given per position, is the slip in each position;
  // motion_positions.cpp reads the change between them as translation.
  // A figure in one position only ("L4 is 5 mm anterior to L5 in flexion")
  // is no slip of its own: two figures are needed.
  // Only figures given a position count ("..., with a 3 mm disc bulge" is
  // another finding's), and their positions must differ.
  const bool sits =
      e.kind == "spondylolisthesis" && e.direction != nullptr && positions_measured(s) >= 2;
  if (s.about_positions != (e.kind == "translation") && !(s.about_positions && sits)) return false;
  for (const Trig& t : s.trigs) {
    const std::string& k = t.entry->kind;
    if ((k == "spondylolisthesis" || k == "translation" || k == "instability") &&
        !crosses_break(s, t.last, first)) {
      return false;
    }
  }
  std::optional<int> above, below;
  for (std::size_t k = first; k > 0 && first - k < 8; --k) {
    const int m = s.mention_at[k - 1];
    if (m != kNone) {
      const Mention& mm = s.mentions[static_cast<std::size_t>(m)];
      if (mm.segments.empty() && mm.single) above = mm.single->ordinal;
      break;
    }
    if (brk(s, k - 1)) break;
  }
  bool direction = e.direction != nullptr;
  for (std::size_t k = last; k < s.toks.size() && k < last + 8; ++k) {
    const int m = s.mention_at[k];
    if (m != kNone) {
      const Mention& mm = s.mentions[static_cast<std::size_t>(m)];
      if (mm.segments.empty() && mm.single) below = mm.single->ordinal;
      break;
    }
    if (brk(s, k)) break;
    direction = direction || (k < last + 4 && direction_word(s.toks[k].text).has_value());
  }
  return direction && above && below && std::abs(*above - *below) == 1;
}

// "dynamic (grade 1) anterolisthesis", "the L4-5 slip is mobile": the motion
// word speaks of a slip just after it or of the slip just named.
bool said_of_slip(const Sentence& s, std::size_t first, std::size_t last) {
  const std::initializer_list<std::string_view> kSlips = {
      "listhesis", "anterolisthesis", "retrolisthesis", "spondylolisthesis", "spondy",
      "slip",      "olisthesis",      "subluxation",    "spondylolistheses"};
  for (std::size_t k = last; k < s.toks.size() && k < last + 4; ++k) {
    if (any_word_in(s, k, k + 1, kSlips)) return true;
    if (brk(s, k)) break;
  }
  for (auto it = s.trigs.rbegin(); it != s.trigs.rend(); ++it) {
    if (it->entry->kind != "spondylolisthesis") continue;
    return it->last + 8 >= first && !crosses_break(s, it->last, first);
  }
  return false;
}

}  // namespace spinecds::terminology::text
