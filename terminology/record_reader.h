#pragma once
// Inside the extract stage: what every per-resource reader shares. Not a
// public header; extract_record_facts (record_facts.h) is the stage.
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/document.h>

#include "terminology/fhir_values.h"
#include "terminology/record_facts.h"
#include "terminology/record_terms.h"
#include "terminology/record_text.h"

namespace spinecds::terminology {

inline constexpr std::string_view kSnomed = "http://snomed.info/sct";
inline constexpr std::string_view kIcd10 = "http://hl7.org/fhir/sid/icd-10-cm";
inline constexpr std::string_view kLoinc = "http://loinc.org";

struct ReadContext {
  RecordFacts facts;
  std::map<std::string, const rapidjson::Value*> by_ref;  // by "Type/id" and by fullUrl
  std::string current_date;                               // of the resource being read
  std::vector<Quote> fe_yes, fe_not;    // flexion-extension sentences not read as findings
  std::set<std::string> panel_members;  // Observations read through their panel's hasMember
  // Observations that are lines of a report's text (an HL7 v2 interface's
  // OBX lines, one valueString each): read joined, as their report's text.
  std::set<std::string> report_lines;
  // Orders not yet carried out: their notes are clinical text, but the films
  // they name are films to be taken, never films taken.
  std::set<std::string> open_orders;
  // Documents whose diagnosis lines or description name what was treated
  // (report_reader.cpp): their therapy lines that name no region themselves
  // (a heading, the therapist's signature) are therapy for that region.
  std::map<std::string, BodyRegion> therapy_document_region;
  // Reports whose own text declares them a correction (report_reader.cpp),
  // decided once each: a report may be compared with many.
  std::map<const rapidjson::Value*, bool> declares_correction;
};

// The resource a reference in `from` names: "#id" is one of `from`'s own
// `contained` resources (Epic sends a MedicationRequest's Medication so),
// anything else a resource of the record. Null when neither holds it.
const rapidjson::Value* resolve_reference(const ReadContext& cx, const rapidjson::Value& from,
                                          std::string_view reference);

// The Observations a report contains and names as results ("#f1"), read as
// one panel under the report's reference: a measure given in flexion and in
// extension is one motion (observation_reader.cpp).
void read_contained_results(ReadContext& cx, const rapidjson::Value& report, const std::string& ref,
                            const std::string& date, SourceKind kind);

// Whether an Observation is only a line of text (a valueString, no value
// of another kind, no parts): a report's OBX line, not a measure.
bool text_line(const rapidjson::Value& obs);

// The Observations `report` names as results that are lines of its text, in
// its order, whatever their status: one rule for which lines belong to a
// report, used where they are set aside and where they are joined.
template <typename Fn>
void each_report_line(const ReadContext& cx, const rapidjson::Value& report, Fn&& fn) {
  each(report, "result", [&](const rapidjson::Value& m) {
    const auto reference = str(m, "reference");
    if (reference.starts_with('#')) return;
    const rapidjson::Value* obs = resolve_reference(cx, report, reference);
    if (obs != nullptr && obs->IsObject() && str(*obs, "resourceType") == "Observation" &&
        text_line(*obs)) {
      fn(*obs);
    }
  });
}

// Text: findings (engine) and keywords (record_keywords.cpp).
void findings_in(ReadContext& cx, const std::string& text, const std::string& ref,
                 const std::string& date, SourceKind kind, bool skip_therapy);
// The engine's findings alone, without the keywords.
void engine_findings_in(ReadContext& cx, const std::string& text, const std::string& ref,
                        const std::string& date, SourceKind kind, bool skip_therapy);
// The keywords of a text read once (record_terms.h), which the readers below share.
void keywords_in(ReadContext& cx, const TextReading& text, const std::string& ref, SourceKind kind);
// A planned decompression the sentence `quote` says destabilizes its levels
// (`h`: the affirmed facetectomy or pars-resection term in it).
// A fracture, tumour or infection `sentence` states at named levels, dated
// `date` (spinal_lesion.cpp); the caller has found it affirmed.
void lesion_in(ReadContext& cx, const std::string& sentence, const std::string& ref,
               const std::string& date);
void destabilization_in(ReadContext& cx, const std::string& quote, const TermHit& h,
                        const std::string& ref, bool pars_resect);
// Outcome scores (outcome_scores.cpp) and nicotine (nicotine_reader.cpp):
// from an Observation's code and value (true when the code is theirs), and in
// prose, where the engine's ConText scopes decide what the words affirm.
bool read_score_observation(ReadContext& cx, const rapidjson::Value& r,
                            const rapidjson::Value* code, const std::string& code_text,
                            const double* value);
// A form's components on tobacco and smokeless nicotine ("Snus / smokeless
// tobacco: Daily", a lifestyle-habits panel), each a smoking-status fact.
void read_nicotine_components(ReadContext& cx, const rapidjson::Value& r);
bool read_nicotine_observation(ReadContext& cx, const rapidjson::Value& r,
                               const rapidjson::Value* code, const std::string& code_text,
                               const double* value);
// In prose: `hits` are term_hits(text, outcome_tables()) and
// term_hits(text, record_terms().cotinine), found in keywords_in's one walk.
std::span<const TermTable* const> outcome_tables();
void outcome_scores_in(ReadContext& cx, const TextReading& text, const std::string& ref,
                       std::span<const TermHit> hits);
void nicotine_in(ReadContext& cx, const TextReading& text, const std::string& ref,
                 std::span<const TermHit> cotinine);

// One reader per resource type.
void read_condition(ReadContext& cx, const rapidjson::Value& r);
void read_procedure(ReadContext& cx, const rapidjson::Value& r);
void read_observation(ReadContext& cx, const rapidjson::Value& r);
void read_report(ReadContext& cx, const rapidjson::Value& r);
void read_document(ReadContext& cx, const rapidjson::Value& r);
bool patient_message(const rapidjson::Value& r);
// Spans of therapy told rather than attended (TherapyItem::told) shrink to
// the first and last sessions the record dates inside them, when those are
// an attendance record: three days or more, or a dated course
// (therapy_spans.cpp).
void clip_told_spans(RecordFacts& facts);
// A note's therapy episode `f` dated into `item`: dates made whole ("Sept-Oct
// 2026" is 1 September to 31 October), the months or an earlier year the
// quote names, a stated duration counted back from the end
// (therapy_episode.cpp).
void episode_dates(const Finding& f, const std::string& note_date, TherapyItem& item);
// A FHIR document's Composition (a document Bundle among the documents): its
// sections' narratives, read as a note of the Composition's date.
void read_composition(ReadContext& cx, const rapidjson::Value& r);
void read_imaging_study(ReadContext& cx, const rapidjson::Value& r);
void read_encounter(ReadContext& cx, const rapidjson::Value& r);
void read_service_request(ReadContext& cx, const rapidjson::Value& r);
void read_medication(ReadContext& cx, const rapidjson::Value& r);
void read_claim(ReadContext& cx, const rapidjson::Value& r);  // Claim, ExplanationOfBenefit
void read_care_plan(ReadContext& cx, const rapidjson::Value& r);

// A therapy course or session (procedure_reader.cpp): a Procedure, or a
// completed ServiceRequest, which was carried out over its occurrence. `all`
// is the code, body site and reason text; `home` a home programme.
void read_therapy_course(ReadContext& cx, const rapidjson::Value& r, const std::string& ref,
                         const std::string& code_text, const std::string& all,
                         const std::string& notes, bool home);

// Whether a therapy resource gives its course as a period (performedPeriod,
// occurrencePeriod, occurrenceTiming.repeat.boundsPeriod, a CarePlan
// activity's scheduledPeriod).
bool has_course_period(const rapidjson::Value& r);

// A telehealth modifier (95, GT, FQ) or place of service (02, 10).
bool telehealth_code(std::string_view code);
// CMT 98940-98942 or OMT 98925-98929: manipulation, not physical therapy.
bool manipulation_code(std::string_view code);

// Shared facts about resources.
bool is_imaging(const rapidjson::Value& r);
bool encounter_virtual(const rapidjson::Value& encounter);
// The vertebra a body site names (coded or in words); 0 when none.
int vertebra_from_site(const rapidjson::Value& site);
// The plain text of each attachment in `array_key` (nested: in `.attachment`).
std::vector<std::string> attachments(const rapidjson::Value& r, const char* array_key, bool nested);
std::string fmt(double v);

}  // namespace spinecds::terminology
