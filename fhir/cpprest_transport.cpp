// fhir::Transport on cpprestsdk's http_client: the only file that includes
// cpprestsdk, whose U() macro breaks headers included after it.
#define _TURN_OFF_PLATFORM_STRING
#include <cpprest/containerstream.h>
#include <cpprest/http_client.h>
#include <pplx/threadpool.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <condition_variable>
#include <cstdint>
#include <map>
#include <mutex>
#include <system_error>
#include <vector>

#include "fhir/syntax.h"
#include "fhir/transport.h"

namespace spinecds::fhir {
namespace {

namespace http = web::http;
namespace client = web::http::client;

// What a request's callbacks share with the waiting caller. Held by
// shared_ptr: after a timeout the caller returns while cpprestsdk may still
// run the continuations for a while.
struct Exchange {
  std::mutex mu;
  std::condition_variable cv;
  bool done = false;
  std::atomic<bool> headers_in{false};
  std::atomic<bool> too_large{false};
  std::size_t cap = 0;
  pplx::cancellation_token_source cancel;
  // cpprestsdk streams response bodies as bytes.
  concurrency::streams::container_buffer<std::vector<std::uint8_t>> body;
  HttpAnswer answer;
};

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

client::http_client_config make_config() {
  client::http_client_config config;
  config.set_validate_certificates(true);
  // A redirect could send the bearer token to another host: never follow one;
  // the gather sees the 3xx and reports the key as not retrieved.
  config.set_max_redirects(0);
  // Only the configured FHIR server may see the token, not a proxy picked up
  // from the environment.
  config.set_proxy(web::web_proxy(web::web_proxy::disabled));
  // An inactivity backstop only; the caller's timeout is enforced by
  // cancellation below.
  config.set_timeout(std::chrono::seconds(60));
  config.set_chunksize(64 * 1024);
  return config;
}

class CpprestTransport final : public Transport {
 public:
  // cpprestsdk's shared thread pool (and the io_service its clients' timers
  // and sockets live in) is a function-local static made on first use, and
  // destroyed at exit in the reverse order of construction. Made here first,
  // it outlives a transport held in a static (default_transport()). Made
  // later, by the first request, it was destroyed first, and each client's
  // connection pool then cancelled its timer in the freed io_service:
  // valgrind shows it at every exit of integration_test_gather_modes, glibc
  // once aborted with "corrupted size vs. prev_size".
  CpprestTransport() { crossplat::threadpool::shared_instance(); }

  HttpAnswer get(const HttpGet& request) override {
    HttpAnswer failed;
    // Defence in depth behind the edge checks: a CR, LF or NUL in a header
    // would split the request and desynchronise a pooled connection.
    for (const auto& [name, value] : request.headers) {
      if (breaks_header(name) || breaks_header(value) || name.empty()) {
        failed.error = TransportError::bad_header;
        failed.error_text = "a header value holds a line break or NUL; nothing was sent";
        return failed;
      }
    }
    std::shared_ptr<client::http_client> http_client;
    std::string resource;
    try {
      web::uri uri(request.url);
      if ((uri.scheme() != "http" && uri.scheme() != "https") || uri.host().empty() ||
          !uri.user_info().empty()) {
        failed.error = TransportError::bad_url;
        failed.error_text = "not an http(s) URL";
        return failed;
      }
      http_client = client_for(uri.authority().to_string());
      resource = uri.resource().to_string();
    } catch (const std::exception&) {
      failed.error = TransportError::bad_url;
      failed.error_text = "malformed URL";
      return failed;
    }

    auto ex = std::make_shared<Exchange>();
    ex->cap = request.max_body_bytes;
    http::http_request req(http::methods::GET);
    req.set_request_uri(resource);
    for (const auto& [name, value] : request.headers) req.headers().add(name, value);
    req.set_response_stream(ex->body.create_ostream());
    // Called as the body arrives, chunk by chunk: cancelling here closes the
    // connection, so a 50 MB answer costs at most the cap plus one chunk.
    std::weak_ptr<Exchange> weak = ex;
    req.set_progress_handler([weak](http::message_direction::direction dir, utility::size64_t n) {
      auto e = weak.lock();
      if (!e || dir != http::message_direction::download) return;
      if (e->cap > 0 && n > e->cap && !e->too_large.exchange(true)) e->cancel.cancel();
    });

    try {
      http_client->request(req, ex->cancel.get_token())
          .then([ex](http::http_response response) {
            ex->headers_in = true;
            ex->answer.status = response.status_code();
            for (const auto& [name, value] : response.headers()) {
              ex->answer.headers.emplace_back(lower(name), value);
            }
            return response.content_ready();
          })
          .then([ex](pplx::task<http::http_response> t) {
            try {
              t.get();
              const auto& bytes = ex->body.collection();
              ex->answer.body.assign(bytes.begin(), bytes.end());
            } catch (const pplx::task_canceled&) {
              ex->answer.error = TransportError::timeout;
            } catch (const http::http_exception& e) {
              classify(*ex, e.error_code());
            } catch (const std::exception&) {
              ex->answer.error = TransportError::broken;
            }
            if (ex->too_large) ex->answer.error = TransportError::too_large;
            std::lock_guard lock(ex->mu);
            ex->done = true;
            ex->cv.notify_all();
          });
    } catch (const std::exception&) {
      failed.error = TransportError::connect;
      failed.error_text = "request could not be started";
      return failed;
    }

    std::unique_lock lock(ex->mu);
    if (!ex->cv.wait_for(lock, request.timeout, [&] { return ex->done; })) {
      lock.unlock();
      ex->cancel.cancel();
      failed.error = TransportError::timeout;
      failed.error_text = "timeout after " + std::to_string(request.timeout.count()) + " ms";
      return failed;
    }
    HttpAnswer out = std::move(ex->answer);
    if (out.error != TransportError::none) {
      out.body.clear();
      if (out.error_text.empty()) out.error_text = describe(out.error, request);
    }
    return out;
  }

 private:
  static void classify(Exchange& ex, const std::error_code& code) {
    if (code == std::errc::timed_out) {
      ex.answer.error = TransportError::timeout;
    } else if (ex.headers_in) {
      ex.answer.error = TransportError::broken;
    } else {
      ex.answer.error = TransportError::connect;
      if (code == std::errc::connection_refused) ex.answer.error_text = "connection refused";
    }
  }

  static std::string describe(TransportError e, const HttpGet& request) {
    switch (e) {
      case TransportError::connect:
        return "could not connect";
      case TransportError::timeout:
        return "timeout after " + std::to_string(request.timeout.count()) + " ms";
      case TransportError::too_large:
        return "response larger than " + std::to_string(request.max_body_bytes) + " bytes";
      case TransportError::broken:
        return "connection broke during the response";
      case TransportError::bad_url:
        return "malformed URL";
      case TransportError::bad_header:
        return "a header value holds a line break or NUL; nothing was sent";
      case TransportError::none:
        break;
    }
    return {};
  }

  // One http_client per origin: cpprestsdk pools connections per client, so
  // the pages and keys of one server share keep-alive connections.
  std::shared_ptr<client::http_client> client_for(const std::string& origin) {
    std::lock_guard lock(mu_);
    auto& c = clients_[origin];
    if (!c) c = std::make_shared<client::http_client>(web::uri(origin), make_config());
    return c;
  }

  std::mutex mu_;
  std::map<std::string, std::shared_ptr<client::http_client>> clients_;
};

}  // namespace

std::shared_ptr<Transport> make_cpprest_transport() {
  return std::make_shared<CpprestTransport>();
}

}  // namespace spinecds::fhir
