#include "service/http_server.h"

#include <pthread.h>

#include <algorithm>
#include <csignal>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

#include "service/accept_backoff.h"
#include "service/http_session.h"
#include "service/tls_context.h"

namespace spinecds::service {

using namespace http_detail;

namespace {

// The whole answer to a connection over the cap, written without a session:
// holding the descriptor any longer is what the cap is there to avoid.
std::string too_many_connections_reply(const ErrorDecorator& decorate) {
  auto res = busy_response("The service has too many open connections; retry shortly");
  if (decorate) decorate("", res);
  std::string out = "HTTP/1.1 503 Service Unavailable\r\nServer: spinecds\r\n";
  out.append("Content-Type: ").append(res.content_type).append("\r\n");
  for (const auto& [k, v] : res.headers) out.append(k).append(": ").append(v).append("\r\n");
  out += "Cache-Control: no-store\r\nConnection: close\r\n";
  out.append("Content-Length: ").append(std::to_string(res.body.size())).append("\r\n\r\n");
  out += res.body;
  return out;
}

}  // namespace

struct HttpServer::Impl {
  HttpServerOptions options;
  HttpHandlers handlers;
  // One event loop per I/O thread, each run by its thread alone: a
  // connection stays on the thread that accepted it into its loop, so the
  // epoll wake-up, the handler and the hook pool's answer meet on one thread
  // (a loop shared by two threads hands each ready event to the other thread
  // about half the time: a futex wake-up more per read and per answer).
  std::vector<std::unique_ptr<net::io_context>> loops;
  std::vector<net::executor_work_guard<net::io_context::executor_type>> keep_running;
  std::size_t next_loop = 0;
  net::io_context& ioc;  // the first loop: acceptor, timers, signals
  // The acceptor, its timers and the signals share one strand: SIGTERM
  // closes the acceptor while an accept may be completing.
  net::strand<net::io_context::executor_type> control{net::make_strand(ioc)};
  std::shared_ptr<const std::string> over_cap_reply;
  std::optional<HookPool> pool;
  std::optional<ssl::context> tls;
  std::optional<tcp::acceptor> acceptor;
  std::optional<net::signal_set> signals;
  std::optional<net::steady_timer> accept_timer;
  std::optional<net::steady_timer> shutdown_timer;
  AcceptBackoff backoff;
  std::chrono::steady_clock::time_point grace_end;
  std::atomic<bool> drained{true};
  std::vector<std::thread> threads;
  std::shared_ptr<Shared> shared;
  int bound_port = 0;

  explicit Impl(int io_threads) : loops(make_loops(io_threads)), ioc(*loops.front()) {
    for (auto& l : loops) keep_running.push_back(net::make_work_guard(*l));
  }

  static std::vector<std::unique_ptr<net::io_context>> make_loops(int io_threads) {
    std::vector<std::unique_ptr<net::io_context>> out;
    for (int i = 0; i < std::max(1, io_threads); ++i) {
      out.push_back(std::make_unique<net::io_context>(1));
    }
    return out;
  }

  void stop_loops() {
    for (auto& l : loops) l->stop();
  }

  void wait_signal() {
    signals->async_wait([this](beast::error_code sec, int signo) {
      if (sec) return;
      if (signo == SIGHUP) {
        if (options.on_hangup) options.on_hangup();
        wait_signal();
        return;
      }
      if (shared->stopping) {
        // A second SIGTERM/SIGINT: do not wait out the grace period.
        drained = shared->in_flight == 0;
        stop_loops();
        return;
      }
      begin_shutdown();
      wait_signal();
    });
  }

  // Stop accepting (and reading further requests on open connections), then
  // stop once nothing is in flight or the grace period is over.
  void begin_shutdown() {
    shared->stopping = true;
    log(LogLevel::info, "server.stopping",
        {{"inFlight", std::to_string(shared->in_flight.load())},
         {"graceSeconds", std::to_string(options.shutdown_grace_seconds)}});
    beast::error_code ec;
    acceptor->close(ec);
    accept_timer->cancel();
    grace_end =
        std::chrono::steady_clock::now() + std::chrono::seconds(options.shutdown_grace_seconds);
    poll_drained();
  }

  void poll_drained() {
    const int left = shared->in_flight.load();
    if (left == 0) {
      drained = true;
      stop_loops();
      return;
    }
    if (std::chrono::steady_clock::now() >= grace_end) {
      drained = false;
      log(LogLevel::warn, "server.grace-expired", {{"inFlight", std::to_string(left)}});
      stop_loops();
      return;
    }
    shutdown_timer->expires_after(std::chrono::milliseconds(50));
    shutdown_timer->async_wait([this](beast::error_code ec) {
      if (!ec) poll_drained();
    });
  }

  void accept() {
    // Connections go to the loops in turn.
    auto& loop = *loops[next_loop++ % loops.size()];
    acceptor->async_accept(
        net::make_strand(loop), [this](beast::error_code ec, tcp::socket socket) {
          if (ec == net::error::operation_aborted || shared->stopping) return;
          // Asio retries ECONNABORTED itself: what is left is running out of
          // descriptors or memory, which a retry at once would not cure.
          if (ec) return accept_failed(ec);
          if (backoff.backing_off()) {
            backoff.succeeded();
            log(LogLevel::info, "accept.recovered",
                {{"failures", std::to_string(backoff.take_failures())}});
          }
          auto slot = shared->limits->try_connection();
          if (!slot && tls) {
            socket.close(ec);  // a TLS client could not read a plaintext 503
          } else if (!slot) {
            refuse_connection(std::move(socket));
          } else if (tls) {
            std::make_shared<Session<beast::ssl_stream<beast::tcp_stream>>>(
                beast::ssl_stream<beast::tcp_stream>(beast::tcp_stream(std::move(socket)), *tls),
                shared, std::move(*slot))
                ->start();
          } else {
            std::make_shared<Session<beast::tcp_stream>>(beast::tcp_stream(std::move(socket)),
                                                         shared, std::move(*slot))
                ->start();
          }
          accept();
        });
  }

  // EMFILE/ENFILE leave the listening socket readable: retrying at once
  // would spin. Wait, longer each time.
  void accept_failed(const beast::error_code& ec) {
    const auto delay = backoff.failed();
    if (backoff.should_log(std::chrono::steady_clock::now())) {
      log(LogLevel::warn, "accept.failing",
          {{"error", ec.message()},
           {"failures", std::to_string(backoff.take_failures())},
           {"retryMs", std::to_string(delay.count())},
           {"connections", std::to_string(shared->limits->connections())}});
    }
    accept_timer->expires_after(delay);
    accept_timer->async_wait([this](beast::error_code tec) {
      if (!tec && !shared->stopping) accept();
    });
  }

  void refuse_connection(tcp::socket socket) const {
    auto s = std::make_shared<tcp::socket>(std::move(socket));
    auto text = over_cap_reply;
    net::async_write(*s, net::buffer(*text), [s, text](beast::error_code, std::size_t) {
      beast::error_code ec;
      s->shutdown(tcp::socket::shutdown_send, ec);
      s->close(ec);
    });
  }
};

HttpServer::HttpServer(HttpServerOptions options, HttpHandlers handlers)
    : impl_(std::make_unique<Impl>(options.io_threads)) {
  impl_->options = std::move(options);
  impl_->handlers = std::move(handlers);
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
  impl_->acceptor.emplace(impl_->control);
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
  impl_->pool.emplace(static_cast<std::size_t>(std::max(1, o.worker_threads)),
                      static_cast<std::size_t>(std::max(1, o.queue_limit)),
                      default_compute_slots());
  impl_->shared = std::make_shared<Shared>();
  impl_->shared->options = o;
  impl_->shared->handlers = impl_->handlers;
  impl_->shared->pool = &*impl_->pool;
  impl_->shared->tls = impl_->tls ? &*impl_->tls : nullptr;
  impl_->shared->limits = ConnectionLimits::create(static_cast<std::size_t>(o.max_connections),
                                                   o.max_inflight_body_bytes);
  impl_->over_cap_reply =
      std::make_shared<const std::string>(too_many_connections_reply(o.decorate_error));
  impl_->accept_timer.emplace(impl_->control);
  impl_->shutdown_timer.emplace(impl_->control);
  impl_->signals.emplace(impl_->control, SIGINT, SIGTERM);
  impl_->signals->add(SIGHUP);
  impl_->wait_signal();
  impl_->accept();
  for (auto& loop : impl_->loops) {
    impl_->threads.emplace_back([l = loop.get()] {
      pthread_setname_np(pthread_self(), "http-io");  // for top -H, perf and bench/
      l->run();
    });
  }
  return {};
}

int HttpServer::port() const {
  return impl_->bound_port;
}

bool HttpServer::wait() {
  for (auto& t : impl_->threads) {
    if (t.joinable()) t.join();
  }
  return impl_->drained;
}

void HttpServer::stop() {
  impl_->stop_loops();
  wait();
  if (impl_->pool) impl_->pool->join();
}

}  // namespace spinecds::service
