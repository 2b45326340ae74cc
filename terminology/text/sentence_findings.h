#pragma once
// Findings read from one sentence (sentence_findings.cpp) and the rules that
// complete and merge them (finding_drafts.cpp). Internal to terminology/; the
// public entry point is extract_findings() (text_findings.h).
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "terminology/text/sentence.h"

namespace spinecds::terminology::text {

// Points `s` at tokens [begin, end) of `all` (their word classes `cls` and
// vocabulary ids `ids`, from word_info) with nothing read in it yet; `s` keeps
// its vectors' capacity. Every reader of the engine's sentences
// (extract_findings, record terms) starts one so.
void start_sentence(Sentence& s, const std::vector<Token>& all, std::span<const std::uint32_t> cls,
                    std::span<const std::uint32_t> ids, std::size_t begin, std::size_t end);

// Appends the findings of `s`, in text order; `header` is the level header
// whose passage the sentence is in, if any.
void extract_sentence(Sentence& s, const Mention* header, std::vector<Draft>& out);

// "Mild L3-L4 and moderate L4-L5 central stenosis": the grade of each level
// of a finding that names several (level_grades.cpp); empty unless two or more.
struct LevelGrade {
  std::vector<Segment> segments;
  Severity severity;
  bool absent = false;              // "L5-S1 none", "L2-3 normal": the finding is absent there
  std::optional<std::string> side;  // "C5-6 severe R; C6-7 moderate B"
};
std::vector<LevelGrade> level_grades(const Sentence& s, const Trig& t);

// A template line's grades side by side after its anatomy ("Foramina: right
// normal, left moderate", "R severe, L mild", "severe right, mild left",
// "R>L moderate"), in text order; `end` is set after the list
// (level_grades.cpp): after an anatomy ending in ":", or two sides at least
// graded after the finding and its level ("moderate on the right and severe
// on the left").
struct SideGrade {
  std::optional<Severity> severity;
  bool absent = false;  // "normal", "patent", "none" at that side
  std::optional<std::string> side;
  std::size_t first = 0;
  int noun = kNone;  // the trigger of a noun in the cell ("severe narrowing on the left")
};
std::vector<SideGrade> side_grades(const Sentence& s, const Trig& t, std::size_t& end);

// Root and side (nerve_root.cpp, finding_side.cpp). Neurological findings (`is_neuro`) take
// a root named or given by a dermatome or myotome, and a side; a stenosis or
// herniation takes the side written with it.
bool is_neuro(std::string_view kind);
void neuro_details(const Sentence& s, const Trig& t, Finding& f);
void structure_side(const Sentence& s, const Trig& t, std::size_t window_first, Finding& f);
// Further cervical roots named with the finding's own ("left C6 and C7
// radicular symptoms"): one finding per root (README, Cervical files).
std::vector<std::string> more_roots(const Sentence& s, const Trig& t, const Finding& f);
// "C6" or "C8" standing alone ("right C6", "the exiting left C8 nerve
// root"): a root, not a segment.
std::optional<std::string> lone_root(const Sentence& s, std::size_t k);
// "C6 4/5" in a myotome grid: the root whose grade follows toks[k].
std::optional<std::string> graded_root(const Sentence& s, std::size_t k);
// The side word in tokens [from, to): a severity group's own side ("moderate
// left and severe right foraminal stenosis").
std::optional<std::string> side_between(const Sentence& s, std::size_t from, std::size_t to);
// The side written right after a grade in a level list or a table cell
// ("C5-6 severe R", "moderate on the left", "mild B"): from toks[from] over
// "on", "the" and "side"; `end` is set after it.
std::optional<std::string> side_after_grade(const Sentence& s, std::size_t from, std::size_t& end);

// Where a finding with no level of its own may not take its sentence's one
// level (finding_level.cpp): "any level", "elsewhere", an exception, a
// contrast between them.
bool names_no_level(const Sentence& s, const Trig& t, bool negated);
bool level_is_exception(const Sentence& s, const Trig& t);
bool contrast_before_level(const Sentence& s, const Trig& t, const Mention& m);
// The one level a sentence names, if it names exactly one (a range or list
// counts as one); nullptr otherwise.
const Mention* sentence_level(const Sentence& s);
// An anatomy trigger `t` named as what another thing touches ("indentation on
// the thecal sac", "effacing the ventral thecal sac"; touched_anatomy.cpp).
bool anatomy_touched(const Sentence& s, const Trig& t);
// With no segment named, the one segment a slip's lone vertebra gives
// ("Anterolisthesis of L3 (4 mm) ... at that level"); nullopt otherwise.
std::optional<Mention> slip_sentence_level(const Sentence& s);
// A finding's level: its own; else its header's; else the one level its
// sentence names (tests/data/eval/README.md, "Which level a finding gets").
// Sets base.f.segments (and pelvis, extent) and widens base's token span.
void place_level(const Sentence& s, const Trig& t, const Mention* only_level, const Mention* header,
                 bool negated, Draft& base);

// Operations, therapy and studies; and whether trigger `i` is the reason
// given for one ("fusion for pseudarthrosis": affirmed, not planned)
// (procedure_reason.cpp).
bool procedure_kind(std::string_view k);
bool reason_for_procedure(const Sentence& s, std::size_t i);
// An operation done before (an earlier fusion or laminectomy, not planned or
// sought) named in the sentence before `t`, and said to be past: by a cue
// ("s/p") or a year. What it was done for is history (procedure_reason.cpp).
bool done_operation_before(const Sentence& s, const Trig& t);

// Flattened tables (table_rows.cpp): a header row names each column's
// finding; a row gives a level and a grade per column.
struct TableColumn {
  FindingKind kind;
  std::optional<std::string> location;
  std::optional<std::string> side{};  // "Right foramen": the column's side
  // "Foramina (R/L)": the sides of a cell's two values ("mild/moderate"), in order.
  std::vector<std::string> cell_sides{};
  // A per-position table ("Anterolisthesis (mm) | Neutral | Flexion |
  // Extension", position_table.cpp): the position of the column's figures,
  // and the slip's direction and the unit the first column names.
  Position position = Position::none;
  std::optional<std::string> direction{};
  MeasureKind unit = MeasureKind::mm;
};
using TableCells = std::vector<std::pair<std::size_t, std::size_t>>;
// The separator of toks[from, to)'s cells ("|", "\t" for gaps of tabs or
// spaces, "/"), and the token ranges of the cells split at it.
std::optional<std::string_view> table_separator(const Sentence& s, std::size_t from,
                                                std::size_t to);
TableCells table_cells(const Sentence& s, std::size_t from, std::size_t to, std::string_view sep);
// A per-position table's header (position_table.cpp): the first cell names
// a slip, translation or angulation, each other cell a position.
std::optional<std::vector<std::optional<TableColumn>>> position_header(Sentence& s,
                                                                       const TableCells& cs);
// Appends a per-position row's findings ("L4-5 | 3 | 6 | 2"): the slip at the
// neutral figure, the motion the largest difference between positions;
// false when the sentence is no row of the table.
bool position_row(Sentence& s, const std::vector<std::optional<TableColumn>>& columns,
                  std::vector<Draft>& out);
std::optional<std::vector<std::optional<TableColumn>>> table_header(Sentence& s);
// Appends a row's findings; false when the sentence is no row of the table.
bool table_row(Sentence& s, const std::vector<std::optional<TableColumn>>& columns,
               std::vector<Draft>& out);
// A header and its rows on one line ("Level / Canal / Foramina: L3-4 mild /
// mild; L4-5 severe / moderate"): appends the rows' findings; false when the
// sentence is no such table.
bool inline_table(Sentence& s, std::vector<Draft>& out);

// One grade cell of an exam line at toks[k]: a motor grade ("4+/5", "5/5"),
// a reflex grade ("1+", "2+", "trace", "absent") or a sign ("neg", "POS").
// `end` is past it; `abnormal` whether it is a finding of `kind`
// (exam_rows.cpp).
bool grade_cell(const Sentence& s, std::size_t k, FindingKind kind, std::size_t& end,
                bool& abnormal);
// "Triceps 5/5 on the right, 4/5 on the left", "biceps reflex 2+ on the
// right and 1+ on the left": a list item of only a grade and its side grades
// what the item before it names. The start of that item when the grade at
// toks[first, last) opens such an item; none otherwise (elided_grades.cpp).
std::optional<std::size_t> elided_grade_antecedent(const Sentence& s, std::size_t first,
                                                   std::size_t last);
// Whether the grade at toks[first, last) is such an item's and the item
// before names an arm reflex ("triceps reflex 2+ on the right, 1+ on the
// left"); the grade is then that reflex's.
bool elided_reflex(const Sentence& s, std::size_t first, std::size_t last);

// A plain-text exam table's header of sides ("Motor  RIGHT  LEFT", "R L"):
// the side of each grade column below it; none for any other line
// (exam_rows.cpp).
std::optional<std::vector<std::string>> side_column_header(const Sentence& s);
// A plain-text exam table's row: a short label, then only grade cells
// ("Wrist ext  5/5  4/5", "BR | 2+ | 1+"); the side header above it holds
// only over such rows.
bool exam_row(const Sentence& s);
// The side of a row's abnormal grades ("Wrist ext  5/5  4/5" under "RIGHT
// LEFT" is left) when the row names no side and has one grade per column;
// in a line labelled with both sides ("Motor R/L: deltoid 5/5 | 5/5, biceps
// 4/5 | 5/5"), of the grades of the trigger's own list item.
std::optional<std::string> column_side(const Sentence& s, const Trig& t, FindingKind kind);
// Past the ":" of such a label naming both sides ("Motor R/L:"); 0 when the
// line has none.
std::size_t side_label_end(const Sentence& s);

// A measured instability is also the translation or angulation it measures.
// A measured dynamic or mobile slip is its translation only.
void measured_instability(const Sentence& s, std::vector<Draft>& local);
// The PI-LL mismatch of a pelvic incidence and a lumbar lordosis given apart
// ("PI 62, LL 35"), when the sentence names no mismatch (pi_ll_parts.cpp).
void pi_ll_from_parts(const Sentence& s, std::vector<Draft>& local);
// A finding "at this level" without a level of its own is at the level of
// the finding before it (finding_drafts.cpp).
void at_this_level(const Sentence& s, std::vector<Draft>& local);
// The sentence names no level but points back to the levels named before it
// ("at these levels", "both levels", "at the same level") (finding_drafts.cpp).
bool refers_to_levels_before(const Sentence& s);
// A flexion-extension study named with the reason for it is only sought.
void ordered_study(const Sentence& s, std::vector<Draft>& local);
// A line that only names an exam ("XR L-spine 4 views incl. flexion/extension."):
// no verb, no result, no measure. With a reason line after it and no result
// anywhere, it is an order (text_findings.cpp; finding_drafts.cpp).
bool names_exam_only(const Sentence& s);
// The sentence opens with the reason for an exam ("Indication: ...", "Dx:
// ...", "Eval for instability.") (finding_drafts.cpp).
bool opens_with_reason(const Sentence& s);
// Whether the sentence says care took place ("attended", "completed",
// "failed", an outcome such as "minimal relief"): therapy so written is
// received, in a Plan section or with a session frequency alike
// (therapy_prescription.cpp).
bool says_care_given(const Sentence& s);
// A session frequency ("2x/wk", "three times a week", "twice weekly") in
// s.toks [from, to) (therapy_prescription.cpp).
bool names_frequency(const Sentence& s, std::size_t from, std::size_t to);
// "Visit 5 of 12", "Session 3/8", "Tx #7", "10th visit progress note": the
// counter of a therapy note (therapy_triggers.cpp).
bool visit_counter(const Sentence& s, std::size_t first, std::size_t last);

// Therapy named with a session frequency and no word of attendance is a
// prescription, only planned.
void prescribed_therapy(const Sentence& s, std::vector<Draft>& local);
// One draft per thing said: drafts that agree and are not split by a clause
// break are one finding. Appends them to `out` in text order.
void merge_drafts(const Sentence& s, std::vector<Draft>& local, std::vector<Draft>& out);

}  // namespace spinecds::terminology::text
