// Session 29 therapy in records (s28 outside records ehr-159, cerv-104): the
// lines of a therapy document that name no region (its heading, the
// therapist's signature) treated what its diagnosis lines say; a document
// that states its span of care is not another session on the day it was
// written; weeks stated inside a month range that holds dated sessions are
// those sessions told again.
#include <doctest/doctest.h>

#include <string>

#include "criteria/policy.h"
#include "criteria/pt_episodes.h"
#include "support/fhir_base64.h"
#include "support/terminology_fixtures.h"
#include "terminology/record_facts.h"

using namespace spinecds;
using spinecds::test::fhir_base64;
using spinecds::test::record_of;
using terminology::BodyRegion;

namespace {

const criteria::Profile& profile() {
  static const criteria::Policy p = *criteria::load_policy(criteria::default_policy_text()).policy;
  return p.profile("default");
}

// One DocumentReference holding `text`, of type `type`, written on `date`.
std::string document(const std::string& id, const std::string& type, const std::string& date,
                     const std::string& text, const std::string& description = "") {
  return R"({"resourceType":"DocumentReference","id":")" + id +
         R"(","status":"current","type":{"text":")" + type + R"("},"date":")" + date + R"(",)" +
         (description.empty() ? "" : R"("description":")" + description + R"(",)") +
         R"("content":[{"attachment":{"contentType":"text/plain","data":")" + fhir_base64(text) +
         R"("}}]})";
}

terminology::RecordFacts facts_of(const std::string& resources) {
  return terminology::extract_record_facts(nullptr, record_of("[" + resources + "]"));
}

// A CPT-coded session on `date`.
std::string session(const std::string& id, const std::string& date) {
  return R"({"resourceType":"Procedure","id":")" + id +
         R"(","status":"completed","code":{"coding":[{"system":"http://www.ama-assn.org/go/cpt",)"
         R"("code":"97110"}],"text":"Therapeutic exercise"},"performedDateTime":")" +
         date + R"("})";
}

}  // namespace

TEST_CASE("a therapy document's heading and signature treated what its diagnosis line names") {
  struct Variant {
    const char* text;
    const char* description;
    BodyRegion region;
  };
  const Variant variants[] = {
      {"SUMMIT REHAB PHYSICAL THERAPY - FINAL NOTE\nReferring diagnosis: left knee "
       "patellofemoral pain\nProgram: quad sets, step-downs.\nJ. Okafor, PT",
       "", BodyRegion::other},
      {"Physical therapy progress report\nTreatment diagnosis: R hip osteoarthritis, M16.11\n"
       "Neck: not assessed.\nM. Reyes, DPT",
       "", BodyRegion::other},
      {"Outpatient physical therapy summary\nVisits to date: 9\nT. Lindqvist, PT, OCS",
       "PT progress summary - right shoulder", BodyRegion::other},
      {"Harbor Physical Therapy discharge\nDx: M54.2 cervicalgia\nA. Novak, PT", "",
       BodyRegion::cervical},
      {"Physiotherapy discharge letter\nDiagnosis: lumbar radiculopathy L5\nB. Osei, PT", "",
       BodyRegion::lumbar},
  };
  for (const auto& v : variants) {
    CAPTURE(v.text);
    const auto f = facts_of(document("d", "Outside records", "2026-06-30", v.text, v.description));
    REQUIRE_FALSE(f.therapy.empty());
    for (const auto& t : f.therapy) {
      CAPTURE(t.quote.text);
      CHECK(t.region == v.region);
    }
  }
  // No diagnosis line: the heading stays unspecified (counts for either spine).
  const auto plain = facts_of(
      document("d", "Outside records", "2026-06-30", "Physical therapy daily note\nK. Berg, PT"));
  REQUIRE_FALSE(plain.therapy.empty());
  for (const auto& t : plain.therapy) CHECK(t.region == BodyRegion::unspecified);
}

TEST_CASE("shoulder therapy's heading and signature count for neither spine") {
  const auto f = facts_of(document(
      "d", "Rehab discharge", "2026-07-14",
      "NORTHSIDE PHYSICAL THERAPY - DISCHARGE\nReferring dx: partial rotator cuff tear, right\n"
      "Pt seen for the right shoulder.\nNeck: not evaluated or treated.\nP. Silva, PT, DPT"));
  const auto pt = criteria::analyse_pt(f, profile(), "2026-11-20");
  CHECK(pt.best_weeks == 0);
  CHECK(pt.counted.empty());
}

TEST_CASE("a note that states its span of care is not a session on the day it was written") {
  const char* notes[] = {
      "Ridgeview PT - discharge (non-attendance)\nDx: low back pain\nPatient attended 5 visits "
      "(05/04/2026 through 06/01/2026). Two no-shows; discharged from physical therapy.\n"
      "H. Park, PT",
      "PHYSICAL THERAPY DISCHARGE SUMMARY\nDiagnosis: lumbar stenosis\nPhysical therapy from "
      "05/04/2026 to 06/01/2026, 8 sessions. Stopped attending.\nC. Dube, DPT",
  };
  for (const char* text : notes) {
    CAPTURE(text);
    const auto f = facts_of(document("d", "Physical therapy note", "2026-06-19", text));
    const auto pt = criteria::analyse_pt(f, profile(), "2026-11-20");
    CHECK(pt.best_weeks == 5);
    CHECK(pt.best_last == "2026-06-01");
  }
  // A daily note with no span of its own is a session on its date.
  const auto daily =
      facts_of(session("s1", "2026-05-04") + "," + session("s2", "2026-05-25") + "," +
               document("d", "Physical therapy note", "2026-06-12",
                        "Physical therapy daily note\nDx: low back pain\nL. Amsel, PT"));
  CHECK(criteria::analyse_pt(daily, profile(), "2026-11-20").best_last == "2026-06-12");
}

TEST_CASE("weeks stated inside a month range that holds dated sessions start with them") {
  const std::string sessions = session("s1", "2026-04-01") + "," + session("s2", "2026-04-08") +
                               "," + session("s3", "2026-04-15") + ",";
  const char* notes[] = {
      "Back pain: did PT in March-April 2026 for about 3 weeks, then stopped.",
      "Lumbar PT April-May 2026, roughly 3 weeks.",
  };
  for (const char* text : notes) {
    CAPTURE(text);
    const auto f = facts_of(sessions + document("n", "Progress note", "2026-06-10", text));
    const auto pt = criteria::analyse_pt(f, profile(), "2026-11-20");
    CHECK(pt.best_weeks == 3);
    CHECK(pt.best_first == "2026-04-01");
  }
  // Without dated sessions in the range the weeks still end with it.
  const auto alone = facts_of(document("n", "Progress note", "2026-06-10",
                                       "Back pain: did PT in March-April 2026 for 6 weeks."));
  const auto pt = criteria::analyse_pt(alone, profile(), "2026-11-20");
  CHECK(pt.best_weeks == 6);
  CHECK(pt.best_last == "2026-04-30");
}
