// The policy keys of the configuration (DESIGN.md §7): `policies` maps each
// procedure family's policy id to its file, `policy` is another name for the
// lumbar one, `valueSets` names a folder of value sets; environment
// variables override the file.
#include <doctest/doctest.h>

#include "service/config.h"

using spinecds::service::load_config;

TEST_CASE("policies, policy and valueSets: defaults, file and environment") {
  SUBCASE("nothing named: the shipped policies and value sets") {
    const auto c = load_config(std::nullopt, {});
    REQUIRE(c.config);
    CHECK(c.config->policy_paths.empty());
    CHECK(c.config->policy_path.empty());
    CHECK(c.config->value_sets_dir.empty());
  }
  SUBCASE("the file's policies map, with policy as the lumbar entry") {
    const auto c = load_config(std::string(R"({
      "policies": {"lumbar-fusion": "/p/lumbar.json", "cervical-fusion": "/p/cervical.json"},
      "valueSets": "/etc/spinecds/valuesets"})"),
                               {});
    REQUIRE_MESSAGE(c.config, c.error);
    CHECK(c.config->policy_paths.size() == 2);
    CHECK(c.config->policy_paths.at("cervical-fusion") == "/p/cervical.json");
    CHECK(c.config->policy_path == "/p/lumbar.json");
    CHECK(c.config->value_sets_dir == "/etc/spinecds/valuesets");
  }
  SUBCASE("policy alone names the lumbar policy") {
    const auto c = load_config(std::string(R"({"policy": "/p/l.json"})"), {});
    REQUIRE_MESSAGE(c.config, c.error);
    CHECK(c.config->policy_paths.at("lumbar-fusion") == "/p/l.json");
  }
  SUBCASE("policy and policies.lumbar-fusion naming the same file agree") {
    const auto c = load_config(
        std::string(R"({"policy": "/p/l.json", "policies": {"lumbar-fusion": "/p/l.json"}})"), {});
    CHECK_MESSAGE(c.config, c.error);
  }
  SUBCASE("the environment overrides the file") {
    const auto c = load_config(
        std::string(R"({"policies": {"lumbar-fusion": "/p/l.json"}, "valueSets": "/a"})"),
        {{"SPINECDS_POLICIES", "lumbar-fusion=/q/l.json, cervical-fusion=/q/c.json"},
         {"SPINECDS_VALUE_SETS", "/b"}});
    REQUIRE_MESSAGE(c.config, c.error);
    CHECK(c.config->policy_paths.at("lumbar-fusion") == "/q/l.json");
    CHECK(c.config->policy_paths.at("cervical-fusion") == "/q/c.json");
    CHECK(c.config->policy_path == "/q/l.json");
    CHECK(c.config->value_sets_dir == "/b");
  }
}

TEST_CASE("bad policy keys are refused naming the key") {
  struct Case {
    std::optional<std::string> file;
    std::map<std::string, std::string> env;
    std::string error;
  };
  const std::vector<Case> cases = {
      {R"({"policies": ["/p/l.json"]})", {}, "policies must be an object"},
      {R"({"policies": {"Lumbar Fusion": "/p/l.json"}})",
       {},
       "policies.Lumbar Fusion: not a policy id"},
      {R"({"policies": {"lumbar-fusion": ""}})", {}, "policies.lumbar-fusion must be a file path"},
      {R"({"policies": {"lumbar-fusion": 3}})", {}, "policies.lumbar-fusion must be a file path"},
      {R"({"policy": "/a.json", "policies": {"lumbar-fusion": "/b.json"}})",
       {},
       "policy and policies.lumbar-fusion name different files"},
      {R"({"valueSets": ["/a"]})", {}, "valueSets must be a string"},
      {std::nullopt, {{"SPINECDS_POLICIES", "/p/l.json"}}, "SPINECDS_POLICIES must be"},
      {std::nullopt, {{"SPINECDS_POLICIES", "lumbar-fusion="}}, "SPINECDS_POLICIES must be"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.error);
    const auto loaded = load_config(c.file, c.env);
    CHECK_FALSE(loaded.config);
    CHECK(loaded.error.find(c.error) != std::string::npos);
  }
}
