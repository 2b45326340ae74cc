#pragma once
// The text engine's view of one sentence while findings are read from it, and
// the stages that fill it in order: level mentions, finding triggers, ConText
// scopes, levels and modifiers, measures. Internal to terminology/; the public
// entry point is extract_findings() (text_findings.h).
#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "terminology/finding.h"
#include "terminology/finding_lexicon.h"
#include "terminology/first_byte_lengths.h"
#include "terminology/level_scan.h"
#include "terminology/text/word_classes.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology::text {

constexpr int kNone = -1;

struct Mention {
  std::size_t first = 0, last = 0;  // sentence-local token range
  std::vector<Segment> segments;
  std::optional<Vertebra> single;
  bool pelvis = false;
  // A landmark, not a place: "above the L4-S1 fusion" says where the L4-S1
  // fusion is, and where the finding before it is not.
  bool reference = false;
};

struct Trig {
  std::size_t first = 0, last = 0;
  const TriggerEntry* entry = nullptr;
  int mention = kNone;  // level mention that names its segments
  int before = kNone;   // the level mention last seen before the trigger
  int copy_of = kNone;
  std::optional<Severity> copy_severity;  // "..., moderate on the left at L4-5"       // "moderate
                                          // at L2-3" repeats this trigger's finding
  bool from_header = false;               // segments come from a "L4-5:" line header
  // Named as a landmark ("above the fused segments", "just below the prior
  // fusion"): it takes only a level inside its own phrase.
  bool reference = false;
  // The reading an addendum renames as another finding of its kind
  // (scope::misnamed_reading): no finding of its own.
  bool misnamed = false;
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

struct Draft {
  Finding f;
  std::size_t first = 0, last = 0;  // token extent of the evidence
  bool deferent = false;            // TriggerEntry::deferent
  // The reason given for a planned procedure ("fusion for spondylolisthesis"):
  // a diagnosis, stated, not planned.
  bool indication = false;
};

// The figures taken by one trigger, one per kind of measure (extract_sentence).
struct MeasureSlots {
  std::optional<Measure> by_kind[8];
};

struct Sentence {
  std::span<const Token> toks;  // a view into the text's tokens
  const std::vector<Token>* all = nullptr;
  std::size_t base = 0;                // index of toks[0] in *all
  std::span<const std::uint32_t> cls;  // word_classes() of each token, looked up once
  std::span<const std::uint32_t> ids;  // each token's vocabulary id (word_info), looked up once
  std::vector<int> mention_at;         // token -> mention index covering it
  std::vector<int> trigger_at;         // token -> trigger index covering it
  std::vector<Mention> mentions;
  std::vector<Trig> trigs;
  std::vector<std::pair<std::size_t, Vertebra>> roots;
  // The sentence names a position ("in flexion", "dynamic views"): only then
  // does "stable" or "unchanged" speak about motion.
  bool about_positions = false;  // "L5 nerve root": token, vertebra
  // The text before this sentence named the cervical spine last (a cervical
  // report): "at all levels" without a region word of its own is cervical.
  bool cervical_passage = false;
  // A plain-text exam table's header named a side per grade column ("RIGHT
  // LEFT", exam_rows.cpp): each column's side, in order, for this row.
  std::vector<std::string> side_columns;
  // A flattened table's "Cord" cells in this row ([first, last) token
  // ranges, table_rows.cpp): what they say is said of the cord.
  std::vector<std::pair<std::size_t, std::size_t>> cord_cells;
  // extract_sentence's buffers, kept across sentences so that each sentence
  // reuses their memory instead of allocating its own.
  std::vector<Draft> drafts;
  std::vector<int> first_draft;
  std::vector<MeasureSlots> taken;
  // The spine the sentence itself names (find_mentions): true cervical, false
  // lumbar, none when it names neither.
  std::optional<bool> names_cervical;
};

inline bool cls_is(const Sentence& s, std::size_t k, std::uint32_t c) {
  return (s.cls[k] & c) != 0;
}
inline bool brk(const Sentence& s, std::size_t k) {
  return cls_is(s, k, kClauseBreak);
}

// A severity and location said together ("moderate central"), read by
// modifier_groups().
struct Group {
  std::optional<Severity> severity;
  std::optional<std::string> location;
  std::size_t first = 0, last = 0;
  bool any = false;
};

// Phrase tables indexed by their first word (phrase_index.cpp).
// The phrases that can start at s.toks[k].
const std::vector<const TriggerEntry*>& triggers_starting(const Sentence& s, std::size_t k);
const std::vector<const CueEntry*>& cues_starting(const Sentence& s, std::size_t k);
const std::vector<const SeverityEntry*>& severities_starting(const Sentence& s, std::size_t k);
// Matches `words` at toks[i], allowing "-" and "/" between words ("flexion-
// extension", "PI-LL"); returns the token after the match, or 0.
// `e` is an entry of its phrase table (a pointer from *_starting()).
std::size_t match_words(const Sentence& s, std::size_t i, const TriggerEntry& e);
std::size_t match_words(const Sentence& s, std::size_t i, const CueEntry& e);
std::size_t match_words(const Sentence& s, std::size_t i, const SeverityEntry& e);
// The same by the words' text, for phrase tables outside the engine's
// vocabulary (the record's terms, record_terms.h).
std::size_t match_words(const Sentence& s, std::size_t i, const std::vector<std::string>& words);
// The same over bare tokens, level mentions not known: a match of the
// sentence form is always one of these.
std::size_t match_words(std::span<const Token> toks, std::size_t i,
                        const std::vector<std::string>& words);
bool any_word_in(const Sentence& s, std::size_t from, std::size_t to,
                 std::initializer_list<std::string_view> words);
// The tokens [first, end) of the clause between semicolons that holds
// toks[from, to): an exam grid's or a problem list's item.
inline std::pair<std::size_t, std::size_t> semicolon_clause(std::span<const Token> toks,
                                                            std::size_t from, std::size_t to) {
  while (from > 0 && toks[from - 1].text != ";") --from;
  while (to < toks.size() && toks[to].text != ";") ++to;
  return {from, to};
}
// The tokens [first, end) of the list item between commas or semicolons that
// holds toks[from, to): one muscle's or one place's entry of an exam line
// ("Triceps reflex normal, biceps reflex diminished on the left").
inline std::pair<std::size_t, std::size_t> list_item(std::span<const Token> toks, std::size_t from,
                                                     std::size_t to) {
  const auto separator = [&](std::size_t k) { return toks[k].text == ";" || toks[k].text == ","; };
  while (from > 0 && !separator(from - 1)) --from;
  while (to < toks.size() && !separator(to)) ++to;
  return {from, to};
}

// Phrases outside the engine's vocabulary, matched by text like match_words
// above but tried only where a token is one of their first words: a
// sentence-wide search for a few dozen phrases otherwise compares every token
// with every phrase (session 40: a fifth of a hook call's instructions).
class WordPhrases {
 public:
  explicit WordPhrases(std::vector<std::vector<std::string>> phrases);
  // The end of the longest phrase matching at s.toks[k], or 0.
  std::size_t longest_at(const Sentence& s, std::size_t k) const;

 private:
  std::vector<std::vector<std::string>> phrases_;  // sorted by first word
  // The first words: most tokens are ruled out before any comparison of text.
  FirstByteLengths first_words_;
  // The range of phrases_ that starts with each distinct first word.
  struct First {
    std::size_t begin = 0, end = 0;
  };
  std::vector<First> firsts_;
};

// Level mentions (mentions.cpp).
void find_mentions(Sentence& s);
// Whether the mention `m` names a nerve root rather than a segment
// (root_mentions.cpp).
bool names_root(const Sentence& s, const Mention& m);
std::optional<Mention> line_header(const Sentence& s);

// Finding triggers (triggers.cpp).
void find_triggers(Sentence& s);

// ConText cues and their scopes (context_scope.cpp).
void apply_context(Sentence& s);
// "previously moderate", "(previously 35 degrees)": an earlier value
// (earlier_values.cpp).
bool earlier_value(const Sentence& s, std::size_t k);

// Levels and modifiers (modifiers.cpp).
void assign_levels(Sentence& s, int header);
// `limit`: the phrase ends at or before it ("mild/moderate" split per side).
// "advanced imaging": a grade's word that grades no finding there.
bool grades_no_finding(const Sentence& s, std::size_t k);
std::optional<Severity> severity_at(const Sentence& s, std::size_t k, std::size_t& end,
                                    std::size_t limit = static_cast<std::size_t>(-1));
std::vector<Group> modifier_groups(const Sentence& s, const Trig& t, std::size_t& window_first);
std::optional<Severity> predicate_severity(const Sentence& s, const Trig& t, std::size_t& at);
// "the moderate L3-4 stenosis has progressed to severe": the grade the
// finding changed to, which replaces the one written before it.
std::optional<Severity> changed_to_severity(const Sentence& s, const Trig& t, std::size_t& at);
std::vector<std::string> following_locations(const Sentence& s, const Trig& t, std::size_t& end);

// An addendum's corrections of a grade (grade_corrections.cpp).
// "severe rather than moderate", "mild, not moderate": the grade an
// addendum corrects, written after the one it gives (from toks[from] to the
// end of the clause).
std::optional<Severity> corrected_severity(const Sentence& s, std::size_t from);
// toks[from] onwards: ", rather than", "instead of", ", not (as)" and a
// grade; the grade an addendum rejects (`end` past it), or none.
std::optional<Severity> rejected_grade(const Sentence& s, std::size_t from, std::size_t& end);
// toks[at] begins the connective of a grade correction ("mild rather than
// moderate", "moderate, not severe"): the first token of the grade given.
std::optional<std::size_t> grade_correction_at(const Sentence& s, std::size_t at);
// "what was called severe stenosis at L4-5 is moderate", "... is actually
// grade 2": the trigger `tr` after an addendum's "what was ..." is given a
// new grade (in `grade` when a severity; `at` past it), not denied.
bool regraded_by_correction(const Sentence& s, const Trig& tr, std::optional<Severity>& grade,
                            std::size_t& at);

// Measures (measures.cpp).
std::vector<Measure> find_measures(const Sentence& s);
// "today there is 6 mm", "now measures 8 mm", "currently 5 mm": the words
// before the figure at toks[first], in its clause, say it is the current one.
bool said_current(const Sentence& s, std::size_t first);
bool crosses_break(const Sentence& s, std::size_t a, std::size_t b);
std::size_t distance(const Trig& t, std::size_t first, std::size_t last);
int nearest_trigger(const Sentence& s, std::size_t first, std::size_t last, MeasureKind kind,
                    std::size_t max_distance);
int nearest_of_kind(const Sentence& s, std::size_t pos, std::string_view kind);
// The position a figure was measured in ("2 mm in extension", "flexion: 7 mm",
// "3 mm anterolisthesis of L4 on L5 in neutral"); motion_positions.cpp.
// Standing and upright are the neutral (weight-bearing) position; supine is
// another, so a slip measured in both moves between them (README, a slip
// larger standing than supine).
enum class Position { none, neutral, flexion, extension, supine };
// The position a word names ("flexion", "extended", "standing"), or none.
Position position_word(std::string_view w);
Position measure_position(const Sentence& s, const Measure& m);
// "(flexion/extension)": the positions, in order, of a pair of figures "6/2".
std::optional<std::array<Position, 2>> pair_order(const Sentence& s);
// "flexion 50% limited", "AROM flex/ext 50/25%": a percentage at toks[first,
// last) that is a range of motion, not a slip's (no Measure is made of it).
bool range_of_motion(const Sentence& s, std::size_t first, std::size_t last);
// Which figure (0, 1) of a "6/2" or "6 mm / 2 mm" pair `m` is, if any.
std::optional<int> pair_slot(const Sentence& s, const Measure& m);
void motion_between_positions(const Sentence& s, const std::vector<Measure>& measures,
                              std::vector<Draft>& local);
// The motion of the drafts at `only` (every draft when null) from `measures`:
// one row's figures (motion_positions.cpp; the rows are motion_rows.cpp's).
void motion_from(const Sentence& s, const std::vector<Measure>& measures, std::vector<Draft>& local,
                 const std::vector<Segment>* only);

}  // namespace spinecds::terminology::text
