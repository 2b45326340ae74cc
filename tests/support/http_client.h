#pragma once
// A small blocking HTTP/1.1 client for integration tests, on Boost.Beast,
// plus raw-socket helpers for what a well-behaved client never sends.
#include <sys/socket.h>
#include <sys/time.h>

#include <chrono>
#include <regex>
#include <string>
#include <utility>
#include <vector>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

namespace spinecds::testing {

struct Reply {
  int status = 0;
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string header(const std::string& name) const {
    for (const auto& [k, v] : headers) {
      if (boost::beast::iequals(k, name)) return v;
    }
    return {};
  }
};

inline Reply http_request(int port, const std::string& method, const std::string& target,
                          const std::string& body = {},
                          std::vector<std::pair<std::string, std::string>> headers = {}) {
  namespace beast = boost::beast;
  namespace http = beast::http;
  boost::asio::io_context ioc;
  beast::tcp_stream stream(ioc);
  stream.expires_after(std::chrono::seconds(60));
  stream.connect(boost::asio::ip::tcp::endpoint(boost::asio::ip::make_address("127.0.0.1"),
                                                static_cast<unsigned short>(port)));
  http::request<http::string_body> req{http::string_to_verb(method), target, 11};
  req.set(http::field::host, "127.0.0.1:" + std::to_string(port));
  if (!body.empty() || method == "POST") req.set(http::field::content_type, "application/json");
  for (const auto& [k, v] : headers) req.set(k, v);
  req.body() = body;
  req.prepare_payload();
  http::write(stream, req);
  beast::flat_buffer buffer;
  http::response_parser<http::string_body> parser;
  parser.body_limit(64 * 1024 * 1024);
  http::read(stream, buffer, parser);
  Reply r;
  const auto& res = parser.get();
  r.status = static_cast<int>(res.result_int());
  r.body = res.body();
  for (const auto& f : res)
    r.headers.emplace_back(std::string(f.name_string()), std::string(f.value()));
  beast::error_code ec;
  stream.socket().shutdown(boost::asio::ip::tcp::socket::shutdown_both, ec);
  return r;
}

// Sends raw bytes and reads until the server closes or `timeout` passes.
inline std::string raw_exchange(int port, const std::string& bytes,
                                std::chrono::milliseconds timeout = std::chrono::seconds(10)) {
  namespace beast = boost::beast;
  boost::asio::io_context ioc;
  beast::tcp_stream stream(ioc);
  stream.expires_after(timeout);
  stream.connect(boost::asio::ip::tcp::endpoint(boost::asio::ip::make_address("127.0.0.1"),
                                                static_cast<unsigned short>(port)));
  // Blocking reads ignore tcp_stream's expiry; bound them with SO_RCVTIMEO.
  timeval tv{};
  tv.tv_sec = static_cast<long>(timeout.count() / 1000);
  tv.tv_usec = static_cast<long>((timeout.count() % 1000) * 1000);
  setsockopt(stream.socket().native_handle(), SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  beast::error_code ec;
  boost::asio::write(stream.socket(), boost::asio::buffer(bytes), ec);
  std::string out;
  char buf[8192];
  for (;;) {
    const auto n = stream.socket().read_some(boost::asio::buffer(buf), ec);
    if (ec) break;
    out.append(buf, n);
  }
  return out;
}

// A hook answer with each review link's expiry and signature blanked. They
// follow the clock, so two calls a second apart differ only there (repeated
// calls give the same cards apart from them, issue 12).
inline std::string without_link_expiry(const std::string& body) {
  static const std::regex link_query("exp=[0-9]+&sig=[0-9a-f]+");
  return std::regex_replace(body, link_query, "exp=E&sig=S");
}

}  // namespace spinecds::testing
