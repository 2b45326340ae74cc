// Orders and records as session 44's outside case writers sent them (a
// workers' compensation claim file, a Spanish-speaking health centre on
// OCHIN Epic, an academic neurosurgery department, a Singapore hospital):
// equipment ordered for a fusion, a payer's guideline restated in its
// letter, a therapy range written without its year, an occiput-topped
// construct. Each case is a wording of the class written fresh (not taken
// from the cases).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "support/json_fixtures.h"
#include "support/record_fixtures.h"
#include "terminology/clinical_dates.h"
#include "terminology/order_reader.h"
#include "terminology/record_facts.h"

using namespace spinecds::terminology;
using spinecds::test::facts_of;
using spinecds::test::note_document;
using spinecds::test::parse_json;

TEST_CASE("s44: equipment ordered for a fusion is not the fusion") {
  // A HCPCS orthotic code, whatever the note says of the operation.
  const auto brace = read_fusion_order(parse_json(R"J({"resourceType":"ServiceRequest",
    "id":"dme1","status":"draft","intent":"order",
    "code":{"coding":[{"system":"https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
                       "code":"L0650"}],"text":"Lumbar-sacral orthosis, post-op"},
    "note":[{"text":"For L3-5 posterolateral fusion (22612, 22614) on 12/14."}]})J"));
  CHECK(brace.region == FusionRegion::none);
  // A local code whose text names the equipment.
  const auto stimulator = read_fusion_order(parse_json(R"J({"resourceType":"ServiceRequest",
    "id":"dme2","status":"draft","intent":"order",
    "code":{"coding":[{"system":"urn:oid:1.2.3.4","code":"DME88"}],
            "text":"DME: bone growth stimulator (spinal)"},
    "orderDetail":[{"text":"Adjunct to C5-C7 anterior cervical discectomy and fusion"}]})J"));
  CHECK(stimulator.region == FusionRegion::none);
  // The fusion itself, coded, still is one.
  const auto fusion = read_fusion_order(parse_json(R"J({"resourceType":"ServiceRequest",
    "id":"f1","status":"draft","intent":"order",
    "code":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"22612"}],
            "text":"L4-5 posterolateral fusion; LSO brace post-op"}})J"));
  CHECK(fusion.region == FusionRegion::lumbar);
}

TEST_CASE("s44: an occiput-topped fusion is posterior") {
  const auto order = read_fusion_order(parse_json(R"J({"resourceType":"ServiceRequest",
    "id":"oc1","status":"draft","intent":"order",
    "code":{"coding":[{"system":"urn:oid:1.2.3.4","code":"NS12"}],
            "text":"Occipitocervical fusion occiput-C3 with decompression"}})J"));
  CHECK(order.region == FusionRegion::cervical);
  CHECK(order.approach == Approach::posterior);
}

TEST_CASE("s44: a payer's guideline section describes no patient") {
  const auto facts = facts_of("[" +
                              note_document("ur1", "2026-06-01",
                                            "UTILIZATION REVIEW DETERMINATION\n\n"
                                            "GUIDELINE APPLIED: ODG, Low Back.\n"
                                            "Fusion may be considered for spondylolisthesis "
                                            "with instability or for radiculopathy.\n"
                                            "Lumbar strain: 10 visits over 8 weeks of PT.\n\n"
                                            "FINDINGS: The claimant has left L5 radiculopathy.") +
                              "]");
  int affirmed_radiculopathy = 0;
  for (const auto& rf : facts.findings) {
    const Finding& f = rf.finding;
    if (f.kind == FindingKind::instability || f.kind == FindingKind::spondylolisthesis) {
      CHECK(f.hypothetical);
    }
    if (f.kind == FindingKind::physical_therapy) CHECK((f.hypothetical || f.negated));
    if (f.kind == FindingKind::radiculopathy && !f.hypothetical && !f.negated) {
      ++affirmed_radiculopathy;
    }
  }
  CHECK(affirmed_radiculopathy == 1);
}

TEST_CASE("s44: a day range without its year takes the note's year") {
  const auto span = month_span("Attended PT 04/06 - 05/01, 9 visits.", "2026-05-20");
  REQUIRE(span);
  CHECK(span->first == "2026-04-06");
  CHECK(span->second == "2026-05-01");
  // A range ending after the note, and strength grades, are not dates.
  CHECK_FALSE(month_span("PT 11/02 - 12/15", "2026-06-01"));
  CHECK_FALSE(month_span("Hip abduction 4/5 - 5/5 after PT", "2026-06-01"));
}
