#pragma once
// What the gather's integration tests and benchmark share: starting and
// stopping the Node FHIR test server and fault proxy (tests/fhir-server),
// loading it with a transaction Bundle, a bare TCP listener that counts who
// knocks, and comparing records.
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "fhir/record.h"
#include "tests/support/ci_env.h"
#include "tests/support/json_text.h"

extern char** environ;

namespace gather_support {

inline std::string server_dir() {
  return std::string(SPINECDS_SOURCE_DIR) + "/tests/fhir-server";
}

// The server needs `npm ci` (deploy/fhir-test-server-setup.sh) to have run.
inline bool server_installed() {
  struct stat st {};
  return ::stat((server_dir() + "/node_modules/@medplum/fhir-router/package.json").c_str(), &st) ==
         0;
}

using spinecds::testing::under_ci;

// Deadline margins: sanitizers slow everything down several times.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr int kMarginMs = 3000;
#else
inline constexpr int kMarginMs = 1000;
#endif

// A `node SCRIPT ARGS...` child that prints "listening <port>" when ready.
class NodeProcess {
 public:
  NodeProcess(const std::string& script, const std::vector<std::string>& args) {
    // stdout tells the port; stdin stays open while this process lives, so a
    // crashed test leaves no server behind (the scripts exit on its EOF).
    int out[2], in[2];
    if (::pipe2(out, O_CLOEXEC) != 0) throw std::runtime_error("pipe failed");
    if (::pipe2(in, O_CLOEXEC) != 0) {
      ::close(out[0]);
      ::close(out[1]);
      throw std::runtime_error("pipe failed");
    }
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&fa, in[0], STDIN_FILENO);
    std::vector<std::string> argv_s = {"node", server_dir() + "/" + script};
    argv_s.insert(argv_s.end(), args.begin(), args.end());
    argv_s.push_back("--exit-with-stdin");
    std::vector<char*> argv;
    for (auto& a : argv_s) argv.push_back(a.data());
    argv.push_back(nullptr);
    const int rc = ::posix_spawnp(&pid_, "node", &fa, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&fa);
    ::close(out[1]);
    ::close(in[0]);
    stdin_ = in[1];
    if (rc != 0) {
      ::close(out[0]);
      pid_ = -1;
      throw std::runtime_error("could not start node");
    }
    // Medplum takes about 2.5 s to index its definitions; allow 30.
    std::string line;
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (line.find('\n') == std::string::npos && std::chrono::steady_clock::now() < until) {
      pollfd p{out[0], POLLIN, 0};
      if (::poll(&p, 1, 200) <= 0) continue;
      char buf[256];
      const auto n = ::read(out[0], buf, sizeof buf);
      if (n <= 0) break;
      line.append(buf, static_cast<std::size_t>(n));
    }
    ::close(out[0]);
    if (line.rfind("listening ", 0) != 0) {
      stop();
      throw std::runtime_error("node " + script + " did not start: " + line);
    }
    port_ = std::stoi(line.substr(10));
  }
  NodeProcess(const NodeProcess&) = delete;
  NodeProcess& operator=(const NodeProcess&) = delete;
  ~NodeProcess() { stop(); }

  int port() const { return port_; }

 private:
  void stop() {
    if (stdin_ >= 0) ::close(stdin_);
    stdin_ = -1;
    if (pid_ <= 0) return;
    ::kill(pid_, SIGTERM);
    for (int i = 0; i < 50; ++i) {
      if (::waitpid(pid_, nullptr, WNOHANG) == pid_) {
        pid_ = -1;
        return;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, nullptr, 0);
    pid_ = -1;
  }

  pid_t pid_ = -1;
  int stdin_ = -1;
  int port_ = 0;
};

inline int connect_loopback(int port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ::close(fd);
    return -1;
  }
  timeval tv{30, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  return fd;
}

struct RawAnswer {
  int status = 0;
  std::string body;
};

// A minimal HTTP/1.1 exchange (Connection: close) for loading the server;
// the code under test has its own client.
inline RawAnswer raw_http(int port, const std::string& method, const std::string& path,
                          const std::string& body = {}) {
  const int fd = connect_loopback(port);
  if (fd < 0) throw std::runtime_error("cannot connect to 127.0.0.1:" + std::to_string(port));
  std::string req = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(port) +
                    "\r\nConnection: close\r\nContent-Type: application/fhir+json\r\n"
                    "Content-Length: " +
                    std::to_string(body.size()) + "\r\n\r\n" + body;
  for (std::size_t sent = 0; sent < req.size();) {
    const auto n = ::send(fd, req.data() + sent, req.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) break;
    sent += static_cast<std::size_t>(n);
  }
  std::string in;
  char buf[65536];
  for (ssize_t n; (n = ::recv(fd, buf, sizeof buf, 0)) > 0;)
    in.append(buf, static_cast<std::size_t>(n));
  ::close(fd);
  RawAnswer a;
  if (in.size() > 12) a.status = std::atoi(in.c_str() + 9);
  if (const auto p = in.find("\r\n\r\n"); p != std::string::npos) a.body = in.substr(p + 4);
  return a;
}

// A TCP listener on 127.0.0.1 that answers nothing and counts connections:
// proof that a host was never contacted.
class Listener {
 public:
  Listener() {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (::bind(fd_, reinterpret_cast<sockaddr*>(&addr), len) != 0 || ::listen(fd_, 16) != 0) {
      throw std::runtime_error("listener failed");
    }
    ::getsockname(fd_, reinterpret_cast<sockaddr*>(&addr), &len);
    port_ = ntohs(addr.sin_port);
    thread_ = std::thread([this] {
      while (!stop_) {
        pollfd p{fd_, POLLIN, 0};
        if (::poll(&p, 1, 50) <= 0) continue;
        const int c = ::accept(fd_, nullptr, nullptr);
        if (c >= 0) {
          ++connections_;
          ::close(c);
        }
      }
    });
  }
  Listener(const Listener&) = delete;
  Listener& operator=(const Listener&) = delete;
  ~Listener() {
    stop_ = true;
    thread_.join();
    ::close(fd_);
  }
  int port() const { return port_; }
  int connections() const { return connections_; }
  std::string base() const { return "http://127.0.0.1:" + std::to_string(port_) + "/fhir"; }

 private:
  int fd_ = -1;
  int port_ = 0;
  std::atomic<bool> stop_{false};
  std::atomic<int> connections_{0};
  std::thread thread_;
};

// A port nobody listens on: bound, then closed.
inline int closed_port() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof addr;
  ::bind(fd, reinterpret_cast<sockaddr*>(&addr), len);
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  ::close(fd);
  return ntohs(addr.sin_port);
}

inline rapidjson::Document read_json(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  rapidjson::Document d;
  d.Parse(ss.str().c_str());
  if (d.HasParseError()) throw std::runtime_error("bad JSON in " + path);
  return d;
}

using spinecds::test::to_json;

// Every resource in a hook request's prefetch.
inline std::vector<const rapidjson::Value*> prefetch_resources(const rapidjson::Value& request) {
  std::vector<const rapidjson::Value*> out;
  const auto& prefetch = request["prefetch"];
  for (auto it = prefetch.MemberBegin(); it != prefetch.MemberEnd(); ++it) {
    const auto& v = it->value;
    if (!v.IsObject()) continue;
    if (v.HasMember("entry") && v["entry"].IsArray()) {
      for (const auto& e : v["entry"].GetArray()) {
        if (e.HasMember("resource")) out.push_back(&e["resource"]);
      }
    } else if (std::string(v["resourceType"].GetString()) != "Bundle") {
      out.push_back(&v);
    }
  }
  return out;
}

// A transaction of `PUT Type/id` entries, so the server keeps the ids the
// references use (POST entries would get new ones).
inline std::string transaction_of(const rapidjson::Value& request) {
  rapidjson::Document tx(rapidjson::kObjectType);
  auto& a = tx.GetAllocator();
  tx.AddMember("resourceType", "Bundle", a).AddMember("type", "transaction", a);
  rapidjson::Value entries(rapidjson::kArrayType);
  for (const auto* r : prefetch_resources(request)) {
    rapidjson::Value entry(rapidjson::kObjectType), req(rapidjson::kObjectType);
    const std::string url =
        std::string((*r)["resourceType"].GetString()) + "/" + (*r)["id"].GetString();
    req.AddMember("method", "PUT", a).AddMember("url", rapidjson::Value(url.c_str(), a), a);
    entry.AddMember("resource", rapidjson::Value(*r, a), a).AddMember("request", req, a);
    entries.PushBack(entry, a);
  }
  tx.AddMember("entry", entries, a);
  return to_json(tx);
}

// The record's resources as sorted JSON texts, without `meta`, which the
// server adds (versionId, lastUpdated) and an EHR's prefetch may lack.
inline std::vector<std::string> sorted_resources(const spinecds::fhir::Record& record) {
  std::vector<std::string> out;
  for (const auto& r : record.resources.GetArray()) {
    rapidjson::Document copy;
    copy.CopyFrom(r, copy.GetAllocator());
    copy.RemoveMember("meta");
    out.push_back(to_json(copy));
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace gather_support
