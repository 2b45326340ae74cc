#include "terminology/text_findings.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>

#include "terminology/clinical_dates.h"
#include "terminology/finding_lexicon.h"
#include "terminology/level_scan.h"
#include "terminology/sentence_split.h"
#include "terminology/text/word_classes.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology {

namespace {

// Texts longer than this are read up to here: a note is kilobytes, and the
// cap keeps one call's work bounded whatever arrives.
constexpr std::size_t kMaxTextBytes = 4 * 1024 * 1024;
constexpr int kNone = -1;

struct Mention {
  std::size_t first = 0, last = 0;  // sentence-local token range
  std::vector<Segment> segments;
  std::optional<Vertebra> single;
  bool pelvis = false;
};

struct Trig {
  std::size_t first = 0, last = 0;
  const TriggerEntry* entry = nullptr;
  int mention = kNone;       // level mention that names its segments
  int before = kNone;        // the level mention last seen before the trigger
  int copy_of = kNone;       // "moderate at L2-3" repeats this trigger's finding
  bool from_header = false;  // segments come from a "L4-5:" line header
  bool negated = false, uncertain = false;
  bool hypothetical = false, historical = false, other = false;
  std::size_t cue_first = 0, cue_last = 0;
  bool has_cue = false;
};

struct Measure {
  MeasureKind kind;
  double value = 0;
  std::size_t first = 0, last = 0;
};

struct Sentence {
  std::span<const Token> toks;  // a view into the text's tokens
  const std::vector<Token>* all = nullptr;
  std::size_t base = 0;                // index of toks[0] in *all
  std::span<const std::uint32_t> cls;  // word_classes() of each token, looked up once
  std::vector<int> mention_at;         // token -> mention index covering it
  std::vector<int> trigger_at;         // token -> trigger index covering it
  std::vector<Mention> mentions;
  std::vector<Trig> trigs;
  std::vector<std::pair<std::size_t, Vertebra>> roots;
  // The sentence names a position ("in flexion", "dynamic views"): only then
  // does "stable" or "unchanged" speak about motion.
  bool about_positions = false;  // "L5 nerve root": token, vertebra
};

bool cls_is(const Sentence& s, std::size_t k, std::uint32_t c) {
  return (s.cls[k] & c) != 0;
}
bool brk(const Sentence& s, std::size_t k) {
  return cls_is(s, k, kClauseBreak);
}

bool word_is(const Token& t, std::string_view w) {
  return (t.kind == TokenKind::word || t.kind == TokenKind::alnum) && t.text == w;
}
bool punct_is(const Token& t, std::string_view p) {
  return t.kind == TokenKind::punct && t.text == p;
}

// Phrase tables indexed by their first word, so each token is compared with
// the few phrases that can start there instead of every phrase. Built once,
// never changed.
template <typename Entry>
class FirstWordIndex {
 public:
  explicit FirstWordIndex(const std::vector<Entry>& table) {
    for (const auto& e : table) {
      if (!e.words.empty()) map_[e.words.front()].push_back(&e);
    }
  }
  const std::vector<const Entry*>& at(const std::string& word) const {
    static const std::vector<const Entry*> kEmpty;
    auto it = map_.find(word);
    return it == map_.end() ? kEmpty : it->second;
  }

 private:
  std::unordered_map<std::string, std::vector<const Entry*>> map_;
};

template <typename Entry>
const std::vector<const Entry*>& no_entries() {
  static const std::vector<const Entry*> kEmpty;
  return kEmpty;
}

const FirstWordIndex<TriggerEntry>& trigger_index() {
  static const FirstWordIndex<TriggerEntry> i(trigger_table());
  return i;
}
const FirstWordIndex<CueEntry>& cue_index() {
  static const FirstWordIndex<CueEntry> i(cue_table());
  return i;
}
const FirstWordIndex<SeverityEntry>& severity_index() {
  static const FirstWordIndex<SeverityEntry> i(severity_table());
  return i;
}

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
    if (!m && (t[i].kind == TokenKind::alnum || t[i].text == "sacrum")) {
      auto scan = scan_level_mention(t, i, LevelScanMode::lenient);
      if (scan.mention && !is_mri_sequence(t, *scan.mention)) {
        m = Mention{scan.mention->first, scan.mention->last, scan.mention->segments,
                    scan.mention->single, scan.mention->pelvis};
      }
    }
    if (m && m->last > i && names_root(s, *m)) {
      s.roots.push_back({m->first, *m->single});
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

// Severity phrase at toks[k]; sets `end` past it.
std::optional<Severity> severity_at(const Sentence& s, std::size_t k, std::size_t& end);

// ---- Triggers ---------------------------------------------------------------

// Matches `words` at toks[i], allowing "-" and "/" between words ("flexion-
// extension", "PI-LL"); returns the token after the match, or 0.
std::size_t match_words(const Sentence& s, std::size_t i, const std::vector<std::string>& words) {
  std::size_t k = i;
  for (std::size_t w = 0; w < words.size(); ++w) {
    if (w > 0) {
      while (k < s.toks.size() && (punct_is(s.toks[k], "-") || punct_is(s.toks[k], "/")) &&
             !s.toks[k].space_before) {
        ++k;
      }
    }
    if (k >= s.toks.size() || s.mention_at[k] != kNone) return 0;
    if (s.toks[k].text != words[w]) return 0;
    ++k;
  }
  return k;
}

bool any_word_in(const Sentence& s, std::size_t from, std::size_t to,
                 std::initializer_list<std::string_view> words) {
  for (std::size_t k = from; k < to && k < s.toks.size(); ++k) {
    for (auto w : words) {
      if (s.toks[k].text == w) return true;
    }
  }
  return false;
}

// "PT for the right knee": therapy of another body part is not spine therapy.
bool therapy_for_other_part(const Sentence& s, std::size_t last) {
  const std::size_t end = std::min(last + 5, s.toks.size());
  for (std::size_t k = last; k < end; ++k) {
    const std::string& w = s.toks[k].text;
    if (k == last && w != "for" && w != "of" && w != "to") return false;
    if (w == "knee" || w == "knees" || w == "shoulder" || w == "shoulders" || w == "hip" ||
        w == "hips" || w == "ankle" || w == "neck" || w == "wrist" || w == "elbow" || w == "hand" ||
        w == "foot" || w == "cervical" || w == "rotator" || w == "acl" || w == "meniscus" ||
        w == "thumb") {
      return true;
    }
    if (w == "back" || w == "lumbar" || w == "spine" || w == "low") return false;
  }
  return false;
}

// Context rules that a word list cannot say.
bool trigger_allowed(const Sentence& s, const TriggerEntry& e, std::size_t first,
                     std::size_t last) {
  const std::size_t before = first >= 3 ? first - 3 : 0;
  const std::string& head = s.toks[first].text;
  if (e.kind == "physical-therapy" && therapy_for_other_part(s, last)) return false;
  if (e.rule == TriggerRule::affirmed_only && first > 0 &&
      any_word_in(s, first >= 2 ? first - 2 : 0, first, {"no", "without", "not", "absent"})) {
    return false;  // "no osseous bridging" says the fusion is not solid, not that none was done
  }
  if (e.rule == TriggerRule::not_disc_space) {
    // "disc space narrowing" is loss of disc height, not stenosis.
    if (any_word_in(s, before, first, {"disc", "disk", "joint", "space", "height"})) return false;
    if (last + 1 < s.toks.size() && word_is(s.toks[last], "of")) {
      if (any_word_in(s, last, std::min(last + 4, s.toks.size()),
                      {"disc", "disk", "space", "joint", "height"})) {
        return false;
      }
    }
  }
  if (e.rule == TriggerRule::pt_abbreviation) {
    // "Pt" is usually "patient"; read it as physical therapy when written
    // "PT" and not followed by a patient's verb, or in a therapy context
    // ("6 weeks of PT", "PT x 12 visits", "formal PT").
    const std::size_t k = first;
    if (s.toks[k].all_caps) {
      static constexpr std::array<std::string_view, 14> kVerbs = {
          "reports",   "states", "denies",  "is",    "was",   "has",       "presents",
          "complains", "c",      "returns", "notes", "feels", "ambulates", "tolerated"};
      const bool verb = last < s.toks.size() &&
                        std::find(kVerbs.begin(), kVerbs.end(), s.toks[last].text) != kVerbs.end();
      if (!verb) return true;
    }
    static constexpr std::array<std::string_view, 24> kBefore = {
        "of",         "formal",  "supervised", "outpatient", "person",    "virtual",
        "telehealth", "home",    "completed",  "attended",   "failed",    "continue",
        "continued",  "started", "prior",      "previous",   "underwent", "including",
        "and",        "with",    "no",         "trial",      "course",    "declined"};
    if (k > 0) {
      for (auto w : kBefore) {
        if (s.toks[k - 1].text == w) return true;
      }
    }
    if (last < s.toks.size()) {
      static constexpr std::array<std::string_view, 10> kAfter = {
          "sessions", "visits",  "session", "visit",      "twice",
          "x",        "program", "course",  "evaluation", "notes"};
      for (auto w : kAfter) {
        if (s.toks[last].text == w) return true;
      }
    }
    return false;
  }
  if (e.rule == TriggerRule::not_vascular) {
    if (any_word_in(s, before, first, {"vascular", "arterial", "intermittent"})) return false;
  }
  if (e.rule == TriggerRule::facet) {
    if (last < s.toks.size() &&
        any_word_in(s, last, std::min(last + 2, s.toks.size()),
                    {"injection", "injections", "block", "blocks", "rhizotomy", "ablation",
                     "radiofrequency", "denervation"})) {
      return false;
    }
  }
  if (e.rule == TriggerRule::prior_only) {
    if (!any_word_in(s, first >= 5 ? first - 5 : 0, first,
                     {"prior",     "previous",    "post",     "history",   "h",       "old",
                      "remote",    "p",           "since",    "discussed", "planned", "plan",
                      "recommend", "recommended", "proposed", "requested", "undergo", "proceed",
                      "candidate", "underwent",   "had"})) {
      return false;
    }
  }
  if (e.rule == TriggerRule::with_mm) {
    // "4 mm of motion", "motion of 5 mm": motion counts as translation only
    // with a millimetre figure beside it.
    const std::size_t lo = first >= 4 ? first - 4 : 0;
    const std::size_t hi = std::min(last + 5, s.toks.size());
    if (!any_word_in(s, lo, hi, {"mm", "millimeters", "millimetres", "millimeter", "cm"})) {
      return false;
    }
  }
  if (e.rule == TriggerRule::not_lordotic) {
    if (any_word_in(s, before, first,
                    {"lordotic", "lordosis", "kyphotic", "kyphosis", "normal", "learning"})) {
      return false;
    }
  }
  if (e.rule == TriggerRule::therapy_word) {
    // "therapy" alone is physical therapy unless another therapy is named.
    if (any_word_in(s, first >= 2 ? first - 2 : 0, first,
                    {"radiation", "injection",      "medical",  "medication",   "drug",
                     "steroid",   "antibiotic",     "infusion", "conservative", "pharmacologic",
                     "opioid",    "hormone",        "oxygen",   "occupational", "speech",
                     "cognitive", "behavioral",     "massage",  "chiropractic", "manual",
                     "ablation",  "anticoagulation"})) {
      return false;
    }
  }
  if (e.rule == TriggerRule::motion_context && !s.about_positions) return false;
  if (e.rule == TriggerRule::study_named && first > 0) {
    // "translation between flexion and extension" names positions, not images.
    if (any_word_in(
            s, first - 1, first,
            {"between", "with", "on", "in", "across", "during", "of", "to", "and", "from", "at"})) {
      return false;
    }
  }
  if (e.kind == "facet-arthropathy" &&
      any_word_in(s, first >= 4 ? first - 4 : 0, std::min(last + 2, s.toks.size()),
                  {"fluid", "effusion", "effusions"})) {
    return false;  // a facet effusion alone is not arthropathy
  }
  (void)head;
  return true;
}

void find_triggers(Sentence& s) {
  std::size_t i = 0;
  while (i < s.toks.size()) {
    if (s.mention_at[i] != kNone) {
      ++i;
      continue;
    }
    std::size_t best_end = 0;
    const TriggerEntry* best = nullptr;
    for (const auto* e : cls_is(s, i, kTriggerStart) ? trigger_index().at(s.toks[i].text)
                                                     : no_entries<TriggerEntry>()) {
      const std::size_t end = match_words(s, i, e->words);
      if (end > best_end) {
        best_end = end;
        best = e;
      }
    }
    if (!best && !s.trigs.empty() && s.trigs.back().entry->takes_severity) {
      // "severe stenosis at L3-4, moderate at L2-3": a severity with a level
      // and no noun repeats the finding before it.
      std::size_t j = i;
      if (severity_at(s, i, j)) {
        while (j < s.toks.size() && j < i + 8 && s.mention_at[j] == kNone &&
               (location_word(s.toks[j].text, s.trigs.back().entry->kind) ||
                cls_is(s, j, kLocationFiller)) &&
               !(word_is(s.toks[j], "at") || word_is(s.toks[j], "in"))) {
          ++j;
        }
        if (j + 1 < s.toks.size() && (word_is(s.toks[j], "at") || word_is(s.toks[j], "in")) &&
            s.mention_at[j + 1] != kNone) {
          Trig t;
          t.first = j;
          t.last = j + 1;
          t.entry = s.trigs.back().entry;
          t.copy_of = static_cast<int>(s.trigs.size()) - 1;
          s.trigger_at[j] = static_cast<int>(s.trigs.size());
          s.trigs.push_back(t);
          i = j + 1;
          continue;
        }
      }
    }
    if (best && best->kind.empty()) {  // a phrase that blocks shorter triggers
      i = best_end;
      continue;
    }
    if (best && best->rule == TriggerRule::anatomy_only) {
      // "central canal stenosis": the anatomy is a modifier of the trigger
      // that follows, not a finding of its own.
      bool followed = false;
      for (std::size_t j = best_end; j < s.toks.size() && j < best_end + 6 && !followed; ++j) {
        for (const auto* e : trigger_index().at(s.toks[j].text)) {
          if (!e->kind.empty() && e->rule != TriggerRule::anatomy_only &&
              match_words(s, j, e->words)) {
            followed = true;
            break;
          }
        }
        const std::string& w = s.toks[j].text;
        if (!(is_modifier_word(w) || location_word(w, "stenosis") || w == "and" || w == "or" ||
              w == "," || w == "/" || w == "-")) {
          break;
        }
      }
      if (followed) {
        ++i;
        continue;
      }
    }
    if (best && trigger_allowed(s, *best, i, best_end)) {
      const int id = static_cast<int>(s.trigs.size());
      Trig t;
      t.first = i;
      t.last = best_end;
      t.entry = best;
      s.trigs.push_back(t);
      for (std::size_t k = i; k < best_end; ++k) s.trigger_at[k] = id;
      i = best_end;
      continue;
    }
    ++i;
  }
}

// ---- Cues (negation and uncertainty) ----------------------------------------

struct CueHit {
  const CueEntry* entry = nullptr;
  std::size_t first = 0, last = 0;
};

std::vector<CueHit> find_cues(const Sentence& s) {
  std::vector<CueHit> out;
  std::size_t i = 0;
  while (i < s.toks.size()) {
    if (s.mention_at[i] != kNone || s.trigger_at[i] != kNone) {
      ++i;
      continue;
    }
    std::size_t best_end = 0;
    const CueEntry* best = nullptr;
    if (!cls_is(s, i, kCueStart)) {
      ++i;
      continue;
    }
    for (const auto* e : cue_index().at(s.toks[i].text)) {
      const std::size_t end = match_words(s, i, e->words);
      if (end > best_end) {
        best_end = end;
        best = e;
      }
    }
    if (best) {
      // "may" before or after a number is the month.
      const bool month = best->words.size() == 1 && best->words[0] == "may" &&
                         ((i + 1 < s.toks.size() && s.toks[i + 1].kind == TokenKind::number) ||
                          (i > 0 && s.toks[i - 1].kind == TokenKind::number));
      if (!month) out.push_back({best, i, best_end});
      i = best_end;
      continue;
    }
    ++i;
  }
  return out;
}

bool starts_trigger_or_list(const Sentence& s, std::size_t k) {
  if (k >= s.toks.size()) return false;
  if (s.trigger_at[k] != kNone) return true;
  const std::string& w = s.toks[k].text;
  if (w == "or" || w == "nor") return true;
  // "denies leg weakness, numbness or claudication": a list of a few words
  // that ends in a finding keeps the negation.
  for (std::size_t j = k; j < s.toks.size() && j < k + 3; ++j) {
    if (s.trigger_at[j] != kNone || brk(s, j) || cls_is(s, j, kSeverityWord | kScopeEnd)) break;
    const std::string& x = s.toks[j].text;
    if (x == "or" || x == "nor" || x == "and") {
      if (j > k && j + 1 < s.toks.size() && s.trigger_at[j + 1] != kNone) return true;
      break;
    }
    if (s.toks[j].kind != TokenKind::word) break;
  }
  // "no stenosis, central or foraminal": modifiers leading to a trigger.
  for (std::size_t j = k; j < s.toks.size() && j < k + 4; ++j) {
    if (s.trigger_at[j] != kNone) return !cls_is(s, k, kSeverityWord);
    if (!cls_is(s, j, (kModifierWord | kSeverityWord))) return false;
  }
  return false;
}

// "previously moderate", "(previously 35°)": an earlier value beside the
// current one, which is the one a finding reports.
bool earlier_value(const Sentence& s, std::size_t k) {
  for (std::size_t j = k; j > 0 && k - j < 2; --j) {
    const std::string& w = s.toks[j - 1].text;
    if (w == "previously" || w == "formerly" || w == "prior" || w == "from" || w == "before") {
      return true;
    }
  }
  return false;
}

bool severity_before(const Sentence& s, const Trig& t) {
  for (std::size_t k = t.first; k > 0 && t.first - k < 4; --k) {
    if (cls_is(s, k - 1, kSeverityWord)) return true;
    if (brk(s, k - 1) || s.trigger_at[k - 1] != kNone) break;
  }
  return false;
}

void apply_cue(Sentence& s, const CueHit& c) {
  auto mark = [&](Trig& t) {
    switch (c.entry->effect) {
      case CueEffect::negate:
        t.negated = true;
        break;
      case CueEffect::uncertain:
        t.uncertain = true;
        break;
      case CueEffect::hypothetical:
        t.hypothetical = true;
        break;
      case CueEffect::historical:
        t.historical = true;
        break;
      case CueEffect::resolved:
        t.negated = true;
        t.historical = true;
        break;
      case CueEffect::other:
        t.other = true;
        break;
      case CueEffect::none:
        return;
    }
    if (!t.has_cue) {
      t.cue_first = c.first;
      t.cue_last = c.last;
      t.has_cue = true;
    }
  };
  if (c.entry->forward) {
    bool seen = false;
    int steps = 0;
    for (std::size_t k = c.last; k < s.toks.size() && steps < 24; ++steps) {
      const Token& tok = s.toks[k];
      if (s.mention_at[k] != kNone) {
        k = s.mentions[s.mention_at[k]].last;
        continue;
      }
      if (s.trigger_at[k] != kNone) {
        Trig& t = s.trigs[s.trigger_at[k]];
        const bool study = t.entry->kind == "flexion-extension-study";
        if (!(study && seen) && !(study && !c.entry->negates_study)) mark(t);
        seen = true;
        k = t.last;
        continue;
      }
      if (brk(s, k)) break;
      if (punct_is(tok, ",") && !starts_trigger_or_list(s, k + 1)) break;
      if (seen && cls_is(s, k, kSeverityWord | kScopeEnd)) break;
      ++k;
    }
  }
  if (c.entry->backward) {
    bool seen = false;
    int steps = 0;
    for (std::size_t k = c.first; k > 0 && steps < 24; ++steps) {
      --k;
      const Token& tok = s.toks[k];
      if (brk(s, k) || punct_is(tok, ",")) break;
      if (s.trigger_at[k] != kNone) {
        Trig& t = s.trigs[s.trigger_at[k]];
        const bool study = t.entry->kind == "flexion-extension-study";
        if (seen && severity_before(s, t)) break;
        if (!study || c.entry->negates_study) mark(t);
        seen = true;
        k = t.first;
      }
    }
  }
}

// ---- Levels ----------------------------------------------------------------

bool level_is_post(const Sentence& s, const Mention& m, bool pending) {
  if (!pending) return false;
  std::size_t k = m.first;
  while (k > 0) {
    const Token& p = s.toks[k - 1];
    if (word_is(p, "the") || word_is(p, "level") || word_is(p, "levels")) {
      --k;
      continue;
    }
    if (s.trigger_at[k - 1] != kNone) return true;
    return cls_is(s, k - 1, kLevelConnector);
  }
  return false;
}

void assign_levels(Sentence& s, int header) {
  std::vector<int> pending;
  int last_level = kNone;
  std::size_t next_trig = 0;
  std::vector<std::pair<std::size_t, int>> events;  // token position, +mention / -trigger
  for (std::size_t i = 0; i < s.toks.size(); ++i) {
    if (s.mention_at[i] != kNone && s.mentions[s.mention_at[i]].first == i) {
      const int id = s.mention_at[i];
      const Mention& m = s.mentions[id];
      if (level_is_post(s, m, !pending.empty())) {
        for (int t : pending) s.trigs[t].mention = id;
        pending.clear();
      }
      last_level = id;
    }
    if (next_trig < s.trigs.size() && s.trigs[next_trig].first == i) {
      Trig& t = s.trigs[next_trig];
      t.mention = last_level;
      t.before = last_level;
      pending.push_back(static_cast<int>(next_trig));
      ++next_trig;
    }
    if (brk(s, i) && !punct_is(s.toks[i], ":")) pending.clear();
    if (punct_is(s.toks[i], ",")) {
      // "At L3-4 there is stenosis, and at L4-5 a protrusion": a finding that
      // already has its level before it does not take the next clause's.
      std::erase_if(pending, [&](int t) { return s.trigs[t].mention != kNone; });
    }
  }
  for (auto& t : s.trigs) {
    if (t.mention == kNone && header != kNone) t.from_header = true;
  }
  (void)events;
}

// ---- Modifiers ---------------------------------------------------------------

struct Group {
  std::optional<Severity> severity;
  std::optional<std::string> location;
  std::size_t first = 0, last = 0;
  bool any = false;
};

// Severity phrase at toks[k]; sets `end` past it.
std::optional<Severity> severity_at(const Sentence& s, std::size_t k, std::size_t& end) {
  std::size_t best_end = 0;
  std::optional<Severity> best;
  if (k >= s.toks.size() || !cls_is(s, k, kSeverityStart)) return std::nullopt;
  for (const auto* e : severity_index().at(s.toks[k].text)) {
    const std::size_t m = match_words(s, k, e->words);
    if (m > best_end) {
      best_end = m;
      best = e->severity;
    }
  }
  if (best) end = best_end;
  return best;
}

std::vector<Group> modifier_groups(const Sentence& s, const Trig& t, std::size_t& window_first) {
  std::size_t k = t.first;
  int steps = 0;
  while (k > 0 && steps < 9) {
    const Token& p = s.toks[k - 1];
    // "moderate to severe": "to" joins two severities, it does not end the phrase.
    bool joins = false;
    if (p.text == "to" || p.text == "and" || p.text == "-" || p.text == "/") {
      std::size_t j = k - 1;
      while (j > 0 && (s.toks[j - 1].text == "-" || s.toks[j - 1].text == "/" ||
                       s.toks[j - 1].text == "to")) {
        --j;
      }
      joins = j > 0 && cls_is(s, j - 1, kSeverityWord);
    }
    if (!joins && (s.mention_at[k - 1] != kNone || s.trigger_at[k - 1] != kNone || brk(s, k - 1) ||
                   cls_is(s, k - 1, kPhraseStop))) {
      break;
    }
    --k;
    ++steps;
  }
  window_first = k;
  std::vector<Group> groups(1);
  groups.back().first = t.first;
  std::size_t i = k;
  while (i < t.first) {
    const Token& tok = s.toks[i];
    std::size_t end = i + 1;
    if (auto sev = severity_at(s, i, end); sev && end <= t.first && !earlier_value(s, i)) {
      if (groups.back().severity && groups.back().location) {
        groups.push_back({});
        groups.back().first = i;
      }
      groups.back().first = std::min(groups.back().first, i);
      groups.back().severity = sev;
      groups.back().any = true;
      groups.back().last = end;
      i = end;
      continue;
    }
    if (auto loc = location_word(tok.text, t.entry->kind)) {
      if (groups.back().location && *groups.back().location != *loc) {
        groups.push_back({});
        groups.back().first = i;
      }
      groups.back().location = loc;
      groups.back().first = std::min(groups.back().first, i);
      groups.back().any = true;
      groups.back().last = i + 1;
    } else if ((word_is(tok, "and") || punct_is(tok, ",") || word_is(tok, "or") ||
                punct_is(tok, "/") || punct_is(tok, "&")) &&
               groups.back().location) {
      groups.push_back({});
      groups.back().first = t.first;
    }
    ++i;
  }
  // "foraminal narrowing" is one trigger phrase that names its location.
  for (std::size_t j = t.first; j < t.last; ++j) {
    if (auto loc = location_word(s.toks[j].text, t.entry->kind)) {
      if (!groups.back().location) {
        groups.back().location = loc;
        groups.back().any = true;
      }
    }
  }
  std::vector<Group> out;
  for (auto& g : groups) {
    if (g.any) out.push_back(g);
  }
  // "severe central and foraminal stenosis": the severity carries over.
  for (std::size_t g = 1; g < out.size(); ++g) {
    if (!out[g].severity) out[g].severity = out[g - 1].severity;
  }
  return out;
}

std::optional<Severity> predicate_severity(const Sentence& s, const Trig& t, std::size_t& at) {
  std::size_t k = t.last;
  int steps = 0;
  bool copula = false;
  while (k < s.toks.size() && steps < 8) {
    if (s.mention_at[k] != kNone) {
      k = s.mentions[s.mention_at[k]].last;
      ++steps;
      continue;
    }
    const Token& tok = s.toks[k];
    if (s.trigger_at[k] != kNone || brk(s, k)) break;
    if (copula) {
      std::size_t end = k + 1;
      if (auto sev = severity_at(s, k, end)) {
        at = end;
        return sev;
      }
    }
    if (cls_is(s, k, kCopula) || punct_is(tok, "(")) copula = true;
    ++k;
    ++steps;
  }
  return std::nullopt;
}

std::vector<std::string> following_locations(const Sentence& s, const Trig& t, std::size_t& end) {
  std::vector<std::string> out;
  std::size_t k = t.last;
  int steps = 0;
  end = t.last;
  while (k < s.toks.size() && steps < 10) {
    if (s.mention_at[k] != kNone) {
      k = s.mentions[s.mention_at[k]].last;
      ++steps;
      continue;
    }
    const Token& tok = s.toks[k];
    if (auto loc = location_word(tok.text, t.entry->kind)) {
      if (std::find(out.begin(), out.end(), *loc) == out.end()) out.push_back(*loc);
      end = k + 1;
    } else if (!cls_is(s, k, kLocationFiller)) {
      break;
    }
    ++k;
    ++steps;
  }
  return out;
}

// ---- Measures ----------------------------------------------------------------

std::optional<double> number_value(const Token& t) {
  if (t.kind == TokenKind::number) return t.value;
  if (t.kind == TokenKind::alnum && t.text.size() > 1 && t.text[0] == 'x') {
    // "x12": the count after a times sign.
    double v = 0;
    for (std::size_t i = 1; i < t.text.size(); ++i) {
      if (t.text[i] < '0' || t.text[i] > '9') return std::nullopt;
      if (i < 9) v = v * 10 + (t.text[i] - '0');
    }
    return v;
  }
  if (t.kind == TokenKind::word) return number_word(t.text);
  return std::nullopt;
}

std::optional<int> grade_value(const Token& t) {
  if (t.kind == TokenKind::number && t.text.size() == 1 && t.value >= 1 && t.value <= 5) {
    return static_cast<int>(t.value);
  }
  static constexpr std::array<std::string_view, 5> kRoman = {"i", "ii", "iii", "iv", "v"};
  for (int g = 0; g < 5; ++g) {
    if (t.text == kRoman[g]) return g + 1;
  }
  if (t.kind == TokenKind::word) {
    if (auto n = number_word(t.text); n && *n >= 1 && *n <= 5) return static_cast<int>(*n);
  }
  return std::nullopt;
}

std::vector<Measure> find_measures(const Sentence& s) {
  std::vector<Measure> out;
  const auto& t = s.toks;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (s.mention_at[i] != kNone) continue;
    if (word_is(t[i], "grade") || word_is(t[i], "meyerding")) {
      std::size_t k = i + 1;
      while (k < t.size() && (word_is(t[k], "grade") || punct_is(t[k], "-") ||
                              punct_is(t[k], ":") || word_is(t[k], "meyerding"))) {
        ++k;
      }
      if (k < t.size()) {
        if (auto g = grade_value(t[k])) {
          out.push_back({MeasureKind::grade, static_cast<double>(*g), i, k + 1});
          i = k;
          continue;
        }
      }
      continue;
    }
    if (t[i].kind == TokenKind::word && !cls_is(s, i, kNumberWord)) continue;
    auto v = number_value(t[i]);
    if (!v) continue;
    std::size_t k = i + 1;
    if (k < t.size() && punct_is(t[k], "-") && !t[k].space_before) ++k;  // "6-week"
    if (k >= t.size()) continue;
    const std::string& unit = t[k].text;
    if (auto mk = unit_kind(unit)) {
      double value = *v;
      MeasureKind kind = *mk;
      if (kind == MeasureKind::cm) {
        kind = MeasureKind::mm;
        value *= 10;
      } else if (kind == MeasureKind::months) {
        kind = MeasureKind::weeks;
        value = std::round(value * 52.0 / 12.0 * 10) / 10;
      }
      // A number word is a count ("six weeks"), never a measurement.
      if (t[i].kind == TokenKind::word &&
          !(kind == MeasureKind::weeks || kind == MeasureKind::visits)) {
        continue;
      }
      if (!earlier_value(s, i)) out.push_back({kind, value, i, k + 1});
      i = k;
    }
  }
  return out;
}

bool compatible(MeasureKind m, std::string_view kind) {
  switch (m) {
    case MeasureKind::mm:
      return kind == "spondylolisthesis" || kind == "translation" || kind == "coronal-imbalance" ||
             kind == "sagittal-imbalance" || kind == "instability";
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
    if (d > max_distance) continue;
    std::size_t cost = d * 2 + (t.first > first ? 1 : 0);
    if (crosses_break(s, std::min(t.first, first), std::max(t.first, first))) cost += 1000;
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

// ---- Assembly ------------------------------------------------------------------

bool is_neuro(std::string_view kind) {
  return kind == "radiculopathy" || kind == "weakness" || kind == "neurogenic-claudication";
}

// The nerve root ("L5 radiculopathy") and side ("left leg weakness") of a
// neurological finding, from a few tokens around its trigger.
void neuro_details(const Sentence& s, const Trig& t, Finding& f) {
  std::size_t best = static_cast<std::size_t>(-1);
  for (const auto& [pos, v] : s.roots) {
    const std::size_t d = pos < t.first ? t.first - pos : pos - t.first;
    if (d <= 6 && d < best) {
      best = d;
      f.root = to_string(v);
    }
  }
  const std::size_t lo = t.first >= 4 ? t.first - 4 : 0;
  for (std::size_t k = lo; k < std::min(t.last + 3, s.toks.size()); ++k) {
    const std::string& w = s.toks[k].text;
    if (w == "left" || w == "right") {
      f.side = f.side && *f.side != w ? std::string("bilateral") : w;
    } else if (w == "bilateral" || w == "bilaterally" || w == "both") {
      f.side = "bilateral";
    }
  }
}

struct Draft {
  Finding f;
  std::size_t first = 0, last = 0;  // token extent of the evidence
};

int grade_from_percent(double pct) {
  if (pct <= 25) return 1;
  if (pct <= 50) return 2;
  if (pct <= 75) return 3;
  if (pct <= 100) return 4;
  return 5;
}

bool conflicts(const Finding& a, const Finding& b) {
  auto diff = [](const auto& x, const auto& y) { return x && y && *x != *y; };
  return a.kind != b.kind || a.negated != b.negated || a.uncertain != b.uncertain ||
         a.hypothetical != b.hypothetical || a.experiencer_other != b.experiencer_other ||
         diff(a.severity, b.severity) || diff(a.grade, b.grade) || diff(a.mm, b.mm) ||
         diff(a.degrees, b.degrees) || diff(a.direction, b.direction) ||
         diff(a.location, b.location) || diff(a.weeks, b.weeks) || diff(a.visits, b.visits) ||
         diff(a.start, b.start) || diff(a.end, b.end) || diff(a.setting, b.setting) ||
         (!a.segments.empty() && !b.segments.empty() && a.segments != b.segments) ||
         (a.location.has_value() != b.location.has_value() && a.kind == FindingKind::stenosis);
}

void merge_into(Draft& a, const Draft& b) {
  auto take = [](auto& x, const auto& y) {
    if (!x && y) x = y;
  };
  Finding& f = a.f;
  const Finding& g = b.f;
  if (f.segments.empty()) f.segments = g.segments;
  f.pelvis = f.pelvis || g.pelvis;
  take(f.severity, g.severity);
  take(f.grade, g.grade);
  take(f.mm, g.mm);
  take(f.degrees, g.degrees);
  take(f.direction, g.direction);
  take(f.location, g.location);
  take(f.weeks, g.weeks);
  take(f.visits, g.visits);
  take(f.start, g.start);
  take(f.end, g.end);
  take(f.setting, g.setting);
  f.historical = f.historical || g.historical;
  a.first = std::min(a.first, b.first);
  a.last = std::max(a.last, b.last);
}

enum class Position { none, neutral, flexion, extension };

Position position_word(std::string_view w) {
  if (w == "flexion" || w == "flexed") return Position::flexion;
  if (w == "extension" || w == "extended") return Position::extension;
  if (w == "neutral" || w == "upright" || w == "standing" || w == "supine")
    return Position::neutral;
  return Position::none;
}

// The position a figure was measured in: "2 mm in extension", "3 mm
// anterolisthesis of L4 on L5 in neutral", "flexion: 7 mm".
Position measure_position(const Sentence& s, const Measure& m) {
  for (std::size_t k = m.last; k < s.toks.size() && k < m.last + 8; ++k) {
    if (s.toks[k].kind == TokenKind::number || brk(s, k)) break;
    const Position p = position_word(s.toks[k].text);
    if (p != Position::none) return p;
  }
  for (std::size_t k = m.first; k > 0 && m.first - k < 3; --k) {
    if (s.toks[k - 1].kind == TokenKind::number) break;
    const Position p = position_word(s.toks[k - 1].text);
    if (p != Position::none) return p;
  }
  return Position::none;
}

// A translation or angulation given per position is one motion finding whose
// value is the difference between positions (issue 11, DESIGN.md §4): "2 mm in
// extension and 6 mm in flexion" is 4 mm. A slip named as such keeps its
// neutral value, or none when it is given only per position.
void motion_between_positions(const Sentence& s, const std::vector<Measure>& measures,
                              std::vector<Draft>& local) {
  for (const MeasureKind unit : {MeasureKind::mm, MeasureKind::degrees}) {
    std::optional<double> at[4];
    std::size_t first = s.toks.size(), last = 0;
    int positions = 0;
    for (const auto& m : measures) {
      if (m.kind != unit) continue;
      const auto p = static_cast<int>(measure_position(s, m));
      if (p == 0 || at[p]) continue;
      at[p] = m.value;
      ++positions;
      first = std::min(first, m.first);
      last = std::max(last, m.last);
    }
    const auto& neutral = at[static_cast<int>(Position::neutral)];
    const auto& flexion = at[static_cast<int>(Position::flexion)];
    const auto& extension = at[static_cast<int>(Position::extension)];
    if (positions < 2 || !(flexion || extension)) continue;
    const double diff = flexion && extension ? std::fabs(*flexion - *extension)
                                             : std::fabs(flexion.value_or(*extension) - *neutral);
    const bool mm = unit == MeasureKind::mm;
    const FindingKind motion = mm ? FindingKind::translation : FindingKind::angulation;
    Draft* slip = nullptr;
    bool done = false;
    for (auto& d : local) {
      if (d.f.negated) continue;
      if (d.f.kind == motion) {
        (mm ? d.f.mm : d.f.degrees) = diff;
        d.first = std::min(d.first, first);
        d.last = std::max(d.last, last);
        done = true;
      } else if (mm && d.f.kind == FindingKind::spondylolisthesis && !slip) {
        slip = &d;
      }
    }
    if (!slip) continue;
    slip->f.mm = neutral;
    if (done) continue;
    Draft t = *slip;
    t.f.kind = motion;
    t.f.mm = diff;
    t.f.grade.reset();
    t.f.severity.reset();
    t.first = std::min(t.first, first);
    t.last = std::max(t.last, last);
    local.push_back(std::move(t));
  }
}

void extract_sentence(Sentence& s, const Mention* header, std::vector<Draft>& out) {
  find_triggers(s);
  if (s.trigs.empty()) return;
  for (const auto& c : find_cues(s)) apply_cue(s, c);
  assign_levels(s, header ? 0 : kNone);

  const auto measures = find_measures(s);
  struct Taken {
    std::optional<Measure> by_kind[8];
  };
  std::vector<Taken> taken(s.trigs.size());
  for (const auto& m : measures) {
    const std::size_t max_d =
        (m.kind == MeasureKind::weeks || m.kind == MeasureKind::visits) ? 40 : 12;
    const int t = nearest_trigger(s, m.first, m.last, m.kind, max_d);
    if (t == kNone) continue;
    auto& slot = taken[t].by_kind[static_cast<int>(m.kind)];
    // The nearer figure wins; at equal distance, the one after the trigger
    // ("lordosis 34 degrees, PI-LL mismatch of 28 degrees").
    const auto cost = [&](const Measure& x) {
      return 2 * distance(s.trigs[t], x.first, x.last) + (x.first < s.trigs[t].first ? 1 : 0);
    };
    if (!slot || cost(m) < cost(*slot)) slot = m;
  }
  // Therapy dates and settings go to the nearest therapy statement.
  bool therapy = false;
  for (const auto& t : s.trigs) therapy = therapy || t.entry->kind == "physical-therapy";
  std::vector<std::vector<DateMention>> dates(s.trigs.size());
  std::vector<std::optional<std::string>> settings(s.trigs.size());
  std::vector<std::size_t> setting_pos(s.trigs.size());
  // Dates and settings belong to therapy statements only.
  if (therapy) {
    for (auto d : find_dates(*s.all, s.base, s.base + s.toks.size())) {
      d.first -= s.base;
      d.last -= s.base;
      const int t = nearest_of_kind(s, d.first, "physical-therapy");
      if (t != kNone) dates[t].push_back(d);
    }
    for (std::size_t k = 0; k < s.toks.size(); ++k) {
      std::size_t end = k;
      auto st = setting_at(s.toks, k, end);
      if (!st || s.trigger_at[k] != kNone) continue;
      const int t = nearest_of_kind(s, k, "physical-therapy");
      if (t == kNone || settings[t]) continue;
      settings[t] = *st;
      setting_pos[t] = k;
    }
  }

  std::vector<Draft> local;
  local.reserve(s.trigs.size() + 4);
  std::vector<int> first_draft(s.trigs.size(), kNone);
  for (std::size_t i = 0; i < s.trigs.size(); ++i) {
    first_draft[i] = static_cast<int>(local.size());
    const Trig& t = s.trigs[i];
    const TriggerEntry& e = *t.entry;
    // "The neural foramina are patent" says there is no stenosis; "the
    // foramina are narrowed" lets the trigger after it speak.
    if (e.rule == TriggerRule::anatomy_only && !t.negated) continue;
    Draft base;
    base.f.kind = *parse_finding_kind(e.kind);  // the lexicon names only known kinds
    const bool negated = t.negated || e.absent;
    base.f.negated = negated;
    base.f.uncertain = t.uncertain && !negated;
    base.f.hypothetical = t.hypothetical && !negated;
    base.f.historical = t.historical;
    base.f.experiencer_other = t.other;
    base.first = t.first;
    base.last = t.last;
    if (t.has_cue) {
      base.first = std::min(base.first, t.cue_first);
      base.last = std::max(base.last, t.cue_last);
    }
    const Mention* m = nullptr;
    if (t.mention != kNone) m = &s.mentions[t.mention];
    // A curve names its own extent ("L1-L4 levoscoliosis", "scoliosis from T12
    // to L4"); it does not borrow another finding's level.
    const bool curve = e.kind == "scoliosis";
    if (curve && m && t.mention == t.before && m->last + 2 < t.first) m = nullptr;
    if (!e.no_levels && (m || (t.from_header && header && !curve))) {
      const Mention& lm = m ? *m : *header;
      base.f.segments = lm.segments;
      base.f.pelvis = lm.pelvis;
      const bool slips = e.kind == "spondylolisthesis" || e.kind == "translation";
      if (lm.segments.empty() && lm.single && slips && lm.single->ordinal < kSacrum) {
        // "L4 translates ... on L5": two lone vertebrae, one either side.
        const Mention* b = t.before != kNone ? &s.mentions[t.before] : nullptr;
        int upper = lm.single->ordinal;
        if (b && b != &lm && b->single && std::abs(b->single->ordinal - upper) == 1) {
          upper = std::min(upper, b->single->ordinal);
          base.first = std::min(base.first, b->first);
        }
        base.f.segments = {Segment{Vertebra{upper}}};
      }
      if (m) {
        base.first = std::min(base.first, m->first);
        base.last = std::max(base.last, m->last);
      }
    }
    if (is_neuro(e.kind)) neuro_details(s, t, base.f);
    if (e.direction) base.f.direction = std::string(e.direction);
    if (e.grade) base.f.grade = e.grade;
    if (e.setting) base.f.setting = std::string(e.setting);
    if (e.takes_direction && !base.f.direction) {
      const std::size_t lo = t.first >= 3 ? t.first - 3 : 0;
      for (std::size_t k = lo; k < std::min(t.last + 4, s.toks.size()); ++k) {
        if (k >= t.first && k < t.last) continue;
        if (auto d = direction_word(s.toks[k].text)) {
          base.f.direction = std::string(*d);
          break;
        }
      }
    }
    for (const auto& slot : taken[i].by_kind) {
      if (!slot) continue;
      const Measure& mm = *slot;
      switch (mm.kind) {
        case MeasureKind::mm:
          base.f.mm = mm.value;
          break;
        case MeasureKind::degrees:
          base.f.degrees = mm.value;
          break;
        case MeasureKind::grade:
          base.f.grade = static_cast<int>(mm.value);
          break;
        case MeasureKind::percent:
          if (!taken[i].by_kind[static_cast<int>(MeasureKind::grade)] && !e.grade) {
            base.f.grade = grade_from_percent(mm.value);
          }
          break;
        case MeasureKind::weeks:
          base.f.weeks = mm.value;
          break;
        case MeasureKind::visits:
          base.f.visits = static_cast<int>(mm.value);
          break;
        default:
          break;
      }
      base.first = std::min(base.first, mm.first);
      base.last = std::max(base.last, mm.last);
    }
    if (e.kind == "physical-therapy") {
      if (!base.f.setting && settings[i]) {
        base.f.setting = settings[i];
        base.first = std::min(base.first, setting_pos[i]);
        base.last = std::max(base.last, setting_pos[i] + 1);
      }
      const auto& ds = dates[i];
      std::vector<const DateMention*> usable;
      for (const auto& d : ds) {
        if (d.year) usable.push_back(&d);
      }
      if (usable.size() >= 2) {
        base.f.start = iso_date(*usable.front());
        base.f.end = iso_date(*usable[1]);
      } else if (usable.size() == 1) {
        const DateMention& d = *usable.front();
        const bool ends = d.first > 0 && cls_is(s, d.first - 1, kEndDate);
        (ends ? base.f.end : base.f.start) = iso_date(d);
      }
      for (const auto* d : usable) {
        base.first = std::min(base.first, d->first);
        base.last = std::max(base.last, d->last);
      }
    }
    // Severity and location: one finding per located group ("moderate central
    // and severe foraminal stenosis" is two findings).
    std::size_t window_first = t.first;
    std::vector<Group> groups;
    if (e.takes_severity || e.takes_location) groups = modifier_groups(s, t, window_first);
    if (groups.empty()) groups.push_back({});
    if (!groups.front().severity && e.takes_severity) {
      std::size_t at = 0;
      if (auto sev = predicate_severity(s, t, at)) {
        for (auto& g : groups) g.severity = sev;
        base.last = std::max(base.last, at);
      }
    }
    bool any_location = false;
    for (const auto& g : groups) any_location = any_location || g.location;
    if (!any_location && e.takes_location && i > 0 &&
        s.trigs[i - 1].entry->rule == TriggerRule::anatomy_only &&
        t.first - s.trigs[i - 1].last <= 4) {
      // "the neural foramina are moderately narrowed"
      const Trig& a = s.trigs[i - 1];
      for (std::size_t j = a.first; j < a.last; ++j) {
        if (auto loc = location_word(s.toks[j].text, e.kind)) {
          for (auto& g : groups) g.location = loc;
          any_location = true;
          base.first = std::min(base.first, a.first);
          break;
        }
      }
    }
    if (!any_location && e.takes_location) {
      std::size_t end = t.last;
      auto locs = following_locations(s, t, end);
      if (!locs.empty()) {
        const auto sev = groups.front().severity;
        groups.clear();
        for (auto& l : locs) {
          Group g;
          g.severity = sev;
          g.location = l;
          groups.push_back(g);
        }
        base.last = std::max(base.last, end);
      }
    }
    if (!any_location && e.takes_location && t.copy_of != kNone &&
        first_draft[t.copy_of] < static_cast<int>(local.size())) {
      // The repeated finding keeps the location it repeats.
      const auto& loc = local[first_draft[t.copy_of]].f.location;
      for (auto& g : groups) g.location = loc;
    }
    for (const auto& g : groups) {
      Draft d = base;
      if (e.takes_severity) d.f.severity = g.severity;
      if (e.takes_location && g.location) {
        // Only one location per finding for non-stenosis kinds.
        d.f.location = g.location;
      }
      if (g.any) d.first = std::min(d.first, g.first);
      local.push_back(std::move(d));
      if (!e.takes_location || e.kind != "stenosis") break;
    }
  }
  motion_between_positions(s, measures, local);
  // One finding per thing said: "prior fusion ... with pedicle screws" and
  // "levoscoliosis ... Cobb angle of 18 degrees" each say one thing.
  std::vector<Draft> merged;
  for (auto& d : local) {
    bool done = false;
    for (auto& m : merged) {
      if (!conflicts(m.f, d.f) &&
          !crosses_break(s, std::min(m.first, d.first), std::max(m.first, d.first))) {
        merge_into(m, d);
        done = true;
        break;
      }
    }
    if (!done) merged.push_back(std::move(d));
  }
  std::stable_sort(merged.begin(), merged.end(),
                   [](const Draft& a, const Draft& b) { return a.first < b.first; });
  for (auto& d : merged) out.push_back(std::move(d));
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

}  // namespace

std::vector<Finding> extract_findings(std::string_view text) {
  if (text.size() > kMaxTextBytes) text = text.substr(0, kMaxTextBytes);
  const auto toks = tokenize(text);
  const auto sentences = split_sentences(text, toks);
  std::vector<Finding> out;
  std::optional<Mention> header;
  // Code points before each token: one pass, so spans cost nothing per finding.
  std::vector<std::size_t> cp_begin(toks.size()), cp_end(toks.size());
  {
    std::size_t byte = 0, cp = 0;
    auto advance = [&](std::size_t to) {
      for (; byte < to && byte < text.size(); ++byte) {
        if ((static_cast<unsigned char>(text[byte]) & 0xC0) != 0x80) ++cp;
      }
    };
    for (std::size_t i = 0; i < toks.size(); ++i) {
      advance(toks[i].begin);
      cp_begin[i] = cp;
      advance(toks[i].end);
      cp_end[i] = cp;
    }
  }
  std::vector<std::uint32_t> cls(toks.size());
  for (std::size_t k = 0; k < toks.size(); ++k) cls[k] = word_classes(toks[k].text);
  out.reserve(toks.size() / 16);
  // One Sentence reused for every sentence, so its vectors keep their capacity.
  Sentence s;
  s.all = &toks;
  std::vector<Draft> drafts;
  for (const auto& range : sentences) {
    if (range.begin > 0 && newline_before(text, toks, range.begin)) {
      // A blank line ends a header's reach; a single line break keeps it only
      // when the header stood alone on its line.
      header.reset();
    }
    const std::size_t n = range.end - range.begin;
    s.toks = std::span<const Token>(toks).subspan(range.begin, n);
    s.cls = std::span<const std::uint32_t>(cls).subspan(range.begin, n);
    s.base = range.begin;
    s.mention_at.assign(n, kNone);
    s.trigger_at.assign(n, kNone);
    s.mentions.clear();
    s.trigs.clear();
    s.roots.clear();
    s.about_positions = false;
    for (const auto& tok : s.toks) {
      const std::string& w = tok.text;
      s.about_positions = s.about_positions || w == "flexion" || w == "extension" ||
                          w == "flexed" || w == "extended" || w == "dynamic" || w == "positions";
    }
    find_mentions(s);
    if (auto h = line_header(s)) header = h;
    drafts.clear();
    extract_sentence(s, header && !s.mentions.empty() ? nullptr : (header ? &*header : nullptr),
                     drafts);
    for (auto& d : drafts) {
      const std::size_t last = d.last > 0 ? d.last - 1 : 0;
      d.f.span_begin = cp_begin[range.begin + d.first];
      d.f.span_end = cp_end[range.begin + std::max(last, d.first)];
      out.push_back(std::move(d.f));
    }
  }
  return out;
}

}  // namespace spinecds::terminology
