// CDS Hooks JWT verification through the real `spinecds serve` over HTTP:
// a valid token is served, a bad one gets 401 with nothing but
// "unauthorized", a 64 KB Authorization header gets 431 while the server
// keeps answering, a fhirServer off the issuer's list gets 400 without any
// connection to it, and nothing the service wrote (log, bodies, SQLite
// file) contains a token or the access token.
#include <doctest/doctest.h>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>
#include <vector>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "unit/test_auth_support.h"

using namespace spinecds::test_auth;
namespace fs = std::filesystem;

namespace {

constexpr const char* kIss = "https://ehr.test";
constexpr const char* kPublicUrl = "https://cds.test";
constexpr const char* kAccessToken = "access-token-7f3c9e1d5b2a4c6e8f0a";

std::string read_all(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

int listening_socket(int* port) {
  const int s = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(s, reinterpret_cast<sockaddr*>(&a), sizeof a);
  listen(s, 16);
  socklen_t len = sizeof a;
  getsockname(s, reinterpret_cast<sockaddr*>(&a), &len);
  *port = ntohs(a.sin_port);
  return s;
}

int free_port() {
  int port = 0;
  close(listening_socket(&port));
  return port;
}

struct Response {
  int status = 0;
  std::string head;
  std::string body;
};

// One request on its own connection (Connection: close), read to EOF.
Response http(int port, const std::string& method, const std::string& path,
              const std::string& authorization, const std::string& body = "") {
  Response r;
  const int s = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(static_cast<uint16_t>(port));
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(s, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
    close(s);
    return r;
  }
  timeval tv{10, 0};
  setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  std::string req = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(port) +
                    "\r\nConnection: close\r\n";
  if (!authorization.empty()) req += "Authorization: " + authorization + "\r\n";
  if (!body.empty()) {
    req +=
        "Content-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) + "\r\n";
  }
  req += "\r\n" + body;
  std::size_t sent = 0;
  while (sent < req.size()) {
    const auto n = send(s, req.data() + sent, req.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) break;  // the server may answer 431 and close before reading it all
    sent += static_cast<std::size_t>(n);
  }
  std::string raw;
  char buf[8192];
  for (;;) {
    const auto n = recv(s, buf, sizeof buf, 0);
    if (n <= 0) break;
    raw.append(buf, static_cast<std::size_t>(n));
  }
  close(s);
  const auto end = raw.find("\r\n\r\n");
  if (raw.rfind("HTTP/1.1 ", 0) != 0 || end == std::string::npos) return r;
  r.status = std::stoi(raw.substr(9, 3));
  r.head = raw.substr(0, end);
  r.body = raw.substr(end + 4);
  return r;
}

// `spinecds serve` in the background, output to a file; stopped by destructor.
struct Server {
  pid_t pid = -1;
  int port = 0;
  fs::path log;
  bool exited = false;

  Server(const fs::path& dir, const fs::path& config, int p) : port(p), log(dir / "server.log") {
    pid = fork();
    if (pid == 0) {
      const int fd = open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
      dup2(fd, 1);
      dup2(fd, 2);
      if (chdir(dir.c_str()) != 0) _exit(127);
      execl(SPINECDS_BINARY, SPINECDS_BINARY, "serve", "--config", config.c_str(),
            static_cast<char*>(nullptr));
      _exit(127);
    }
    for (int i = 0; i < 200; ++i) {
      int st = 0;
      if (waitpid(pid, &st, WNOHANG) == pid) {
        exited = true;
        pid = -1;
        return;
      }
      if (http(port, "GET", "/healthz", "").status == 200) return;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  }
  void stop() {
    if (pid > 0) {
      kill(pid, SIGTERM);
      waitpid(pid, nullptr, 0);
      pid = -1;
    }
  }
  ~Server() { stop(); }
};

// A listener that must never see a connection (the "SSRF trap").
bool has_pending_connection(int listener) {
  pollfd p{listener, POLLIN, 0};
  return poll(&p, 1, 0) > 0;
}

}  // namespace

TEST_CASE("spinecds serve checks CDS Hooks JWTs over HTTP and leaks no token") {
  const TestKey key = make_ec_key("P-384", "ehr-key-1");
  const fs::path dir =
      fs::temp_directory_path() / ("spinecds-auth-http-" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  int trap_port = 0;
  const int trap = listening_socket(&trap_port);
  const std::string trap_fhir = "http://127.0.0.1:" + std::to_string(trap_port) + "/fhir";
  const int port = free_port();

  const std::string config =
      R"({"listen": {"bind": "127.0.0.1", "port": )" + std::to_string(port) +
      R"(, "publicUrl": ")" + kPublicUrl + R"("}, "store": "sqlite:)" +
      (dir / "store.db").string() + R"(", "auth": {"trustedIssuers": [{"iss": ")" + kIss +
      R"(", "jwks": )" + jwks_of({&key}) + R"(, "fhirServers": ["https://ehr.test/fhir"]}]}})";
  std::ofstream(dir / "config.json") << config;

  Server server(dir, dir / "config.json", port);
  if (server.exited) {
    const std::string out = read_all(server.log);
    if (out.find("not built yet") != std::string::npos) {
      MESSAGE("skipped: serve does not wire make_jwt_authenticator yet");
      fs::remove_all(dir);
      close(trap);
      return;
    }
    FAIL("spinecds serve exited: " << out);
  }

  std::vector<std::string> tokens;
  std::vector<std::string> bodies;
  int jti = 0;
  const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                       std::chrono::system_clock::now().time_since_epoch())
                       .count();
  auto token_for = [&](const std::string& path) {
    const auto t = make_jwt(
        key, header_json("ES384", key.kid),
        claims_json(kIss, kPublicUrl + path, now, now + 120, "http-jti-" + std::to_string(++jti)));
    tokens.push_back(t);
    return t;
  };
  auto call = [&](const std::string& method, const std::string& path, const std::string& auth,
                  const std::string& body = "") {
    auto r = http(port, method, path, auth, body);
    bodies.push_back(r.head + "\r\n\r\n" + r.body);
    return r;
  };

  // A complete order-sign request (from the shared seed case when present),
  // naming a fhirServer that is not allowed, with an access token.
  rapidjson::Document hook;
  const fs::path seed = fs::path(SPINECDS_SHARED_DIR) / "cases/seed-l2-pelvis/request.json";
  const bool have_seed = fs::exists(seed);
  std::string full_body;
  std::string missing_body;
  if (have_seed) {
    hook.Parse(read_all(seed).c_str());
    REQUIRE_FALSE(hook.HasParseError());
    auto& alloc = hook.GetAllocator();
    hook["fhirServer"].SetString(trap_fhir.c_str(), alloc);
    rapidjson::Value fa(rapidjson::kObjectType);
    fa.AddMember("access_token", rapidjson::Value(kAccessToken, alloc), alloc);
    fa.AddMember("token_type", "Bearer", alloc);
    fa.AddMember("expires_in", 300, alloc);
    fa.AddMember("scope", "patient/*.read", alloc);
    fa.AddMember("subject", "cds-service", alloc);
    hook.AddMember("fhirAuthorization", fa, alloc);
    auto text = [&] {
      rapidjson::StringBuffer b;
      rapidjson::Writer<rapidjson::StringBuffer> w(b);
      hook.Accept(w);
      return std::string(b.GetString(), b.GetSize());
    };
    full_body = text();
    hook["prefetch"].RemoveMember("conditions");
    missing_body = text();
  }
  const std::string hook_path = "/cds-services/lumbar-fusion-order-sign";

  SUBCASE("calls") {
    CHECK(call("GET", "/cds-services", "Bearer " + token_for("/cds-services")).status == 200);
    CHECK(call("GET", "/cds-services", "").status == 401);

    // Bad tokens: 401, "unauthorized" and nothing else.
    // A token minted for another endpoint.
    const std::string other_aud = token_for("/cds-services/lumbar-fusion-order-sign");
    const auto bad = call("GET", "/cds-services", "Bearer " + other_aud);
    CHECK(bad.status == 401);
    CHECK(bad.body.find("unauthorized") != std::string::npos);
    CHECK(bad.body.find("aud") == std::string::npos);
    const std::string good = token_for("/cds-services");
    const std::string tampered = good.substr(0, good.size() - 4) + "AAAA";
    const auto r2 = call("GET", "/cds-services", "Bearer " + tampered);
    CHECK(r2.status == 401);
    CHECK(r2.body.find("signature") == std::string::npos);
    CHECK(call("GET", "/cds-services", "Bearer " + good).status == 200);
    CHECK(call("GET", "/cds-services", "Bearer " + good).status == 401);  // replay

    // A token shaped as Epic mints them lives 900 s, with nbf five minutes
    // before iat and a sub: served. One second longer than the issuer's
    // (default) lifetime: 401.
    const std::string epic_claims =
        ",\"nbf\":" + std::to_string(now - 300) + ",\"sub\":\"client-1\"";
    const auto epic_like = make_jwt(key, header_json("ES384", key.kid),
                                    claims_json(kIss, std::string(kPublicUrl) + "/cds-services",
                                                now, now + 900, "http-jti-epic", epic_claims));
    tokens.push_back(epic_like);
    CHECK(call("GET", "/cds-services", "Bearer " + epic_like).status == 200);
    const auto too_long = make_jwt(key, header_json("ES384", key.kid),
                                   claims_json(kIss, std::string(kPublicUrl) + "/cds-services", now,
                                               now + 901, "http-jti-long", epic_claims));
    tokens.push_back(too_long);
    CHECK(call("GET", "/cds-services", "Bearer " + too_long).status == 401);

    // 64 KB header: 431, and the server still answers valid calls.
    const std::string huge = "Bearer " + std::string(64 * 1024, 'A');
    CHECK(call("GET", "/cds-services", huge).status == 431);
    CHECK(call("GET", "/cds-services", "Bearer " + token_for("/cds-services")).status == 200);
    CHECK(http(port, "GET", "/healthz", "").status == 200);

    if (have_seed) {
      // Complete prefetch: 200, and the (disallowed) server is not contacted.
      const auto ok = call("POST", hook_path, "Bearer " + token_for(hook_path), full_body);
      CHECK(ok.status == 200);
      // Data missing and the fhirServer is off the issuer's list: 400.
      const auto off = call("POST", hook_path, "Bearer " + token_for(hook_path), missing_body);
      CHECK(off.status == 400);
      CHECK(off.body.find("fhirServer") != std::string::npos);
      CHECK(off.body.find(kAccessToken) == std::string::npos);
      std::this_thread::sleep_for(std::chrono::milliseconds(200));
      CHECK_FALSE(has_pending_connection(trap));
      // Unauthenticated hook calls never reach the pipeline.
      CHECK(call("POST", hook_path, "Bearer " + tampered, missing_body).status == 401);
    } else {
      MESSAGE("fhirServer part skipped: " << seed.string() << " is absent");
    }

    // Everything the service wrote: no token, no access token.
    server.stop();
    std::vector<std::pair<std::string, std::string>> outputs = {
        {"server.log", read_all(server.log)}};
    for (const auto& e : fs::directory_iterator(dir)) {
      if (e.path().filename().string().rfind("store.db", 0) == 0) {
        outputs.emplace_back(e.path().filename().string(), read_all(e.path()));
      }
    }
    for (std::size_t i = 0; i < bodies.size(); ++i) {
      outputs.emplace_back("response " + std::to_string(i), bodies[i]);
    }
    CHECK(outputs.front().second.find("auth.refused") != std::string::npos);
    // Each refusal's log line carries its reason code, for the integrator.
    for (const char* code : {"no-bearer-token", "wrong-audience", "bad-signature", "jti-replayed",
                             "lifetime-too-long"}) {
      CAPTURE(code);
      CHECK(outputs.front().second.find(std::string("\"reason\":\"") + code + "\"") !=
            std::string::npos);
    }
    for (const auto& [name, text] : outputs) {
      CAPTURE(name);
      CHECK(text.find(kAccessToken) == std::string::npos);
      for (const auto& t : tokens) {
        CHECK(text.find(t) == std::string::npos);
        CHECK(text.find(t.substr(t.rfind('.') + 1)) == std::string::npos);  // the signature
      }
      CHECK(text.find(tampered) == std::string::npos);
    }
  }
  server.stop();
  close(trap);
  fs::remove_all(dir);
}
