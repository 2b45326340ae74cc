#pragma once
// The one seam between the gather and the network: an HTTP GET with a
// timeout and a body cap. cpprestsdk stays behind it (cpprest_transport.cpp),
// so it can be replaced and the gather can be tested with a fake.
#include <chrono>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace spinecds::fhir {

using HttpHeaders = std::vector<std::pair<std::string, std::string>>;

struct HttpGet {
  std::string url;
  HttpHeaders headers;                // Authorization, Accept, ...
  std::chrono::milliseconds timeout;  // for the whole exchange, body included
  std::size_t max_body_bytes = 0;     // the body is cut off while it streams
};

enum class TransportError {
  none,
  connect,    // refused, unreachable, reset before an answer, TLS failure
  timeout,    // no complete answer within the timeout
  too_large,  // the body went over max_body_bytes
  broken,     // the connection broke in the middle of the answer
  bad_url,
  bad_header,  // a header name or value holds CR, LF or NUL: nothing was sent
};

struct HttpAnswer {
  TransportError error = TransportError::none;
  std::string error_text;  // for logs and gaps: never holds a header value
  int status = 0;
  HttpHeaders headers;  // names lower-cased
  std::string body;

  const std::string* header(std::string_view lower_name) const {
    for (const auto& [k, v] : headers) {
      if (k == lower_name) return &v;
    }
    return nullptr;
  }
};

// Thread-safe: the gather calls it from several threads at once.
class Transport {
 public:
  virtual ~Transport() = default;
  virtual HttpAnswer get(const HttpGet& request) = 0;
};

// The cpprestsdk transport: TLS certificates verified, redirects not
// followed, connections reused per origin. One per process is enough.
std::shared_ptr<Transport> make_cpprest_transport();

}  // namespace spinecds::fhir
