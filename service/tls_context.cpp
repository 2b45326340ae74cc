#include "service/tls_context.h"

#include <openssl/ssl.h>

namespace spinecds::service {

std::string check_tls_min_version(const std::string& min_version) {
  if (min_version == "1.2" || min_version == "1.3") return {};
  return "listen.tls.minVersion must be \"1.2\" or \"1.3\"";
}

std::string configure_tls_context(boost::asio::ssl::context& ctx, const TlsSettings& settings) {
  namespace ssl = boost::asio::ssl;
  if (auto e = check_tls_min_version(settings.min_version); !e.empty()) return e;
  SSL_CTX* native = ctx.native_handle();
  ctx.set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 |
                  ssl::context::no_sslv3 | ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1 |
                  ssl::context::no_compression | ssl::context::single_dh_use);
  // Renegotiation only adds attack surface for a JSON API.
  SSL_CTX_set_options(native, SSL_OP_NO_RENEGOTIATION);
  const int floor = settings.min_version == "1.3" ? TLS1_3_VERSION : TLS1_2_VERSION;
  if (SSL_CTX_set_min_proto_version(native, floor) != 1) {
    return "TLS " + settings.min_version + " is not available in this OpenSSL";
  }
  const std::string ciphers = settings.ciphers.empty() ? kIntermediateCiphers : settings.ciphers;
  if (SSL_CTX_set_cipher_list(native, ciphers.c_str()) != 1) {
    return "listen.tls.ciphers names no cipher suite OpenSSL knows";
  }
  // The DHE suites of the list need parameters; OpenSSL picks them by key size.
  SSL_CTX_set_dh_auto(native, 1);
  boost::system::error_code ec;
  ctx.use_certificate_chain_file(settings.cert, ec);
  if (ec) return "cannot read TLS certificate " + settings.cert + ": " + ec.message();
  ctx.use_private_key_file(settings.key, ssl::context::pem, ec);
  if (ec) return "cannot read TLS key " + settings.key + ": " + ec.message();
  if (SSL_CTX_check_private_key(native) != 1) {
    return "the TLS key " + settings.key + " does not match the certificate";
  }
  return {};
}

}  // namespace spinecds::service
