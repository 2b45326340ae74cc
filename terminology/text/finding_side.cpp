// The side of a finding: the words that name one ("left", "R", "bilat"), and
// where a stenosis or herniation has it written: inside its trigger, before
// it or its anatomy, with the root it reaches, "left worse than right", or
// after it in its clause; the side after a grade in a level list or table
// cell. The cervical conventions are tests/data/eval/README.md's "Cervical
// files".
#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "terminology/finding_lexicon.h"
#include "terminology/first_byte_lengths.h"
#include "terminology/text/finding_side.h"
#include "terminology/text/scope_bounds.h"
#include "terminology/text/sentence_findings.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology::text {

namespace {

struct SideName {
  std::string_view word;
  std::string_view side;
};

// "left", "right", and the notes' "L", "R", "bilat". A note's limb shorthand
// names the side too: "LUE", "RUE", "BUE" (left, right, both upper
// extremities), "LLE", "RLE", "BLE" for the legs. Dutch and German
// ("rechts", "linker"), Portuguese and Spanish ("direita", "izquierda"):
// reports written in those languages.
constexpr std::array<SideName, 37> kSideNames = {{
    {"left", "left"},
    {"l", "left"},
    {"lt", "left"},
    {"lue", "left"},
    {"lle", "left"},
    {"links", "left"},
    {"linker", "left"},
    {"linkerzijde", "left"},
    {"linkszijdig", "left"},
    {"esquerda", "left"},
    {"esquerdo", "left"},
    {"izquierda", "left"},
    {"izquierdo", "left"},
    {"right", "right"},
    {"r", "right"},
    {"rt", "right"},
    {"rue", "right"},
    {"rle", "right"},
    {"rechts", "right"},
    {"rechter", "right"},
    {"rechterzijde", "right"},
    {"rechtszijdig", "right"},
    {"direita", "right"},
    {"direito", "right"},
    {"derecha", "right"},
    {"derecho", "right"},
    {"bilateral", "bilateral"},
    {"bilaterally", "bilateral"},
    {"both", "bilateral"},
    {"bilat", "bilateral"},
    {"bue", "bilateral"},
    {"ble", "bilateral"},
    {"beiderzijds", "bilateral"},
    {"dubbelzijdig", "bilateral"},
    {"beidseits", "bilateral"},
    {"bilaterais", "bilateral"},
    {"bilaterales", "bilateral"},
}};

// Every token of a sentence is asked whether it names a side.
constexpr FirstByteLengths kSideWords(kSideNames, [](const SideName& n) { return n.word; });

}  // namespace

std::optional<std::string> side_word(std::string_view w) {
  if (!kSideWords.may_hold(w)) return std::nullopt;
  for (const auto& n : kSideNames) {
    if (same_word(w, n.word)) return std::string(n.side);
  }
  return std::nullopt;
}

std::string_view letter_not_side(std::span<const Token> toks, std::size_t k) {
  const std::string_view w = toks[k].text;
  if (w == "r" && k + 2 < toks.size() && toks[k + 1].text == "/" && !toks[k + 1].space_before &&
      toks[k + 2].text == "o" && !toks[k + 2].space_before) {
    return "ro";
  }
  if (w == "l" && k + 1 < toks.size()) {
    const std::size_t next = toks[k + 1].text == "-" && k + 2 < toks.size() ? k + 2 : k + 1;
    if (toks[next].text == "spine") return "lumbar";
  }
  return {};
}

bool light_touch(std::span<const Token> toks, std::size_t k) {
  if (toks[k].text != "lt") return false;
  const auto word = [&](std::size_t j) {
    return j < toks.size() ? toks[j].text : std::string_view{};
  };
  // "LT leg", "to LT and RT legs", "LT 4/5": the side of what follows.
  if (one_of(word(k + 1), {"leg",     "legs",    "arm",     "arms",      "hand",        "hands",
                           "foot",    "side",    "thigh",   "calf",      "buttock",     "shoulder",
                           "knee",    "hip",     "ue",      "le",        "lower",       "upper",
                           "thumb",   "finger",  "foramen", "foraminal", "paracentral", "l4",
                           "l5",      "s1",      "c5",      "c6",        "c7",          "c8",
                           "gluteal", "lateral", "medial",  "posterior", "anterior"}) ||
      (one_of(word(k + 1), {"and", "or", "/", "&"}) && names_side(word(k + 2))) ||
      (k + 1 < toks.size() && toks[k + 1].kind == TokenKind::number)) {
    return false;
  }
  // "intact to LT", "decreased LT over the thumb", "PP and LT", "LT and PP", "LT intact".
  const std::string_view before = word(k > 0 ? k - 1 : toks.size());
  return one_of(before, {"to", "sensation", "sensory", "decreased", "diminished", "reduced",
                         "impaired", "absent", "intact", "altered"}) ||
         (one_of(before, {"and", "/"}) && k >= 2 && one_of(word(k - 2), {"pp", "pinprick"})) ||
         one_of(word(k + 1), {"intact", "and", "/", "pp", "pinprick", "decreased", "diminished",
                              "reduced", "impaired", "over", "throughout", "along"});
}

bool names_side(std::string_view w) {
  return side_word(w).has_value();
}

bool other_side_after(const Sentence& s, std::size_t from, std::string_view side) {
  const auto own = side_word(side);
  for (std::size_t k = from; k < s.toks.size(); ++k) {
    const auto named = side_word(s.toks[k].text);
    if (named && named != own) return true;
  }
  return false;
}

void add_side(std::string_view word, Finding& f) {
  const std::string w = *side_word(word);
  if (w == "left" || w == "right") {
    f.side = f.side && *f.side != w ? std::string("bilateral") : w;
  } else {
    f.side = "bilateral";
  }
}

namespace {

bool clause_break(std::string_view w) {
  return w == "," || w == ";" || w == ":" || w == "." || w == "and" || w == "but";
}

// The participles by which a herniation or spur reaches a root.
bool reaches_root(std::string_view w) {
  for (std::string_view p : {"compressing", "impinging", "contacting", "abutting", "displacing",
                             "effacing", "deforming", "touching", "encroaching"}) {
    if (w == p) return true;
  }
  return false;
}

// A word naming where in a level a finding lies ("paracentral", "foraminal").
bool names_place(std::string_view w) {
  return location_word(w, "stenosis").has_value() || w == "paracentral" || w == "lateral" ||
         w == "posterolateral" || w == "extraforaminal" || w == "intraforaminal";
}

// Whether toks[k] is a word of a symptom's or sign's trigger: its side is the
// patient's limb, not the side of an imaging finding named after it ("right C7
// radiculopathy from C6-7 foraminal stenosis").
bool in_neuro_trigger(const Sentence& s, std::size_t k) {
  return std::any_of(s.trigs.begin(), s.trigs.end(), [&](const Trig& a) {
    return a.first <= k && k < a.last && a.entry != nullptr &&
           scope::denied_symptom_kind(a.entry->kind);
  });
}

// Back from `from` over up to `words` modifiers ("severe left neural
// foraminal", "severe right C5-6 neural foraminal": a level between does not
// count), never past a clause break, a cause's link ("from", "due to") or a
// symptom named before.
void side_before(const Sentence& s, std::size_t from, std::size_t floor, std::size_t words,
                 Finding& f) {
  std::size_t seen = 0;
  for (std::size_t k = from; k > floor && seen < words; --k) {
    const std::string_view w = s.toks[k - 1].text;
    // "left paracentral and foraminal extrusion": two places of one finding
    // joined by "and" or "or" keep the side before them.
    if ((w == "and" || w == "or") && k >= 2 && k < s.toks.size() &&
        names_place(s.toks[k - 2].text) && names_place(s.toks[k].text)) {
      continue;
    }
    // "Lt. foraminal HNP": the abbreviation's own full stop.
    if (w == "." && k >= 2 && !s.toks[k - 1].space_before &&
        (s.toks[k - 2].text == "lt" || s.toks[k - 2].text == "rt")) {
      continue;
    }
    if (clause_break(w)) break;
    if (one_of(w, {"from", "due", "secondary", "caused", "causing", "because"})) break;
    if (in_neuro_trigger(s, k - 1)) break;
    if (s.mention_at[k - 1] != kNone) continue;
    ++seen;
    if (names_side(w)) {
      add_side(w, f);
      if (w != "left" && w != "right") break;
    }
  }
}

// The root a level mention at `k` names ("the left C7 nerve root"), or the
// one a lone root name there is.
std::optional<std::string> root_named_at(const Sentence& s, std::size_t k) {
  std::optional<std::string> root;
  for (const auto& [pos, v] : s.roots) {
    if (pos == k) root = to_string(v);
  }
  return root ? root : lone_root(s, k);
}

// The anatomy named just before a predicate ("the right C6-7 neural foramen
// is severely narrowed"): where its side is written.
const Trig* anatomy_before(const Sentence& s, const Trig& t) {
  const Trig* out = nullptr;
  for (const auto& a : s.trigs) {
    if (a.last > t.first || t.first - a.last > 4) continue;
    if (a.entry->rule == TriggerRule::anatomy_only) out = &a;
  }
  return out;
}

}  // namespace

void structure_side(const Sentence& s, const Trig& t, std::size_t window_first, Finding& f) {
  // "narrowing the left foramen", "narrow both foramina": the side inside the
  // trigger's own words.
  for (std::size_t k = t.first; k < t.last; ++k) {
    const std::string_view w = s.toks[k].text;
    if (w == "left" || w == "right" || w == "both" || w == "bilateral") add_side(w, f);
  }
  const std::size_t lo = std::min(window_first, t.first >= 8 ? t.first - 8 : 0);
  if (!f.side) side_before(s, t.first, lo, 5, f);
  if (!f.side) {
    if (const Trig* a = anatomy_before(s, t)) side_before(s, a->first, 0, 5, f);
  }
  // "... impinging the exiting left C7 nerve root", "compressed the right C7
  // root", "extrusion at C7-T1 impinging on the exiting left C8 nerve root",
  // "HNP C6-C7 left, compressing the exiting left C7 nerve root": the root
  // the finding reaches, and its side. Levels between do not count, and a
  // comma does not part the finding from the participle that reaches the root.
  // "extrusion compressing the left hemicord and the left C7 nerve root":
  // after the participle, "and" joins its second object, the root.
  bool participle = false;
  for (std::size_t k = t.last, seen = 0; k < s.toks.size() && seen <= 8; ++k) {
    const std::string_view w = s.toks[k].text;
    participle = participle || reaches_root(w);
    // "... flattening the hemicord and impinging the left C8 root".
    if (w == "and" && k + 1 < s.toks.size() && reaches_root(s.toks[k + 1].text)) continue;
    if (w == "and" && participle) {
      bool root_follows = false;
      // "... and the left C7 nerve root", not "... and right L5
      // radiculopathy" (another finding's root).
      for (std::size_t j = k + 1; j < s.toks.size() && j < k + 5 && !root_follows; ++j) {
        root_follows = root_named_at(s, j) && j + 1 < s.toks.size() &&
                       any_word_in(s, j + 1, j + 2, {"nerve", "root", "roots"});
      }
      if (root_follows) continue;
    }
    if (w == ";" || w == "." || w == "and") break;
    // "foraminal stenosis, severe, compressing the right C6 root": a grade
    // set off by commas stands between the finding and its participle.
    if (w == "," && k + 1 < s.toks.size() && cls_is(s, k + 1, kSeverityWord)) continue;
    if (w == "," && !(k + 1 < s.toks.size() && reaches_root(s.toks[k + 1].text))) break;
    if (auto root = root_named_at(s, k)) {
      f.root = root;
      // "the right C6 root", "the right exiting C6 nerve root"
      std::size_t at = k;
      if (at >= 2 && (s.toks[at - 1].text == "exiting" || s.toks[at - 1].text == "traversing" ||
                      s.toks[at - 1].text == "descending")) {
        --at;
      }
      if (!f.side && at >= 1 && names_side(s.toks[at - 1].text)) add_side(s.toks[at - 1].text, f);
      break;
    }
    // The cord a participle reaches first ("the left hemicord") is no
    // word between the finding and its root.
    const bool cord_words =
        s.trigger_at[k] != kNone &&
        s.trigs[static_cast<std::size_t>(s.trigger_at[k])].entry->kind == "cord-compression";
    if (s.mention_at[k] == kNone && !cord_words) ++seen;
  }
  if (f.side) return;
  // "foraminal stenosis at C5-6, left worse than right": both sides.
  for (std::size_t k = t.last; k + 3 < s.toks.size() && k < t.last + 12; ++k) {
    if (brk(s, k) || (k > t.last && s.trigger_at[k] != kNone)) break;
    const std::string_view cmp = s.toks[k + 1].text;
    const std::size_t other = k + 3 + (k + 4 < s.toks.size() && s.toks[k + 3].text == "the");
    if (names_side(s.toks[k].text) && (cmp == "greater" || cmp == "worse" || cmp == "more") &&
        s.toks[k + 2].text == "than" && names_side(s.toks[other].text)) {
      f.side = "bilateral";
      return;
    }
  }
  // After it, within its clause: "... foraminal stenosis on the left",
  // "narrowing at C5-6 on the right", "narrowing of the left neural foramen",
  // "stenosis of the left C6-7 foramen". Levels between do not count.
  std::size_t seen = 0;
  for (std::size_t k = t.last; k < s.toks.size() && seen < 6; ++k) {
    const std::string_view w = s.toks[k].text;
    // "foraminal stenosis, severe on the left at C5-6": the grade set off by
    // a comma, and its side, are the finding's.
    if (k == t.last && w == "," && k + 1 < s.toks.size() && cls_is(s, k + 1, kSeverityWord)) {
      continue;
    }
    if (clause_break(w) || (k > t.last && s.trigger_at[k] != kNone)) break;
    if (s.mention_at[k] != kNone) continue;
    ++seen;
    // "neuroforaminal stenosis bilaterally", "narrowing at L4-5 bilaterally"
    if (w == "bilaterally") {
      f.side = "bilateral";
      return;
    }
    // "protrusion with a left foraminal component": the part of a disc that
    // reaches one side gives the disc that side.
    if (f.kind == FindingKind::disc_herniation && w == "with" && k + 4 < s.toks.size() &&
        (s.toks[k + 1].text == "a" || s.toks[k + 1].text == "an") &&
        names_side(s.toks[k + 2].text) &&
        (s.toks[k + 4].text == "component" || s.toks[k + 4].text == "extension")) {
      add_side(s.toks[k + 2].text, f);
      return;
    }
    if ((w == "on" || w == "of") && k + 2 < s.toks.size() && s.toks[k + 1].text == "the" &&
        (s.toks[k + 2].text == "left" || s.toks[k + 2].text == "right")) {
      // "of the left" names the side only of a foramen or recess it opens.
      if (w == "of") {
        bool anatomy = false;
        for (std::size_t j = k + 3; j < std::min(k + 8, s.toks.size()); ++j) {
          const std::string_view x = s.toks[j].text;
          if (clause_break(x)) break;
          anatomy = anatomy || x == "foramen" || x == "foramina" || x == "recess" ||
                    x == "neuroforamen" || x == "neural";
        }
        if (!anatomy) continue;
      }
      f.side = std::string(s.toks[k + 2].text);
      return;
    }
  }
}

std::optional<std::string> side_after_grade(const Sentence& s, std::size_t from, std::size_t& end) {
  std::size_t k = from;
  while (k < s.toks.size() && (word_is(s.toks[k], "on") || word_is(s.toks[k], "the"))) ++k;
  if (k >= s.toks.size()) return std::nullopt;
  const std::string_view w = s.toks[k].text;
  // "B" is bilateral only here, after a grade.
  auto side = w == "b" ? std::optional<std::string>("bilateral") : side_word(w);
  if (!side) return std::nullopt;
  end = k + 1;
  // "left-sided" is tokenized with its hyphen.
  const std::size_t word = end + 1 < s.toks.size() && punct_is(s.toks[end], "-") ? end + 1 : end;
  if (word < s.toks.size() && (word_is(s.toks[word], "side") || word_is(s.toks[word], "sided"))) {
    end = word + 1;
  }
  return side;
}

std::optional<std::string> side_between(const Sentence& s, std::size_t from, std::size_t to) {
  for (std::size_t k = from; k < std::min(to, s.toks.size()); ++k) {
    if (auto w = side_word(s.toks[k].text)) return w;
  }
  return std::nullopt;
}

}  // namespace spinecds::terminology::text
