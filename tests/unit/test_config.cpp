// Configuration: defaults, the file, environment overrides, clear errors.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include <rapidjson/document.h>

#include "service/auth/jwt_authenticator.h"
#include "service/config.h"

using spinecds::service::load_config;

TEST_CASE("every key has a default") {
  auto c = load_config(std::nullopt, {});
  REQUIRE(c.config);
  CHECK(c.config->bind == "127.0.0.1");
  CHECK(c.config->port == 8080);
  CHECK(c.config->body_bytes == 5u * 1024u * 1024u);
  CHECK(c.config->store == "sqlite:spinecds.db");
  CHECK(c.config->cors_origins == std::vector<std::string>{"*"});
  CHECK(c.config->fhir_deadline_ms == 3000);
  CHECK(c.config->fhir_allowed_servers.empty());
  CHECK_FALSE(c.config->has_trusted_issuers);
}

TEST_CASE("the file sets keys and the environment overrides it") {
  const std::string file = R"({
    "listen": {"bind": "0.0.0.0", "port": 9090, "publicUrl": "https://cds.example.org/",
               "corsOrigins": ["https://ehr.example.org"]},
    "auth": {"trustedIssuers": [{"iss": "https://ehr.example.org", "jwks": {"keys": []}}]},
    "fhir": {"allowedServers": ["http://127.0.0.1:8090/fhir/"], "deadlineMs": 1500},
    "store": "sqlite:/var/lib/spinecds/feedback.db",
    "payers": {"Acme Health Plan": "aetna-like"},
    "crd": {"coverageInformation": false},
    "limits": {"bodyBytes": 1048576},
    "log": {"level": "warn"}})";
  auto c = load_config(file, {{"SPINECDS_FHIR_ALLOWED_SERVERS", "https://a.example/fhir, https://b.example/fhir"},
                              {"SPINECDS_LISTEN_PORT", "7000"}});
  REQUIRE(c.config);
  CHECK(c.config->bind == "0.0.0.0");
  CHECK(c.config->port == 7000);
  CHECK(c.config->public_url == "https://cds.example.org");
  CHECK(c.config->cors_origins == std::vector<std::string>{"https://ehr.example.org"});
  CHECK(c.config->has_trusted_issuers);
  CHECK(c.config->auth_json.find("ehr.example.org") != std::string::npos);
  CHECK(c.config->fhir_allowed_servers ==
        std::vector<std::string>{"https://a.example/fhir", "https://b.example/fhir"});
  CHECK(c.config->fhir_deadline_ms == 1500);
  CHECK(c.config->store == "sqlite:/var/lib/spinecds/feedback.db");
  CHECK(c.config->payers.at("Acme Health Plan") == "aetna-like");
  CHECK_FALSE(c.config->crd_coverage_information);
  CHECK(c.config->body_bytes == 1048576u);
  CHECK(c.config->log_level == "warn");
}

TEST_CASE("bad values are refused naming the key") {
  auto bad_json = load_config(std::string("{\"listen\": "), {});
  CHECK_FALSE(bad_json.config);
  CHECK(bad_json.error.find("not valid JSON") != std::string::npos);
  auto bad_port = load_config(std::string(R"({"listen": {"port": "eighty"}})"), {});
  CHECK_FALSE(bad_port.config);
  CHECK(bad_port.error.find("listen.port") != std::string::npos);
  auto bad_env = load_config(std::nullopt, {{"SPINECDS_FHIR_DEADLINE_MS", "soon"}});
  CHECK_FALSE(bad_env.config);
  CHECK(bad_env.error.find("SPINECDS_FHIR_DEADLINE_MS") != std::string::npos);
  auto half_tls = load_config(std::string(R"({"listen": {"tls": {"cert": "c.pem"}}})"), {});
  CHECK_FALSE(half_tls.config);
  CHECK(half_tls.error.find("listen.tls") != std::string::npos);
}

TEST_CASE("the example configuration in deploy/ loads, auth section included") {
  std::ifstream in(std::string(SPINECDS_SOURCE_DIR) + "/deploy/config.example.json");
  std::stringstream ss;
  ss << in.rdbuf();
  auto c = load_config(ss.str(), {});
  REQUIRE_MESSAGE(c.config, c.error);
  CHECK(c.config->has_trusted_issuers);
  CHECK(c.config->tls_cert == "/etc/spinecds/tls/cert.pem");
  CHECK(c.config->payers.size() == 2);
  rapidjson::Document auth;
  auth.Parse(c.config->auth_json.c_str());
  auto setup = spinecds::service::auth::make_jwt_authenticator(auth, {});
  CHECK_MESSAGE(setup.authenticator.has_value(), setup.error);
}
