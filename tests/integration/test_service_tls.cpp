// serve speaks HTTPS (TLS 1.2+) with a certificate and key from the config.
// The key pair is made by the test with openssl; none is committed.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "support/process.h"

using spinecds::testing::run_command;
using spinecds::testing::ServerProcess;

TEST_CASE("HTTPS with the configured certificate; plain HTTP and TLS 1.1 are refused") {
  const std::string dir = ServerProcess::temp_path("spinecds-tls");
  std::filesystem::create_directories(dir);
  const std::string cert = dir + "/cert.pem";
  const std::string key = dir + "/key.pem";
  const auto made = run_command({"/usr/bin/openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                                 "ec_paramgen_curve:P-256", "-nodes", "-days", "1", "-subj",
                                 "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                                 "-keyout", key, "-out", cert});
  REQUIRE_MESSAGE(made.exit_code == 0, made.err);
  const std::string config = dir + "/config.json";
  std::ofstream(config) << R"({"listen": {"tls": {"cert": ")" << cert << R"(", "key": ")" << key
                        << R"("}}, "store": "sqlite:)" << dir << R"(/fb.db"})";

  ServerProcess server({"--no-auth", "--config", config});
  const std::string base = "https://127.0.0.1:" + std::to_string(server.port());
  const auto ok = run_command({"/usr/bin/curl", "-sS", "--cacert", cert, base + "/cds-services"});
  CHECK(ok.exit_code == 0);
  CHECK(ok.out.find("lumbar-fusion-order-sign") != std::string::npos);
  const auto plain = run_command({"/usr/bin/curl", "-sS", "--max-time", "5",
                                  "http://127.0.0.1:" + std::to_string(server.port()) + "/healthz"});
  CHECK(plain.exit_code != 0);
  const auto old = run_command({"/usr/bin/curl", "-sS", "--max-time", "5", "--cacert", cert,
                                "--tlsv1.0", "--tls-max", "1.1", base + "/healthz"});
  CHECK(old.exit_code != 0);
  const auto again = run_command({"/usr/bin/curl", "-sS", "--cacert", cert, base + "/healthz"});
  CHECK(again.exit_code == 0);
  server.stop();
  std::filesystem::remove_all(dir);
}

TEST_CASE("a missing certificate stops serve with a clear error") {
  const std::string config = ServerProcess::temp_path("spinecds-tls-bad") + ".json";
  std::ofstream(config) << R"({"listen": {"tls": {"cert": "/nonexistent/cert.pem", "key": "/nonexistent/key.pem"}}, "store": "sqlite:/tmp/spinecds-tls-bad.db"})";
  const auto r = run_command({SPINECDS_BINARY, "serve", "--no-auth", "--port", "0", "--config", config});
  CHECK(r.exit_code != 0);
  CHECK(r.err.find("TLS certificate") != std::string::npos);
  std::filesystem::remove(config);
}
