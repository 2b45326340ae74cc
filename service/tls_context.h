#pragma once
// The listener's TLS context (DESIGN.md §7, §8): TLS 1.2 or later and, for
// TLS 1.2, forward-secret AEAD suites only (Mozilla's "intermediate"
// profile) unless listen.tls.ciphers says otherwise. TLS 1.3 suites are all
// forward-secret AEAD and stay OpenSSL's defaults.
#include <string>

#include <boost/asio/ssl/context.hpp>

namespace spinecds::service {

// Mozilla intermediate (v5.7) TLS 1.2 suites: ECDHE/DHE key exchange,
// AES-GCM or ChaCha20-Poly1305. No CBC, no SHA-1 MAC, no static RSA.
inline constexpr const char* kIntermediateCiphers =
    "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
    "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
    "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:"
    "DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:DHE-RSA-CHACHA20-POLY1305";

struct TlsSettings {
  std::string cert;                 // PEM certificate chain
  std::string key;                  // PEM private key
  std::string min_version = "1.2";  // "1.2" or "1.3"
  std::string ciphers;              // OpenSSL TLS 1.2 cipher list; "" → kIntermediateCiphers
};

// "" when `min_version` is one the listener accepts, else the sentence for
// the configuration error.
std::string check_tls_min_version(const std::string& min_version);

// Sets up `ctx` (protocol floor, suites, certificate and key); "" on
// success, else why not (a file that cannot be read, a list OpenSSL refuses).
std::string configure_tls_context(boost::asio::ssl::context& ctx, const TlsSettings& settings);

}  // namespace spinecds::service
