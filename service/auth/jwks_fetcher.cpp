#include "service/auth/jwks_fetcher.h"

#include <openssl/err.h>
#include <openssl/ssl.h>
#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/beast/version.hpp>

namespace spinecds::service::auth {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

struct Url {
  std::string host;
  std::string port = "443";
  std::string target = "/";
};

// https://host[:port][/path[?query]] and nothing else: no user info, no
// fragment, no other scheme.
std::optional<Url> parse_https_url(const std::string& url) {
  constexpr std::string_view kScheme = "https://";
  if (url.rfind(kScheme, 0) != 0) return std::nullopt;
  const std::string rest = url.substr(kScheme.size());
  const auto slash = rest.find_first_of("/?");
  std::string authority = rest.substr(0, slash);
  Url out;
  if (slash != std::string::npos) {
    out.target = rest.substr(slash);
    if (out.target[0] == '?') out.target.insert(0, "/");
  }
  if (authority.empty() || authority.find('@') != std::string::npos ||
      out.target.find('#') != std::string::npos) {
    return std::nullopt;
  }
  if (authority.front() == '[') {  // IPv6 literal
    const auto close = authority.find(']');
    if (close == std::string::npos) return std::nullopt;
    out.host = authority.substr(1, close - 1);
    if (close + 1 < authority.size()) {
      if (authority[close + 1] != ':') return std::nullopt;
      out.port = authority.substr(close + 2);
    }
  } else {
    const auto colon = authority.rfind(':');
    out.host = authority.substr(0, colon);
    if (colon != std::string::npos) out.port = authority.substr(colon + 1);
  }
  if (out.host.empty() || out.port.empty() ||
      out.port.find_first_not_of("0123456789") != std::string::npos) {
    return std::nullopt;
  }
  return out;
}

class Exchange {
 public:
  Exchange(const Url& url, const HttpsFetchOptions& options)
      : url_(url), options_(options), ssl_(asio::ssl::context::tls_client) {}

  std::optional<std::string> run(std::string* why) {
    boost::system::error_code ec;
    ssl_.set_verify_mode(asio::ssl::verify_peer);
    if (options_.ca_file.empty()) {
      ssl_.set_default_verify_paths(ec);
    } else {
      ssl_.load_verify_file(options_.ca_file, ec);
    }
    if (ec) return failed(why, "cannot load trust store");
    SSL_CTX_set_min_proto_version(ssl_.native_handle(), TLS1_2_VERSION);

    stream_.emplace(ioc_, ssl_);
    // SNI, and the certificate must name the host we asked for.
    if (!SSL_set_tlsext_host_name(stream_->native_handle(), url_.host.c_str()) ||
        !SSL_set1_host(stream_->native_handle(), url_.host.c_str())) {
      return failed(why, "cannot set host name");
    }
    resolver_.async_resolve(url_.host, url_.port,
                            [this](beast::error_code e, tcp::resolver::results_type results) {
                              if (e) return finish("cannot resolve host");
                              on_resolve(results);
                            });
    ioc_.run_for(options_.timeout);
    if (!done_) {
      // Out of time: cancel what is pending and let the handlers unwind.
      resolver_.cancel();
      beast::get_lowest_layer(*stream_).close();
      ioc_.restart();
      ioc_.run();
      error_ = "timed out";
    }
    if (!error_.empty()) return failed(why, error_);
    return std::move(body_);
  }

 private:
  void on_resolve(const tcp::resolver::results_type& results) {
    auto& tcp_stream = beast::get_lowest_layer(*stream_);
    tcp_stream.expires_after(options_.timeout);
    tcp_stream.async_connect(results, [this](beast::error_code e, const tcp::endpoint&) {
      if (e) return finish("cannot connect");
      stream_->async_handshake(asio::ssl::stream_base::client, [this](beast::error_code e2) {
        if (e2) return finish("TLS handshake failed");
        send();
      });
    });
  }

  void send() {
    request_.method(http::verb::get);
    request_.target(url_.target);
    request_.version(11);
    request_.set(http::field::host, url_.host);
    request_.set(http::field::user_agent, "spinecds-jwks");
    request_.set(http::field::accept, "application/json");
    request_.set(http::field::connection, "close");
    http::async_write(*stream_, request_, [this](beast::error_code e, std::size_t) {
      if (e) return finish("cannot send request");
      parser_.body_limit(options_.max_body_bytes);
      http::async_read(*stream_, buffer_, parser_, [this](beast::error_code e2, std::size_t) {
        if (e2) return finish("cannot read answer");
        const auto& res = parser_.get();
        if (res.result() != http::status::ok) return finish("answer was not 200");
        body_ = res.body();
        finish("");
      });
    });
  }

  void finish(const std::string& error) {
    error_ = error;
    done_ = true;
    // The body is all we need; skip the TLS close_notify exchange, which
    // servers often do not answer promptly.
    beast::error_code ignored;
    beast::get_lowest_layer(*stream_).socket().close(ignored);
  }

  std::optional<std::string> failed(std::string* why, const std::string& reason) {
    if (why) *why = reason;
    return std::nullopt;
  }

  Url url_;
  HttpsFetchOptions options_;
  asio::io_context ioc_;
  asio::ssl::context ssl_;
  tcp::resolver resolver_{ioc_};
  std::optional<beast::ssl_stream<beast::tcp_stream>> stream_;
  http::request<http::empty_body> request_;
  http::response_parser<http::string_body> parser_;
  beast::flat_buffer buffer_;
  std::optional<std::string> body_;
  std::string error_;
  bool done_ = false;
};

}  // namespace

std::optional<std::string> https_get(const std::string& url, const HttpsFetchOptions& options,
                                     std::string* why) {
  const auto parsed = parse_https_url(url);
  if (!parsed) {
    if (why) *why = "not an https URL";
    return std::nullopt;
  }
  // TLS failures leave entries on this thread's OpenSSL error queue.
  struct ClearErrors {
    ~ClearErrors() { ERR_clear_error(); }
  } clear_errors;
  try {
    Exchange exchange(*parsed, options);
    return exchange.run(why);
  } catch (const std::exception&) {
    if (why) *why = "fetch failed";
    return std::nullopt;
  }
}

JwksFetch make_https_fetcher(HttpsFetchOptions options) {
  return [options](const std::string& url) -> std::optional<std::string> {
    std::string why;
    return https_get(url, options, &why);
  };
}

}  // namespace spinecds::service::auth
