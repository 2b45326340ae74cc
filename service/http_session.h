#pragma once
// One HTTP connection of the listener (http_server.cpp's only user): reads a
// request's headers, has them admitted on the hook pool, reads the body
// within the in-flight byte cap, runs the handler on the hook pool while
// watching for the client hanging up, writes the answer.
#include <sys/socket.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <memory>
#include <optional>
#include <string>

#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include "service/connection_limits.h"
#include "service/error_ids.h"
#include "service/hook_pool.h"
#include "service/http_append_body.h"
#include "service/http_server.h"
#include "service/log.h"
#include "service/operation_outcome.h"

namespace spinecds::service::http_detail {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
namespace ssl = net::ssl;
using tcp = net::ip::tcp;

inline constexpr std::size_t kReadBufferBytes = 64 * 1024;
inline constexpr std::size_t kDrainLimitBytes = 8 * 1024 * 1024;

// What every session of one server shares.
struct Shared {
  HttpServerOptions options;
  HttpHandlers handlers;
  HookPool* pool = nullptr;
  ssl::context* tls = nullptr;
  std::shared_ptr<ConnectionLimits> limits;
  std::atomic<bool> stopping{false};
  // Requests between end of headers and answer written: what SIGTERM waits for.
  std::atomic<int> in_flight{0};
};

// A 503 that tells the client to come back.
inline HttpResponse busy_response(const std::string& message) {
  auto res = operation_outcome(503, error_id::kBusy, message);
  res.headers.emplace_back("Retry-After", "1");
  return res;
}

// Counts one request in Shared::in_flight while it lives.
class InFlight {
 public:
  explicit InFlight(Shared* s) : s_(s) { s_->in_flight.fetch_add(1); }
  ~InFlight() { s_->in_flight.fetch_sub(1); }
  InFlight(const InFlight&) = delete;
  InFlight& operator=(const InFlight&) = delete;

 private:
  Shared* s_;
};

template <typename Stream>
tcp::socket& lowest_socket(Stream& s) {
  return beast::get_lowest_layer(s).socket();
}

// Stream is beast::tcp_stream or an ssl_stream over it. Every handler runs on
// the connection's strand; work posted to the hook pool comes back through it.
template <typename Stream>
class Session : public std::enable_shared_from_this<Session<Stream>> {
 public:
  Session(Stream stream, std::shared_ptr<Shared> shared, ConnectionLimits::Lease slot)
      : stream_(std::move(stream)), shared_(std::move(shared)), slot_(std::move(slot)) {
    buffer_.reserve(kReadBufferBytes);
  }

  void start() {
    if constexpr (std::is_same_v<Stream, beast::tcp_stream>) {
      read_header();
    } else {
      beast::get_lowest_layer(stream_).expires_after(
          std::chrono::milliseconds(shared_->options.header_timeout_ms));
      stream_.async_handshake(ssl::stream_base::server,
                              [self = this->shared_from_this()](beast::error_code ec) {
                                if (ec) return self->close();
                                self->read_header();
                              });
    }
  }

 private:
  const HttpServerOptions& opts() const { return shared_->options; }

  void read_header() {
    if (shared_->stopping) return close();
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(opts().header_limit));
    parser_->body_limit(opts().body_limit);
    beast::get_lowest_layer(stream_).expires_after(
        std::chrono::milliseconds(first_ ? opts().header_timeout_ms : opts().idle_timeout_ms));
    first_ = false;
    http::async_read_header(stream_, buffer_, *parser_,
                            [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
                              self->on_header(ec);
                            });
  }

  void on_header(beast::error_code ec) {
    if (ec == http::error::header_limit) {
      return fail(
          431, error_id::kHeadersTooLarge,
          "Request headers exceed the limit of " + std::to_string(opts().header_limit) + " bytes");
    }
    // Beast refuses a Content-Length over the body limit while parsing the
    // header, before any body byte is read.
    if (ec == http::error::body_limit) {
      return fail(413, error_id::kBodyTooLarge, body_limit_message());
    }
    if (ec == http::error::end_of_stream || ec == beast::error::timeout || ec == net::error::eof ||
        ec == net::error::connection_reset || ec == net::error::operation_aborted) {
      return close();
    }
    if (ec) {
      return fail(400, error_id::kMalformedJson, "The request is not valid HTTP/1.1");
    }
    in_flight_.emplace(shared_.get());
    const auto& header = parser_->get();
    keep_alive_ = header.keep_alive();
    version_ = header.version();
    head_ = header.method() == http::verb::head;
    const auto length = parser_->content_length();
    if (length && *length > opts().body_limit) {
      return fail(413, error_id::kBodyTooLarge, body_limit_message());
    }
    request_ = HttpRequest{};
    request_.method = std::string(header.method_string());
    request_.target = std::string(header.target());
    for (const auto& f : header) {
      std::string name(f.name_string());
      for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      request_.headers.emplace_back(std::move(name), std::string(f.value()));
    }
    request_.tls = !std::is_same_v<Stream, beast::tcp_stream>;
    client_gone_ = std::make_shared<std::atomic<bool>>(false);
    request_.control.client_gone = client_gone_;
    request_.control.deadline =
        std::chrono::steady_clock::now() + std::chrono::milliseconds(opts().call_deadline_ms);

    const bool has_body = !parser_->is_done();
    if (!has_body && shared_->handlers.served_inline && shared_->handlers.served_inline(request_)) {
      return respond(run_handler(request_));
    }
    if (has_body) {
      // The body is buffered whole: take its bytes from the shared budget
      // first (all of body_limit when the length is not announced).
      auto lease = shared_->limits->try_body(length ? *length : opts().body_limit);
      if (!lease) {
        return refuse(busy_response("The service is receiving too much data; retry shortly"));
      }
      body_lease_ = std::move(*lease);
    }
    if (!shared_->handlers.admit) return after_admission(std::nullopt);
    if (shared_->handlers.admits_inline && shared_->handlers.admits_inline(request_)) {
      return after_admission(run_admit());
    }
    beast::get_lowest_layer(stream_).expires_never();
    const bool queued = shared_->pool->try_post([self = this->shared_from_this()] {
      auto refusal = self->run_admit();
      net::post(self->stream_.get_executor(), [self, refusal = std::move(refusal)]() mutable {
        self->after_admission(std::move(refusal));
      });
    });
    if (!queued) return refuse(busy_response("The service is busy; retry shortly"));
  }

  std::optional<HttpResponse> run_admit() {
    try {
      return shared_->handlers.admit(request_);
    } catch (const std::exception& e) {
      log(LogLevel::error, "admit.exception", {{"error", e.what()}});
      return operation_outcome(500, error_id::kInternal, "The service failed");
    }
  }

  void after_admission(std::optional<HttpResponse> refusal) {
    if (refusal) return refuse(std::move(*refusal));
    const auto expect = parser_->get()[http::field::expect];
    if (beast::iequals(expect, "100-continue") && !parser_->is_done()) {
      // Answer at once so clients that wait for it (curl does, for large
      // bodies) do not stall for a second before sending the body.
      continue_.emplace(http::status::continue_, version_);
      beast::get_lowest_layer(stream_).expires_after(
          std::chrono::milliseconds(opts().body_timeout_ms));
      http::async_write(stream_, *continue_,
                        [self = this->shared_from_this()](beast::error_code wec, std::size_t) {
                          if (wec) return self->close();
                          self->read_body();
                        });
      return;
    }
    read_body();
  }

  void read_body() {
    beast::get_lowest_layer(stream_).expires_after(
        std::chrono::milliseconds(opts().body_timeout_ms));
    http::async_read(stream_, buffer_, *parser_,
                     [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
                       self->on_body(ec);
                     });
  }

  std::string body_limit_message() const {
    return "The request body exceeds the limit of " + std::to_string(opts().body_limit) + " bytes";
  }

  void on_body(beast::error_code ec) {
    if (ec == http::error::body_limit) {
      return fail(413, error_id::kBodyTooLarge, body_limit_message());
    }
    if (ec) return close();
    request_.body = std::move(parser_->get().body());
    parser_.reset();
    beast::get_lowest_layer(stream_).expires_never();
    const bool queued = shared_->pool->try_post(
        [self = this->shared_from_this(), req = std::move(request_)]() mutable {
          HttpResponse res;
          {
            const HttpRequest call = std::move(req);
            // Waiting in the queue counts against the deadline.
            res = call.control.stopped()
                      ? operation_outcome(503, error_id::kCallStopped,
                                          "The call was stopped: its deadline passed or its "
                                          "client went away")
                      : self->run_handler(call);
          }  // the body is freed before its bytes go back to the budget
          net::post(self->stream_.get_executor(),
                    [self, res = std::move(res)]() mutable { self->respond(std::move(res)); });
        });
    if (!queued) return refuse(busy_response("The service is busy; retry shortly"));
    watch_client();
  }

  HttpResponse run_handler(const HttpRequest& req) {
    try {
      return shared_->handlers.handle(req);
    } catch (const std::exception& e) {
      log(LogLevel::error, "handler.exception", {{"error", e.what()}});
      return operation_outcome(500, error_id::kInternal, "The service failed");
    }
  }

  // While the handler runs, wait for the socket to turn readable: end of
  // stream then means the client hung up, and the call is told to stop. Data
  // (a pipelined request, a TLS alert) is left in place and ends the watch.
  void watch_client() {
    watching_ = true;
    lowest_socket(stream_).async_wait(
        tcp::socket::wait_read,
        [self = this->shared_from_this()](beast::error_code ec) { self->on_readable(ec); });
  }

  void on_readable(beast::error_code ec) {
    watching_ = false;
    if (pending_) {
      auto res = std::move(*pending_);
      pending_.reset();
      return write(std::move(res), false);
    }
    if (ec) return;
    char byte = 0;
    const auto n =
        ::recv(lowest_socket(stream_).native_handle(), &byte, 1, MSG_PEEK | MSG_DONTWAIT);
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) return watch_client();
    if (n <= 0) client_gone_->store(true);
  }

  // The handler's answer, back on the strand.
  void respond(HttpResponse res) {
    body_lease_.release();
    if (watching_) {
      pending_ = std::move(res);
      beast::error_code ec;
      lowest_socket(stream_).cancel(ec);  // on_readable writes it
      return;
    }
    write(std::move(res), false);
  }

  void fail(int status, const char* id, const std::string& message) {
    refuse(operation_outcome(status, id, message));
  }

  // An answer after which the connection closes (the body, if any, unread).
  void refuse(HttpResponse res) {
    keep_alive_ = false;
    if (parser_ && parser_->is_header_done()) version_ = parser_->get().version();
    if (opts().decorate_error) {
      std::string origin;
      if (parser_ && parser_->is_header_done())
        origin = std::string(parser_->get()[http::field::origin]);
      opts().decorate_error(origin, res);
    }
    write(std::move(res), true);
  }

  void write(HttpResponse res, bool drain_after) {
    auto out = std::make_shared<http::response<http::string_body>>();
    out->version(version_);
    out->result(static_cast<http::status>(res.status));
    out->set(http::field::server, "spinecds");
    if (!res.content_type.empty()) out->set(http::field::content_type, res.content_type);
    out->set("X-Content-Type-Options", "nosniff");
    out->set(http::field::cache_control, "no-store");
    for (const auto& [k, v] : res.headers) out->insert(k, v);
    out->body() = std::move(res.body);
    out->keep_alive(keep_alive_ && !drain_after && !shared_->stopping);
    out->prepare_payload();
    if (head_) {
      const auto n = out->body().size();
      out->body().clear();
      out->content_length(n);
    }
    response_ = out;
    beast::get_lowest_layer(stream_).expires_after(
        std::chrono::milliseconds(opts().body_timeout_ms));
    http::async_write(stream_, *out,
                      [self = this->shared_from_this(), drain_after, keep = out->keep_alive()](
                          beast::error_code ec, std::size_t) {
                        self->response_.reset();
                        self->in_flight_.reset();
                        self->body_lease_.release();
                        if (ec) return self->close();
                        if (drain_after) return self->drain();
                        if (!keep) return self->close();
                        self->read_header();
                      });
  }

  // After an error answer the client may still be sending; read and discard
  // for a moment so it reads our status instead of a connection reset.
  void drain() {
    beast::error_code ec;
    lowest_socket(stream_).shutdown(tcp::socket::shutdown_send, ec);
    // Long enough for a client on a busy machine to finish sending a
    // maximum-size body (measured: 2 s lost some 503s to resets under load);
    // bounded in bytes by kDrainLimitBytes.
    beast::get_lowest_layer(stream_).expires_after(std::chrono::seconds(5));
    drain_some();
  }

  void drain_some() {
    beast::get_lowest_layer(stream_).async_read_some(
        net::buffer(drain_buf_),
        [self = this->shared_from_this()](beast::error_code ec, std::size_t n) {
          self->drained_ += n;
          if (ec || self->drained_ > kDrainLimitBytes) return self->close();
          self->drain_some();
        });
  }

  void close() {
    beast::error_code ec;
    lowest_socket(stream_).shutdown(tcp::socket::shutdown_both, ec);
    lowest_socket(stream_).close(ec);
    in_flight_.reset();
    body_lease_.release();
  }

  Stream stream_;
  std::shared_ptr<Shared> shared_;
  ConnectionLimits::Lease slot_;
  ConnectionLimits::Lease body_lease_;
  std::optional<InFlight> in_flight_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<AppendStringBody>> parser_;
  std::optional<http::response<http::empty_body>> continue_;
  std::shared_ptr<void> response_;
  HttpRequest request_;  // the current request: headers, then the body
  std::shared_ptr<std::atomic<bool>> client_gone_;
  std::optional<HttpResponse> pending_;  // the answer, while the watch is cancelled
  bool watching_ = false;
  std::array<char, 16 * 1024> drain_buf_{};
  std::size_t drained_ = 0;
  bool first_ = true;
  bool keep_alive_ = true;
  bool head_ = false;
  unsigned version_ = 11;
};

}  // namespace spinecds::service::http_detail
