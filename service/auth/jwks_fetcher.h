#pragma once
// The HTTPS GET behind JwksCache: Boost.Beast over OpenSSL, peer certificate
// and host name verified against the system trust store (or a given CA file),
// TLS 1.2 or later, one deadline for the whole exchange, a cap on the body,
// no redirects followed (a redirect could lead off the allowlisted URL).
#include <chrono>
#include <cstddef>
#include <optional>
#include <string>

#include "service/auth/jwks_cache.h"

namespace spinecds::service::auth {

struct HttpsFetchOptions {
  std::chrono::milliseconds timeout{5000};
  std::size_t max_body_bytes = 256 * 1024;
  std::string ca_file;  // "" = the system's default trust store
};

// The body of a 200 answer to GET `url` (which must be https://), else
// nullopt with the reason in `why` (never throws).
std::optional<std::string> https_get(const std::string& url, const HttpsFetchOptions& options,
                                     std::string* why);

JwksFetch make_https_fetcher(HttpsFetchOptions options = {});

}  // namespace spinecds::service::auth
