// The HTTPS listener speaks TLS 1.2+ with forward-secret AEAD suites only
// (Mozilla intermediate), as `openssl s_client` sees it: CBC-SHA1, static-RSA
// and TLS 1.1 handshakes fail, intermediate ones succeed, and
// listen.tls.minVersion / listen.tls.ciphers change that.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "service/config.h"
#include "support/process.h"

using spinecds::testing::run_command;
using spinecds::testing::ServerProcess;

namespace {

struct Cert {
  std::string dir = ServerProcess::temp_path("spinecds-tls");
  std::string cert = dir + "/cert.pem";
  std::string key = dir + "/key.pem";
  Cert() {
    std::filesystem::create_directories(dir);
    const auto r = run_command({"/bin/sh", "-c",
                                "openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "
                                "/CN=127.0.0.1 -keyout " +
                                    key + " -out " + cert + " 2>&1"});
    REQUIRE_MESSAGE(r.exit_code == 0, r.out);
  }
  ~Cert() { std::filesystem::remove_all(dir); }
};

struct Handshake {
  bool ok = false;
  std::string out;
};

// `openssl s_client` with the given options; ok when a session was set up.
Handshake handshake(int port, const std::string& options) {
  const auto r = run_command({"/bin/sh", "-c",
                              "openssl s_client -connect 127.0.0.1:" + std::to_string(port) + " " +
                                  options + " </dev/null 2>&1"});
  Handshake h;
  h.out = r.out;
  h.ok = r.exit_code == 0 && r.out.find("Cipher is (NONE)") == std::string::npos &&
         r.out.find("Cipher is ") != std::string::npos;
  return h;
}

std::vector<std::string> env_for(const Cert& c, std::vector<std::string> extra = {}) {
  extra.push_back("SPINECDS_LISTEN_TLS_CERT=" + c.cert);
  extra.push_back("SPINECDS_LISTEN_TLS_KEY=" + c.key);
  extra.push_back("SPINECDS_STORE=sqlite:" + ServerProcess::temp_path("db") + ".db");
  return extra;
}

}  // namespace

TEST_CASE("default TLS: intermediate suites accepted, CBC-SHA1, static RSA and TLS 1.1 refused") {
  Cert c;
  ServerProcess server({"--no-auth"}, env_for(c));
  for (const char* good : {"-tls1_2 -cipher ECDHE-RSA-AES128-GCM-SHA256",
                           "-tls1_2 -cipher ECDHE-RSA-CHACHA20-POLY1305",
                           "-tls1_2 -cipher ECDHE-RSA-AES256-GCM-SHA384", "-tls1_3"}) {
    CAPTURE(good);
    const auto h = handshake(server.port(), good);
    CHECK_MESSAGE(h.ok, h.out);
  }
  const auto chosen = handshake(server.port(), "-tls1_2 -cipher ECDHE-RSA-AES128-GCM-SHA256");
  CHECK(chosen.out.find("ECDHE-RSA-AES128-GCM-SHA256") != std::string::npos);
  // CBC with SHA-1, CBC with SHA-256, static RSA (no forward secrecy) even
  // with GCM, and TLS 1.1 (offered at OpenSSL's security level 0 so the
  // refusal is the server's).
  for (const char* bad :
       {"-tls1_2 -cipher ECDHE-RSA-AES128-SHA", "-tls1_2 -cipher ECDHE-RSA-AES256-SHA",
        "-tls1_2 -cipher AES128-SHA", "-tls1_2 -cipher AES128-GCM-SHA256",
        "-tls1_2 -cipher AES256-SHA256", "-tls1_2 -cipher ECDHE-RSA-AES128-SHA256",
        "-tls1_1 -cipher DEFAULT@SECLEVEL=0"}) {
    CAPTURE(bad);
    const auto h = handshake(server.port(), bad);
    CHECK_MESSAGE(!h.ok, h.out);
  }
}

TEST_CASE("listen.tls.minVersion 1.3 refuses TLS 1.2; listen.tls.ciphers narrows the suites") {
  Cert c;
  {
    ServerProcess server({"--no-auth"}, env_for(c, {"SPINECDS_LISTEN_TLS_MIN_VERSION=1.3"}));
    CHECK_FALSE(handshake(server.port(), "-tls1_2 -cipher ECDHE-RSA-AES128-GCM-SHA256").ok);
    CHECK(handshake(server.port(), "-tls1_3").ok);
  }
  {
    ServerProcess server({"--no-auth"},
                         env_for(c, {"SPINECDS_LISTEN_TLS_CIPHERS=ECDHE-RSA-AES256-GCM-SHA384"}));
    CHECK(handshake(server.port(), "-tls1_2 -cipher ECDHE-RSA-AES256-GCM-SHA384").ok);
    CHECK_FALSE(handshake(server.port(), "-tls1_2 -cipher ECDHE-RSA-AES128-GCM-SHA256").ok);
  }
}

TEST_CASE("TLS settings the listener cannot honour are configuration errors") {
  using spinecds::service::load_config;
  const std::string file =
      R"({"listen":{"tls":{"cert":"c.pem","key":"k.pem","minVersion":"1.1"}}})";
  auto r = load_config(file, {});
  CHECK_FALSE(r.config);
  CHECK(r.error.find("listen.tls.minVersion") != std::string::npos);
  r = load_config(std::nullopt, {{"SPINECDS_LISTEN_TLS_MIN_VERSION", "1.0"}});
  CHECK_FALSE(r.config);
  r = load_config(
      R"({"listen":{"tls":{"cert":"c.pem","key":"k.pem","minVersion":"1.3","ciphers":"ECDHE-RSA-AES256-GCM-SHA384"}}})",
      {});
  REQUIRE(r.config);
  CHECK(r.config->tls_min_version == "1.3");
  CHECK(r.config->tls_ciphers == "ECDHE-RSA-AES256-GCM-SHA384");
  // A list OpenSSL cannot use stops the start instead of serving weaker suites.
  Cert c;
  CHECK_THROWS(
      ServerProcess({"--no-auth"}, env_for(c, {"SPINECDS_LISTEN_TLS_CIPHERS=NO-SUCH-SUITE"})));
}
