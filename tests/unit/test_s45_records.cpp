// Records as session 45's outside case writers sent them (an Indian hospital
// on ABDM-shaped FHIR, a pain practice's prior-authorisation packet, a
// digital musculoskeletal programme, an Australian private hospital, a
// Japanese university hospital, a US trauma centre): fractures at named
// levels, therapy away from the clinic, FHIR documents inside a search,
// spans told rather than attended, a patient's own message. Each case is a
// wording of the class written fresh (not taken from the cases).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "support/fhir_base64.h"
#include "support/json_fixtures.h"
#include "support/record_fixtures.h"
#include "terminology/record_facts.h"
#include "terminology/text_sources.h"

using namespace spinecds::terminology;
using spinecds::test::facts_of;
using spinecds::test::fhir_base64;
using spinecds::test::note_document;
using spinecds::test::parse_json;

namespace {

std::string segments_of(const SpinalLesion& l) {
  std::string out;
  for (auto s : l.segments) out += (out.empty() ? "" : ",") + to_string(s);
  return out;
}

}  // namespace

TEST_CASE("s45: a fracture, tumour or infection at named levels is a lesion there") {
  const auto facts =
      facts_of("[" +
               note_document("ct1", "2026-10-02",
                             "IMPRESSION: Acute C6-C7 bilateral facet fracture-dislocation.\n"
                             "Acute L2 burst fracture with retropulsion.\n"
                             "Discitis-osteomyelitis at L3-4.\n"
                             "No acute fracture at C5.\n"
                             "Healed C7 spinous process fracture.\n"
                             "Chronic T12 compression fracture.\n"
                             "Fractured right S1 pedicle screw.\n"
                             "Left distal radius fracture.") +
               "]");
  std::vector<std::string> got;
  for (const auto& l : facts.lesions) {
    got.push_back(std::string(to_string(l.kind)) + " " + segments_of(l));
  }
  std::sort(got.begin(), got.end());
  CHECK(got == std::vector<std::string>{"infection L3-L4", "trauma C6-C7", "trauma L1-L2,L2-L3"});
}

TEST_CASE("s45: a device's or an app's therapy sessions are not in person") {
  const auto facts = facts_of(R"J([{"resourceType":"Observation","id":"app1","status":"final",
    "code":{"text":"Exercise therapy sessions (week)"},"effectiveDateTime":"2026-06-08",
    "valueQuantity":{"value":4,"unit":"sessions"},"device":{"display":"Stride mobile app"},
    "note":[{"text":"Physical therapy exercise sessions for the low back."}]}])J");
  REQUIRE_FALSE(facts.therapy.empty());
  for (const auto& t : facts.therapy) CHECK(t.setting != TherapySetting::in_person);
}

TEST_CASE("s45: a FHIR document as a JSON attachment is read by its narrative") {
  const std::string doc = R"J({"resourceType":"Bundle","type":"document","entry":[
    {"resource":{"resourceType":"Composition","status":"final","title":"OP Consultation",
     "section":[{"title":"Chief complaints",
       "text":{"div":"<div>Left L5 radiculopathy &amp; low back pain x 6 mths</div>"}}]}}]})J";
  const auto v =
      parse_json(R"({"contentType":"application/fhir+json","data":")" + fhir_base64(doc) + R"("})");
  const auto text = attachment_text(v);
  CHECK(text.find("Left L5 radiculopathy & low back pain") != std::string::npos);
  CHECK(text.find("resourceType") == std::string::npos);
}

TEST_CASE("s45: HTML entities a table lacks never reach a quote") {
  const auto v =
      parse_json(R"({"contentType":"text/html","data":")" +
                 fhir_base64("<p>L4-5 slip 5 &rarr; 9 mm &ge; 3 mm &zzfoo; ok</p>") + R"("})");
  const auto text = attachment_text(v);
  CHECK(text.find("&") == std::string::npos);
  CHECK(text.find("\u2192") != std::string::npos);
  CHECK(text.find("\u2265") != std::string::npos);
}

TEST_CASE("s45: a span of therapy told in months gives way to the sessions dated inside it") {
  std::string sessions;
  for (const char* d : {"2026-02-02", "2026-02-04", "2026-02-09", "2026-02-16"}) {
    sessions += R"(,{"resourceType":"Procedure","id":"pt-)" + std::string(d) +
                R"(","status":"completed","code":{"text":"Physical therapy session, lumbar"},)"
                R"("performedDateTime":")" +
                d + R"("})";
  }
  const auto facts =
      facts_of("[" + note_document("n1", "2026-05-01", "Did physical therapy in Feb-Mar 2026.") +
               sessions + "]");
  bool clipped = false;
  for (const auto& t : facts.therapy) {
    if (!t.told) continue;
    CHECK(t.start == "2026-02-02");
    CHECK(t.end == "2026-02-16");
    clipped = true;
  }
  CHECK(clipped);
}

TEST_CASE("s45: a patient's own message says nothing of a segment, its symptoms still count") {
  const auto facts =
      facts_of(R"J([{"resourceType":"DocumentReference","id":"msg1",
    "status":"current","date":"2026-08-01",
    "type":{"text":"Patient communication - portal message"},
    "content":[{"attachment":{"contentType":"text/plain","data":")J" +
               fhir_base64("He said L5-S1 is unstable too. My left leg is numb.") + R"J("}}]}])J");
  bool any = false;
  for (const auto& rf : facts.findings) {
    any = true;
    CHECK(rf.source == SourceKind::patient);
  }
  CHECK(any);
}
