// The CDS Hooks response for the founding case and its variants: which cards,
// in which order, what their suggestions change, and that every response
// passes the project's schema, the shared schema and the rules a schema
// cannot express.
#include <doctest/doctest.h>

#include <algorithm>

#include "cards/crd_configuration.h"
#include "cards/render.h"
#include "support/cards_fixtures.h"

using namespace spinecds;
using namespace spinecds::test;
using criteria::Status;

namespace {

const std::string kOwnRequest = "/tests/data/cards/order-sign-l2-pelvis.json";

rapidjson::Document own_request() {
  return parse_file(source_dir() + kOwnRequest);
}

criteria::Assessment own_founding() {
  return founding_assessment("ServiceRequest/sr-fusion-cards-1");
}

void set_status(criteria::Assessment& a, const char* id, Status s) {
  for (auto& c : a.criteria)
    if (c.id == id) c.status = s;
}

// Every check the project applies to a response.
void validate(const rapidjson::Value& resp, const rapidjson::Value& request,
              const ResponseExpectations& ex) {
  static const Schema own(
      read_text(source_dir() + "/tests/data/schemas/hook-response.schema.json"));
  REQUIRE(own.ok());
  CHECK_MESSAGE(own.validate(resp) == "", own.validate(resp));
  // The reference schemas, copied from shared/spec into tests/data/spec.
  const std::string shared_path =
      source_dir() + "/tests/data/spec/schemas/hook-response.schema.json";
  REQUIRE_MESSAGE(file_exists(shared_path), shared_path << " is missing");
  {
    static const Schema shared(read_text(shared_path));
    CHECK_MESSAGE(shared.validate(resp) == "", shared.validate(resp));
    static const Schema ci(read_text(
        source_dir() + "/tests/data/spec/schemas/coverage-information-extension.schema.json"));
    auto each_resource = [&](const rapidjson::Value& action) {
      if (!action.HasMember("resource")) return;
      if (const auto* e = find_coverage_information(action["resource"]))
        CHECK_MESSAGE(ci.validate(*e) == "", ci.validate(*e));
    };
    for (const auto& c : resp["cards"].GetArray())
      if (c.HasMember("suggestions"))
        for (const auto& s : c["suggestions"].GetArray())
          for (const auto& a : s["actions"].GetArray()) each_resource(a);
    if (resp.HasMember("systemActions"))
      for (const auto& a : resp["systemActions"].GetArray()) each_resource(a);
  }
  const auto problems = check_response_rules(resp, request, ex);
  for (const auto& p : problems) FAIL_CHECK(p);
}

const rapidjson::Value& card(const rapidjson::Value& resp, const std::string& kind) {
  const auto kinds = card_kinds_of(resp);
  const auto it = std::find(kinds.begin(), kinds.end(), kind);
  REQUIRE_MESSAGE(it != kinds.end(), kind);
  return resp["cards"][static_cast<rapidjson::SizeType>(it - kinds.begin())];
}

std::vector<std::string> detail_codes(const rapidjson::Value& sr) {
  std::vector<std::string> out;
  if (!sr.HasMember("orderDetail")) return out;
  for (const auto& d : sr["orderDetail"].GetArray())
    out.push_back(d["coding"][0]["code"].GetString());
  return out;
}

bool has(const std::vector<std::string>& v, const char* s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace

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
  CHECK(detail.find("| L4-L5 | moderate-to-severe | documented | supported |") !=
        std::string::npos);
  CHECK(detail.find("Pelvic fixation") != std::string::npos);
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

TEST_CASE("no Coverage in the record: no coverage information, no systemActions") {
  auto req = own_request();
  req["prefetch"].RemoveMember("coverage");
  const auto resp = render_one(req, {own_founding()});
  validate(resp, req, {true, false, false});
  CHECK_FALSE(resp.HasMember("systemActions"));
  const auto& upd = card(resp, "fusion-extent")["suggestions"][0]["actions"][0]["resource"];
  CHECK(find_coverage_information(upd) == nullptr);
}

TEST_CASE("coverage information off by configuration") {
  const auto req = own_request();
  const auto resp = render_one(req, {own_founding()}, cards::Hook::order_sign, nullptr, false);
  validate(resp, req, {true, false, false});
  CHECK_FALSE(resp.HasMember("systemActions"));
}

TEST_CASE("a Coverage found in another prefetch key is used") {
  auto req = own_request();
  rapidjson::Value cov(req["prefetch"]["coverage"], req.GetAllocator());
  req["prefetch"].RemoveMember("coverage");
  req["prefetch"].AddMember("other", cov, req.GetAllocator());
  const auto resp = render_one(req, {own_founding()});
  validate(resp, req, {true, true, false});
  REQUIRE(resp.HasMember("systemActions"));
}

TEST_CASE("non-fusion order: {\"cards\": []} and nothing else") {
  const auto req = own_request();
  criteria::Assessment na;
  na.order = "ServiceRequest/x";
  na.as_of = "2026-11-20";
  na.verdict = criteria::Verdict::not_applicable;
  const auto resp = render_one(req, {na});
  CHECK(to_json(resp) == R"({"cards":[]})");
  cards::RenderInput empty;
  CHECK(to_json(cards::render_response(empty)) == R"({"cards":[]})");
}

TEST_CASE("CRD 2.2 on request: card-type system and 2.2 coverage codes") {
  auto req = own_request();
  rapidjson::Value ext(rapidjson::kObjectType);
  ext.AddMember("davinci-crd.requestedVersion", "2.2", req.GetAllocator());
  req.AddMember("extension", ext, req.GetAllocator());
  const auto resp = render_one(req, {own_founding()});
  validate(resp, req, {true, true, true});
  for (const auto& c : resp["cards"].GetArray())
    CHECK(std::string(c["source"]["topic"]["system"].GetString()) ==
          "http://terminology.hl7.org/CodeSystem/cdshooks-card-type");
  const std::string j = to_json(*find_coverage_information(resp["systemActions"][0]["resource"]));
  CHECK(j.find("cat-decisional") != std::string::npos);
}

TEST_CASE("davinci-crd.configuration turns card kinds off and caps the cards") {
  auto req = own_request();
  rapidjson::Document conf;
  conf.Parse(R"({"davinci-crd.configuration": {"physical-therapy": false, "criteria-summary": false,
                 "unknown-option": false, "fusion-extent": "no", "max-cards": 1}})");
  req.AddMember("extension", rapidjson::Value(conf, req.GetAllocator()), req.GetAllocator());
  const auto resp = render_one(req, {own_founding()});
  validate(resp, req, {true, true, false});
  CHECK(card_kinds_of(resp) == std::vector<std::string>{"fusion-extent"});
  // Without max-cards: the two kinds off, the rest on.
  req["extension"]["davinci-crd.configuration"].RemoveMember("max-cards");
  const auto r2 = render_one(req, {own_founding()});
  CHECK(card_kinds_of(r2) == std::vector<std::string>{"fusion-extent", "flexion-extension-films"});
  // max-cards keeps warnings first.
  req["extension"]["davinci-crd.configuration"].RemoveMember("physical-therapy");
  req["extension"]["davinci-crd.configuration"].AddMember("max-cards", 2, req.GetAllocator());
  const auto r3 = render_one(req, {own_founding()});
  CHECK(card_kinds_of(r3) == std::vector<std::string>{"fusion-extent", "physical-therapy"});
}

TEST_CASE("pa-needed as production sets it: from the shipped policy, auth-needed") {
  // Nothing in the service sets RenderInput::pa_needed, and the policy
  // schema has no per-profile pa-needed code: every profile of the shipped
  // policy answers auth-needed.
  const auto req = own_request();
  const criteria::Policy policy = test_policy();
  for (const char* profile : {"default", "aetna-like", "evicore-like"}) {
    CAPTURE(profile);
    auto a = own_founding();
    a.policy.profile = profile;
    const std::vector<criteria::Assessment> as = {a};
    cards::RenderInput in;
    in.request = &req;
    in.orders = {first_draft_order(req)};
    in.assessments = &as;
    in.policy = &policy;
    const auto resp = cards::render_response(in);
    validate(resp, req, {true, true, false});
    const std::string j = to_json(*find_coverage_information(resp["systemActions"][0]["resource"]));
    CHECK(j.find(R"({"url":"pa-needed","valueCode":"auth-needed"})") != std::string::npos);
  }
}

TEST_CASE("a policy without citations still gives valid cards") {
  const auto req = own_request();
  criteria::Policy bare;
  bare.id = "lumbar-fusion";
  bare.version = "0.1.0";
  bare.text = R"({"id":"lumbar-fusion","version":"0.1.0"})";
  const auto resp = render_one(req, {own_founding()}, cards::Hook::order_sign, &bare);
  validate(resp, req, {true, true, false});
  CHECK(std::string(resp["cards"][0]["source"]["url"].GetString()).rfind("https://", 0) == 0);
}

TEST_CASE("the embedded policy: its sources become links, its PT weeks the wording") {
  const auto req = own_request();
  const auto load = criteria::load_policy(criteria::default_policy_text());
  REQUIRE_MESSAGE(load.policy, load.error);
  auto a = own_founding();
  for (auto& c : a.criteria)
    c.citation = load.policy->citation(c.id, load.policy->profile("default"));
  const auto resp = render_one(req, {a}, cards::Hook::order_sign, &*load.policy);
  validate(resp, req, {true, true, false});
}

TEST_CASE("the founding request") {
  // The project's copy of shared/cases/seed-l2-pelvis.
  const std::string path =
      std::string(SPINECDS_SOURCE_DIR) + "/tests/data/founding/seed-l2-pelvis/request.json";
  REQUIRE_MESSAGE(file_exists(path), path << " is missing");
  const auto req = parse_file(path);
  const auto resp = render_one(req, {founding_assessment("ServiceRequest/sr-fusion-l2-pelvis")});
  validate(resp, req, {true, true, false});
  CHECK(card_kinds_of(resp) == std::vector<std::string>{"fusion-extent", "flexion-extension-films",
                                                        "physical-therapy", "criteria-summary"});
  const auto& sr = card(resp, "fusion-extent")["suggestions"][0]["actions"][0]["resource"];
  CHECK(std::string(sr["id"].GetString()) == "sr-fusion-l2-pelvis");
  CHECK(to_json(sr).find("Coverage/cov-northwind-2026") != std::string::npos);
}
