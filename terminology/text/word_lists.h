#pragma once
// Word lists of the text engine, one per concept. Data only: the engine reads
// most of them through word_classes(). Lower-case; punctuation tokens are
// single symbols.
#include <array>
#include <cstddef>
#include <string_view>

#include "terminology/same_word.h"

namespace spinecds::terminology::text {

// Clause boundaries and ConText terminators ("but", "however"): NegEx (Chapman et al. 2001),
// ConText (Harkema et al. 2009).
// "With the exception of", "apart from", "aside from" end a negation as "except" does.
// A "|" between a form's cells ("Canal: mild | Foramina: patent") ends a
// cell's scopes and grades as a semicolon does.
inline constexpr std::array<std::string_view, 15> kClauseBreakWords = {
    ";",      ".",         "but",    "however",   "although",
    "though", "whereas",   "except", "otherwise", "nevertheless",
    "yet",    "exception", "apart",  "aside",     "|"};

// First words of severity phrases, as radiology reports grade stenosis.
// "sever": typed for "severe" (severities.cpp); without the class it grades
// only a finding written straight after it, not "sever L3-4 and L4-5 stenosis".
// "leve", "moderada", "severa", ...: Spanish and Portuguese grades.
// "ernstige", "matige", "lichte": Dutch grades; "acentuada", "discreta":
// Portuguese.
inline constexpr std::array<std::string_view, 41> kSeverityWords = {
    "minimal",    "minimally",  "trace",    "mild",      "mildly",    "slight",   "slightly",
    "moderate",   "moderately", "severe",   "severely",  "marked",    "markedly", "critical",
    "critically", "advanced",   "profound", "minor",     "high",      "very",     "mod",
    "sev",        "sever",      "leve",     "moderada",  "moderado",  "severa",   "severo",
    "grave",      "discreta",   "discreto", "acentuada", "acentuado", "licht",    "lichte",
    "gering",     "geringe",    "matig",    "matige",    "ernstig",   "ernstige"};

// Words that may stand between a list comma and its finding noun.
inline constexpr std::array<std::string_view, 24> kModifierWords = {
    "central", "foraminal", "bilateral", "left",         "right",        "neural",
    "canal",   "disc",      "disk",      "facet",        "significant",  "definite",
    "spinal",  "lateral",   "recess",    "subarticular", "dynamic",      "segmental",
    "the",     "any",       "focal",     "acute",        "degenerative", "high"};

// Words a clause cannot end on: articles, prepositions, conjunctions, finite
// verbs and the grades and sides written before a noun. A hard-wrapped line
// that ends on one goes on on the next line, whatever its case ("MODERATE
// LEFT\nFORAMINAL STENOSIS", "WITHOUT\nSIGNIFICANT STENOSIS"; wrapped_lines.cpp).
inline constexpr std::array<std::string_view, 66> kOpenEndWords = {
    "a",          "an",           "the",        "at",           "of",        "on",
    "in",         "into",         "to",         "from",         "by",        "for",
    "with",       "without",      "and",        "or",           "nor",       "upon",
    "involving",  "including",    "between",    "through",      "across",    "affecting",
    "within",     "is",           "are",        "was",          "were",      "be",
    "been",       "has",          "have",       "had",          "there",     "no",
    "not",        "which",        "that",       "causing",      "producing", "resulting",
    "contacting", "abutting",     "impinging",  "compressing",  "minimal",   "mild",
    "mildly",     "moderate",     "moderately", "severe",       "severely",  "marked",
    "markedly",   "slight",       "left",       "right",        "bilateral", "central",
    "foraminal",  "subarticular", "grade",      "demonstrates", "shows",     "than"};

// Treatments that are no finding kind of their own, whose reason ("disc
// arthroplasty for left C6 radiculopathy", "TFESI for L5 radiculopathy") is
// a diagnosis the patient has, as an operation's is (procedure_reason.cpp).
// Studies stay out: what a study is for is sought.
inline constexpr std::array<std::string_view, 18> kTreatmentWords = {
    "arthroplasty", "replacement",    "discectomy", "microdiscectomy", "esi",       "tfesi",
    "injection",    "injections",     "block",      "blocks",          "rfa",       "ablation",
    "kyphoplasty",  "vertebroplasty", "surgery",    "operation",       "procedure", "foraminotomy"};

// Studies ordered for a clinical diagnosis ("MRI lumbar spine ordered for
// radiculopathy", "EMG/NCS for left C6 radiculopathy"): the diagnosis is the
// order's stated reason (tests/data/eval/README.md), the study looks for its
// cause.
inline constexpr std::array<std::string_view, 11> kStudyWords = {"mri",
                                                                 "ct",
                                                                 "emg",
                                                                 "ncs",
                                                                 "ncv",
                                                                 "myelogram",
                                                                 "myelography",
                                                                 "imaging",
                                                                 "xr",
                                                                 "radiographs",
                                                                 "electrodiagnostic"};

// Words that open a new assertion and end a cue forward scope (ConText pseudo-terminators).
inline constexpr std::array<std::string_view, 6> kScopeEndWords = {"which", "there", "while",
                                                                   "where", "who",   "although"};

// Words that start a new noun phrase or consequence after a finding; a hedge
// after one of them ("stenosis with likely impingement", "... causing
// possible compression") hedges only what follows (ConText scope bounded by
// the hedge's own phrase, Harkema et al. 2009; lead's check, category 4).
inline constexpr std::array<std::string_view, 14> kHedgeBoundaryWords = {
    "with", "and",        "causing",  "producing", "resulting",   "including", "which",
    "that", "contacting", "abutting", "impinging", "compressing", "plus",      "without"};

// Words that join a finding to a level after it ("stenosis at L4-5").
inline constexpr std::array<std::string_view, 20> kLevelConnectorWords = {
    "at",        "of",        "on",         "upon",   "from", "in", "involving",
    "to",        "through",   "spanning",   "across", ",",    "(",  "between",
    "affecting", "including", "throughout", "within", "-",    "@"};

// Words that end a finding modifier phrase when reading backwards.
inline constexpr std::array<std::string_view, 31> kPhraseStopWords = {
    "at",    "of",   "from", "with",    "without",   "in",        "on",
    "to",    "is",   "are",  "was",     "were",      "there",     "no",
    "not",   "by",   "for",  "causing", "resulting", "producing", "contributing",
    "which", "that", "has",  "have",    "had",       "as",        "due",
    ":",     "(",    ")"};

// Words allowed between a finding and its location ("of the left neural foramen").
inline constexpr std::array<std::string_view, 20> kLocationFillerWords = {
    "of",          "the",     "involving", "in",     "within", "at",       "bilateral",
    "bilaterally", "left",    "right",     "neural", "and",    ",",        "spinal",
    "both",        "lateral", "sided",     "-",      "/",      "affecting"};

// Finite verbs that open a clause's predicate ("the canal is narrowed",
// "alignment appears normal", "it measures 4 mm", "the cord shows
// flattening"): after a comma they start a new assertion, which ends a
// negation's scope (context_scope.cpp, ConText), and a grade after them is
// the subject's (predicate severity). One word class for both readings.
inline constexpr std::array<std::string_view, 15> kClauseVerbWords = {
    "is",       "are",     "was",          "were",  "appears", "appear", "remains", "remain",
    "measures", "measure", "demonstrates", "shows", "become",  "became", "becomes"};

// Further words before a predicate severity that are no clause verb
// ("stenosis which severe", "has progressed to moderate", "is now severe").
inline constexpr std::array<std::string_view, 6> kCopulaWords = {
    "which", "being", "increased", "progressed", "worsened", "now"};

// MRI sequence words: "T1"/"T2" before them are sequences, not vertebrae.
inline constexpr std::array<std::string_view, 18> kMriWords = {
    "weighted", "signal", "hyperintense", "hypointense", "hyperintensity", "hypointensity",
    "images",   "image",  "sequence",     "sequences",   "stir",           "flair",
    "shine",    "post",   "contrast",     "fat",         "intensity",      "imaging"};

// The parts of a level that a templated report grades on lines of their own
// under the level ("L4-5:" then "Alignment: ...", "Disc: ...", "Canal: ...",
// "Foramina: ...", "Listhesis: ...", "Posterior elements: ...", "Comment:
// ..."): a line labelled with these words stays in the level's passage, where
// any other label ("IMPRESSION:") ends it. Cervical templates grade the cord
// and the uncovertebral joints under each level too ("C6-7:" ... "Cord:
// normal signal.", "Uncovertebral joints: mild hypertrophy").
inline constexpr std::array<std::string_view, 42> kLevelPartWords = {"disc",
                                                                     "disk",
                                                                     "canal",
                                                                     "central",
                                                                     "spinal",
                                                                     "foramina",
                                                                     "foramen",
                                                                     "neural",
                                                                     "foraminal",
                                                                     "facets",
                                                                     "facet",
                                                                     "joints",
                                                                     "lateral",
                                                                     "recesses",
                                                                     "recess",
                                                                     "thecal",
                                                                     "sac",
                                                                     "subarticular",
                                                                     "ligamentum",
                                                                     "alignment",
                                                                     "listhesis",
                                                                     "spondylolisthesis",
                                                                     "anterolisthesis",
                                                                     "retrolisthesis",
                                                                     "posterior",
                                                                     "elements",
                                                                     "vertebral",
                                                                     "bodies",
                                                                     "body",
                                                                     "endplates",
                                                                     "comment",
                                                                     "comments",
                                                                     "note",
                                                                     "flavum",
                                                                     "stenosis",
                                                                     "herniation",
                                                                     "osteophytes",
                                                                     "cord",
                                                                     "signal",
                                                                     "uncovertebral",
                                                                     "uncinate",
                                                                     "processes"};

// Words that say a statement is of the present ("today there is 6 mm",
// "currently 7 mm", "left TA now 2/5, was 4/5 on 2025 exam"): a figure said
// to be today's (measures.cpp, said_current) and a condition dated today
// whatever else its clause dates (clinical_dates.cpp, event_date).
inline constexpr std::array<std::string_view, 5> kPresentWords = {"today", "now", "currently",
                                                                  "presently", "current"};

// Words before the date a therapy course ended.
inline constexpr std::array<std::string_view, 10> kEndDateWords = {
    "until", "through", "thru", "ended", "ending", "completed", "discharged", "to", "by", "till"};

// Counts written as words ("six weeks"); the index is the value.
inline constexpr std::array<std::string_view, 21> kNumberWords = {
    "zero",     "one",     "two",     "three",     "four",     "five",     "six",
    "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",   "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};

// Ordinals written as words ("the fourth lumbar disc", "the fifth finger",
// "the fifth-sixth cervical level"); the index is the value less one.
inline constexpr std::array<std::string_view, 7> kOrdinalWords = {
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh"};

// The value a number word says ("six"), else -1.
constexpr int number_word_value(std::string_view w) {
  for (std::size_t k = 0; k < kNumberWords.size(); ++k) {
    if (same_word(kNumberWords[k], w)) return static_cast<int>(k);
  }
  return -1;
}

// The value an ordinal word says ("fourth"), else 0.
constexpr int ordinal_word_value(std::string_view w) {
  for (std::size_t k = 0; k < kOrdinalWords.size(); ++k) {
    if (same_word(kOrdinalWords[k], w)) return static_cast<int>(k + 1);
  }
  return 0;
}

// Words that open a level phrase without a vertebra name ("all lumbar levels",
// "throughout the lumbar spine", "lumbosacral junction").
inline constexpr std::array<std::string_view, 7> kLevelPhraseStarts = {
    "all", "every", "each", "both", "throughout", "lumbosacral", "thoracolumbar"};

// Words that say a sentence is about positions of the spine, so "stable" or
// "unchanged" there speaks about motion (flexion-extension reports).
inline constexpr std::array<std::string_view, 10> kPositionWords = {
    "flexion",   "extension",   "flexed",   "extended",   "dynamic",
    "positions", "positioning", "position", "positional", "reclination"};

// Words between a landmark word and the level it locates ("above the prior
// L4-S1 fusion"); the patient's own ("above her old fusion", "below his
// ACDF") the same.
inline constexpr std::array<std::string_view, 23> kLandmarkFillerWords = {
    "the",    "a",        "an",        "prior",    "previous",     "previously",
    "old",    "existing", "known",     "solid",    "instrumented", "level",
    "levels", "of",       "posterior", "anterior", "lumbar",       "interbody",
    "her",    "his",      "their",     "cervical", "remote"};

// "adjacent to", "cephalad to" and their kin: with "to", a landmark word.
inline constexpr std::array<std::string_view, 10> kLandmarkRelativeWords = {
    "adjacent", "superior", "inferior", "cephalad", "caudad",
    "caudal",   "cranial",  "proximal", "distal",   "rostral"};

}  // namespace spinecds::terminology::text
