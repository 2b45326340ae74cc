#pragma once
// Where a ConText scope ends (scope_bounds.cpp): list, clause and phrase
// boundaries, read by the scans of context_scope.cpp.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "terminology/finding_lexicon.h"
#include "terminology/text/sentence.h"

namespace spinecds::terminology::text::scope {

// A cue found in a sentence: its table entry and its tokens [first, last).
struct CueHit {
  const CueEntry* entry = nullptr;
  std::size_t first = 0, last = 0;
};

// "A, B, or C": the conjunction that closes a list lies ahead of `k`.
bool list_closes_ahead(const Sentence& s, std::size_t k);
// The scope goes on after a comma at `k - 1`: a finding or a list item
// follows (`levels`: a level may lead the item).
bool starts_trigger_or_list(const Sentence& s, std::size_t k, bool levels = false);
// "Go to the ER if you have groin numbness, lose control of your bladder, or
// your leg gets weak": a condition cue `c` whose conditions are listed in
// clauses up to a closing ", or" at or after the comma at `k`.
bool condition_list_ahead(const Sentence& s, const CueHit& c, std::size_t k);
// A cue that denies symptoms ("denies", "negative for"), and a list of short
// symptom items from `k` that reaches a neurological finding before its end.
bool symptom_denial(const CueEntry& e);
bool denied_symptom_list(const Sentence& s, std::size_t k);
// The finding kinds a patient denies as symptoms: the neurological ones
// (is_neuro) and myelopathy.
bool denied_symptom_kind(std::string_view kind);
// "Back pain; radicular symptoms denied", "leg weakness - denies": a bare
// "denied"/"denies" cue that closes its clause, written after the symptom it
// denies ("request for L4-5 TLIF denied" is a payer's, which the caller
// keeps to denied_symptom_kind).
bool denial_closes_clause(const Sentence& s, const CueHit& c);
// A new clause with its own verb starts at `k`.
bool clause_after_comma(const Sentence& s, std::size_t k);
// "...: the views of 06/03/2024 show 2 mm": a clause with its own verb of
// report ("show", "revealed") or copula starts at `k`, after a colon.
bool clause_after_colon(const Sentence& s, std::size_t k);
// The item before the comma at `k` is a finding of `kind`.
bool same_finding_before(const Sentence& s, std::size_t k, const std::string& kind);
// A finding in the clause from `k` on.
bool finding_ahead(const Sentence& s, std::size_t k);
// Only a pronoun and auxiliaries in [from, to) ("this had", "it is now").
bool refers_back(const Sentence& s, std::size_t from, std::size_t to);
// A "favour" cue chooses between types of one finding ("rather than an isthmic one").
bool type_preferred(const Sentence& s, const CueHit& c);
// A word that offers an image as artefact ("artifact", "artefactual").
bool artefact_word(std::string_view w);
// "X | 2022 | Resolved", "Pseudarthrosis L5-S1 | Ruled out": between the
// cell bar at `bar` and the cue at `cue` only figures and bars (a date
// column), so the cue is its row's status.
bool status_cell(const Sentence& s, std::size_t bar, std::size_t cue);
// "represents truncation artifact", "is artifactual", "consistent with
// artifact": the artefact word at `k` is what a finding is said to be
// (`named`), or may be ("likely represents truncation artifact": `doubted`);
// "limited due to artifact", "with motion artifact" say neither (`none`).
enum class ArtefactNaming { none, named, doubted };
ArtefactNaming artefact_named_as(const Sentence& s, std::size_t k);
// "likely degenerative in the setting of severe facet arthropathy", "possibly
// from the C5-6 stenosis", "suspect radiculopathy given R foot drop": a word
// at `k` that names the cause or the grounds of what a hedge doubts; the
// hedge is on the link, and what follows is stated (README).
bool cause_connector(const Sentence& s, std::size_t k);
// Whether the finding nearest before toks[k] in its clause, if any, is a
// symptom or sign, not another imaging finding (cause_links.cpp).
bool symptom_or_nothing_before(const Sentence& s, std::size_t k);
// The cause connector that opens causes joined by the "and" at `k`, when
// only imaging findings and their phrases' words lie between (cause_links.cpp).
std::optional<std::size_t> cause_opening_join(const Sentence& s, std::size_t k);
// A severity word just before the trigger `t`.
bool severity_before(const Sentence& s, const Trig& t);
// "What was reported as an extrusion at L4-5 is a protrusion", "the L4-5
// extrusion in the prelim is a protrusion": an addendum's correction that
// renames the rejected reading as another finding of its kind. Returns the
// rejected trigger (one finding misnamed, not a second one denied), or kNone.
int misnamed_reading(const Sentence& s, const CueHit& c);
// "3 mm retrolisthesis in extension which is not present in flexion": "in
// flexion", "on extension" at `k`, right after a cue, names one position only.
bool absent_in_one_position(const Sentence& s, std::size_t k);
// "No HVLA given the known 6 mm slip", "no therapy until the pseudarthrosis
// is addressed", "did not start PT after her 2019 fusion": a reason or a time
// at `k`, after a negation, ends its scope (ConText terminators); what it
// names is stated. A time word ends it only once the negation has met what it
// denies (`seen`).
bool reason_or_time(const Sentence& s, std::size_t k, bool seen);
// "PT after the 2021 fusion was ordered but never started": a word at `k`
// that opens a time clause ("after", "following", "before"), which a scope
// read backwards leaves out when it reaches a finding before the clause.
bool time_clause_word(const Sentence& s, std::size_t k);
// "... after 6 weeks of PT and the repeat exam is normal": "and" at `k`
// opens a clause with its own subject, which a cue after it is said of.
bool new_subject_after(const Sentence& s, std::size_t k);
// "not interested in surgery and would like to try PT": "and" at `k` opens a
// second predicate of the same subject, which a negation before does not reach.
bool new_predicate_after(const Sentence& s, std::size_t k);
// "the AI scribe documented 'moderate stenosis at L3-4'; on my review the
// stenosis at L3-4 is severe", "Patient states she had an L4-5 fusion, but the
// outside note actually documents an L5-S1 ALIF": the reported reading that a
// later one of its kind corrects is no finding (README: an addendum that
// corrects a finding gives only the corrected reading). In correction_cues.cpp.
void reject_corrected_reports(Sentence& s);
// A word between toks[from] and the cue at toks[to] that the cue can be said
// of ("images" in "(images not available)"), beyond words of time and being.
bool own_subject_between(const Sentence& s, std::size_t from, std::size_t to);

}  // namespace spinecds::terminology::text::scope
