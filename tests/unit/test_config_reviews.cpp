// The reviews and admin sections of the configuration (DESIGN.md §6, §7).
#include <doctest/doctest.h>

#include "service/config.h"

using spinecds::service::load_config;

TEST_CASE("reviews and admin: defaults, file, environment, bad values named") {
  const auto def = load_config(std::nullopt, {});
  REQUIRE(def.config);
  CHECK(def.config->reviews_enabled);
  CHECK(def.config->reviews_ttl_hours == 24);
  CHECK(def.config->reviews_secret.empty());
  CHECK(def.config->admin_tokens.empty());

  const auto file = load_config(
      R"({"reviews":{"enabled":false,"ttlHours":2,"secret":"s3cret"},"admin":{"tokens":["a","b"]}})",
      {});
  REQUIRE(file.config);
  CHECK_FALSE(file.config->reviews_enabled);
  CHECK(file.config->reviews_ttl_hours == 2);
  CHECK(file.config->reviews_secret == "s3cret");
  CHECK(file.config->admin_tokens == std::vector<std::string>{"a", "b"});

  // reviews.key is another name for the secret; the environment wins (as deploy/k8s sets it).
  const auto env =
      load_config(R"({"reviews":{"key":"from-file"}})", {{"SPINECDS_REVIEWS_SECRET", "from-env"},
                                                         {"SPINECDS_ADMIN_TOKENS", "t1, t2"},
                                                         {"SPINECDS_REVIEWS_TTL_HOURS", "48"}});
  REQUIRE(env.config);
  CHECK(env.config->reviews_secret == "from-env");
  CHECK(env.config->admin_tokens == std::vector<std::string>{"t1", "t2"});
  CHECK(env.config->reviews_ttl_hours == 48);

  const auto bad = load_config(R"({"reviews":{"ttlHours":0}})", {});
  CHECK_FALSE(bad.config);
  CHECK(bad.error.find("reviews.ttlHours") != std::string::npos);
  const auto bad_env = load_config(std::nullopt, {{"SPINECDS_REVIEWS_ENABLED", "yes"}});
  CHECK_FALSE(bad_env.config);
  CHECK(bad_env.error.find("SPINECDS_REVIEWS_ENABLED") != std::string::npos);
  // A rejected secret is never echoed.
  const auto bad_secret = load_config(R"({"reviews":{"secret":12345678}})", {});
  CHECK_FALSE(bad_secret.config);
  CHECK(bad_secret.error.find("12345678") == std::string::npos);
}
