// Terms that are not finding kinds (injections, medications, ODI, daily
// activities, films, ...) take their ConText category from the engine's
// cues and scopes, like findings: one negation rule.
#include <doctest/doctest.h>

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/document.h>

#include "fhir/record.h"
#include "terminology/record_facts.h"
#include "terminology/record_terms.h"
#include "terminology/record_text.h"

using namespace spinecds;

namespace {

// The facts of one clinic note (a Procedure note stands in for any note).
terminology::RecordFacts note_facts(const std::string& note) {
  rapidjson::Document d;
  d.SetArray();
  auto& a = d.GetAllocator();
  rapidjson::Value obs(rapidjson::kObjectType);
  obs.AddMember("resourceType", "Observation", a);
  obs.AddMember("id", "note", a);
  obs.AddMember("status", "final", a);
  rapidjson::Value code(rapidjson::kObjectType);
  code.AddMember("text", "Clinic note", a);
  obs.AddMember("code", code, a);
  obs.AddMember("effectiveDateTime", "2026-08-01", a);
  obs.AddMember("valueString", rapidjson::Value(note.c_str(), a), a);
  d.PushBack(obs, a);
  fhir::Record r;
  r.resources.adopt(std::move(d));
  return terminology::extract_record_facts(nullptr, r);
}

}  // namespace

TEST_CASE("injections: denied, not given, declined or planned do not count; a history does") {
  CHECK(note_facts("She denies prior epidural steroid injections.").injections.empty());
  CHECK(note_facts("No epidural steroid injections were given.").injections.empty());
  CHECK(note_facts("Epidural steroid injections were offered but declined.").injections.empty());
  CHECK(note_facts("Recommend L4-5 transforaminal ESI.").injections.empty());
  CHECK(note_facts("Plan:\nL4-5 ESI next month.").injections.empty());
  CHECK(note_facts("History of ESI at L4-5 in 2024.").injections.size() == 1);
  // Only the effect is denied: the injection was given.
  CHECK(note_facts("No relief from the L4-5 epidural steroid injection in March.")
            .injections.size() == 1);
  CHECK(note_facts(
            "Left L5 transforaminal epidural steroid injection on 03/02/2026 helped for two weeks.")
            .injections.size() == 1);
  // "ESI" as a word only.
  CHECK(note_facts("L5-S1 disc desiccation.").injections.empty());
}

TEST_CASE("ODI, daily activities and medications follow the same scopes") {
  CHECK(note_facts("ODI not obtained; will repeat in 6 weeks.").outcome_scores.empty());
  const auto odi = note_facts("Oswestry disability index 23/50 today.").outcome_scores;
  REQUIRE(odi.size() == 1);
  CHECK(odi[0].instrument == terminology::OutcomeInstrument::odi);
  CHECK(odi[0].value == 46);
  CHECK(note_facts("Denies difficulty walking.").adl_limitation.empty());
  CHECK(note_facts("Independent in ADLs.").adl_limitation.empty());
  CHECK(note_facts("Unable to walk more than one block.").adl_limitation.size() == 1);
  // Self-care, writing, driving and turning the head are daily activities too.
  CHECK(note_facts("She cannot dress herself.").adl_limitation.size() == 1);
  CHECK(note_facts("Difficulty with buttons and handwriting.").adl_limitation.size() >= 1);
  CHECK(note_facts("Unable to turn his head while driving.").adl_limitation.size() == 1);
  CHECK(note_facts("Denies difficulty dressing or bathing.").adl_limitation.empty());
  CHECK(note_facts("She enjoys driving and writing.").adl_limitation.empty());
  CHECK(note_facts("Not taking gabapentin or NSAIDs.").medications.empty());
  CHECK(note_facts("Takes meloxicam 15 mg daily.").medications.size() == 1);
  CHECK(note_facts("Referral to pain management.").pain_management.empty());
}

TEST_CASE("films named in words: taken, not taken, only asked for") {
  CHECK(note_facts("Flexion and extension views were not obtained.")
            .flexion_extension_not_obtained.size() == 1);
  CHECK(note_facts("Would obtain flexion and extension views.").flexion_extension.empty());
  CHECK(note_facts("Would obtain flexion and extension views.")
            .flexion_extension_not_obtained.empty());
}

TEST_CASE("term hits carry the engine's categories") {
  const auto hits = terminology::term_hits("No ESI. Possible facet injection. Mother had an ESI.",
                                           terminology::record_terms().injections);
  REQUIRE(hits.size() == 3);
  CHECK(hits[0].negated);
  CHECK(hits[1].uncertain);
  CHECK(hits[2].other);
  for (const auto& h : hits) CHECK_FALSE(h.counts());
}

TEST_CASE("a text's sections hold for every table read from one reading") {
  // The sections are found once per reading; each table's pass sees them.
  const terminology::TextReading read(
      "Plan: L4-5 ESI. Start gabapentin.\n\nFamily history: mother had an ESI.\n\nESI in 2024.");
  const auto esi = terminology::term_hits(read, terminology::record_terms().injections);
  REQUIRE(esi.size() == 3);
  CHECK(esi[0].hypothetical);
  CHECK(esi[1].other);
  CHECK(esi[2].counts());
  const auto meds = terminology::term_hits(read, terminology::record_terms().medications);
  REQUIRE(meds.size() == 1);
  CHECK(meds[0].hypothetical);
}

TEST_CASE("a short text without a table's phrase gives no hits; with one, its hit") {
  CHECK(terminology::term_hits("Lumbar spine MRI without contrast",
                               terminology::record_terms().injections)
            .empty());
  CHECK(terminology::affirmed_term("Epidural steroid injection, L4-5",
                                   terminology::record_terms().injections));
}

TEST_CASE("NDI, mJOA and cotinine in prose follow the same scopes") {
  CHECK(note_facts("NDI not obtained today; mJOA to be repeated.").outcome_scores.empty());
  const auto ndi = note_facts("Neck disability index 19/50.").outcome_scores;
  REQUIRE(ndi.size() == 1);
  CHECK(ndi[0].instrument == terminology::OutcomeInstrument::ndi);
  CHECK(ndi[0].value == 38);
  // A lab result's "negative" is the result, not the analyte's absence.
  const auto neg = note_facts("Urine cotinine negative.").cotinine;
  REQUIRE(neg.size() == 1);
  CHECK(neg[0].positive == false);
  CHECK(note_facts("No cotinine level on file.").cotinine.empty());
  CHECK(note_facts("Possible cotinine positive result, to be confirmed.").cotinine.empty());
}

TEST_CASE("record text is lowered in ASCII only; UTF-8 letters are kept byte for byte") {
  // As std::tolower in the "C" locale the service runs in, for every byte.
  for (int c = 0; c < 256; ++c) {
    const std::string in(1, static_cast<char>(c));
    const char want =
        c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : static_cast<char>(c);
    CAPTURE(c);
    CHECK(terminology::lower(in) == std::string(1, want));
  }
  CHECK(terminology::lower("MRI L4-5: \xC3\x89TAT Stenosis") == "mri l4-5: \xC3\x89tat stenosis");
}

TEST_CASE("a short text read for several groups at once gives each group its own hits") {
  // term_hits(text, groups, out) tokenises once; out[g] must be what
  // term_hits(text, groups[g]) gives, categories included.
  const auto& rt = terminology::record_terms();
  const terminology::TermTable* const facet[] = {&rt.facetectomy};
  const terminology::TermTable* const pars[] = {&rt.pars_resection};
  const terminology::TermTable* const neuro[] = {&rt.neurologic_urgent};
  const terminology::TermTable* const spinal[] = {&rt.spinal_urgent};
  const terminology::TermTable* const care[] = {&rt.injections, &rt.medications};
  const std::span<const terminology::TermTable* const> groups[] = {facet, pars, neuro, spinal,
                                                                   care};
  for (const char* text : {
           "L4-5 TLIF with bilateral facetectomy and pars resection",
           "Planned: complete facetectomies L5-S1; no pars resection needed",
           "Cauda equina syndrome 2011 s/p decompression",
           "Compression fracture of L1, no cauda equina symptoms",
           "Hx of spinal epidural abscess; denies saddle anesthesia",
           "Family history: mother with a vertebral fracture. ESI x2, on gabapentin",
           "Lumbar spine MRI without contrast",
           "",
       }) {
    CAPTURE(text);
    std::vector<terminology::TermHit> out[5];
    terminology::term_hits(text, groups, out);
    for (std::size_t g = 0; g < 5; ++g) {
      const auto one = terminology::term_hits(std::string_view(text), groups[g]);
      CAPTURE(g);
      REQUIRE(out[g].size() == one.size());
      for (std::size_t i = 0; i < one.size(); ++i) {
        CHECK(out[g][i].table == one[i].table);
        CHECK(out[g][i].begin == one[i].begin);
        CHECK(out[g][i].end == one[i].end);
        CHECK(out[g][i].sentence_begin == one[i].sentence_begin);
        CHECK(out[g][i].negated == one[i].negated);
        CHECK(out[g][i].uncertain == one[i].uncertain);
        CHECK(out[g][i].hypothetical == one[i].hypothetical);
        CHECK(out[g][i].historical == one[i].historical);
        CHECK(out[g][i].other == one[i].other);
      }
    }
  }
  // Some text above must hold hits, or the comparison proves nothing.
  std::vector<terminology::TermHit> out[5];
  terminology::term_hits("L4-5 TLIF with bilateral facetectomy and pars resection", groups, out);
  CHECK(!out[0].empty());
  CHECK(!out[1].empty());
}
