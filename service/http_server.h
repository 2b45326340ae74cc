#pragma once
// The HTTP(S) listener: Boost.Beast over Boost.Asio, a fixed pool of I/O
// threads, and a bounded pool for hook work (a hook call may wait on the FHIR
// server for its whole deadline, or compute over a long text, and must stall
// neither other sockets nor the health checks).
//
// Hostile clients (DESIGN.md §8): connections and buffered body bytes are
// capped (503 + Retry-After beyond); a request is admitted on its headers
// (token, method, path, Content-Length) before its body is read; a call
// whose client hangs up or whose deadline passes is told to stop; SIGTERM
// stops accepting and lets in-flight calls finish within a grace period;
// out of descriptors, the accept loop backs off instead of spinning.
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "service/http_types.h"

namespace spinecds::service {

struct HttpHandlers {
  // Answers a whole request; runs on the hook pool (or inline, see below).
  std::function<HttpResponse(const HttpRequest&)> handle;
  // Checks a request on its headers alone, on the hook pool, before its body
  // is read: a response refuses it. May record what it verified in `head`.
  // Unset: every request is admitted.
  std::function<std::optional<HttpResponse>(HttpRequest& head)> admit;
  // True when admitting `head` needs no work that may block or compute (no
  // token to verify): it is then admitted at once on the I/O thread, which
  // saves a hop to the pool and back (two thread wake-ups) on every call.
  // Unset: every admission runs on the hook pool.
  std::function<bool(const HttpRequest& head)> admits_inline;
  // Bodiless requests answered at once on the I/O threads (health, metrics):
  // they must never wait behind hook work. Unset: none.
  std::function<bool(const HttpRequest& head)> served_inline;
};

// Adds headers (CORS) to the errors the listener answers without the handler.
using ErrorDecorator = std::function<void(std::string_view origin, HttpResponse&)>;

struct HttpServerOptions {
  std::string bind = "127.0.0.1";
  int port = 8080;  // 0 → any free port
  int io_threads = 2;
  int worker_threads = 4;  // hook pool
  int queue_limit = 64;    // hook calls waiting for a worker; 503 beyond
  std::size_t body_limit = 5u * 1024u * 1024u;
  std::size_t header_limit = 16u * 1024u;
  int max_connections = 1024;
  std::size_t max_inflight_body_bytes = 8u * 1024u * 1024u;  // held from headers to answer
  int header_timeout_ms = 10000;                             // first byte to end of headers
  int body_timeout_ms = 30000;
  int idle_timeout_ms = 30000;   // keep-alive wait for the next request
  int call_deadline_ms = 10000;  // end of headers to answer
  int shutdown_grace_seconds = 10;
  std::string tls_cert;  // PEM; both set → HTTPS only
  std::string tls_key;
  std::string tls_min_version = "1.2";  // and ciphers: see service/tls_context.h
  std::string tls_ciphers;
  ErrorDecorator decorate_error;
  // Called (on an I/O thread) when the process receives SIGHUP: reload what
  // can be reloaded without a restart. Unset: SIGHUP is ignored.
  std::function<void()> on_hangup;
};

class HttpServer {
 public:
  HttpServer(HttpServerOptions options, HttpHandlers handlers);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds and starts serving; "" on success, else why not.
  std::string start();
  int port() const;  // the bound port
  // Blocks until SIGINT/SIGTERM (then: stop accepting, wait for in-flight
  // calls up to the grace period) or stop(). True when no call was left
  // running; false when the grace period ran out first (a hook worker may
  // still be busy: the caller should exit without joining it).
  bool wait();
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace spinecds::service
