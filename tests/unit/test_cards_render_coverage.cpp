// The CDS Hooks response's coverage information, CRD options and
// configuration, review links and the shipped policy's wording: what an EHR's
// payer integration and the governance team see, for the founding case and its
// variants; every response passes the same checks as test_cards_render.cpp.
#include <doctest/doctest.h>

#include <algorithm>

#include "cards/crd_configuration.h"
#include "cards/render.h"
#include "support/cards_fixtures.h"
#include "support/render_checks.h"

using namespace spinecds;
using namespace spinecds::test;
using criteria::Status;

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

TEST_CASE("CRD instructions card on request: the documentation still needed, text only") {
  auto req = own_request();
  const auto plain = render_one(req, {own_founding()});
  for (const auto& c : plain["cards"].GetArray()) {
    CHECK(std::string(c["summary"].GetString()).find("still needed") == std::string::npos);
  }
  rapidjson::Value conf(rapidjson::kObjectType);
  conf.AddMember("instructions", true, req.GetAllocator());
  rapidjson::Value ext(rapidjson::kObjectType);
  ext.AddMember("davinci-crd.configuration", conf, req.GetAllocator());
  req.AddMember("extension", ext, req.GetAllocator());
  const auto resp = render_one(req, {own_founding()});
  validate(resp, req, {true, true, false});
  const rapidjson::Value* ins = nullptr;
  for (const auto& c : resp["cards"].GetArray()) {
    if (std::string(c["summary"].GetString()) == "Documentation still needed for fusion L2-pelvis")
      ins = &c;
  }
  REQUIRE(ins != nullptr);
  CHECK(std::string((*ins)["indicator"].GetString()) == "info");
  CHECK_FALSE(ins->HasMember("links"));
  CHECK_FALSE(ins->HasMember("suggestions"));
  const std::string d = (*ins)["detail"].GetString();
  CHECK(d.find("- **Formal physical therapy:**") != std::string::npos);
  CHECK(d.find("- **Flexion-extension radiographs:**") != std::string::npos);
  CHECK(d.find("Oswestry") == std::string::npos);  // functional limitation is met
}

TEST_CASE("review links: on every card of the order, absolute, unless the request turns them off") {
  auto req = own_request();
  const std::vector<criteria::Assessment> as = {own_founding()};
  const auto linked = render_one(req, as, cards::Hook::order_sign, nullptr, true,
                                 {"https://cds.example.org/reviews/abc?exp=1&sig=2"});
  for (const auto& c : linked["cards"].GetArray()) {
    REQUIRE(c["links"].Size() >= 1);
    CHECK(std::string(c["links"][0]["url"].GetString()) ==
          "https://cds.example.org/reviews/abc?exp=1&sig=2");
    CHECK(std::string(c["links"][0]["type"].GetString()) == "absolute");
  }
  rapidjson::Value conf(rapidjson::kObjectType);
  conf.AddMember("review-link", false, req.GetAllocator());
  rapidjson::Value ext(rapidjson::kObjectType);
  ext.AddMember("davinci-crd.configuration", conf, req.GetAllocator());
  req.AddMember("extension", ext, req.GetAllocator());
  const auto off = render_one(req, as, cards::Hook::order_sign, nullptr, true,
                              {"https://cds.example.org/reviews/abc?exp=1&sig=2"});
  CHECK(to_json(off).find("/reviews/") == std::string::npos);
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
