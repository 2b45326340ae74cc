#pragma once
// The HTTP(S) listener: Boost.Beast over Boost.Asio, a fixed pool of I/O
// threads, and a separate worker pool for handlers (a hook call may wait on
// the FHIR server for its whole deadline and must not stall other sockets).
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "service/http_types.h"

namespace spinecds::service {

using HttpHandler = std::function<HttpResponse(const HttpRequest&)>;
// Adds headers (CORS) to the errors the listener answers without the handler.
using ErrorDecorator = std::function<void(std::string_view origin, HttpResponse&)>;

struct HttpServerOptions {
  std::string bind = "127.0.0.1";
  int port = 8080;  // 0 → any free port
  int io_threads = 2;
  int worker_threads = 4;
  std::size_t body_limit = 5u * 1024u * 1024u;
  std::size_t header_limit = 16u * 1024u;
  int header_timeout_ms = 10000;  // first byte to end of headers
  int body_timeout_ms = 30000;
  int idle_timeout_ms = 30000;  // keep-alive wait for the next request
  std::string tls_cert;         // PEM; both set → HTTPS only
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
  HttpServer(HttpServerOptions options, HttpHandler handler);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds and starts serving; "" on success, else why not.
  std::string start();
  int port() const;  // the bound port
  // Blocks until SIGINT/SIGTERM or stop().
  void wait();
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace spinecds::service
