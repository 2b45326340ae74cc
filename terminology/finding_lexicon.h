#pragma once
// The words the findings extractor knows: triggers per finding kind, negation
// and uncertainty cues with their direction, severity phrases, units,
// locations and settings. Data, kept apart from the matching logic.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "terminology/finding.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology {

enum class TriggerRule {
  none,
  not_disc_space,       // "narrowing" but not "disc space narrowing"
  motion_named,         // "within normal limits" only about motion named just before
  pt_abbreviation,      // "PT" only in a therapy context ("Pt" is usually "patient")
  not_vascular,         // "claudication" but not "vascular claudication"
  facet,                // "facet" but not "facet injection"
  prior_only,           // "decompression" only as history ("prior decompression")
  with_mm,              // "motion" only beside a millimetre figure
  anatomy_only,         // "neural foramina": a stenosis finding only when negated ("are patent")
  not_lordotic,         // "curve" but not "lordotic curve"
  therapy_word,         // "therapy" but not "radiation therapy" or "injection therapy"
  rehabilitation_word,  // "rehabilitation" but not "cardiac rehab" or "a rehabilitation hospital"
  affirmed_only,        // "osseous bridging", "myelographic block": evidence only when affirmed
  motion_context,       // "stable", "unchanged": instability absent only beside a position word
  study_named,  // bare "flexion and extension" names a study, "between flexion and extension" not
  strength_grade,    // "4/5" is a strength grade only beside a muscle or "strength", never a level
  static_alignment,  // "alignment is normal": no listhesis, unless the sentence speaks of positions
  any_surgery,       // "no prior back surgery": no laminectomy and no fusion; only when negated
  coordinated,       // "sagittal and coronal balance": the first of two coordinated measures
  sought,            // "assess for motion": what a study looks for, after "for"
  displacement,  // "L4 is displaced 6 mm posteriorly relative to L5": a vertebra moved on the next
  slip_motion,   // "dynamic anterolisthesis", "the slip is mobile": said of a slip, it moves
  cord_named,  // "Cord: mild ventral deformity, normal signal": the cord's, when it names the cord
  capitals,    // "DOC": an abbreviation that is a common word in lower case, only in capitals
  not_chiropractic,  // "subluxation": a slipped vertebra, except as a chiropractor's term
  spurling_named,    // "positive on the right": a Spurling result, only after Spurling is named
  visit_counter,     // "Visit 5 of 12", "Tx #7", "10th visit progress note": a therapy session
  one_side,       // a blocker naming one side ("drops objects from the left hand"), void when the
                  // sentence goes on to the other side or both ("... and now the right hand too")
  neck_region,    // "unsteady gait": a myelopathy sign only where the text is about the neck
  per_position,   // "atlantodens interval": a distance that is motion only when given in two
                  // positions ("3 mm in extension and 9 mm in flexion")
  elided_reflex,  // "1+ on the left": a reflex's grade in an item of its own, after the
                  // item that names the reflex ("triceps reflex 2+ on the right, ...")
};

struct TriggerEntry {
  std::vector<std::string> words;  // lower-case; "-" and "/" may sit between them
  std::string kind;                // empty: a phrase that blocks shorter triggers
  const char* direction = nullptr;
  const char* setting = nullptr;
  std::optional<int> grade;
  // The segment the phrase names by itself, by its upper vertebra's ordinal
  // ("atlantodens interval" is C1-C2); 0 when the text gives the level.
  int segment_upper = 0;
  TriggerRule rule = TriggerRule::none;
  bool no_levels = false;  // studies and therapy belong to no motion segment
  bool takes_severity = false;
  bool takes_location = false;
  bool takes_direction = false;
  bool absent = false;  // the phrase itself says the finding is absent ("stable alignment")
  // A reading by summary or synonym ("alignment is normal", "strength 5/5
  // throughout", "disc osteophyte complex") that an explicit statement of the
  // same kind in the same or the next sentence replaces ("Alignment is
  // anatomic. No spondylolisthesis." says one thing).
  bool deferent = false;
};

// ConText categories a cue gives the findings in its scope (Harkema et al.,
// J Biomed Inform 2009; medspaCy's default context rules).
enum class CueEffect {
  negate,        // "no", "without", "not seen", "patent"
  uncertain,     // "may represent", "cannot be excluded", "possible"
  hypothetical,  // "evaluate for", "rule out", "?", "recommended", "Plan:"
  historical,    // "prior", "status post", "history of": still counts
  resolved,      // "resolved", "no longer seen": negated and historical
  other,         // "mother", "family history": someone else's finding
  none,          // a pseudo-cue that blocks a shorter one ("no change")
};

struct CueEntry {
  std::vector<std::string> words;
  CueEffect effect = CueEffect::negate;
  bool forward = true;         // "no stenosis"
  bool backward = false;       // "views were not obtained"
  bool negates_study = false;  // can say a flexion-extension study was not done
};

struct SeverityEntry {
  std::vector<std::string> words;
  Severity severity;
};

enum class MeasureKind { mm, cm, degrees, percent, grade, weeks, months, visits };

// "no evidence of" -> {"no", "evidence", "of"}: table phrases to words.
std::vector<std::string> split_phrase(std::string_view phrase);

const std::vector<TriggerEntry>& trigger_table();
const std::vector<CueEntry>& cue_table();
const std::vector<SeverityEntry>& severity_table();

bool is_clause_break(std::string_view w);      // ";", "but", "however", ...
bool is_severity_word(std::string_view w);     // the first word of a severity phrase
bool is_modifier_word(std::string_view w);     // words between a list comma and its trigger
bool is_scope_end_word(std::string_view w);    // "which", "there": a new assertion begins
bool is_level_connector(std::string_view w);   // "at", "of", "from": a level after a finding
bool is_phrase_stop_word(std::string_view w);  // ends a finding's modifier phrase backwards
bool is_location_filler(std::string_view w);   // "of the left neural" before "foramen"
bool is_copula(std::string_view w);            // "is", "are", "appears"
bool is_mri_word(std::string_view w);          // "weighted", "signal": T1/T2 are sequences
bool is_end_date_word(std::string_view w);     // "until", "through", "completed"
// A one-word negation written before what it denies ("no", "without",
// "geen", "sem"): the ConText cue table is the one list.
bool is_negation_word(std::string_view w);

std::optional<std::string> location_word(std::string_view w, std::string_view kind);
std::optional<std::string_view> direction_word(std::string_view w);
std::optional<double> number_word(std::string_view w);
std::optional<MeasureKind> unit_kind(std::string_view w);

// A therapy setting named at toks[k] ("telehealth", "in-person", "at home");
// sets `end` past it.
std::optional<std::string> setting_at(std::span<const Token> toks, std::size_t k, std::size_t& end);

}  // namespace spinecds::terminology
