#include "terminology/finding_lexicon.h"
#include "terminology/first_byte_lengths.h"
#include "terminology/word_set.h"

#include "terminology/text/word_classes.h"
#include "terminology/text/word_lists.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>
#include <sstream>
#include <utility>

namespace spinecds::terminology {

namespace {

template <std::size_t N>
bool in(std::string_view w, const std::array<std::string_view, N>& list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

}  // namespace

std::vector<std::string> split_phrase(std::string_view phrase) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : phrase) {
    if (c == ' ') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else if (c == '\'' && !cur.empty()) {
      // The tokenizer makes "spurling's" three tokens; a phrase written with
      // the apostrophe ("spurling's negative") is matched the same way.
      out.push_back(cur);
      out.emplace_back("'");
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

bool is_clause_break(std::string_view w) {
  return has_class(w, kClauseBreak);
}
bool is_severity_word(std::string_view w) {
  return has_class(w, kSeverityWord);
}
bool is_modifier_word(std::string_view w) {
  return has_class(w, kModifierWord | kSeverityWord);
}
bool is_scope_end_word(std::string_view w) {
  return has_class(w, kScopeEnd);
}
bool is_level_connector(std::string_view w) {
  return has_class(w, kLevelConnector);
}
bool is_phrase_stop_word(std::string_view w) {
  return has_class(w, kPhraseStop);
}
bool is_location_filler(std::string_view w) {
  return has_class(w, kLocationFiller);
}
bool is_negation_word(std::string_view w) {
  static const WordSet words = [] {
    std::vector<std::string> out;
    for (const auto& e : cue_table()) {
      if (e.effect == CueEffect::negate && e.forward && e.words.size() == 1) {
        out.push_back(e.words.front());
      }
    }
    return WordSet(out);
  }();
  return words.contains(w);
}
bool is_copula(std::string_view w) {
  return has_class(w, kCopula);
}
bool is_mri_word(std::string_view w) {
  return has_class(w, kMriWord);
}
bool is_end_date_word(std::string_view w) {
  return has_class(w, kEndDate);
}

namespace {

// The letter pairs that start a location word of location_word().
constexpr bool may_name_location(std::string_view w) {
  if (w.size() < 2) return false;
  switch ((static_cast<unsigned>(static_cast<unsigned char>(w[0])) << 8) |
          static_cast<unsigned char>(w[1])) {
    case ('c' << 8) | 'e':
    case ('c' << 8) | 'a':
    case ('c' << 8) | 'c':
    case ('c' << 8) | 'o':
    case ('t' << 8) | 'h':
    case ('f' << 8) | 'o':
    case ('n' << 8) | 'e':
    case ('n' << 8) | 'f':
    case ('e' << 8) | 'x':
    case ('s' << 8) | 'u':
    case ('r' << 8) | 'e':
    case ('l' << 8) | 'r':
      return true;
    default:
      return false;
  }
}

}  // namespace

std::optional<std::string> location_word(std::string_view w, std::string_view kind) {
  if (kind != "stenosis" && kind != "disc-herniation") return std::nullopt;
  // "narrowing of the contrast column" (myelography): the column is the
  // contrast-filled thecal sac, the canal.
  static constexpr std::array<std::string_view, 7> kCentral = {
      "central", "centrally", "canal", "thecal", "centrally-located", "ccs", "column"};
  // "NFS", "NFN": neural foraminal stenosis / narrowing; "NF narrowing".
  static constexpr std::array<std::string_view, 12> kForaminal = {
      "foraminal",        "foramen",       "foramina",    "neuroforaminal",
      "neuroforamen",     "neuroforamina", "foraminally", "extraforaminal",
      "neural-foraminal", "nfs",           "nfn",         "nf"};
  static constexpr std::array<std::string_view, 4> kRecess = {"subarticular", "recess", "recesses",
                                                              "lrs"};
  // A word without the first letters of any of them is ruled out before the
  // lists are read (most words of a sentence).
  static_assert(std::all_of(kCentral.begin(), kCentral.end(), may_name_location) &&
                std::all_of(kForaminal.begin(), kForaminal.end(), may_name_location) &&
                std::all_of(kRecess.begin(), kRecess.end(), may_name_location));
  if (!may_name_location(w)) return std::nullopt;
  if (in(w, kCentral)) {
    if (kind == "disc-herniation" && (w == "canal" || w == "thecal" || w == "column")) {
      return std::nullopt;
    }
    return std::string("central");
  }
  if (in(w, kForaminal)) return std::string("foraminal");
  if (in(w, kRecess)) return std::string("lateral-recess");
  return std::nullopt;
}

std::optional<std::string_view> direction_word(std::string_view w) {
  if (w == "anterior" || w == "anteriorly" || w == "antero" || w == "forward" || w == "ventral" ||
      w == "ventrally") {
    return "antero";
  }
  if (w == "posterior" || w == "posteriorly" || w == "retro" || w == "backward" || w == "dorsal" ||
      w == "dorsally") {
    return "retro";
  }
  return std::nullopt;
}

std::optional<double> number_word(std::string_view w) {
  if (!has_class(w, kNumberWord)) return std::nullopt;
  if (w == "thirty") return 30.0;
  const auto& k = text::kNumberWords;
  for (std::size_t i = 0; i < k.size(); ++i) {
    if (k[i] == w) return static_cast<double>(i);
  }
  return std::nullopt;
}

std::optional<MeasureKind> unit_kind(std::string_view w) {
  using enum MeasureKind;
  static constexpr std::pair<std::string_view, MeasureKind> kUnits[] = {
      {"mm", mm},           {"millimeter", mm},   {"millimeters", mm},    {"millimetre", mm},
      {"millimetres", mm},  {"cm", cm},           {"centimeter", cm},     {"centimeters", cm},
      {"centimetre", cm},   {"centimetres", cm},  {"\xC2\xB0", degrees},  {"degree", degrees},
      {"degrees", degrees}, {"deg", degrees},     {"degs", degrees},      {"%", percent},
      {"percent", percent}, {"pct", percent},     {"week", weeks},        {"weeks", weeks},
      {"wk", weeks},        {"wks", weeks},       {"month", months},      {"months", months},
      {"mo", months},       {"mos", months},      {"visit", visits},      {"visits", visits},
      {"session", visits},  {"sessions", visits}, {"treatments", visits}, {"appointments", visits}};
  static constexpr FirstByteLengths kUnitWords(kUnits, [](const auto& unit) { return unit.first; });
  if (!kUnitWords.may_hold(w)) return std::nullopt;
  for (const auto& [u, k] : kUnits) {
    if (u == w) return k;
  }
  return std::nullopt;
}

std::optional<std::string> setting_at(std::span<const Token> t, std::size_t k, std::size_t& end) {
  if (k >= t.size()) return std::nullopt;
  const std::string_view w = t[k].text;
  end = k + 1;
  if (w == "telehealth" || w == "virtual" || w == "virtually" || w == "video" ||
      w == "telemedicine" || w == "telerehab" || w == "telerehabilitation" || w == "remote" ||
      w == "remotely" || w == "zoom" || w == "digital" || w == "asynchronous" ||
      w == "asynchronously") {
    return std::string("telehealth");
  }
  // "app-based", "app-guided": a digital programme's sessions
  if (w == "app" && k + 2 < t.size() && t[k + 1].text == "-" &&
      (t[k + 2].text == "based" || t[k + 2].text == "guided")) {
    end = k + 3;
    return std::string("telehealth");
  }
  if (w == "tele" && k + 2 < t.size() && t[k + 2].text == "health") {
    end = k + 3;
    return std::string("telehealth");
  }
  if (w == "home" || w == "unsupervised") return std::string("home");
  if (w == "self" && k + 2 < t.size() && t[k + 2].text == "directed") {
    end = k + 3;
    return std::string("home");
  }
  if (w == "in" && k + 2 < t.size() && t[k + 1].text == "-" && t[k + 2].text == "person") {
    end = k + 3;
    return std::string("in-person");
  }
  if (w == "in" && k + 1 < t.size() && t[k + 1].text == "person") {
    end = k + 2;
    return std::string("in-person");
  }
  if (w == "supervised" || w == "outpatient" || w == "clinic" || w == "onsite" || w == "facility") {
    return std::string("in-person");
  }
  return std::nullopt;
}

}  // namespace spinecds::terminology
