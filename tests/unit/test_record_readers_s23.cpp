// Record readers on shapes of session 23's cases: stopped sessions, month-only
// periods and timing bounds, visit counts, claim lines, reports the readers
// cannot read, and a final report replaced by a corrected one.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "fhir/record.h"
#include "support/fhir_base64.h"
#include "support/record_fixtures.h"
#include "terminology/record_facts.h"

using namespace spinecds;
using spinecds::test::facts_of;
using spinecds::test::fhir_base64;

namespace {

bool reads(const terminology::RecordFacts& f, const char* ref) {
  return std::any_of(f.findings.begin(), f.findings.end(),
                     [&](const auto& rf) { return rf.quote.reference == ref; });
}

constexpr const char* kSession =
    R"({"resourceType":"Procedure","id":"%ID%","status":"%STATUS%",
        "code":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"97110"}],
                "text":"Therapeutic exercise, lumbar"},%WHEN%})";

std::string session(const std::string& id, const std::string& status, const std::string& when) {
  std::string s = kSession;
  s.replace(s.find("%ID%"), 4, id);
  s.replace(s.find("%STATUS%"), 8, status);
  s.replace(s.find("%WHEN%"), 6, when);
  return s;
}

}  // namespace

TEST_CASE("a PT session stopped before it was finished is not therapy received") {
  const auto f =
      facts_of("[" + session("done", "completed", R"("performedDateTime":"2026-03-23")") + "," +
               session("stop", "stopped", R"("performedDateTime":"2026-03-30")") + "," +
               session("course", "stopped",
                       R"("performedPeriod":{"start":"2026-01-05","end":"2026-02-20"})") +
               "]");
  // The completed session and the stopped course (received up to the day it
  // stopped) count; the stopped session is listed as excluded.
  REQUIRE(f.therapy.size() == 2);
  CHECK(f.therapy[0].end == "2026-03-23");
  CHECK(f.therapy[1].start == "2026-01-05");
  CHECK(f.therapy[1].end == "2026-02-20");
  REQUIRE(f.therapy_excluded.size() == 1);
  CHECK(f.therapy_excluded[0].quote.reference == "Procedure/stop");
  CHECK(f.therapy_excluded[0].reason == "status stopped");
}

TEST_CASE("a month-only performedPeriod runs from the first to the last day of its months") {
  const auto f = facts_of(
      "[" + session("p", "completed", R"("performedPeriod":{"start":"2026-04","end":"2026-05"})") +
      "," +
      session("q", "completed",
              R"("performedPeriod":{"start":"2026-06-01T08:00:00-04:00","end":"2026-07"})") +
      "]");
  REQUIRE(f.therapy.size() == 2);
  CHECK(f.therapy[0].start == "2026-04-01");
  CHECK(f.therapy[0].end == "2026-05-31");
  CHECK(f.therapy[1].start == "2026-06-01");
  CHECK(f.therapy[1].end == "2026-07-31");
}

TEST_CASE("a completed PT request is a course over its timing's bounds; one on hold is a plan") {
  auto request = [](const char* id, const char* status) {
    return std::string(R"({"resourceType":"ServiceRequest","id":")") + id + R"(","status":")" +
           status + R"(","intent":"order",
      "code":{"text":"PT Evaluate and Treat"},
      "occurrenceTiming":{"repeat":{"boundsPeriod":{"start":"2026-04-06","end":"2026-06-12"},
                                    "frequency":2,"period":1,"periodUnit":"wk"}}})";
  };
  auto f = facts_of("[" + request("done", "completed") + "]");
  REQUIRE(f.therapy.size() == 1);
  CHECK(f.therapy[0].start == "2026-04-06");
  CHECK(f.therapy[0].end == "2026-06-12");
  f = facts_of("[" + request("held", "on-hold") + "]");
  CHECK(f.therapy.empty());
  CHECK(f.therapy_referrals.size() == 1);
}

TEST_CASE("a count of PT visits over a span is a course; none, or no span, is not") {
  auto count = [](const char* id, int n, const char* when) {
    return std::string(R"({"resourceType":"Observation","id":")") + id +
           R"(","status":"final","code":{"text":"Physical therapy visits attended"},
      "valueInteger":)" +
           std::to_string(n) + "," + when + "}";
  };
  auto f = facts_of(
      "[" + count("c", 16, R"("effectivePeriod":{"start":"2026-04-06","end":"2026-06-12"})") + "]");
  REQUIRE(f.therapy.size() == 1);
  CHECK(f.therapy[0].start == "2026-04-06");
  CHECK(f.therapy[0].end == "2026-06-12");
  CHECK(f.therapy[0].quote.text.find("16") != std::string::npos);
  f = facts_of("[" +
               count("z", 0, R"("effectivePeriod":{"start":"2026-04-06","end":"2026-06-12"})") +
               "," + count("d", 12, R"("effectiveDateTime":"2026-06-12")") + "]");
  CHECK(f.therapy.empty());
}

TEST_CASE("PT lines of a claim are sessions on their service dates") {
  const auto f = facts_of(R"([
    {"resourceType":"Claim","id":"c","status":"active","use":"claim","created":"2026-06-01",
     "item":[
       {"sequence":1,"productOrService":{"coding":[{"system":"http://www.ama-assn.org/go/cpt",
          "code":"97110","display":"Therapeutic exercises"}]},"servicedDate":"2026-04-06"},
       {"sequence":2,"productOrService":{"coding":[{"system":"http://www.ama-assn.org/go/cpt",
          "code":"97140"}]},"servicedDate":"2026-04-13",
        "modifier":[{"coding":[{"code":"95"}]}]},
       {"sequence":3,"productOrService":{"coding":[{"system":"http://www.ama-assn.org/go/cpt",
          "code":"98940"}]},"servicedDate":"2026-04-20"},
       {"sequence":4,"productOrService":{"coding":[{"system":"http://www.ama-assn.org/go/cpt",
          "code":"97110"}]}}]},
    {"resourceType":"Claim","id":"pa","status":"active","use":"preauthorization",
     "item":[{"sequence":1,"productOrService":{"coding":[{"system":"http://www.ama-assn.org/go/cpt",
          "code":"97110"}]},"servicedDate":"2026-07-06"}]}])");
  // Chiropractic manipulation, an undated line and a preauthorization are
  // no therapy received; modifier 95 is telehealth.
  REQUIRE(f.therapy.size() == 2);
  CHECK(f.therapy[0].start == "2026-04-06");
  CHECK(f.therapy[0].setting == terminology::TherapySetting::in_person);
  CHECK(f.therapy[0].quote.reference == "Claim/c");
  CHECK(f.therapy[1].setting == terminology::TherapySetting::telehealth);
}

TEST_CASE("a report whose only content is a PDF is a gap, not a report that found nothing") {
  const std::string pdf = fhir_base64("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n");
  auto report = [&](const char* id, const std::string& rest) {
    return std::string(R"({"resourceType":"DiagnosticReport","id":")") + id +
           R"(","status":"final","code":{"text":"MRI LUMBAR SPINE"},"presentedForm":[)" +
           R"({"contentType":"application/pdf","data":")" + pdf + "\"}" + rest;
  };
  auto f = facts_of("[" + report("only", "]}") + "]");
  REQUIRE(f.unread.size() == 1);
  CHECK(f.unread[0].key == "diagnosticReports");
  // The reason reaches the card: the report as clinicians name it, no resource id.
  CHECK(f.unread[0].reason == "MRI LUMBAR SPINE is only a PDF, which could not be read");
  // Beside a text form, a conclusion or a coded conclusion, the PDF is a rendition.
  f = facts_of("[" +
               report("text", R"(,{"contentType":"text/plain","data":")" +
                                  fhir_base64("L4-5: no stenosis.") + "\"}]}") +
               "," + report("concl", R"(],"conclusion":"No stenosis."})") + "," +
               report("coded", R"(],"conclusionCode":[{"text":"Severe stenosis at L4-5"}]})") +
               "]");
  CHECK(f.unread.empty());
  f = facts_of(R"([{"resourceType":"DocumentReference","id":"scan","status":"current",
    "type":{"text":"Outside MRI report"},
    "content":[{"attachment":{"contentType":"image/tiff","data":")" +
               pdf + R"("}}]}])");
  REQUIRE(f.unread.size() == 1);
  CHECK(f.unread[0].key == "documents");
  CHECK(f.unread[0].reason == "Outside MRI report is only an image, which could not be read");
}

TEST_CASE("a final report is not read when a later corrected report of the study replaces it") {
  auto report = [&](const char* id, const char* status, const char* issued, const char* text) {
    return std::string(R"({"resourceType":"DiagnosticReport","id":")") + id + R"(","status":")" +
           status + R"(","identifier":[{"value":"RAD-1"}],
      "code":{"text":"MRI LUMBAR SPINE"},"effectiveDateTime":"2026-08-10","issued":")" +
           issued + R"(","presentedForm":[{"contentType":"text/plain","data":")" +
           fhir_base64(text) + "\"}]}";
  };
  const char* wrong = "L3-4: Severe central canal stenosis.";
  const char* right = "L4-5: Severe central canal stenosis.";
  auto f = facts_of("[" + report("fin", "final", "2026-08-10T16:00:00Z", wrong) + "," +
                    report("cor", "corrected", "2026-08-12T09:30:00Z", right) + "]");
  CHECK_FALSE(reads(f, "DiagnosticReport/fin"));
  CHECK(reads(f, "DiagnosticReport/cor"));
  // An appended report adds to the final one; both are read.
  f = facts_of("[" + report("fin", "final", "2026-08-10T16:00:00Z", wrong) + "," +
               report("app", "appended", "2026-08-12T09:30:00Z", right) + "]");
  CHECK(reads(f, "DiagnosticReport/fin"));
  CHECK(reads(f, "DiagnosticReport/app"));
}
