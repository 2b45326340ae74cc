// The real HTTPS JWKS fetcher against a local `openssl s_server -WWW` with a
// certificate made at test time: it fetches from a trusted server, and
// refuses an untrusted certificate, a certificate for another host, plain
// http and a server that never answers (within its deadline).
#include <doctest/doctest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>

#include "service/auth/jwks_fetcher.h"

using namespace spinecds::service::auth;
namespace fs = std::filesystem;

namespace {

int free_port() {
  const int s = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(s, reinterpret_cast<sockaddr*>(&a), sizeof a);
  socklen_t len = sizeof a;
  getsockname(s, reinterpret_cast<sockaddr*>(&a), &len);
  close(s);
  return ntohs(a.sin_port);
}

bool can_connect(int port) {
  const int s = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(static_cast<uint16_t>(port));
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  const bool ok = connect(s, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
  close(s);
  return ok;
}

// `openssl s_server -WWW` serving the files of `dir`, stopped by destructor.
struct TlsServer {
  pid_t pid = -1;
  int port = 0;
  TlsServer(const fs::path& dir, const fs::path& cert, const fs::path& key) {
    port = free_port();
    pid = fork();
    if (pid == 0) {
      if (chdir(dir.c_str()) != 0) _exit(127);
      const std::string p = std::to_string(port);
      execlp("openssl", "openssl", "s_server", "-quiet", "-WWW", "-accept", p.c_str(), "-cert",
             cert.c_str(), "-key", key.c_str(), static_cast<char*>(nullptr));
      _exit(127);
    }
    for (int i = 0; i < 100 && !can_connect(port); ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  }
  ~TlsServer() {
    if (pid > 0) {
      kill(pid, SIGTERM);
      waitpid(pid, nullptr, 0);
    }
  }
};

}  // namespace

TEST_CASE("https_get fetches a JWKS only from a verified TLS server") {
  if (std::system("openssl version > /dev/null 2>&1") != 0) {
    MESSAGE("skipped: no openssl command");
    return;
  }
  const fs::path dir =
      fs::temp_directory_path() / ("spinecds-auth-fetch-" + std::to_string(getpid()));
  fs::create_directories(dir);
  const fs::path cert = dir / "cert.pem";
  const fs::path key = dir / "key.pem";
  const std::string gen =
      "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes "
      "-days 1 -subj /CN=localhost -addext subjectAltName=DNS:localhost "
      "-keyout " +
      key.string() + " -out " + cert.string() + " 2>/dev/null";
  REQUIRE(std::system(gen.c_str()) == 0);
  { std::ofstream(dir / "jwks.json") << R"({"keys":[]})"; }
  TlsServer server(dir, cert, key);
  REQUIRE(can_connect(server.port));
  const std::string base = "https://localhost:" + std::to_string(server.port);

  HttpsFetchOptions trusted;
  trusted.ca_file = cert.string();
  trusted.timeout = std::chrono::milliseconds(3000);
  std::string why;

  SUBCASE("trusted certificate: the body") {
    const auto body = https_get(base + "/jwks.json", trusted, &why);
    REQUIRE_MESSAGE(body, why);
    CHECK(*body == R"({"keys":[]})");
  }
  SUBCASE("certificate not in the trust store") {
    HttpsFetchOptions system_store;
    system_store.timeout = std::chrono::milliseconds(3000);
    CHECK_FALSE(https_get(base + "/jwks.json", system_store, &why));
    CHECK(why == "TLS handshake failed");
  }
  SUBCASE("certificate for another host name") {
    const std::string by_ip = "https://127.0.0.1:" + std::to_string(server.port) + "/jwks.json";
    CHECK_FALSE(https_get(by_ip, trusted, &why));
    CHECK(why == "TLS handshake failed");
  }
  SUBCASE("not https") {
    CHECK_FALSE(
        https_get("http://localhost:" + std::to_string(server.port) + "/jwks.json", trusted, &why));
    CHECK(why == "not an https URL");
    CHECK_FALSE(https_get("https://user@localhost/jwks.json", trusted, &why));
  }
  SUBCASE("a server that accepts but never answers costs the deadline, no more") {
    const int s = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(bind(s, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0);
    REQUIRE(listen(s, 4) == 0);
    socklen_t len = sizeof a;
    getsockname(s, reinterpret_cast<sockaddr*>(&a), &len);
    HttpsFetchOptions quick = trusted;
    quick.timeout = std::chrono::milliseconds(300);
    const auto start = std::chrono::steady_clock::now();
    CHECK_FALSE(
        https_get("https://localhost:" + std::to_string(ntohs(a.sin_port)) + "/k", quick, &why));
    const auto took = std::chrono::steady_clock::now() - start;
    CHECK(took < std::chrono::seconds(2));
    close(s);
  }
  fs::remove_all(dir);
}
