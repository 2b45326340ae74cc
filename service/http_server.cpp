#include "service/http_server.h"

#include <csignal>
#include <optional>
#include <thread>
#include <vector>

#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include "service/error_ids.h"
#include "service/log.h"
#include "service/operation_outcome.h"
#include "service/tls_context.h"

namespace spinecds::service {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
namespace ssl = net::ssl;
using tcp = net::ip::tcp;

namespace {

constexpr std::size_t kReadBufferBytes = 64 * 1024;
constexpr std::size_t kDrainLimitBytes = 8 * 1024 * 1024;

struct Shared {
  HttpServerOptions options;
  HttpHandler handler;
  net::thread_pool* workers = nullptr;
  ssl::context* tls = nullptr;
};

template <typename Stream>
tcp::socket& lowest_socket(Stream& s) {
  return beast::get_lowest_layer(s).socket();
}

// One connection. Stream is beast::tcp_stream or an ssl_stream over it.
template <typename Stream>
class Session : public std::enable_shared_from_this<Session<Stream>> {
 public:
  Session(Stream stream, std::shared_ptr<const Shared> shared)
      : stream_(std::move(stream)), shared_(std::move(shared)) {
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
  void read_header() {
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(shared_->options.header_limit));
    parser_->body_limit(shared_->options.body_limit);
    beast::get_lowest_layer(stream_).expires_after(std::chrono::milliseconds(
        first_ ? shared_->options.header_timeout_ms : shared_->options.idle_timeout_ms));
    first_ = false;
    http::async_read_header(stream_, buffer_, *parser_,
                            [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
                              self->on_header(ec);
                            });
  }

  void on_header(beast::error_code ec) {
    if (ec == http::error::header_limit) {
      return fail(431, error_id::kHeadersTooLarge,
                  "Request headers exceed the limit of " +
                      std::to_string(shared_->options.header_limit) + " bytes");
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
    auto& header = parser_->get();
    const auto length = parser_->content_length();
    if (length && *length > shared_->options.body_limit) {
      return fail(413, error_id::kBodyTooLarge, body_limit_message());
    }
    const auto expect = header[http::field::expect];
    if (beast::iequals(expect, "100-continue") && !parser_->is_done()) {
      // Answer at once so clients that wait for it (curl does, for large
      // bodies) do not stall for a second before sending the body.
      continue_.emplace(http::status::continue_, header.version());
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
        std::chrono::milliseconds(shared_->options.body_timeout_ms));
    http::async_read(stream_, buffer_, *parser_,
                     [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
                       self->on_body(ec);
                     });
  }

  std::string body_limit_message() const {
    return "The request body exceeds the limit of " + std::to_string(shared_->options.body_limit) +
           " bytes";
  }

  void on_body(beast::error_code ec) {
    if (ec == http::error::body_limit) {
      return fail(413, error_id::kBodyTooLarge, body_limit_message());
    }
    if (ec) return close();
    auto msg = parser_->release();
    HttpRequest req;
    req.method = std::string(msg.method_string());
    req.target = std::string(msg.target());
    for (const auto& f : msg) {
      std::string name(f.name_string());
      for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      req.headers.emplace_back(std::move(name), std::string(f.value()));
    }
    req.body = std::move(msg.body());
    req.tls = !std::is_same_v<Stream, beast::tcp_stream>;
    keep_alive_ = msg.keep_alive();
    version_ = msg.version();
    head_ = msg.method() == http::verb::head;
    // The handler may block (FHIR queries); run it off the I/O threads.
    beast::get_lowest_layer(stream_).expires_never();
    net::post(*shared_->workers, [self = this->shared_from_this(), req = std::move(req)]() {
      HttpResponse res;
      try {
        res = self->shared_->handler(req);
      } catch (const std::exception& e) {
        log(LogLevel::error, "handler.exception", {{"error", e.what()}});
        res = operation_outcome(500, error_id::kInternal, "The service failed");
      }
      net::post(self->stream_.get_executor(),
                [self, res = std::move(res)]() mutable { self->write(std::move(res), false); });
    });
  }

  void fail(int status, const char* id, const std::string& message) {
    keep_alive_ = false;
    version_ = parser_ && parser_->is_header_done() ? parser_->get().version() : 11;
    auto res = operation_outcome(status, id, message);
    if (shared_->options.decorate_error) {
      std::string origin;
      if (parser_ && parser_->is_header_done())
        origin = std::string(parser_->get()[http::field::origin]);
      shared_->options.decorate_error(origin, res);
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
    out->keep_alive(keep_alive_ && !drain_after);
    out->prepare_payload();
    if (head_) {
      const auto n = out->body().size();
      out->body().clear();
      out->content_length(n);
    }
    response_ = out;
    beast::get_lowest_layer(stream_).expires_after(
        std::chrono::milliseconds(shared_->options.body_timeout_ms));
    http::async_write(stream_, *out,
                      [self = this->shared_from_this(), drain_after, keep = out->keep_alive()](
                          beast::error_code ec, std::size_t) {
                        self->response_.reset();
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
    beast::get_lowest_layer(stream_).expires_after(std::chrono::seconds(2));
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
  }

  Stream stream_;
  std::shared_ptr<const Shared> shared_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  std::optional<http::response<http::empty_body>> continue_;
  std::shared_ptr<void> response_;
  std::array<char, 16 * 1024> drain_buf_{};
  std::size_t drained_ = 0;
  bool first_ = true;
  bool keep_alive_ = true;
  bool head_ = false;
  unsigned version_ = 11;
};

}  // namespace

struct HttpServer::Impl {
  HttpServerOptions options;
  HttpHandler handler;
  net::io_context ioc;
  std::optional<net::thread_pool> workers;
  std::optional<ssl::context> tls;
  std::optional<tcp::acceptor> acceptor;
  std::optional<net::signal_set> signals;
  std::vector<std::thread> threads;
  std::shared_ptr<Shared> shared;
  int bound_port = 0;

  explicit Impl(int io_threads) : ioc(io_threads) {}

  void wait_signal() {
    signals->async_wait([this](beast::error_code sec, int signo) {
      if (sec) return;
      if (signo == SIGHUP) {
        if (options.on_hangup) options.on_hangup();
        wait_signal();
        return;
      }
      log(LogLevel::info, "server.stopping");
      ioc.stop();
    });
  }

  void accept() {
    acceptor->async_accept(net::make_strand(ioc), [this](beast::error_code ec, tcp::socket socket) {
      if (ec == net::error::operation_aborted) return;
      if (!ec) {
        if (tls) {
          std::make_shared<Session<beast::ssl_stream<beast::tcp_stream>>>(
              beast::ssl_stream<beast::tcp_stream>(beast::tcp_stream(std::move(socket)), *tls),
              shared)
              ->start();
        } else {
          std::make_shared<Session<beast::tcp_stream>>(beast::tcp_stream(std::move(socket)), shared)
              ->start();
        }
      }
      accept();
    });
  }
};

HttpServer::HttpServer(HttpServerOptions options, HttpHandler handler)
    : impl_(std::make_unique<Impl>(options.io_threads)) {
  impl_->options = std::move(options);
  impl_->handler = std::move(handler);
}

HttpServer::~HttpServer() {
  stop();
}

std::string HttpServer::start() {
  auto& o = impl_->options;
  beast::error_code ec;
  const auto address = net::ip::make_address(o.bind, ec);
  if (ec) return "cannot use bind address " + o.bind + ": " + ec.message();
  if (!o.tls_cert.empty()) {
    impl_->tls.emplace(ssl::context::tls_server);
    const TlsSettings tls{o.tls_cert, o.tls_key, o.tls_min_version, o.tls_ciphers};
    if (auto e = configure_tls_context(*impl_->tls, tls); !e.empty()) return e;
  }
  impl_->acceptor.emplace(impl_->ioc);
  auto& acc = *impl_->acceptor;
  const tcp::endpoint endpoint(address, static_cast<unsigned short>(o.port));
  acc.open(endpoint.protocol(), ec);
  if (!ec) acc.set_option(net::socket_base::reuse_address(true), ec);
  if (!ec) acc.bind(endpoint, ec);
  if (!ec) acc.listen(net::socket_base::max_listen_connections, ec);
  if (ec) {
    return "cannot listen on " + o.bind + ":" + std::to_string(o.port) + ": " + ec.message();
  }
  impl_->bound_port = acc.local_endpoint().port();
  impl_->workers.emplace(static_cast<std::size_t>(o.worker_threads));
  impl_->shared = std::make_shared<Shared>();
  impl_->shared->options = o;
  impl_->shared->handler = impl_->handler;
  impl_->shared->workers = &*impl_->workers;
  impl_->shared->tls = impl_->tls ? &*impl_->tls : nullptr;
  impl_->signals.emplace(impl_->ioc, SIGINT, SIGTERM);
  impl_->signals->add(SIGHUP);
  impl_->wait_signal();
  impl_->accept();
  for (int i = 0; i < o.io_threads; ++i) {
    impl_->threads.emplace_back([this] { impl_->ioc.run(); });
  }
  return {};
}

int HttpServer::port() const {
  return impl_->bound_port;
}

void HttpServer::wait() {
  for (auto& t : impl_->threads) {
    if (t.joinable()) t.join();
  }
}

void HttpServer::stop() {
  impl_->ioc.stop();
  wait();
  if (impl_->workers) impl_->workers->join();
}

}  // namespace spinecds::service
