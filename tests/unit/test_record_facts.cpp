// The extract stage: requested levels from the order, and facts with their
// evidence from a gathered record.
#include <doctest/doctest.h>

#include <string>

#include <rapidjson/document.h>

#include "fhir/record.h"
#include "support/fhir_base64.h"
#include "support/json_fixtures.h"
#include "support/terminology_fixtures.h"
#include "terminology/order_reader.h"
#include "terminology/record_facts.h"

using namespace spinecds;
using spinecds::test::parse_json;
using spinecds::test::record_of;
using terminology::Segment;

namespace {

// Segment names as the tests compare them; one definition in the fixtures.
constexpr auto* names = &spinecds::test::segment_names;

const char* kOrder = R"({"resourceType":"ServiceRequest","id":"sr-1","status":"draft",
  "code":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"22612"}],
          "text":"Posterior spinal fusion L2-pelvis with pedicle screws, decompression L2-S1"},
  "orderDetail":[
    {"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"63047"}],"text":"63047: laminectomy, facetectomy and foraminotomy, L1-2"},
    {"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"22848"}],"text":"+22848 pelvic fixation"}],
  "authoredOn":"2026-11-20"})";

}  // namespace

TEST_CASE("requested levels: fusion clauses only, pelvis from 22848 or the level string") {
  const auto order = parse_json(kOrder);
  const auto req = terminology::read_fusion_order(order).requested;
  CHECK(names(req.segments) == std::vector<std::string>{"L2-L3", "L3-L4", "L4-L5", "L5-S1"});
  CHECK(req.pelvis);
  CHECK(!req.evidence.empty());
  for (const auto& e : req.evidence) CHECK(e.reference == "ServiceRequest/sr-1");
}

TEST_CASE("requested levels: a level before its procedure, and decompression levels left out") {
  const auto order = parse_json(R"({"resourceType":"ServiceRequest","id":"sr-2",
    "code":{"text":"L4-5 TLIF; laminectomy L3-4"}})");
  const auto req = terminology::read_fusion_order(order).requested;
  CHECK(names(req.segments) == std::vector<std::string>{"L4-L5"});
  CHECK_FALSE(req.pelvis);
}

TEST_CASE("requested levels: body sites when the text names none") {
  const auto order = parse_json(R"({"resourceType":"ServiceRequest","id":"sr-3",
    "code":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"22633"}]},
    "bodySite":[{"coding":[{"system":"http://snomed.info/sct","code":"36470004"}]},
                {"coding":[{"system":"http://snomed.info/sct","code":"49668003"}]}]})");
  const auto req = terminology::read_fusion_order(order).requested;
  CHECK(names(req.segments) == std::vector<std::string>{"L3-L4", "L4-L5"});
}

TEST_CASE("the 63047 descriptor is no destabilizing plan; a stated bilateral facetectomy is") {
  const auto order = parse_json(kOrder);
  auto facts = terminology::extract_record_facts(&order, record_of("[]"));
  CHECK(facts.destabilizing.empty());
  const auto planned = parse_json(R"({"resourceType":"ServiceRequest","id":"sr-4",
    "code":{"text":"Posterior fusion L4-5"},
    "note":[{"text":"Plan: complete bilateral facetectomy at L4-5 to free both exiting roots."}]})");
  facts = terminology::extract_record_facts(&planned, record_of("[]"));
  REQUIRE(facts.destabilizing.size() == 1);
  CHECK(terminology::to_string(facts.destabilizing[0].segment) == "L4-L5");
  CHECK(facts.destabilizing[0].bilateral_or_total);
  CHECK(facts.destabilizing[0].quote.reference == "ServiceRequest/sr-4");
}

TEST_CASE("physical therapy: sessions, settings, regions and statuses") {
  const auto rec = record_of(R"([
    {"resourceType":"Encounter","id":"e-video","status":"finished","class":{"code":"VR"}},
    {"resourceType":"Procedure","id":"pt-1","status":"completed",
     "code":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"97110"}],"text":"Therapeutic exercise"},
     "performedDateTime":"2026-05-04"},
    {"resourceType":"Procedure","id":"pt-2","status":"completed",
     "code":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"97110"}],"text":"Therapeutic exercise"},
     "performedDateTime":"2026-05-11","encounter":{"reference":"Encounter/e-video"}},
    {"resourceType":"Procedure","id":"pt-3","status":"not-done",
     "code":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"97110"}],"text":"Therapeutic exercise"},
     "performedDateTime":"2026-05-18"},
    {"resourceType":"Procedure","id":"pt-4","status":"completed",
     "code":{"text":"Physical therapy, right knee"},"bodySite":[{"text":"Right knee"}],
     "performedPeriod":{"start":"2026-01-05","end":"2026-03-02"}}])");
  const auto facts = terminology::extract_record_facts(nullptr, rec);
  REQUIRE(facts.therapy.size() == 3);
  int in_person = 0, tele = 0, knee = 0;
  for (const auto& t : facts.therapy) {
    if (t.quote.reference == "Procedure/pt-1" &&
        t.setting == terminology::TherapySetting::in_person)
      ++in_person;
    if (t.quote.reference == "Procedure/pt-2" &&
        t.setting == terminology::TherapySetting::telehealth)
      ++tele;
    if (t.quote.reference == "Procedure/pt-4" && t.region == terminology::BodyRegion::other &&
        t.is_episode)
      ++knee;
  }
  CHECK(in_person == 1);
  CHECK(tele == 1);
  CHECK(knee == 1);
  // A visit not done neither counts nor is quoted.
  for (const auto& t : facts.therapy) CHECK(t.quote.reference != "Procedure/pt-3");
  for (const auto& t : facts.therapy_excluded) CHECK(t.quote.reference != "Procedure/pt-3");
}

TEST_CASE("status everywhere: excluded resources are never read, whatever their words") {
  const auto rec = record_of(R"([
    {"resourceType":"Condition","id":"c-resolved","clinicalStatus":{"coding":[{"code":"resolved"}]},
     "code":{"text":"Cauda equina syndrome"},"recordedDate":"2018-03-01"},
    {"resourceType":"Condition","id":"c-refuted","verificationStatus":{"coding":[{"code":"refuted"}]},
     "code":{"text":"Grade 2 spondylolisthesis L4-5"}},
    {"resourceType":"Condition","id":"c-inactive-text","clinicalStatus":{"text":"Inactive"},
     "code":{"text":"Lumbar radiculopathy"}},
    {"resourceType":"DiagnosticReport","id":"dr-eie","status":"entered-in-error",
     "code":{"text":"MRI lumbar spine"},"conclusion":"Severe central stenosis at L3-4."},
    {"resourceType":"DocumentReference","id":"doc-eie","status":"current","docStatus":"entered-in-error",
     "content":[{"attachment":{"contentType":"text/plain","data":"UGF0aWVudCB1bmFibGUgdG8gd2FsayBtb3JlIHRoYW4gb25lIGJsb2NrLg=="}}]},
    {"resourceType":"ServiceRequest","id":"sr-revoked","status":"revoked",
     "code":{"text":"XR lumbar flexion and extension"},"note":[{"text":"Patient unable to stand for the study."}]},
    {"resourceType":"Encounter","id":"enc-cancelled","status":"cancelled","type":[{"text":"Physical therapy visit"}]},
    {"resourceType":"Observation","id":"obs-cancelled","status":"cancelled",
     "code":{"text":"Oswestry Disability Index"},"valueQuantity":{"value":60,"unit":"%"}}])");
  const auto facts = terminology::extract_record_facts(nullptr, rec);
  CHECK(facts.findings.empty());
  CHECK(facts.urgent.empty());
  CHECK(facts.neural_conditions.empty());
  CHECK(facts.adl_limitation.empty());
  CHECK(facts.outcome_scores.empty());
  CHECK(facts.therapy.empty());
  CHECK(facts.therapy_excluded.empty());
  CHECK(facts.flexion_extension.empty());
}

TEST_CASE("therapy notes: month ranges and stated durations; a plan is not therapy received") {
  auto doc = [](const char* id, const std::string& text) {
    return std::string(R"({"resourceType":"DocumentReference","id":")") + id +
           R"(","status":"current","date":"2026-11-02T10:00:00Z","type":{"text":"PT note"},)" +
           R"("content":[{"attachment":{"contentType":"text/plain","data":")" +
           test::fhir_base64(text) + R"("}}]})";
  };
  const std::string json =
      "[" +
      doc("d-range",
          "Patient attended 7 weeks of in-person physical therapy, Sept\u2013Oct 2026, "
          "2 visits per week.") +
      "," +
      doc("d-months",
          "She finished a 10-week course of physical therapy, March through May 2026.") +
      "," + doc("d-plan", "Referral to physical therapy placed today: 2x/week x 6 weeks.") + "]";
  const auto rec = record_of(json.c_str());
  const auto facts = terminology::extract_record_facts(nullptr, rec);
  const terminology::TherapyItem* range = nullptr;
  const terminology::TherapyItem* months = nullptr;
  for (const auto& t : facts.therapy) {
    CHECK(t.quote.reference != "DocumentReference/d-plan");
    if (t.quote.reference == "DocumentReference/d-range") range = &t;
    if (t.quote.reference == "DocumentReference/d-months") months = &t;
  }
  REQUIRE(range);
  CHECK(range->end == "2026-10-31");
  CHECK(range->quote.document == "PT note");
  CHECK(range->quote.date == "2026-11-02");
  CHECK(range->stated_weeks == 7);
  REQUIRE(months);
  CHECK(months->end == "2026-05-31");
  CHECK(months->stated_weeks == 10);
}

TEST_CASE("reports: base64 text, flexion-extension films taken or not, ODI, injections") {
  // "Flexion and extension views were not obtained." in base64.
  const auto rec = record_of(R"([
    {"resourceType":"DiagnosticReport","id":"xr-1","status":"final",
     "code":{"text":"XR lumbar spine AP and lateral"},
     "presentedForm":[{"contentType":"text/plain","data":"RmxleGlvbiBhbmQgZXh0ZW5zaW9uIHZpZXdzIHdlcmUgbm90IG9idGFpbmVkLg=="}]},
    {"resourceType":"Observation","id":"odi-1","status":"final",
     "code":{"coding":[{"system":"http://loinc.org","code":"97909-6"}],"text":"Oswestry Disability Index"},
     "effectiveDateTime":"2026-10-01","valueQuantity":{"value":38,"unit":"%"}},
    {"resourceType":"Procedure","id":"inj-1","status":"completed",
     "code":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"64483"}],"text":"Transforaminal epidural steroid injection L5"},
     "performedDateTime":"2026-04-01"}])");
  const auto facts = terminology::extract_record_facts(nullptr, rec);
  CHECK(facts.flexion_extension.empty());
  REQUIRE(facts.flexion_extension_not_obtained.size() == 1);
  CHECK(facts.flexion_extension_not_obtained[0].reference == "DiagnosticReport/xr-1");
  REQUIRE(facts.outcome_scores.size() == 1);
  CHECK(facts.outcome_scores[0].value == 38);
  CHECK(facts.outcome_scores[0].date == "2026-10-01");
  REQUIRE(facts.injections.size() == 1);
  CHECK(facts.injections[0].reference == "Procedure/inj-1");
  CHECK(facts.therapy.empty());
}

TEST_CASE("a flexion-extension study coded as such counts as films") {
  const auto rec = record_of(R"([
    {"resourceType":"DiagnosticReport","id":"fe-1","status":"final",
     "code":{"coding":[{"system":"http://loinc.org","code":"24971-4"}],"text":"XR Lumbar spine Views W flexion and W extension"},
     "conclusion":"No abnormal motion."}])");
  const auto facts = terminology::extract_record_facts(nullptr, rec);
  REQUIRE(!facts.flexion_extension.empty());
  CHECK(facts.flexion_extension[0].reference == "DiagnosticReport/fe-1");
}

TEST_CASE("requested levels: each list of levels belongs to the procedure next to it") {
  struct Case {
    const char* text;
    std::vector<std::string> want;
  };
  const Case cases[] = {
      {"L3-4 decompression and L4-5 fusion", {"L4-L5"}},
      {"Laminectomy L3-4 and fusion L4-5", {"L4-L5"}},
      {"Fusion L4-5 and L5-S1 with decompression L3-4", {"L4-L5", "L5-S1"}},
      {"L4-S1 ALIF and PSF", {"L4-L5", "L5-S1"}},
      {"TLIF at L4/5 after prior L3-4 laminectomy", {"L4-L5"}},
  };
  for (const auto& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    rapidjson::Document order;
    order.SetObject();
    auto& al = order.GetAllocator();
    order.AddMember("resourceType", "ServiceRequest", al);
    order.AddMember("id", "sr-x", al);
    rapidjson::Value code(rapidjson::kObjectType);
    code.AddMember("text", rapidjson::StringRef(c.text), al);
    order.AddMember("code", code, al);
    CHECK(names(terminology::read_fusion_order(order).requested.segments) == c.want);
  }
}

TEST_CASE("an ODI written in a note, and a completed PT referral whose note states the course") {
  const auto rec = record_of(R"([
    {"resourceType":"DocumentReference","id":"note-1","status":"current","date":"2026-09-01",
     "content":[{"attachment":{"contentType":"text/plain",
       "data":"T3N3ZXN0cnkgZGlzYWJpbGl0eSBpbmRleCB0b2RheSBpcyAyMy81MC4="}}]},
    {"resourceType":"ServiceRequest","id":"ref-pt","status":"completed",
     "code":{"text":"Referral to physical therapy"},"authoredOn":"2026-03-01",
     "note":[{"text":"Completed 7 weeks of outpatient physical therapy in clinic from 2026-03-09 to 2026-04-20."}]}])");
  const auto facts = terminology::extract_record_facts(nullptr, rec);
  REQUIRE(facts.outcome_scores.size() == 1);
  CHECK(facts.outcome_scores[0].value == 46);
  CHECK(facts.outcome_scores[0].date == "2026-09-01");
  CHECK(facts.therapy_referrals.size() == 1);
  REQUIRE(facts.therapy.size() == 1);
  CHECK(facts.therapy[0].start == "2026-03-09");
  CHECK(facts.therapy[0].end == "2026-04-20");
  CHECK(facts.therapy[0].setting == terminology::TherapySetting::in_person);
}

TEST_CASE("HTML and RTF reports and the narrative are read as plain text, quotes without markup") {
  const auto rec = record_of(R"([
    {"resourceType":"DiagnosticReport","id":"mri-h","status":"final","category":[{"text":"Radiology"}],
     "code":{"text":"MRI lumbar spine"},
     "presentedForm":[{"contentType":"text/html","data":"PGh0bWw+PGJvZHk+PHA+RklORElOR1M6PC9wPjxwPkw0JiM4MjExOzU6Jm5ic3A7R3JhZGUmbmJzcDsxIGFudGVyb2xpc3RoZXNpcyBvZiBMNCBvbiBMNSBtZWFzdXJpbmcgNSZuYnNwO21tLjwvcD48cD5MNS1TMTogTm8gc3Rlbm9zaXMuPC9wPjwvYm9keT48L2h0bWw+"}]},
    {"resourceType":"DocumentReference","id":"doc-r","status":"current",
     "type":{"text":"MRI lumbar spine"},
     "content":[{"attachment":{"contentType":"text/rtf","data":"e1xydGYxXGFuc2l7XGZvbnR0Ymx7XGYwIEFyaWFsO319XGYwIElNUFJFU1NJT046XHBhciBMM1wnOTY0OiBzZXZlcmUgY2VudHJhbCBjYW5hbCBzdGVub3Npcy5ccGFyfQ=="}}]},
    {"resourceType":"DiagnosticReport","id":"ct-n","status":"final","code":{"text":"CT lumbar spine"},
     "text":{"status":"generated","div":"<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>L2&#8211;3: moderate foraminal stenosis.</p></div>"}}])");
  const auto facts = terminology::extract_record_facts(nullptr, rec);
  auto find = [&](const std::string& ref,
                  terminology::FindingKind kind) -> const terminology::RecordFinding* {
    for (const auto& f : facts.findings) {
      if (f.quote.reference == ref && f.finding.kind == kind) return &f;
    }
    return nullptr;
  };
  const auto* slip = find("DiagnosticReport/mri-h", terminology::FindingKind::spondylolisthesis);
  REQUIRE(slip);
  CHECK(names(slip->finding.segments) == std::vector<std::string>{"L4-L5"});
  CHECK(slip->quote.text.find("&#") == std::string::npos);
  CHECK(slip->quote.text.find("&nbsp;") == std::string::npos);
  CHECK(slip->quote.text.find('<') == std::string::npos);
  // Quotes name their source as a clinician would.
  CHECK(slip->quote.document == "MRI lumbar spine");
  const auto* rtf = find("DocumentReference/doc-r", terminology::FindingKind::stenosis);
  REQUIRE(rtf);
  CHECK(names(rtf->finding.segments) == std::vector<std::string>{"L3-L4"});
  CHECK(rtf->quote.text.find('\\') == std::string::npos);
  const auto* div = find("DiagnosticReport/ct-n", terminology::FindingKind::stenosis);
  REQUIRE(div);
  CHECK(names(div->finding.segments) == std::vector<std::string>{"L2-L3"});
}

TEST_CASE("a finding's evidence keeps the byte span of its words in the text it was read from") {
  // The µ, the degree sign and the en dashes are multi-byte: a code point
  // offset would cut the conclusion short of the quoted words.
  const std::string conclusion =
      "Dose 2 \xC2\xB5Sv \xE2\x80\x93 angulation 12\xC2\xB0 at L3\xE2\x80\x93"
      "4; severe central stenosis at L4\xE2\x80\x93"
      "5.";
  const std::string json =
      R"([{"resourceType":"DiagnosticReport","id":"dr-1","status":"final",
           "code":{"text":"MRI lumbar spine"},"conclusion":")" +
      conclusion + R"("}])";
  const auto rec = record_of(json.c_str());
  const auto facts = terminology::extract_record_facts(nullptr, rec);
  const terminology::RecordFinding* stenosis = nullptr;
  for (const auto& f : facts.findings) {
    if (f.finding.kind == terminology::FindingKind::stenosis) stenosis = &f;
  }
  REQUIRE(stenosis != nullptr);
  CHECK(stenosis->quote.reference == "DiagnosticReport/dr-1");
  const auto& span = stenosis->finding;
  REQUIRE(span.span_end <= conclusion.size());
  const std::string words = conclusion.substr(span.span_begin, span.span_end - span.span_begin);
  CHECK(words ==
        "severe central stenosis at L4\xE2\x80\x93"
        "5");
  CHECK(stenosis->quote.text.find(words) != std::string::npos);
}
