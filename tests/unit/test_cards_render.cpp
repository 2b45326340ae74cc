// The CDS Hooks response for the founding case and its variants: which cards,
// in which order, what their suggestions change, and that every response
// passes the project's schema, the shared schema and the rules a schema
// cannot express.
#include <doctest/doctest.h>

#include <algorithm>

#include "cards/crd_configuration.h"
#include "cards/render.h"
#include "support/cards_fixtures.h"
#include "support/render_checks.h"

using namespace spinecds;
using namespace spinecds::test;
using criteria::Status;

TEST_CASE("founding case: fusion-extent, films, PT and summary, in that order") {
  const auto req = own_request();
  REQUIRE(req.IsObject());
  const std::vector<criteria::Assessment> as = {own_founding()};
  const auto resp = render_one(req, as);
  validate(resp, req, {true, true, false});

  CHECK(card_kinds_of(resp) == std::vector<std::string>{"fusion-extent", "flexion-extension-films",
                                                        "physical-therapy", "criteria-summary"});
  const auto& c1 = card(resp, "fusion-extent");
  CHECK(std::string(c1["summary"].GetString()) ==
        "Fusion L2-pelvis exceeds documented instability (L4-L5 only)");
  CHECK(std::string(c1["indicator"].GetString()) == "warning");
  CHECK(std::string(c1["source"]["topic"]["system"].GetString()) ==
        "http://hl7.org/fhir/us/davinci-crd/CodeSystem/temp");
  CHECK(std::string(c1["selectionBehavior"].GetString()) == "at-most-one");
  const std::string detail = c1["detail"].GetString();
  CHECK(detail.find("- **L4-L5:** instability documented → fusion. MRI lumbar spine 2026-09-18: "
                    "\"grade 1 anterolisthesis of L4 on L5\"") != std::string::npos);
  CHECK(detail.find("- **L2-L3, L3-L4 and L5-S1:** stenosis, no instability → decompression "
                    "only") != std::string::npos);
  CHECK(detail.find("- **Pelvis:** documentation does not show an indication") !=
        std::string::npos);
  CHECK(detail.find("|") == std::string::npos);
  CHECK(detail.find("ServiceRequest/") == std::string::npos);
  CHECK(detail.find("the patient did not have") == std::string::npos);
  CHECK(std::string(c1["overrideReasons"][0]["system"].GetString()) ==
        "https://spinecds.dev/CodeSystem/override-reason");

  const auto& pt = card(resp, "physical-therapy");
  CHECK(std::string(pt["summary"].GetString()) ==
        "6 weeks of formal physical therapy not documented before fusion L2-pelvis");
  CHECK(std::string(pt["indicator"].GetString()) == "warning");
  CHECK(std::string(card(resp, "flexion-extension-films")["indicator"].GetString()) == "info");
  const std::string summary = card(resp, "criteria-summary")["summary"].GetString();
  CHECK(summary.find("not supported as documented") != std::string::npos);
  // The PT criterion's citation becomes a link.
  bool linked = false;
  for (const auto& l : pt["links"].GetArray())
    linked |= std::string(l["url"].GetString()) == "https://www.spine.org/coverage";
  CHECK(linked);
}

TEST_CASE("founding case: the limiting update rewrites the construct and keeps the rest") {
  const auto req = own_request();
  const std::vector<criteria::Assessment> as = {own_founding()};
  const auto resp = render_one(req, as);
  const auto& c1 = card(resp, "fusion-extent");
  REQUIRE(c1["suggestions"].Size() == 1);
  const auto& action = c1["suggestions"][0]["actions"][0];
  CHECK(std::string(action["type"].GetString()) == "update");
  const auto& sr = action["resource"];
  const auto& orig = *first_draft_order(req);
  CHECK(std::string(sr["id"].GetString()) == "sr-fusion-cards-1");
  for (const char* kept :
       {"status", "intent", "category", "priority", "subject", "encounter", "authoredOn",
        "requester", "performer", "reasonCode", "reasonReference", "supportingInfo", "note"}) {
    CAPTURE(kept);
    CHECK(to_json(sr[kept]) == to_json(orig[kept]));
  }
  CHECK(std::string(sr["code"]["coding"][0]["code"].GetString()) == "22612");
  const std::string text = sr["code"]["text"].GetString();
  CHECK(text.find("L4-L5") != std::string::npos);
  CHECK(text.find("no pelvic fixation") != std::string::npos);
  const auto codes = detail_codes(sr);
  CHECK(has(codes, "22840"));
  CHECK_FALSE(has(codes, "22842"));
  CHECK_FALSE(has(codes, "22848"));
  CHECK_FALSE(has(codes, "22614"));  // one interspace: no add-on
  CHECK(has(codes, "63047"));
  CHECK(has(codes, "63048"));
  // Body sites: L4 and L5 only, no ilium.
  std::vector<std::string> sites;
  for (const auto& b : sr["bodySite"].GetArray())
    sites.push_back(b["coding"][0]["code"].GetString());
  CHECK(sites == std::vector<std::string>{"11994002", "49668003"});
  // The order's own extension survives next to coverage information.
  REQUIRE(sr.HasMember("extension"));
  CHECK(std::string(sr["extension"][0]["url"].GetString()) ==
        "https://spinecds.dev/StructureDefinition/test-keep-me");
  REQUIRE(find_coverage_information(sr) != nullptr);
}

TEST_CASE("founding case: systemAction and the card's update compose") {
  const auto req = own_request();
  const std::vector<criteria::Assessment> as = {own_founding()};
  const auto resp = render_one(req, as);
  REQUIRE(resp.HasMember("systemActions"));
  REQUIRE(resp["systemActions"].Size() == 1);
  const auto& sa = resp["systemActions"][0];
  CHECK(std::string(sa["type"].GetString()) == "update");
  const auto* sys_ci = find_coverage_information(sa["resource"]);
  REQUIRE(sys_ci != nullptr);
  const auto& upd = card(resp, "fusion-extent")["suggestions"][0]["actions"][0]["resource"];
  const auto* card_ci = find_coverage_information(upd);
  REQUIRE(card_ci != nullptr);
  CHECK(to_json(*sys_ci) == to_json(*card_ci));
  // The systemAction changes nothing else.
  CHECK(to_json(without_coverage_information(sa["resource"])) ==
        to_json(without_coverage_information(*first_draft_order(req))));
  // Values: conditional, auth-needed, clinical, the active Coverage, as_of.
  std::map<std::string, std::string> v;
  for (const auto& e : (*sys_ci)["extension"].GetArray()) {
    const std::string url = e["url"].GetString();
    if (e.HasMember("valueCode")) v[url] = e["valueCode"].GetString();
    if (e.HasMember("valueDate")) v[url] = e["valueDate"].GetString();
    if (e.HasMember("valueString") && url == "coverage-assertion-id")
      v[url] = e["valueString"].GetString();
    if (e.HasMember("valueReference")) v[url] = e["valueReference"]["reference"].GetString();
  }
  CHECK(v["covered"] == "conditional");
  CHECK(v["pa-needed"] == "auth-needed");
  CHECK(v["doc-needed"] == "clinical");
  CHECK(v["info-needed"] == "OTH");
  CHECK(v["date"] == "2026-11-20");
  CHECK(v["coverage"] == "Coverage/cov-cards-1");
  CHECK(v["coverage-assertion-id"].rfind("spinecds-", 0) == 0);
}

TEST_CASE("the films and PT suggestions create valid draft ServiceRequests for the patient") {
  const auto req = own_request();
  const std::vector<criteria::Assessment> as = {own_founding()};
  const auto resp = render_one(req, as);
  const auto& films = card(resp, "flexion-extension-films")["suggestions"][0]["actions"][0];
  CHECK(std::string(films["type"].GetString()) == "create");
  const auto& f = films["resource"];
  CHECK(std::string(f["status"].GetString()) == "draft");
  CHECK(std::string(f["intent"].GetString()) == "order");
  CHECK(std::string(f["subject"]["reference"].GetString()) == "Patient/pt-cards-1");
  CHECK(std::string(f["code"]["coding"][0]["code"].GetString()) == "72120");
  CHECK(std::string(f["code"]["coding"][1]["system"].GetString()) == "http://loinc.org");
  CHECK(std::string(f["code"]["coding"][1]["code"].GetString()) == "24971-4");
  CHECK(std::string(f["supportingInfo"][0]["reference"].GetString()) ==
        "ServiceRequest/sr-fusion-cards-1");
  CHECK(f["reasonCode"].Size() == 3);
  CHECK_FALSE(f.HasMember("reasonReference"));
  const auto& pt = card(resp, "physical-therapy")["suggestions"][0]["actions"][0]["resource"];
  CHECK(std::string(pt["status"].GetString()) == "draft");
  CHECK(std::string(pt["code"]["text"].GetString()).find("in-person") != std::string::npos);
}

TEST_CASE("same hook instance and problem give the same uuids; another instance, others") {
  auto req = own_request();
  const std::vector<criteria::Assessment> as = {own_founding()};
  const auto r1 = render_one(req, as);
  const auto r2 = render_one(req, as);
  CHECK(to_json(r1) == to_json(r2));
  req["hookInstance"].SetString("00000000-0000-4000-8000-000000000001");
  const auto r3 = render_one(req, as);
  CHECK(std::string(r1["cards"][0]["uuid"].GetString()) !=
        std::string(r3["cards"][0]["uuid"].GetString()));
  // The coverage-assertion-id belongs to the Coverage, not to the call.
  CHECK(to_json(*find_coverage_information(r1["systemActions"][0]["resource"])) ==
        to_json(*find_coverage_information(r3["systemActions"][0]["resource"])));
}

TEST_CASE("PT not met says not met") {
  const auto req = own_request();
  auto a = own_founding();
  set_status(a, "conservative-care.pt-6-weeks", Status::not_met);
  const auto resp = render_one(req, {a});
  validate(resp, req, {true, true, false});
  CHECK(std::string(card(resp, "physical-therapy")["summary"].GetString()) ==
        "6 weeks of formal physical therapy not met before fusion L2-pelvis");
}

TEST_CASE("every segment supported but not the pelvis: card 2 ends the construct at S1") {
  const auto req = own_request();
  auto a = own_founding();
  a.supported_fusion_levels = a.requested_levels;
  a.decompression_only.clear();
  for (auto& l : a.levels) l.instability = l.fusion_supported = true;
  set_status(a, "instability", Status::met);
  const auto resp = render_one(req, {a});
  validate(resp, req, {true, true, false});
  const auto kinds = card_kinds_of(resp);
  CHECK_FALSE(has(kinds, "fusion-extent"));
  const auto& c2 = card(resp, "pelvic-fixation");
  CHECK(std::string(c2["indicator"].GetString()) == "warning");
  const auto& sr = c2["suggestions"][0]["actions"][0]["resource"];
  const auto codes = detail_codes(sr);
  CHECK_FALSE(has(codes, "22848"));
  CHECK(has(codes, "22842"));  // L2-S1: 5 vertebrae
  CHECK(has(codes, "22614"));
  CHECK(std::string(sr["orderDetail"][0]["text"].GetString()).rfind("+22614 x3", 0) == 0);
}

criteria::Assessment supported_l45() {
  auto a = own_founding();
  a.requested_levels = segs({"L4-L5"});
  a.requested_pelvic_fixation = false;
  a.supported_fusion_levels = segs({"L4-L5"});
  a.decompression_only.clear();
  a.levels.erase(std::remove_if(a.levels.begin(), a.levels.end(),
                                [](const criteria::LevelRow& r) { return !r.fusion_supported; }),
                 a.levels.end());
  a.criteria.erase(std::remove_if(a.criteria.begin(), a.criteria.end(),
                                  [](const criteria::CriterionResult& c) {
                                    return c.id == "pelvic-fixation.indication";
                                  }),
                   a.criteria.end());
  for (auto& c : a.criteria)
    if (c.status != Status::not_applicable) c.status = Status::met;
  a.verdict = criteria::Verdict::supported;
  return a;
}

TEST_CASE("fully supported: no warning, the summary says the documentation supports it") {
  const auto req = own_request();
  const auto resp = render_one(req, {supported_l45()});
  validate(resp, req, {true, true, false});
  CHECK(card_kinds_of(resp) == std::vector<std::string>{"criteria-summary"});
  for (const auto& c : resp["cards"].GetArray())
    CHECK(std::string(c["indicator"].GetString()) == "info");
  CHECK(std::string(resp["cards"][0]["summary"].GetString()).find("supports the order") !=
        std::string::npos);
  // Covered, still prior authorization, no info-needed (2.0.1 q3).
  const auto* ci = find_coverage_information(resp["systemActions"][0]["resource"]);
  REQUIRE(ci != nullptr);
  const std::string j = to_json(*ci);
  CHECK(j.find(R"({"url":"covered","valueCode":"covered"})") != std::string::npos);
  CHECK(j.find("info-needed") == std::string::npos);
}

TEST_CASE("no segment supported: decompression alone at the stenotic levels") {
  const auto req = own_request();
  auto a = own_founding();
  a.supported_fusion_levels.clear();
  a.decompression_only = a.requested_levels;
  for (auto& l : a.levels) l.instability = l.fusion_supported = false;
  const auto resp = render_one(req, {a});
  validate(resp, req, {true, true, false});
  const auto& c1 = card(resp, "fusion-extent");
  CHECK(std::string(c1["summary"].GetString()).find("decompression alone at L2-S1") !=
        std::string::npos);
  const auto& sr = c1["suggestions"][0]["actions"][0]["resource"];
  CHECK(std::string(sr["code"]["coding"][0]["code"].GetString()) == "63047");
  const auto codes = detail_codes(sr);
  CHECK(codes == std::vector<std::string>{"63048"});
  CHECK(std::string(sr["orderDetail"][0]["text"].GetString()).rfind("+63048 x3", 0) == 0);
  const bool ilium =
      sr.HasMember("bodySite") && to_json(sr["bodySite"]).find("22356005") != std::string::npos;
  CHECK_FALSE(ilium);
}

TEST_CASE("no segment supported and no stenosis: the card has no suggestion") {
  const auto req = own_request();
  auto a = own_founding();
  a.supported_fusion_levels.clear();
  a.decompression_only.clear();
  for (auto& l : a.levels) {
    l.instability = l.fusion_supported = false;
    l.stenosis.reset();
  }
  const auto resp = render_one(req, {a});
  validate(resp, req, {true, true, false});
  const auto& c1 = card(resp, "fusion-extent");
  CHECK_FALSE(c1.HasMember("suggestions"));
  CHECK_FALSE(c1.HasMember("selectionBehavior"));
}

TEST_CASE("deformity-indicated fusion: no flexion-extension card") {
  const auto req = own_request();
  auto a = own_founding();
  set_status(a, "deformity", Status::met);
  const auto resp = render_one(req, {a});
  validate(resp, req, {true, true, false});
  CHECK_FALSE(has(card_kinds_of(resp), "flexion-extension-films"));
}

TEST_CASE("data gaps give a data-unavailable card") {
  const auto req = own_request();
  auto a = own_founding();
  a.data_gaps = {{"procedures", "timeout after 3000 ms", false}};
  const auto resp = render_one(req, {a});
  validate(resp, req, {true, true, false});
  const auto& c = card(resp, "data-unavailable");
  CHECK(std::string(c["summary"].GetString()).find("procedures") != std::string::npos);
  CHECK(std::string(c["indicator"].GetString()) == "info");
}

TEST_CASE("order-select: the same findings as info cards, no systemActions") {
  auto req = own_request();
  req["hook"].SetString("order-select");
  const auto resp = render_one(req, {own_founding()}, cards::Hook::order_select);
  validate(resp, req, {false, false, false});
  CHECK_FALSE(resp.HasMember("systemActions"));
  CHECK(card_kinds_of(resp).size() == 4);
  const auto& upd = card(resp, "fusion-extent")["suggestions"][0]["actions"][0]["resource"];
  CHECK(find_coverage_information(upd) == nullptr);
}
