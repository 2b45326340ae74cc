// The FHIR transport's last line of defence: a header value holding CR, LF or
// NUL is never sent, whatever the callers checked before.
#include <doctest/doctest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <string>
#include <thread>

#include "fhir/transport.h"

using namespace spinecds::fhir;
using namespace std::string_literals;

namespace {

// A listening socket on a free loopback port that only counts connections.
struct Listener {
  int fd = -1;
  int port = 0;
  Listener() {
    fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0);
    REQUIRE(::listen(fd, 8) == 0);
    socklen_t len = sizeof a;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
    port = ntohs(a.sin_port);
  }
  ~Listener() { ::close(fd); }
  bool has_connection(int wait_ms) const {
    pollfd p{fd, POLLIN, 0};
    return ::poll(&p, 1, wait_ms) > 0;
  }
};

}  // namespace

TEST_CASE("a header value with CR, LF or NUL is refused and nothing is sent") {
  Listener l;
  auto transport = make_cpprest_transport();
  const std::string url = "http://127.0.0.1:" + std::to_string(l.port) + "/fhir/Patient/p1";
  for (const auto& value :
       {"Bearer tok\r\nX-Injected: 1"s, "Bearer tok\nX: 1"s, "Bearer tok\0rest"s}) {
    HttpGet get{url,
                {{"Accept", "application/fhir+json"}, {"Authorization", value}},
                std::chrono::milliseconds(500),
                1024};
    const auto answer = transport->get(get);
    CHECK(answer.error == TransportError::bad_header);
    CHECK(answer.status == 0);
    CHECK(answer.error_text.find("tok") == std::string::npos);
  }
  CHECK_FALSE(l.has_connection(200));
  // The same listener does see a clean request: the check above can fail.
  // The peer hangs up at once, so the call ends on its own rather than by a
  // timeout that would leave cpprestsdk's continuations running at exit.
  bool seen = false;
  std::thread peer([&] {
    if (!l.has_connection(5000)) return;
    const int c = ::accept(l.fd, nullptr, nullptr);
    seen = c >= 0;
    if (c >= 0) ::close(c);
  });
  HttpGet clean{url, {{"Authorization", "Bearer tok"}}, std::chrono::milliseconds(5000), 1024};
  const auto answer = transport->get(clean);
  peer.join();
  CHECK(seen);
  CHECK(answer.error != TransportError::bad_header);
}
