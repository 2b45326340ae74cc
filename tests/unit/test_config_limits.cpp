// The listener's limits in the configuration (DESIGN.md §7): defaults, the
// file (with DESIGN's name for the body budget), environment overrides, and
// errors that name the key.
#include <doctest/doctest.h>

#include "service/config.h"

using spinecds::service::load_config;

TEST_CASE("listener limits have defaults") {
  const auto c = load_config(std::nullopt, {});
  REQUIRE(c.config);
  CHECK(c.config->max_connections == 1024);
  CHECK(c.config->max_inflight_body_bytes == 8u * 1024u * 1024u);
  CHECK(c.config->call_deadline_ms == 10000);
  CHECK(c.config->worker_threads == 0);
  CHECK(c.config->queue_limit == 64);
  CHECK(c.config->header_timeout_ms == 10000);
  CHECK(c.config->body_timeout_ms == 30000);
  CHECK(c.config->shutdown_grace_seconds == 10);
}

TEST_CASE("listener limits come from the file and the environment overrides them") {
  const std::string file = R"({
    "limits": {"maxConnections": 50, "inflightBodyBytes": 2097152, "callDeadlineMs": 4000,
               "workerThreads": 3, "queueLimit": 9, "headerTimeoutMs": 2000,
               "bodyTimeoutMs": 5000, "idleTimeoutMs": 7000},
    "shutdownGraceSeconds": 3})";
  auto c = load_config(file, {});
  REQUIRE(c.config);
  CHECK(c.config->max_connections == 50);
  CHECK(c.config->max_inflight_body_bytes == 2097152u);
  CHECK(c.config->call_deadline_ms == 4000);
  CHECK(c.config->worker_threads == 3);
  CHECK(c.config->queue_limit == 9);
  CHECK(c.config->header_timeout_ms == 2000);
  CHECK(c.config->body_timeout_ms == 5000);
  CHECK(c.config->idle_timeout_ms == 7000);
  CHECK(c.config->shutdown_grace_seconds == 3);

  c = load_config(file, {{"SPINECDS_LIMITS_MAX_INFLIGHT_BODY_BYTES", "4096"},
                         {"SPINECDS_SHUTDOWN_GRACE_SECONDS", "0"},
                         {"SPINECDS_LIMITS_MAX_CONNECTIONS", "7"}});
  REQUIRE(c.config);
  CHECK(c.config->max_inflight_body_bytes == 4096u);
  CHECK(c.config->shutdown_grace_seconds == 0);
  CHECK(c.config->max_connections == 7);

  c = load_config(R"({"limits": {"maxInflightBodyBytes": 1048576}})", {});
  REQUIRE(c.config);
  CHECK(c.config->max_inflight_body_bytes == 1048576u);
}

TEST_CASE("a bad listener limit is refused, naming the key") {
  auto c = load_config(R"({"limits": {"maxConnections": 0}})", {});
  CHECK_FALSE(c.config);
  CHECK(c.error.find("limits.maxConnections") != std::string::npos);
  c = load_config(R"({"shutdownGraceSeconds": "ten"})", {});
  CHECK_FALSE(c.config);
  CHECK(c.error.find("shutdownGraceSeconds") != std::string::npos);
  c = load_config(std::nullopt, {{"SPINECDS_LIMITS_CALL_DEADLINE_MS", "-5"}});
  CHECK_FALSE(c.config);
  CHECK(c.error.find("SPINECDS_LIMITS_CALL_DEADLINE_MS") != std::string::npos);
}
