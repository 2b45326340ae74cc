// The procedure-family registry at the service edge (DESIGN §9): two
// services per family with the same prefetch keys, each answering only its
// own family's orders; a mixed order assessed in part with the rest named;
// the cervical fusion-extent update counting its codes again. Through the
// product entry point (service::run_assess) on the project's cervical cases.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include <rapidjson/document.h>

#include "criteria/policy.h"
#include "service/cli_assess.h"
#include "service/schema_set.h"
#include "service/services.h"
#include "support/policy_files.h"

namespace fs = std::filesystem;
using namespace spinecds;

namespace {

std::string read_case(const std::string& name) {
  const fs::path p =
      fs::path(SPINECDS_SOURCE_DIR) / "tests" / "data" / "cases" / name / "request.json";
  std::ifstream in(p, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), p.string());
  std::ostringstream os;
  os << in.rdbuf();
  return os.str();
}

// The CDS Hooks response of `service_id` for a case, as `assess --format cards`.
rapidjson::Document hook_cards(const std::string& case_name, const std::string& service_id) {
  static const service::SchemaSet schemas;
  const auto* svc = service::find_service(service_id);
  REQUIRE(svc);
  service::PipelineDeps deps;
  deps.schemas = &schemas;
  deps.policy = &test::shipped_policy(svc->family);
  deps.gather.offline = true;
  deps.today = "2026-11-20";
  const auto run = service::run_assess(read_case(case_name), *svc, deps, "cards");
  REQUIRE_MESSAGE(run.result.ok, run.result.error.message);
  rapidjson::Document d;
  d.Parse(run.output.c_str());
  REQUIRE(!d.HasParseError());
  return d;
}

std::string text_of(const rapidjson::Value& card) {
  return std::string(card["summary"].GetString()) + "\n" +
         (card.HasMember("detail") ? card["detail"].GetString() : "");
}

}  // namespace

TEST_CASE("each family has an order-sign and an order-select service with the same prefetch") {
  std::set<std::string> ids;
  for (const auto& s : service::services()) ids.insert(s.id);
  CHECK(ids == std::set<std::string>{"cervical-fusion-order-select", "cervical-fusion-order-sign",
                                     "lumbar-fusion-order-select", "lumbar-fusion-order-sign"});
  CHECK(service::find_service("cervical-fusion-order-sign")->family == "cervical-fusion");
  CHECK(service::find_service("cervical-fusion-order-select")->hook == "order-select");
  rapidjson::Document d;
  const auto json = service::discovery_json();
  d.Parse(json.c_str());
  REQUIRE(d["services"].Size() == 4);
  std::set<std::string> first;
  for (const auto& m : d["services"][0]["prefetch"].GetObject()) first.insert(m.name.GetString());
  for (const auto& s : d["services"].GetArray()) {
    std::set<std::string> keys;
    for (const auto& m : s["prefetch"].GetObject()) keys.insert(m.name.GetString());
    CHECK(keys == first);
  }
  CHECK(first.count("documents") == 1);
}

TEST_CASE("a service answers only its own family's orders") {
  CHECK(
      hook_cards("cerv-09-lumbar-order-to-cervical-service", "cervical-fusion-order-sign")["cards"]
          .Empty());
  CHECK(hook_cards("cerv-10-cervical-order-to-lumbar-service", "lumbar-fusion-order-sign")["cards"]
            .Empty());
  // Disc arthroplasty is not a fusion.
  CHECK(hook_cards("cerv-11-cervical-disc-arthroplasty", "cervical-fusion-order-sign")["cards"]
            .Empty());
}

TEST_CASE("a mixed order: each service's summary card names the part it did not assess") {
  const auto cervical =
      hook_cards("cerv-12-mixed-order-cervical-service", "cervical-fusion-order-sign");
  const auto lumbar = hook_cards("cerv-13-mixed-order-lumbar-service", "lumbar-fusion-order-sign");
  auto summary_mentions = [](const rapidjson::Document& d, const std::string& seg) {
    for (const auto& c : d["cards"].GetArray()) {
      const auto t = text_of(c);
      if (t.find("not assessed") != std::string::npos && t.find(seg) != std::string::npos)
        return true;
    }
    return false;
  };
  CHECK(summary_mentions(cervical, "L4-L5"));
  CHECK(summary_mentions(lumbar, "C5-C6"));
  for (const auto& c : cervical["cards"].GetArray()) {
    CHECK(text_of(c).find("pelvic") == std::string::npos);
  }
}

TEST_CASE("the cervical fusion-extent update keeps one level and counts its codes again") {
  const auto d = hook_cards("cerv-01-overreaching-multilevel-acdf", "cervical-fusion-order-sign");
  const rapidjson::Value* update = nullptr;
  for (const auto& c : d["cards"].GetArray()) {
    if (!c.HasMember("suggestions")) continue;
    for (const auto& s : c["suggestions"].GetArray()) {
      for (const auto& a : s["actions"].GetArray()) {
        if (std::string(a["type"].GetString()) == "update") update = &a["resource"];
      }
    }
  }
  REQUIRE(update != nullptr);
  std::multiset<std::string> codes;
  for (const auto& od : (*update)["orderDetail"].GetArray()) {
    codes.insert(od["coding"][0]["code"].GetString());
  }
  // C5-C6 alone: 22551 stays the order's code, no +22552; the plate spans
  // two vertebrae (C5, C6): 22845, not the 4-7 vertebra code 22846.
  CHECK(std::string((*update)["code"]["coding"][0]["code"].GetString()) == "22551");
  CHECK(codes.count("22552") == 0);
  CHECK(codes.count("22846") == 0);
  CHECK(codes.count("22845") == 1);
  CHECK((*update)["bodySite"].Size() == 2);
}
