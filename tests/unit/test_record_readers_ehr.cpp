// Record readers on shapes EHR exports use that the first cases lacked:
// performedString, panels (hasMember), considered diagnoses, chiropractic,
// a conclusion restated in the report, Latin-1 notes.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <utility>

#include <rapidjson/document.h>

#include "fhir/record.h"
#include "support/fhir_base64.h"
#include "support/terminology_fixtures.h"
#include "terminology/record_facts.h"
#include "terminology/text_sources.h"

using namespace spinecds;
using spinecds::test::fhir_base64;
using spinecds::test::record_of;
using terminology::FindingKind;

namespace {

// The translations the record reads at `segment`, in mm.
std::vector<double> translations(const terminology::RecordFacts& f, const std::string& segment) {
  std::vector<double> out;
  for (const auto& rf : f.findings) {
    if (rf.finding.kind != FindingKind::translation || !rf.finding.mm) continue;
    for (const auto s : rf.finding.segments) {
      if (terminology::to_string(s) == segment) out.push_back(*rf.finding.mm);
    }
  }
  return out;
}

}  // namespace

TEST_CASE("a PT course dated only by performedString is an episode over its dates") {
  const auto facts = terminology::extract_record_facts(nullptr, record_of(R"([
    {"resourceType":"Procedure","id":"pt","status":"completed",
     "code":{"text":"Physical therapy, lumbar spine - 18 visits"},
     "performedString":"03/02/2026 - 05/08/2026"},
    {"resourceType":"Procedure","id":"pt-months","status":"completed",
     "code":{"text":"Physical therapy, lumbar"},"performedString":"March-April 2026"}])"));
  REQUIRE(facts.therapy.size() == 2);
  CHECK(facts.therapy[0].start == "2026-03-02");
  CHECK(facts.therapy[0].end == "2026-05-08");
  CHECK(facts.therapy[0].is_episode);
  CHECK(facts.therapy[1].start == "2026-03-01");
  CHECK(facts.therapy[1].end == "2026-04-30");
}

TEST_CASE("values per position in a panel's members or components are one motion measure") {
  const auto facts = terminology::extract_record_facts(nullptr, record_of(R"J([
    {"resourceType":"Observation","id":"panel","status":"final","code":{"text":"XR flexion/extension"},
     "hasMember":[{"reference":"Observation/f"},{"reference":"Observation/e"}]},
    {"resourceType":"Observation","id":"f","status":"final",
     "code":{"text":"L3-L4 sagittal translation in flexion"},"valueQuantity":{"value":5,"unit":"mm"}},
    {"resourceType":"Observation","id":"e","status":"final",
     "code":{"text":"L3-L4 sagittal translation in extension"},"valueQuantity":{"value":3,"unit":"mm"}},
    {"resourceType":"Observation","id":"comp","status":"final","code":{"text":"Flexion-extension measurements"},
     "component":[
       {"code":{"text":"L4-L5 translation (flexion)"},"valueQuantity":{"value":9,"unit":"mm"}},
       {"code":{"text":"L4-L5 translation (extension)"},"valueQuantity":{"value":4,"unit":"mm"}}]}])J"));
  // 5 mm and 3 mm are 2 mm of motion, never a 5 mm translation on their own.
  CHECK(translations(facts, "L3-L4") == std::vector<double>{2});
  CHECK(translations(facts, "L4-L5") == std::vector<double>{5});
}

TEST_CASE("a provisional, differential or unconfirmed diagnosis shows and waives nothing") {
  const auto facts = terminology::extract_record_facts(nullptr, record_of(R"([
    {"resourceType":"Condition","id":"ces","clinicalStatus":{"coding":[{"code":"active"}]},
     "verificationStatus":{"coding":[{"code":"differential"}]},
     "code":{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"G83.4"}],"text":"Cauda equina syndrome"}},
    {"resourceType":"Condition","id":"inst","clinicalStatus":{"coding":[{"code":"active"}]},
     "verificationStatus":{"text":"Provisional"},
     "code":{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"M53.2X6"}],"text":"Lumbar instability L4-L5"}},
    {"resourceType":"Condition","id":"rad","clinicalStatus":{"coding":[{"code":"active"}]},
     "verificationStatus":{"coding":[{"code":"unconfirmed"}]},
     "code":{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"M54.16"}],"text":"Lumbar radiculopathy"}}])"));
  CHECK(facts.urgent.empty());
  CHECK(facts.neural_conditions.empty());
  for (const auto& f : facts.findings) CHECK_FALSE(terminology::counts_toward_criteria(f.finding));
}

TEST_CASE("chiropractic manipulation is not physical therapy, even as 'manual therapy'") {
  const auto facts = terminology::extract_record_facts(nullptr, record_of(R"([
    {"resourceType":"Procedure","id":"cmt","status":"completed",
     "code":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"98940"}],
             "text":"Adjustment, lumbar - manual therapy"},"performedDateTime":"2026-04-01"},
    {"resourceType":"Procedure","id":"chiro","status":"completed",
     "code":{"text":"Chiropractic visit - manual therapy"},"performedDateTime":"2026-04-08"},
    {"resourceType":"Procedure","id":"pt","status":"completed",
     "code":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"97140"}],"text":"Manual therapy"},
     "performedDateTime":"2026-04-09"}])"));
  REQUIRE(facts.therapy.size() == 1);
  CHECK(facts.therapy[0].quote.reference == "Procedure/pt");
}

TEST_CASE("a conclusion the presented form restates is read once") {
  const std::string form = fhir_base64(
      "FINDINGS: L4-5: severe central canal stenosis.\nIMPRESSION:\n1. Severe central canal "
      "stenosis at L4-5.\n");
  const auto facts = terminology::extract_record_facts(nullptr, record_of(R"([
    {"resourceType":"DiagnosticReport","id":"mri","status":"final","code":{"text":"MRI lumbar spine"},
     "conclusion":"Severe central canal stenosis at L4-5.",
     "presentedForm":[{"contentType":"text/plain","data":")" + form + R"("}]}])"));
  std::size_t impression = 0;
  for (const auto& f : facts.findings) {
    if (f.quote.text.find("Severe central canal stenosis at L4-5") != std::string::npos)
      ++impression;
  }
  CHECK(impression == 1);
}

TEST_CASE("Latin-1 and mislabelled Windows-1252 notes become UTF-8") {
  rapidjson::Document a;
  a.Parse((R"({"contentType":"text/plain; charset=ISO-8859-1","data":")" +
           fhir_base64("Cl\xEDnica S\xE3o Jos\xE9: flexion 40\xB0") + "\"}")
              .c_str());
  CHECK(terminology::attachment_text(a) ==
        "Cl\xC3\xADnica S\xC3\xA3o Jos\xC3\xA9: flexion 40\xC2\xB0");
  // No charset, bytes that are not UTF-8: Windows-1252 (0x96 an en dash).
  a.Parse((R"({"contentType":"text/plain","data":")" + fhir_base64("L4\x96L5 stenosis") + "\"}")
              .c_str());
  CHECK(terminology::attachment_text(a) == "L4\xE2\x80\x93L5 stenosis");
  // UTF-8 stays as it is.
  a.Parse((R"({"contentType":"text/plain","data":")" + fhir_base64("L4\xE2\x80\x93L5") + "\"}")
              .c_str());
  CHECK(terminology::attachment_text(a) == "L4\xE2\x80\x93L5");
  // A url and no data: nothing to read.
  a.Parse(R"({"contentType":"application/pdf","url":"Binary/x"})");
  CHECK(terminology::attachment_text(a).empty());
}

TEST_CASE("a medication named only by a contained Medication is read") {
  // Epic sends the drug as medicationReference "#med1" to a Medication
  // contained in the MedicationRequest; "#" names the resource's own.
  const auto facts = terminology::extract_record_facts(nullptr, record_of(R"([
    {"resourceType":"MedicationRequest","id":"rx","status":"active","intent":"order",
     "contained":[{"resourceType":"Medication","id":"med1",
                   "code":{"text":"gabapentin 300 MG Oral Capsule"}}],
     "medicationReference":{"reference":"#med1"},"authoredOn":"2026-03-10"},
    {"resourceType":"MedicationRequest","id":"rx-other","status":"active","intent":"order",
     "medicationReference":{"reference":"#med1"},"authoredOn":"2026-03-10"}])"));
  REQUIRE(facts.medications.size() == 1);
  CHECK(facts.medications[0].reference == "MedicationRequest/rx");
  CHECK(facts.medications[0].text == "gabapentin 300 MG Oral Capsule");
}

TEST_CASE("a films report's contained result Observations are read as one motion") {
  const auto facts = terminology::extract_record_facts(nullptr, record_of(R"([
    {"resourceType":"DiagnosticReport","id":"flex","status":"final",
     "code":{"text":"XR Lumbar Spine Flexion Extension"},"effectiveDateTime":"2026-08-20",
     "contained":[
       {"resourceType":"Observation","id":"f1","status":"final",
        "code":{"text":"L4 on L5 anterolisthesis in flexion"},"valueQuantity":{"value":9,"unit":"mm"}},
       {"resourceType":"Observation","id":"f2","status":"final",
        "code":{"text":"L4 on L5 anterolisthesis in extension"},"valueQuantity":{"value":3,"unit":"mm"}},
       {"resourceType":"Observation","id":"f3","status":"entered-in-error",
        "code":{"text":"L3 on L4 anterolisthesis in flexion"},"valueQuantity":{"value":9,"unit":"mm"}}],
     "result":[{"reference":"#f1"},{"reference":"#f2"},{"reference":"#f3"}]}])"));
  CHECK(translations(facts, "L4-L5") == std::vector<double>{6});
  CHECK(translations(facts, "L3-L4").empty());
}

TEST_CASE("therapy visits on hold are not therapy received") {
  // Four weekly sessions done, then five visits on hold: one 4-week episode.
  std::string list;
  auto add = [&](const char* date, const char* status) {
    const std::string id = "p" + std::to_string(list.size());
    list += std::string(list.empty() ? "[" : ",") + R"({"resourceType":"Procedure","id":")" + id +
            R"(","status":")" + status +
            R"(","code":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"97110"}],
               "text":"Therapeutic exercise, lumbar spine"},"performedDateTime":")" +
            date + R"("})";
  };
  for (const char* d : {"2026-03-02", "2026-03-09", "2026-03-16", "2026-03-23"})
    add(d, "completed");
  for (const char* d : {"2026-03-30", "2026-04-06", "2026-04-13", "2026-04-20", "2026-04-27"})
    add(d, "on-hold");
  list += "]";
  const auto facts = terminology::extract_record_facts(nullptr, record_of(list));
  REQUIRE(facts.therapy.size() == 4);
  for (const auto& t : facts.therapy) CHECK(t.end <= "2026-03-23");
}

TEST_CASE("a preliminary read is not read when the record holds the issued report of the study") {
  const std::string prelim = "C5-6: Severe left foraminal stenosis compressing the left C6 root.";
  const std::string issued =
      "CORRECTED REPORT: laterality corrected. C5-6: Severe right foraminal stenosis "
      "compressing the right C6 root.";
  auto report = [&](const char* id, const char* status, const char* accession, const char* date,
                    const std::string& text) {
    std::string r = std::string(R"J({"resourceType":"DiagnosticReport","id":")J") + id +
                    R"J(","status":")J" + status + R"J(",)J";
    if (accession[0]) r += std::string(R"J("identifier":[{"value":")J") + accession + R"J("}],)J";
    return r + R"J("code":{"coding":[{"system":"http://loinc.org","code":"30667-0"}],
              "text":"MRI CERVICAL SPINE"},"effectiveDateTime":")J" +
           date + R"J(","presentedForm":[{"contentType":"text/plain","data":")J" +
           fhir_base64(text) + R"J("}]})J";
  };
  auto read_refs = [](const terminology::RecordFacts& f) {
    std::vector<std::string> refs;
    for (const auto& rf : f.findings) refs.push_back(rf.quote.reference);
    return refs;
  };
  auto has = [](const std::vector<std::string>& v, const char* ref) {
    return std::find(v.begin(), v.end(), ref) != v.end();
  };
  // One accession: the amended report replaces the preliminary read.
  auto refs = read_refs(terminology::extract_record_facts(
      nullptr, record_of("[" + report("pre", "preliminary", "ACC-1", "2026-09-28", prelim) + "," +
                         report("fin", "amended", "ACC-1", "2026-09-28", issued) + "]")));
  CHECK_FALSE(has(refs, "DiagnosticReport/pre"));
  CHECK(has(refs, "DiagnosticReport/fin"));
  // Without identifiers, one code on one date is one study.
  refs = read_refs(terminology::extract_record_facts(
      nullptr, record_of("[" + report("pre", "preliminary", "", "2026-09-28", prelim) + "," +
                         report("fin", "final", "", "2026-09-28", issued) + "]")));
  CHECK_FALSE(has(refs, "DiagnosticReport/pre"));
  // Another accession, or a preliminary read alone, is read.
  refs = read_refs(terminology::extract_record_facts(
      nullptr, record_of("[" + report("pre", "preliminary", "ACC-2", "2026-09-28", prelim) + "," +
                         report("fin", "final", "ACC-1", "2026-09-28", issued) + "]")));
  CHECK(has(refs, "DiagnosticReport/pre"));
  refs = read_refs(terminology::extract_record_facts(
      nullptr, record_of("[" + report("pre", "preliminary", "ACC-1", "2026-09-28", prelim) + "]")));
  CHECK(has(refs, "DiagnosticReport/pre"));
}

TEST_CASE(
    "a completed therapy ServiceRequest is a course over its occurrence; an open one a plan") {
  const auto facts = terminology::extract_record_facts(nullptr, record_of(R"([
    {"resourceType":"ServiceRequest","id":"done","status":"completed","intent":"order",
     "code":{"text":"Physical therapy - lumbar spine"},"authoredOn":"2026-04-28",
     "occurrencePeriod":{"start":"2026-05-04","end":"2026-07-02"}},
    {"resourceType":"ServiceRequest","id":"open","status":"active","intent":"order",
     "code":{"text":"Physical therapy - lumbar spine"},"authoredOn":"2026-08-01",
     "occurrencePeriod":{"start":"2026-08-03","end":"2026-10-30"}},
    {"resourceType":"ServiceRequest","id":"undated","status":"completed","intent":"order",
     "code":{"text":"Physical therapy - lumbar spine"},"authoredOn":"2026-09-01"}])"));
  REQUIRE(facts.therapy.size() == 1);
  CHECK(facts.therapy[0].quote.reference == "ServiceRequest/done");
  CHECK(facts.therapy[0].start == "2026-05-04");
  CHECK(facts.therapy[0].end == "2026-07-02");
  CHECK(facts.therapy[0].is_episode);
  CHECK(facts.therapy[0].setting == terminology::TherapySetting::in_person);
}

TEST_CASE("references by a Bundle entry's urn:uuid fullUrl or by absolute URL are followed") {
  auto record = record_of(R"J([
    {"resourceType":"Medication","id":"m1","code":{"text":"gabapentin 300 MG Oral Capsule"}},
    {"resourceType":"Medication","id":"m2","code":{"text":"meloxicam 15 MG Oral Tablet"}},
    {"resourceType":"MedicationRequest","id":"rx1","status":"active","intent":"order",
     "medicationReference":{"reference":"urn:uuid:0b6f3c4e-1111-4c1e-9a7d-2f0e5d6c7b81"},
     "authoredOn":"2026-03-10"},
    {"resourceType":"MedicationRequest","id":"rx2","status":"active","intent":"order",
     "medicationReference":{"reference":"https://ehr.example/fhir/r4/Medication/m2/_history/3"},
     "authoredOn":"2026-03-10"},
    {"resourceType":"Observation","id":"panel","status":"final","code":{"text":"XR flexion/extension"},
     "hasMember":[{"reference":"urn:uuid:0b6f3c4e-2222-4c1e-9a7d-2f0e5d6c7b81"},
                  {"reference":"https://ehr.example/fhir/r4/Observation/e"}]},
    {"resourceType":"Observation","id":"f","status":"final",
     "code":{"text":"L3-L4 sagittal translation in flexion"},"valueQuantity":{"value":5,"unit":"mm"}},
    {"resourceType":"Observation","id":"e","status":"final",
     "code":{"text":"L3-L4 sagittal translation in extension"},"valueQuantity":{"value":3,"unit":"mm"}}])J");
  record.full_urls["urn:uuid:0b6f3c4e-1111-4c1e-9a7d-2f0e5d6c7b81"] = "Medication/m1";
  record.full_urls["urn:uuid:0b6f3c4e-2222-4c1e-9a7d-2f0e5d6c7b81"] = "Observation/f";
  const auto facts = terminology::extract_record_facts(nullptr, record);
  REQUIRE(facts.medications.size() == 2);
  CHECK(facts.medications[0].text == "gabapentin 300 MG Oral Capsule");
  CHECK(facts.medications[1].text == "meloxicam 15 MG Oral Tablet");
  // The members are one motion (2 mm), not a 5 mm translation read alone.
  CHECK(translations(facts, "L3-L4") == std::vector<double>{2});
}

TEST_CASE(
    "a therapy document's dates of service are a course; a plan of care or another note's are "
    "not") {
  auto doc = [](const char* id, const char* type, const char* text) {
    return std::string(R"J({"resourceType":"DocumentReference","id":")J") + id +
           R"J(","status":"current","type":{"text":")J" + type +
           R"J("},"date":"2026-08-11T16:00:00Z","content":[{"attachment":{"contentType":"text/html","data":")J" +
           fhir_base64(text) + R"J("}}]})J";
  };
  const auto facts = terminology::extract_record_facts(
      nullptr,
      record_of(
          "[" +
          doc("dc", "Physical therapy discharge summary",
              "<p>Diagnosis: lumbar radiculopathy</p><p><b>Dates of service:</b> "
              "06/02/2026&nbsp;&ndash;&nbsp;08/11/2026</p><p>Visits: 19 of 20 attended.</p>") +
          "," +
          doc("poc", "Physical therapy plan of care",
              "<p>Plan of care dates: 09/01/2026 - 11/30/2026</p>") +
          "," +
          doc("consult", "Spine consult note", "<p>Dates of service: 01/05/2026 - 04/20/2026</p>") +
          "]"));
  std::vector<std::pair<std::string, std::string>> spans;
  for (const auto& t : facts.therapy) {
    if (t.is_episode) spans.emplace_back(t.start, t.end);
  }
  CHECK(spans == std::vector<std::pair<std::string, std::string>>{{"2026-06-02", "2026-08-11"}});
}
