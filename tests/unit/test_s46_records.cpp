// Records as session 46's outside case writers sent them (a US community
// hospital whose reports reach FHIR through an HL7 v2 interface, a Brazilian
// private hospital, an Epic OpTime surgical case request, a Medicare
// Advantage plan's prior-authorisation packet, a Singapore public cluster, a
// Dutch academic hospital): report text sent as OBX lines, an order named
// again in a pre-operative note, an unsided mention of a root, orders in
// Portuguese and Dutch, an alternative weighed in an order's note. Each case
// is a wording of the class written fresh (not taken from the cases).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "criteria/assess.h"
#include "support/assessment_fixtures.h"
#include "support/order_fixtures.h"
#include "support/policy_files.h"
#include "support/record_fixtures.h"
#include "terminology/record_facts.h"

using namespace spinecds;
using terminology::FindingKind;
using terminology::RecordFacts;
using terminology::RecordFinding;
using terminology::Segment;
using terminology::SourceKind;
using test::criterion;
using test::seg;

namespace {

// A report of `status` and accession `acc` whose text is the OBX lines
// `obs` (Observations in the record, each one line).
std::string line_report(const std::string& id, const std::string& status, const std::string& acc,
                        const std::vector<std::string>& lines) {
  std::string out;
  std::string results;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string oid = id + "-l" + std::to_string(i);
    out += R"({"resourceType":"Observation","id":")" + oid + R"(","status":")" + status +
           R"(","code":{"text":"REPORT TEXT"},"effectiveDateTime":"2026-09-10","valueString":")" +
           lines[i] + R"("},)";
    results += std::string(i == 0 ? "" : ",") + R"({"reference":"Observation/)" + oid + R"("})";
  }
  return out + R"({"resourceType":"DiagnosticReport","id":")" + id + R"(","status":")" + status +
         R"(","identifier":[{"value":")" + acc +
         R"("}],"category":[{"text":"Radiology"}],"code":{"text":"MRI LUMBAR SPINE WO CONTRAST"},)"
         R"("effectiveDateTime":"2026-09-10","result":[)" +
         results + "]}";
}

bool has(const RecordFacts& f, FindingKind kind, const char* s, bool negated = false) {
  for (const auto& rf : f.findings) {
    if (rf.finding.kind != kind || rf.finding.negated != negated) continue;
    for (auto g : rf.finding.segments) {
      if (g == seg(s)) return true;
    }
  }
  return false;
}

criteria::Assessment run(const RecordFacts& f, const char* family, const char* approach) {
  return test::assess_facts(f, family, approach);
}

}  // namespace

TEST_CASE("s46: a report sent as OBX lines is read as one text, a superseded read with it") {
  // The hedge on one line, the finding it hedges on the next.
  const auto hedged =
      test::facts_of("[" +
                     line_report("prelim", "preliminary", "A77",
                                 {"L4-5: 4 MM ANTEROLISTHESIS IN FLEXION, CONCERNING FOR",
                                  "SEGMENTAL INSTABILITY", "AT L4-5."}) +
                     "]");
  for (const auto& rf : hedged.findings) {
    if (rf.finding.kind == FindingKind::instability) {
      CHECK(rf.finding.uncertain);
      CHECK(rf.quote.reference == "DiagnosticReport/prelim");
    }
  }
  // The final read of the same accession replaces the preliminary one,
  // lines and all.
  const auto both = test::facts_of(
      "[" +
      line_report("prelim", "preliminary", "A78",
                  {"L5-S1: MODERATE RIGHT FORAMINAL", "STENOSIS."}) +
      "," +
      line_report("final", "final", "A78",
                  {"L5-S1: SMALL PROTRUSION AND", "MILD RIGHT FORAMINAL NARROWING."}) +
      "]");
  bool mild = false;
  for (const auto& rf : both.findings) {
    if (rf.finding.kind != FindingKind::stenosis) continue;
    CHECK(rf.quote.reference == "DiagnosticReport/final");
    mild = mild || rf.finding.severity == terminology::Severity::mild;
  }
  CHECK(mild);
  CHECK(has(both, FindingKind::stenosis, "L5-S1"));
}

TEST_CASE("s46: a lab report's result given as a word is still read by its code") {
  const auto f = test::facts_of(R"([
    {"resourceType":"Observation","id":"cot","status":"final",
     "code":{"coding":[{"system":"http://loinc.org","code":"10366-3"}],"text":"Cotinine, urine"},
     "effectiveDateTime":"2026-10-01","valueString":"POSITIVE"},
    {"resourceType":"DiagnosticReport","id":"lab","status":"final",
     "code":{"text":"Nicotine metabolites panel"},"effectiveDateTime":"2026-10-01",
     "result":[{"reference":"Observation/cot"}]}])");
  REQUIRE_FALSE(f.cotinine.empty());
  CHECK(f.cotinine.front().positive == true);
}

TEST_CASE("s46: a pre-operative note naming the ordered fusion is no earlier fusion") {
  RecordFacts f;
  f.order = "ServiceRequest/tlif";
  f.region = terminology::FusionRegion::lumbar;
  f.requested.segments = {seg("L4-L5"), seg("L5-S1")};
  f.requested.pelvis = true;
  RecordFinding plan;
  plan.finding.kind = FindingKind::prior_fusion;
  plan.finding.segments = {seg("L4-L5"), seg("L5-S1")};
  plan.source = SourceKind::clinical;
  plan.date = "2026-11-12";
  plan.quote = {"DocumentReference/anes", "Procedure: TLIF L4-S1 with S2AI screws, surgery 12/22",
                "Anesthesia pre-procedure evaluation", "2026-11-12"};
  f.findings.push_back(plan);
  const auto revision = [&] {
    return criterion(run(f, "lumbar-fusion", ""), "pelvic-fixation.indication")
               .summary.find("revision of a prior fusion") != std::string::npos;
  };
  CHECK_FALSE(revision());
  // Told as history, with its year, it is the revision it says.
  f.findings.back().quote.text = "TLIF L4-S1 in 2019, now with loosening of the S1 screws";
  f.findings.back().finding.historical = true;
  CHECK(revision());
}

TEST_CASE("s46: a root named without a side does not widen a side named elsewhere") {
  RecordFacts f;
  f.order = "ServiceRequest/acdf";
  f.region = terminology::FusionRegion::cervical;
  f.requested.segments = {seg("C6-C7")};
  auto root = [](const char* side, const char* text) {
    RecordFinding r;
    r.finding.kind = FindingKind::radiculopathy;
    r.finding.root = "C7";
    if (side[0] != '\0') r.finding.side = side;
    r.source = SourceKind::clinical;
    r.date = "2026-10-01";
    r.quote = {"DocumentReference/note", text, "Clinic note", "2026-10-01"};
    return r;
  };
  f.findings.push_back(root("right", "right C7 radiculopathy"));
  f.findings.push_back(root("", "MRI: C6/7 disc with C7 root compression, correlates"));
  RecordFinding disc;
  disc.finding.kind = FindingKind::disc_herniation;
  disc.finding.segments = {seg("C6-C7")};
  disc.finding.side = "left";
  disc.finding.location = "foraminal";
  disc.source = SourceKind::imaging;
  disc.date = "2026-09-20";
  disc.quote = {"DiagnosticReport/mri",
                "left foraminal C6-7 extrusion compressing the left C7 root", "MRI cervical spine",
                "2026-09-20"};
  f.findings.push_back(disc);
  const auto a = run(f, "cervical-fusion", "anterior");
  REQUIRE_FALSE(a.levels.empty());
  CHECK_FALSE(a.levels.front().concordant);
  // With no side named anywhere, the unsided root still matches.
  f.findings.erase(f.findings.begin());
  CHECK(run(f, "cervical-fusion", "anterior").levels.front().concordant);
}

TEST_CASE("s46: orders in Portuguese and Dutch, and an alternative weighed in a note") {
  test::check_order({"",
                     test::OrderField::code_text,
                     "Artrodese lombar L3-L5 via posterior com instrumentacao",
                     {"L3-L4", "L4-L5"}});
  // An imaging order after the fusion is no fusion.
  CHECK(
      test::read_order({"", test::OrderField::code_text, "RM de controle pos-artrodese L4-L5", {}})
          .region == terminology::FusionRegion::none);
  // A disc prosthesis whose note weighs an ACDF and denies a fusion.
  const auto d = test::parse_json(R"({"resourceType":"ServiceRequest","id":"cda","status":"draft",
    "code":{"text":"Cervicale discusprothese C5-C6"},
    "note":[{"text":"ACDF als alternatief besproken; patient kiest een prothese. Geen fusie."}]})");
  const auto o = terminology::read_fusion_order(d);
  CHECK(o.region == terminology::FusionRegion::none);
  CHECK(o.arthroplasty);
  const auto e = test::parse_json(R"({"resourceType":"ServiceRequest","id":"cda2",
    "status":"draft","code":{"text":"Cervical disc arthroplasty C5-C6"},
    "note":[{"text":"ACDF discussed as an alternative. No fusion."}]})");
  CHECK(terminology::read_fusion_order(e).region == terminology::FusionRegion::none);
  // Dutch approach words.
  const auto p = test::parse_json(R"({"resourceType":"ServiceRequest","id":"pcf",
    "status":"draft","code":{"text":"Posterieure spondylodese C3-C6"}})");
  CHECK(terminology::read_fusion_order(p).approach == terminology::Approach::posterior);
}

TEST_CASE("s46: a visit coded as physical therapy is therapy whatever its words") {
  std::string encounters = "[";
  for (int w = 0; w < 8; ++w) {
    const std::string day =
        "2026-0" + std::to_string(7 + w / 4) + "-" + std::to_string(10 + (w % 4) * 7);
    encounters += std::string(w ? "," : "") + R"({"resourceType":"Encounter","id":"e)" +
                  std::to_string(w) + R"(","status":"finished","class":{"code":"AMB"},)" +
                  R"("type":[{"coding":[{"system":"http://snomed.info/sct","code":"91251008"}],)" +
                  R"("text":"Fysiotherapie behandeling"}],"period":{"start":")" + day + R"("}})";
  }
  const auto f = test::facts_of(encounters + "]");
  CHECK(f.therapy.size() == 8);
}

TEST_CASE("s46: a course told with the year it happened is dated in that year") {
  const auto old = test::facts_of(
      "[" +
      test::note_document("hp", "2026-08-20",
                          "She had physical therapy for low back pain in 2019 (about 6 weeks).") +
      "]");
  REQUIRE_FALSE(old.therapy.empty());
  CHECK(old.therapy.front().end == "2019-12-31");
  // A year of something else, in another clause, dates nothing.
  const auto other = test::facts_of(
      "[" +
      test::note_document("hp3", "2026-08-20",
                          "Back pain since a lifting injury in 2019; completed 6 weeks of PT.") +
      "]");
  REQUIRE_FALSE(other.therapy.empty());
  CHECK(other.therapy.front().end == "2026-08-20");
  // Without a year it ends at the note, as before.
  const auto recent = test::facts_of(
      "[" + test::note_document("hp2", "2026-08-20", "Physical therapy for 6 weeks, no relief.") +
      "]");
  REQUIRE_FALSE(recent.therapy.empty());
  CHECK(recent.therapy.front().end == "2026-08-20");
}
