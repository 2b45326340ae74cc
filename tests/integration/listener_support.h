#pragma once
// Raw clients and stand-in FHIR servers for the listener tests: what a
// hostile or heavy client does, byte by byte, with nothing a library adds.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "support/files.h"
#include "support/json_text.h"

namespace spinecds::listener_test {

// Timed checks only in the optimised build: sanitizers slow everything.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kTimed = false;
#else
inline constexpr bool kTimed = true;
#endif

inline const std::string kSign = "/cds-services/lumbar-fusion-order-sign";

inline double ms_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

// One client connection on a raw socket.
class Conn {
 public:
  explicit Conn(int port, int recv_timeout_ms = 10000) {
    fd_ = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(static_cast<uint16_t>(port));
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
      close(fd_);
      fd_ = -1;
      return;
    }
    set_timeout(recv_timeout_ms);
  }
  ~Conn() { shut(); }
  Conn(const Conn&) = delete;
  Conn& operator=(const Conn&) = delete;

  bool ok() const { return fd_ >= 0; }
  void set_timeout(int ms) {
    timeval tv{ms / 1000, (ms % 1000) * 1000};
    setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  }
  bool send_all(const std::string& bytes) {
    std::size_t sent = 0;
    while (sent < bytes.size()) {
      const auto n = send(fd_, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
      if (n <= 0) return false;
      sent += static_cast<std::size_t>(n);
    }
    return true;
  }
  // Reads until `marker` has arrived, the server closes, or the timeout.
  std::string read_until(const std::string& marker) {
    char buf[8192];
    while (got_.find(marker) == std::string::npos) {
      const auto n = recv(fd_, buf, sizeof buf, 0);
      if (n <= 0) break;
      got_.append(buf, static_cast<std::size_t>(n));
    }
    return got_;
  }
  // Reads to the end of the stream (or the timeout).
  std::string read_all() { return read_until(std::string(1, '\0') + "never"); }
  // True when the server has closed the connection (reads end of stream or a
  // reset) within the receive timeout.
  bool closed_by_server() {
    char buf[4096];
    for (;;) {
      const auto n = recv(fd_, buf, sizeof buf, 0);
      if (n == 0) return true;
      if (n < 0) return errno == ECONNRESET;
    }
  }
  void shut() {
    if (fd_ >= 0) close(fd_);
    fd_ = -1;
  }

 private:
  int fd_ = -1;
  std::string got_;
};

inline int status_of(const std::string& raw) {
  return raw.rfind("HTTP/1.1 ", 0) == 0 ? std::stoi(raw.substr(9, 3)) : 0;
}

inline std::string post_head(const std::string& path, std::size_t length,
                             const std::string& extra = "") {
  return "POST " + path +
         " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: " +
         std::to_string(length) + "\r\n" + extra + "\r\n";
}

inline std::string post(const std::string& path, const std::string& body) {
  return post_head(path, body.size(), "Connection: close\r\n") + body;
}

// A TCP listener that accepts into its backlog and never answers: a FHIR
// server slower than any deadline.
class SilentServer {
 public:
  SilentServer() {
    fd_ = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 || listen(fd_, 256) != 0) {
      throw std::runtime_error("cannot listen on a loopback port");
    }
    socklen_t len = sizeof a;
    getsockname(fd_, reinterpret_cast<sockaddr*>(&a), &len);
    port_ = ntohs(a.sin_port);
  }
  ~SilentServer() { close(fd_); }
  std::string base() const { return "http://127.0.0.1:" + std::to_string(port_) + "/fhir"; }

 private:
  int fd_ = -1;
  int port_ = 0;
};

inline rapidjson::Document sample_call() {
  rapidjson::Document d;
  d.Parse(spinecds::test::read_text(std::string(SPINECDS_SOURCE_DIR) +
                                    "/tests/data/service/l2-pelvis-order-sign.json")
              .c_str());
  return d;
}

using spinecds::test::to_json;

// The sample order-sign call without prefetch: its data must come from `fhir`.
inline std::string call_fetching_from(const std::string& fhir) {
  auto d = sample_call();
  d.RemoveMember("prefetch");
  d["fhirServer"].SetString(fhir.c_str(), static_cast<rapidjson::SizeType>(fhir.size()),
                            d.GetAllocator());
  return to_json(d);
}

// The sample call with `kb` KB of clinical prose in a condition's note: text
// the extraction stage reads in full.
inline std::string call_with_text(std::size_t kb) {
  auto d = sample_call();
  const std::string para =
      "Patient reports chronic low back pain radiating to the left leg for 14 months. "
      "Completed physical therapy twice weekly for 8 weeks without relief. MRI shows grade 1 "
      "spondylolisthesis at L4-L5 with 4 mm translation on flexion-extension. ";
  std::string text;
  while (text.size() < kb * 1024) text += para;
  text.resize(kb * 1024);
  auto& a = d.GetAllocator();
  auto& cond = d["prefetch"]["conditions"]["entry"][0]["resource"];
  rapidjson::Value note(rapidjson::kArrayType);
  rapidjson::Value item(rapidjson::kObjectType);
  item.AddMember("text", rapidjson::Value(text.c_str(), a), a);
  note.PushBack(item, a);
  cond.RemoveMember("note");
  cond.AddMember("note", note, a);
  return to_json(d);
}

// utime + stime of a process, in seconds.
inline double cpu_seconds(int pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
  std::string stat((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::istringstream fields(stat.substr(stat.rfind(')') + 2));
  std::string f;
  double ticks = 0;
  for (int i = 3; i <= 15 && fields >> f; ++i) {
    if (i == 14 || i == 15) ticks += std::stod(f);
  }
  return ticks / static_cast<double>(sysconf(_SC_CLK_TCK));
}

}  // namespace spinecds::listener_test
