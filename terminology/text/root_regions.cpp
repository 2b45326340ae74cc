// The root an arm finding's dermatome, myotome or reflex names ("thumb and
// index finger" C6, "triceps" C7, "Wr ext 4/5" C6), nearest the trigger and
// not from an exam item said normal. The words are root_words.h's and
// hand_edges.h's; nerve_root.cpp asks for them.
#include "terminology/text/root_regions.h"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

#include "terminology/text/finding_side.h"
#include "terminology/text/hand_edges.h"
#include "terminology/text/root_words.h"

namespace spinecds::terminology::text {

namespace {

// A strength grid's shorthand at toks[k] beside its grade ("Wr ext 4/5 L",
// "4-/5 L WE"): the root it names (root_words.h).
std::optional<std::string_view> graded_abbreviation(const Sentence& s, std::size_t k) {
  const auto& t = s.toks;
  for (const auto& a : kGradedAbbreviations) {
    if (t[k].text != a.first || (a.capitals && !t[k].all_caps)) continue;
    std::size_t end = k + 1;
    if (!a.second.empty()) {
      if (end >= t.size() || t[end].text != a.second) continue;
      ++end;
    }
    if (end < t.size() && t[end].kind == TokenKind::number) return a.root;
    // The grade before, over a side letter: "4 - / 5 L WE".
    std::size_t j = k;
    if (j > 0 && names_side(t[j - 1].text)) --j;
    if (j >= 2 && t[j - 1].kind == TokenKind::number && t[j - 2].text == "/") return a.root;
  }
  return std::nullopt;
}

// "numbness over the lateral arm" is the C5 dermatome; "pain radiating down
// the lateral arm into the thumb" is not (pain there is often the shoulder's,
// and the thumb names the root): the lateral arm names C5 only beside a
// word of sensation.
bool sensory_near(const Sentence& s, std::size_t k) {
  const std::size_t lo = k >= 4 ? k - 4 : 0;
  for (std::size_t j = lo; j < std::min(k + 5, s.toks.size()); ++j) {
    const std::string_view w = s.toks[j].text;
    if (w.starts_with("numb") || w.starts_with("sensat") || w.starts_with("sensory") ||
        w.starts_with("paresthes") || w.starts_with("paraesthes") || w.starts_with("tingl") ||
        w.starts_with("hypoesthes") || w.starts_with("hypaesthes") || w.starts_with("dysesthes") ||
        w == "pinprick") {
      return true;
    }
  }
  return false;
}

// A root word's second word after toks[k], also over a side ("lateral L shoulder").
bool pair_word_at(const Sentence& s, std::size_t k, std::string_view second) {
  if (k + 1 < s.toks.size() && s.toks[k + 1].text == second) return true;
  return s.toks[k].text == "lateral" && k + 2 < s.toks.size() && names_side(s.toks[k + 1].text) &&
         s.toks[k + 2].text == second;
}

// "reproducing pain into the lateral arm.": the arm is where the pain ends,
// with no forearm, hand or finger after it, so the lateral arm is C5's
// (tests/data/eval/README.md, Cervical files: "lateral arm ... C5").
bool pain_ends_at(const Sentence& s, std::size_t k) {
  if (k == 0 || !any_word_in(s, k >= 3 ? k - 3 : 0, k, {"into", "to", "down"})) return false;
  for (std::size_t j = k + 2; j < s.toks.size(); ++j) {
    const std::string_view w = s.toks[j].text;
    if (w.starts_with("forearm") || w.starts_with("hand") || w.starts_with("thumb") ||
        w.starts_with("finger") || w.starts_with("digit") || w.starts_with("wrist")) {
      return false;
    }
  }
  return true;
}

// Whether toks[from, to) says a muscle or reflex is normal: a word of
// normal ("intact", "symmetric"), full strength ("5/5") or a normal reflex
// ("2+").
bool said_normal(const Sentence& s, std::size_t from, std::size_t to) {
  for (std::size_t k = from; k < to && k < s.toks.size(); ++k) {
    if (spared_word(s.toks[k].text)) return true;
    if (s.toks[k].kind != TokenKind::number || k + 1 >= s.toks.size()) continue;
    const Token& next = s.toks[k + 1];
    if (s.toks[k].value == 2 && punct_is(next, "+")) return true;
    if (s.toks[k].value == 5 && punct_is(next, "/") && k + 2 < s.toks.size() &&
        s.toks[k + 2].kind == TokenKind::number && s.toks[k + 2].value == 5) {
      return true;
    }
  }
  return false;
}

}  // namespace

// The words that say a side is spared ("right intact", "R nl").
bool spared_word(std::string_view w) {
  for (std::string_view p : {"intact", "normal", "nl", "spared", "unaffected", "unremarkable",
                             "wnl", "preserved", "symmetric", "ok", "fine"}) {
    if (w == p) return true;
  }
  return false;
}

// The root a dermatome or myotome word in the sentence names, nearest the trigger.
std::optional<std::string> root_by_region(const Sentence& s, const Trig& t, std::size_t from,
                                          std::size_t to) {
  std::optional<std::string> best;
  std::size_t best_d = static_cast<std::size_t>(-1);
  const auto own = list_item(s.toks, t.first, t.last);
  std::size_t judged_until = 0;  // the end of the last other item found not normal
  for (std::size_t k = from; k < s.toks.size() && k < to; ++k) {
    // "Triceps normal; biceps reflex diminished on the left", "triceps reflex
    // normal, biceps reflex diminished": a muscle or reflex another item of
    // the exam calls normal names no root of this finding; "..., numbness in
    // the middle finger" still does.
    if ((k < own.first || k >= own.second) && k >= judged_until && s.toks[k].text != ";" &&
        s.toks[k].text != ",") {
      const auto [other_first, other_end] = list_item(s.toks, k, k + 1);
      if (said_normal(s, other_first, other_end)) {
        k = other_end;
        continue;
      }
      judged_until = other_end;
    }
    const std::size_t dk = k < t.first ? t.first - k : k - t.first;
    if (const auto r = graded_abbreviation(s, k)  ? graded_abbreviation(s, k)
                       : ulnar_edge_of_hand(s, k) ? std::optional<std::string_view>("C8")
                                                  : digit_root(s, k);
        r && dk < best_d) {
      best_d = dk;
      best = std::string(*r);
    }
    for (const auto& r : kRootWords) {
      if (s.toks[k].text != r.first) continue;
      if (!r.second.empty() && !pair_word_at(s, k, r.second)) {
        // "ring and little fingers", "index and middle fingers"
        if (!(k + 3 < s.toks.size() && (s.toks[k + 1].text == "and" || s.toks[k + 1].text == "/") &&
              s.toks[k + 3].text.starts_with(std::string(r.second)))) {
          continue;
        }
      }
      if (r.first == "lateral" && r.second == "arm" && !sensory_near(s, k) && !pain_ends_at(s, k)) {
        continue;
      }
      const std::size_t d = k < t.first ? t.first - k : k - t.first;
      if (d < best_d) {
        best_d = d;
        best = std::string(r.root);
      }
    }
  }
  return best;
}

// Whether a dermatome or myotome word stands in toks[from, to).
bool region_within(const Sentence& s, std::size_t from, std::size_t to) {
  for (std::size_t k = from; k < to && k < s.toks.size(); ++k) {
    if (graded_abbreviation(s, k) || ulnar_edge_of_hand(s, k) || digit_root(s, k)) {
      return true;
    }
    for (const auto& r : kRootWords) {
      if (s.toks[k].text == r.first && (r.second.empty() || pair_word_at(s, k, r.second))) {
        return true;
      }
    }
  }
  return false;
}

}  // namespace spinecds::terminology::text
