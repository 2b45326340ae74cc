// Cervical fusion orders (issue 15, DESIGN.md §9): the regions an order
// touches, its approach, arthroplasty and the CPT codes the fusion-extent
// card recounts, and the cervical segments, occiput included.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "support/terminology_fixtures.h"
#include "terminology/level_parser.h"
#include "terminology/order_reader.h"
#include "terminology/segment.h"

using namespace spinecds::terminology;
using spinecds::test::parse_json;
using spinecds::test::segment_names;

namespace {

// An order with CPT codes (repeats allowed) and words in code.text.
std::string cpt_order(const std::vector<std::string>& codes, const std::string& text) {
  std::string codings;
  for (const auto& c : codes) {
    if (!codings.empty()) codings += ",";
    codings += R"({"system": "http://www.ama-assn.org/go/cpt", "code": ")" + c + "\"}";
  }
  return R"({"resourceType": "ServiceRequest", "id": "sr-c", "status": "draft",
    "code": {"coding": [)" +
         codings + R"(], "text": ")" + text + "\"}}";
}

FusionOrder read(const std::string& json) {
  const auto d = parse_json(json);
  return read_fusion_order(d);
}

// An Epic-style order: a local code, the words in code.text.
FusionOrder local(const std::string& text) {
  return read(R"({"resourceType": "ServiceRequest", "id": "sr-l", "status": "draft",
    "code": {"coding": [{"system": "urn:oid:1.2.840.114350.1.13.0.1.7.2.696580",
                         "code": "SURG77", "display": "SPINE SURGERY"}], "text": ")" +
              text + "\"}}");
}

}  // namespace

TEST_CASE("the occiput is C0 and the cervical segments run from C0-C1 to C7-T1") {
  const auto occ = parse_canonical_segment("C0-C1");
  REQUIRE(occ);
  CHECK(to_string(*occ) == "C0-C1");
  CHECK(is_cervical(*occ));
  CHECK(is_cervical(*parse_canonical_segment("C7-T1")));
  CHECK_FALSE(is_cervical(*parse_canonical_segment("T1-T2")));
  CHECK_FALSE(is_cervical(*parse_canonical_segment("L4-L5")));
  CHECK_FALSE(is_lumbar(*occ));
}

TEST_CASE("the order keeps its CPT codes, repeats and add-ons included, for the recount") {
  const auto o = read(cpt_order({"22551", "22552", "22552", "22845"}, "ACDF C4-C7"));
  CHECK(o.region == FusionRegion::cervical);
  CHECK(o.codes == std::vector<std::string>{"22551", "22552", "22552", "22845"});
  CHECK(o.touches(FusionRegion::cervical));
  CHECK_FALSE(o.touches(FusionRegion::lumbar));
}

TEST_CASE("a mixed cervical and lumbar order lists both regions and all its segments") {
  const auto o = read(cpt_order({"22551", "22612"}, "ACDF C5-6 and posterior fusion L4-5"));
  CHECK(o.region == FusionRegion::lumbar);  // the lumbar services still see their part
  CHECK(o.touches(FusionRegion::cervical));
  CHECK(o.touches(FusionRegion::lumbar));
  CHECK(segment_names(o.requested.segments) == std::vector<std::string>{"C5-C6", "L4-L5"});
  // Each family sees its own part's approach.
  const auto mixed =
      read(cpt_order({"22551", "22845", "22633", "22842"}, "ACDF C5-6 and TLIF L4-5"));
  CHECK(mixed.approach == Approach::combined);
  CHECK(mixed.approach_for(FusionRegion::cervical) == Approach::anterior);
  CHECK(mixed.approach_for(FusionRegion::lumbar) == Approach::posterior);
}

TEST_CASE("cervical levels in every notation") {
  struct Case {
    const char* text;
    std::vector<std::string> want;
  };
  const Case cases[] = {
      {"C5-6", {"C5-C6"}},
      {"C5/6", {"C5-C6"}},
      {"C56", {"C5-C6"}},
      {"C5-C7", {"C5-C6", "C6-C7"}},
      {"C5-C7 plate", {"C5-C6", "C6-C7"}},
      {"C4/5 through C6/7", {"C4-C5", "C5-C6", "C6-C7"}},
      {"C7/T1", {"C7-T1"}},
      {"occiput to C2", {"C0-C1", "C1-C2"}},
      {"O-C2", {"C0-C1", "C1-C2"}},
      {"C0-C1", {"C0-C1"}},
      {"atlantoaxial", {"C1-C2"}},
      {"cervicothoracic junction", {"C7-T1"}},
      {"C5 corpectomy", {"C4-C5", "C5-C6"}},
      {"corpectomy of C5 and C6", {"C4-C5", "C5-C6", "C6-C7"}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    const auto p = parse_levels(c.text);
    REQUIRE_MESSAGE(p.value, p.error);
    CHECK(segment_names(p.value->segments) == c.want);
  }
  // A lone vertebra is still not a segment, and the occiput only tops a range.
  CHECK_FALSE(parse_levels("C5").value);
  CHECK_FALSE(parse_levels("occiput").value);
  CHECK_FALSE(parse_levels("C8").value);
}

TEST_CASE("cervical fusion orders in words: levels, corpectomy, plate, occiput") {
  struct Case {
    const char* text;
    std::vector<std::string> levels;
    Approach approach;
  };
  const Case cases[] = {
      {"Anterior cervical discectomy and fusion at C5/6", {"C5-C6"}, Approach::anterior},
      {"ACDF C4-C5, C5-C6, C6-C7", {"C4-C5", "C5-C6", "C6-C7"}, Approach::anterior},
      {"ACDF with a C5-C7 plate", {"C5-C6", "C6-C7"}, Approach::anterior},
      {"C5 corpectomy with an anterior plate from C4 to C6",
       {"C4-C5", "C5-C6"},
       Approach::anterior},
      {"Posterior cervical fusion occiput to C2", {"C0-C1", "C1-C2"}, Approach::posterior},
      {"Posterior cervical laminectomy and fusion C3-C6",
       {"C3-C4", "C4-C5", "C5-C6"},
       Approach::posterior},
      {"Circumferential (360) cervical fusion C5-C7", {"C5-C6", "C6-C7"}, Approach::combined},
      {"Cervical fusion C5-6", {"C5-C6"}, Approach::unknown},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    const auto o = local(c.text);
    CHECK(o.region == FusionRegion::cervical);
    CHECK(segment_names(o.requested.segments) == c.levels);
    CHECK(o.approach == c.approach);
    CHECK_FALSE(o.arthroplasty);
  }
}

TEST_CASE("the solid fusion an adjacent level lies beside is not requested") {
  // A Cerner order: the level in a detail, the old fusion in the note.
  const auto o = read(R"({"resourceType": "ServiceRequest", "id": "sr-a", "status": "draft",
    "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "22551"}],
             "text": "Anterior Cervical Discectomy Fusion 1 Level"},
    "orderDetail": [{"text": "Level: C4-C5"}],
    "note": [{"text": "Adjacent segment disease above solid C5-C6 ACDF (03/2022)."}]})");
  CHECK(segment_names(o.requested.segments) == std::vector<std::string>{"C4-C5"});
}

TEST_CASE("the approach from the codes; both approaches are combined") {
  CHECK(read(cpt_order({"22551", "22552"}, "Cervical fusion")).approach == Approach::anterior);
  CHECK(read(cpt_order({"22600", "22614"}, "Cervical fusion")).approach == Approach::posterior);
  CHECK(read(cpt_order({"22551", "22600"}, "Cervical fusion")).approach == Approach::combined);
}

TEST_CASE("cervical disc arthroplasty is not a fusion, and says so") {
  const auto coded = read(cpt_order({"22856"}, "Cervical disc arthroplasty C5-6"));
  CHECK(coded.region == FusionRegion::none);
  CHECK(coded.arthroplasty);
  CHECK(coded.requested.segments.empty());
  CHECK(coded.touches(FusionRegion::cervical));
  CHECK(coded.codes == std::vector<std::string>{"22856"});
  const auto words = local("C6-7 total disc replacement");
  CHECK(words.region == FusionRegion::none);
  CHECK(words.arthroplasty);
  // A hybrid: the fused level is the fusion's, the replaced one is not.
  const auto hybrid = local("C5-6 ACDF and C6-7 arthroplasty");
  CHECK(hybrid.region == FusionRegion::cervical);
  CHECK(hybrid.arthroplasty);
  CHECK(segment_names(hybrid.requested.segments) == std::vector<std::string>{"C5-C6"});
  CHECK_FALSE(local("ACDF C5-6, no arthroplasty").arthroplasty);
}

TEST_CASE("an arthroplasty whose CPT descriptor names the end plates is still no fusion") {
  // Epic sends the CPT display with the code: "end plate preparation" is the
  // vertebral surface made ready for the disc, not a fixation plate.
  const auto o = read(R"({"resourceType": "ServiceRequest", "id": "sr-a", "status": "draft",
    "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "22856",
      "display": "Total disc arthroplasty (artificial disc), anterior approach, including discectomy with end plate preparation; single interspace, cervical"}],
      "text": "TOTAL DISC ARTHROPLASTY, CERVICAL, SINGLE LEVEL"},
    "orderDetail": [{"text": "Level: C5-C6"}],
    "note": [{"text": "Posting: C5-6 cervical disc replacement, anterior approach. Not a fusion."}]})");
  CHECK(o.region == FusionRegion::none);
  CHECK(o.arthroplasty);
  CHECK(o.requested.segments.empty());
  // A plate that fixes levels still names a fusion.
  CHECK(local("Anterior C5-C6 discectomy and plate").region == FusionRegion::cervical);
}

TEST_CASE("levels heading a colon are the levels of the fusion the sentence lists") {
  const auto revision = read(R"({"resourceType": "ServiceRequest", "id": "sr-r", "status": "draft",
    "code": {"coding": [{"system": "urn:oid:1.2.840.114350.1.13.0.1.7.2.696580",
      "code": "SURG310201"}], "text": "REVISION ANTERIOR CERVICAL FUSION"},
    "orderDetail": [{"text": "Revision C5 to C6: removal of anterior plate, re-do interbody fusion, new plate"}]})");
  CHECK(segment_names(revision.requested.segments) == std::vector<std::string>{"C5-C6"});
}

TEST_CASE("a laminectomy and lateral mass fusion share their levels") {
  const auto o = local("C3 to C6 laminectomy and lateral mass fusion");
  CHECK(segment_names(o.requested.segments) == std::vector<std::string>{"C3-C4", "C4-C5", "C5-C6"});
  CHECK(o.region == FusionRegion::cervical);
}
