// Fusion orders as EHRs write them: local codes, levels only in words, and
// cervical orders that the lumbar services must leave alone.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "support/json_fixtures.h"
#include "support/terminology_fixtures.h"
#include "terminology/order_reader.h"

using namespace spinecds::terminology;
using spinecds::test::parse_json;

namespace {

// Segment names as the tests compare them; one definition in the fixtures.
constexpr auto* names = &spinecds::test::segment_names;

// An Epic-style order: only the EHR's local procedure code, the words in
// code.text or the display.
std::string local(const std::string& text, const std::string& extra = "") {
  return R"({"resourceType": "ServiceRequest", "id": "sr-local", "status": "draft",
    "code": {"coding": [{"system": "urn:oid:1.2.840.114350.1.13.0.1.7.2.696580",
                         "code": "SURG1234", "display": "SPINE SURGERY REQUEST"}],
             "text": ")" +
         text + "\"}" + extra + "}";
}

}  // namespace

TEST_CASE(
    "a local code whose words name a lumbar fusion is a lumbar fusion, levels from the words") {
  struct Case {
    const char* text;
    std::vector<std::string> levels;
    bool pelvis;
  };
  const Case cases[] = {
      {"Instrumented posterolateral fusion L2 to the sacrum with iliac fixation",
       {"L2-L3", "L3-L4", "L4-L5", "L5-S1"},
       true},
      {"Posterior spinal fusion L3 to the pelvis", {"L3-L4", "L4-L5", "L5-S1"}, true},
      {"Lumbar fusion L2 thru L5", {"L2-L3", "L3-L4", "L4-L5"}, false},
      {"TLIF L3/4 and L4/5", {"L3-L4", "L4-L5"}, false},
      {"L5-S1 ALIF", {"L5-S1"}, false},
      {"L4-5 laminectomy and posterolateral fusion, no iliac fixation", {"L4-L5"}, false},
      {"Fusion and decompression L3-4", {"L3-L4"}, false},
      {"Lumbar arthrodesis, posterior interbody technique, L4-L5", {"L4-L5"}, false},
      // Vertebrae named one by one, dictated levels, named junctions.
      {"Posterior lumbar fusion of L4 and L5", {"L4-L5"}, false},
      {"PLF L3, L4, L5", {"L3-L4", "L4-L5"}, false},
      {"Fusion L-4/5 and L-5/S-1", {"L4-L5", "L5-S1"}, false},
      {"TLIF L 4-5", {"L4-L5"}, false},
      {"Lumbar fusion at the lumbosacral junction", {"L5-S1"}, false},
      // An order form's field answered no; answered yes it stands.
      {"Lumbar fusion L4-S1. Pelvic fixation: none", {"L4-L5", "L5-S1"}, false},
      {"Lumbar fusion L4-S1. Iliac screws - no", {"L4-L5", "L5-S1"}, false},
      {"Lumbar fusion L4-S1. Pelvic fixation: yes", {"L4-L5", "L5-S1"}, true},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    const auto d = parse_json(local(c.text));
    const auto o = read_fusion_order(d);
    CHECK(o.region == FusionRegion::lumbar);
    CHECK(names(o.requested.segments) == c.levels);
    CHECK(o.requested.pelvis == c.pelvis);
    CHECK_FALSE(o.requested.evidence.empty());
  }
}

TEST_CASE("levels written in the display, orderDetail or note of a coded order") {
  auto d = parse_json(R"({"resourceType": "ServiceRequest", "id": "a",
    "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "22612",
                         "display": "Arthrodesis, posterior or posterolateral technique, lumbar"}]},
    "orderDetail": [{"text": "Levels: L4-L5, L5-S1"}]})");
  auto o = read_fusion_order(d);
  CHECK(o.region == FusionRegion::lumbar);
  CHECK(names(o.requested.segments) == std::vector<std::string>{"L4-L5", "L5-S1"});

  d = parse_json(R"({"resourceType": "ServiceRequest", "id": "b",
    "code": {"coding": [{"system": "urn:oid:2.16.840.1.113883.3.1", "code": "99",
                         "display": "Lumbar fusion L3-L4"}]}})");
  o = read_fusion_order(d);
  CHECK(o.region == FusionRegion::lumbar);
  CHECK(names(o.requested.segments) == std::vector<std::string>{"L3-L4"});

  // A label names the fusion levels in a fusion order's note; a level with
  // no label and no procedure word does not.
  d = parse_json(
      local("Spinal fusion", R"(, "note": [{"text": "Levels: L4-L5. Approach: posterior."}])"));
  o = read_fusion_order(d);
  CHECK(o.region == FusionRegion::lumbar);
  CHECK(names(o.requested.segments) == std::vector<std::string>{"L4-L5"});
  d = parse_json(local("Spinal fusion", R"(, "note": [{"text": "Pain radiating from L4-5."}])"));
  CHECK(read_fusion_order(d).requested.segments.empty());

  d = parse_json(
      local("Spine surgery", R"(, "note": [{"text": "Plan: L4-5 TLIF with decompression L3-4"}])"));
  o = read_fusion_order(d);
  CHECK(o.region == FusionRegion::lumbar);
  CHECK(names(o.requested.segments) == std::vector<std::string>{"L4-L5"});
}

TEST_CASE("a case request naming its levels only in its reason") {
  // An OR case request: the fusion is in the code, the levels only in the
  // reason's text, beside the procedure word.
  const std::string request = "LUMBAR INTERBODY FUSION CASE REQUEST";
  auto d = parse_json(local(request, R"(, "reasonCode": [{"coding": [{"system":
      "http://hl7.org/fhir/sid/icd-10-cm", "code": "M43.16"}],
      "text": "Lytic spondylolisthesis with foraminal stenosis; PLIF L5-S1 planned"}])"));
  auto o = read_fusion_order(d);
  CHECK(o.region == FusionRegion::lumbar);
  CHECK(names(o.requested.segments) == std::vector<std::string>{"L5-S1"});
  CHECK_FALSE(o.requested.evidence.empty());
  // A reason with levels but no procedure word is a diagnosis: no levels.
  d = parse_json(
      local(request, R"(, "reasonCode": [{"text": "Spinal stenosis L3-L5 with claudication"}])"));
  CHECK(read_fusion_order(d).requested.segments.empty());
  // Levels the order itself names win over its reason's.
  d = parse_json(local("Posterior fusion L4-L5",
                       R"(, "reasonCode": [{"text": "Stenosis; fusion L3-L5 discussed"}])"));
  CHECK(names(read_fusion_order(d).requested.segments) == std::vector<std::string>{"L4-L5"});
  // A decompression named in the reason gives the fusion no levels.
  d = parse_json(
      local(request, R"(, "reasonCode": [{"text": "Recurrent stenosis after L4-5 laminectomy"}])"));
  CHECK(read_fusion_order(d).requested.segments.empty());
}

TEST_CASE("coded body sites win over the words") {
  const auto d = parse_json(R"({"resourceType": "ServiceRequest", "id": "c",
    "code": {"text": "Lumbar fusion L2-S1"},
    "bodySite": [{"coding": [{"system": "http://snomed.info/sct", "code": "11994002"}]},
                 {"coding": [{"system": "http://snomed.info/sct", "code": "54735007"}]}]})");
  const auto o = read_fusion_order(d);
  CHECK(o.region == FusionRegion::lumbar);
  CHECK(names(o.requested.segments) == std::vector<std::string>{"L4-L5", "L5-S1"});
}

TEST_CASE("a body site named only in a coding's display gives the levels") {
  for (const char* display : {"Structure of L4-L5 intervertebral disc", "L4-L5 disc space"}) {
    CAPTURE(display);
    const auto d = parse_json(std::string(R"({"resourceType": "ServiceRequest", "id": "c",
      "code": {"text": "Lumbar interbody fusion", "coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "22630"}]},
      "bodySite": [{"coding": [{"system": "http://snomed.info/sct", "code": "1", "display": ")") +
                              display + R"("}]}]})");
    const auto o = read_fusion_order(d);
    CHECK(o.region == FusionRegion::lumbar);
    CHECK(names(o.requested.segments) == std::vector<std::string>{"L4-L5"});
  }
}

TEST_CASE("cervical orders are cervical, whatever their coding") {
  for (const char* text : {"ACDF C5-6", "Anterior cervical discectomy and fusion C4-C6",
                           "Posterior cervical fusion"}) {
    CAPTURE(text);
    const auto d = parse_json(local(text));
    CHECK(read_fusion_order(d).region == FusionRegion::cervical);
  }
  const auto d = parse_json(R"({"resourceType": "ServiceRequest", "id": "c",
    "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "22551"}],
             "text": "ACDF"}})");
  CHECK(read_fusion_order(d).region == FusionRegion::cervical);
}

TEST_CASE("not a fusion: imaging, consults, earlier or denied fusions") {
  for (const char* text :
       {"MRI lumbar spine to assess L4-5 fusion", "Referral for lumbar fusion evaluation",
        "L4-5 laminectomy without fusion", "Physical therapy, s/p L4-5 fusion",
        "Removal of lumbar fusion hardware L4-5"}) {
    CAPTURE(text);
    const auto d = parse_json(local(text));
    CHECK(read_fusion_order(d).region == FusionRegion::none);
  }
}

TEST_CASE("a lumbar fusion whose levels cannot be read is still a lumbar fusion") {
  const auto d = parse_json(local("Lumbar spinal fusion"));
  const auto o = read_fusion_order(d);
  CHECK(o.region == FusionRegion::lumbar);
  CHECK(o.requested.segments.empty());
  const auto agnostic = parse_json(R"({"resourceType": "ServiceRequest", "id": "u",
    "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "22614"}]}})");
  CHECK(read_fusion_order(agnostic).region == FusionRegion::unknown);
}

TEST_CASE("region words count beside the fusion word, not anywhere in the sentence") {
  CHECK(
      read_fusion_order(
          parse_json(local("ACDF C5-6",
                           R"(, "note": [{"text": "Anterior cervical fusion planned; he also has )"
                           R"(lumbar stenosis being managed conservatively"}])")))
          .region == FusionRegion::cervical);
  CHECK(read_fusion_order(parse_json(local("Posterior lumbar interbody fusion"))).region ==
        FusionRegion::lumbar);
  CHECK(read_fusion_order(parse_json(local("Spinal fusion, lumbosacral"))).region ==
        FusionRegion::lumbar);
}

TEST_CASE("levels of hardware removed are not fusion levels; the extension's are") {
  const auto d = parse_json(R"({"resourceType": "ServiceRequest", "id": "rev",
    "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "22612"},
                        {"system": "http://www.ama-assn.org/go/cpt", "code": "22850"}],
             "text": "Removal of L4-L5 pedicle screw instrumentation and extension of posterior fusion to L3-L4"}})");
  const auto o = read_fusion_order(d);
  CHECK(o.region == FusionRegion::lumbar);
  CHECK(names(o.requested.segments) == std::vector<std::string>{"L3-L4"});
  // A fusion and its instrumentation named together still share levels.
  const auto both =
      parse_json(local("L4-L5 pedicle screw instrumentation and posterolateral fusion"));
  CHECK(names(read_fusion_order(both).requested.segments) == std::vector<std::string>{"L4-L5"});
}

TEST_CASE("an order in words only that removes hardware and fuses beside it is a fusion") {
  struct Case {
    const char* text;
    std::vector<std::string> levels;
  };
  const Case fusions[] = {
      {"REMOVAL OF L4-5 HARDWARE AND EXTENSION OF FUSION TO L3-4", {"L3-L4"}},
      {"Revision posterior fusion L5-S1 with removal of hardware", {"L5-S1"}},
      {"Remove L4-L5 screws; TLIF L3-L4", {"L3-L4"}},
  };
  for (const auto& c : fusions) {
    const std::string text = c.text;
    CAPTURE(text);
    const auto o = read_fusion_order(parse_json(local(c.text)));
    CHECK(o.region == FusionRegion::lumbar);
    CHECK(names(o.requested.segments) == c.levels);
  }
  // The fusion words in the removal's own clause, or a past fusion beside it,
  // name what is taken out: no fusion is ordered.
  for (const char* text :
       {"Removal of L4-L5 pedicle screw instrumentation", "Hardware removal L4-5, s/p L4-5 fusion",
        "Exploration of L4-5 fusion and removal of hardware",
        "Removal of prior L3-L5 fusion hardware with exploration of fusion"}) {
    CAPTURE(text);
    CHECK(read_fusion_order(parse_json(local(text))).region == FusionRegion::none);
  }
}

TEST_CASE("a solid fusion named in the order's note is the old one, not a requested level") {
  const auto d = parse_json(R"({"resourceType": "ServiceRequest", "id": "asd",
    "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "22551"}],
             "text": "Anterior Cervical Discectomy Fusion 1 Level"},
    "orderDetail": [{"text": "Level: C4-C5"}],
    "note": [{"text": "Adjacent segment disease above solid C5-C6 ACDF (03/2022)."}]})");
  const auto o = read_fusion_order(d);
  CHECK(o.region == FusionRegion::cervical);
  CHECK(names(o.requested.segments) == std::vector<std::string>{"C4-C5"});
}

TEST_CASE("levels heading a colon are not ordered when the fusion after them is an old one") {
  auto levels = [](const std::string& note) {
    return names(read_fusion_order(
                     parse_json(local("L3-4 TLIF", R"(, "note": [{"text": ")" + note + R"("}])")))
                     .requested.segments);
  };
  const std::vector<std::string> l34{"L3-L4"};
  CHECK(levels("L4-5: solid fusion from prior surgery; L3-4 adjacent segment stenosis.") == l34);
  CHECK(levels("L4-L5: previous instrumented fusion, intact hardware.") == l34);
  CHECK(levels("L4-L5: hardware intact, old fusion solid") == l34);
  CHECK(levels("L4-5 - old posterolateral fusion; L3-4 new decompression") == l34);
  // An ordered fusion heading its levels still names them.
  CHECK(levels("L4-5: removal of hardware, re-do interbody fusion") ==
        std::vector<std::string>{"L3-L4", "L4-L5"});
}
