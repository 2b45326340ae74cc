#pragma once
// A TCP proxy on 127.0.0.1 that forwards every connection to an upstream port
// and records the raw bytes clients sent through it: proof of what reached
// the FHIR server, byte for byte, injected headers and smuggled requests
// included.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace gather_support {

class RecordingProxy {
 public:
  explicit RecordingProxy(int upstream_port) : upstream_(upstream_port) {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (::bind(fd_, reinterpret_cast<sockaddr*>(&addr), len) != 0 || ::listen(fd_, 64) != 0) {
      throw std::runtime_error("proxy listen failed");
    }
    ::getsockname(fd_, reinterpret_cast<sockaddr*>(&addr), &len);
    port_ = ntohs(addr.sin_port);
    acceptor_ = std::thread([this] { accept_loop(); });
  }
  RecordingProxy(const RecordingProxy&) = delete;
  RecordingProxy& operator=(const RecordingProxy&) = delete;
  ~RecordingProxy() {
    stop_ = true;
    acceptor_.join();
    for (auto& t : pumps_) t.join();
    ::close(fd_);
  }

  int port() const { return port_; }
  std::string base() const { return "http://127.0.0.1:" + std::to_string(port_) + "/fhir"; }
  // Everything clients sent so far, all connections concatenated.
  std::string sent() const {
    std::lock_guard lock(mu_);
    return sent_;
  }
  int connections() const { return connections_; }
  void clear() {
    std::lock_guard lock(mu_);
    sent_.clear();
  }

 private:
  void accept_loop() {
    while (!stop_) {
      pollfd p{fd_, POLLIN, 0};
      if (::poll(&p, 1, 50) <= 0) continue;
      const int c = ::accept(fd_, nullptr, nullptr);
      if (c < 0) continue;
      ++connections_;
      pumps_.emplace_back([this, c] { pump(c); });
    }
  }

  void pump(int client) {
    const int up = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(upstream_));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(up, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
      ::close(up);
      ::close(client);
      return;
    }
    char buf[65536];
    bool open = true;
    while (open && !stop_) {
      pollfd p[2] = {{client, POLLIN, 0}, {up, POLLIN, 0}};
      if (::poll(p, 2, 50) <= 0) continue;
      for (int i = 0; i < 2 && open; ++i) {
        if (!(p[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
        const auto n = ::recv(p[i].fd, buf, sizeof buf, 0);
        if (n <= 0) {
          open = false;
          break;
        }
        if (i == 0) {
          std::lock_guard lock(mu_);
          sent_.append(buf, static_cast<std::size_t>(n));
        }
        const int to = i == 0 ? up : client;
        for (ssize_t off = 0; off < n;) {
          const auto w = ::send(to, buf + off, static_cast<std::size_t>(n - off), MSG_NOSIGNAL);
          if (w <= 0) {
            open = false;
            break;
          }
          off += w;
        }
      }
    }
    ::close(up);
    ::close(client);
  }

  int upstream_;
  int fd_ = -1;
  int port_ = 0;
  std::atomic<bool> stop_{false};
  std::atomic<int> connections_{0};
  mutable std::mutex mu_;
  std::string sent_;
  std::thread acceptor_;
  std::vector<std::thread> pumps_;  // touched only by the acceptor, joined after it
};

}  // namespace gather_support
