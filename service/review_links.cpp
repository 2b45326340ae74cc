#include "service/review_links.h"

#include <array>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

namespace spinecds::service {

namespace {

std::string hex(const unsigned char* p, std::size_t n) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(n * 2);
  for (std::size_t i = 0; i < n; ++i) {
    out.push_back(kDigits[p[i] >> 4]);
    out.push_back(kDigits[p[i] & 0xf]);
  }
  return out;
}

std::string hmac_hex(std::string_view key, std::string_view data) {
  std::array<unsigned char, EVP_MAX_MD_SIZE> mac{};
  unsigned int len = 0;
  HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
       reinterpret_cast<const unsigned char*>(data.data()), data.size(), mac.data(), &len);
  return hex(mac.data(), len);
}

bool is_hex(std::string_view s) {
  for (char c : s) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return !s.empty();
}

}  // namespace

std::string random_review_key() {
  std::array<unsigned char, 32> b{};
  if (RAND_bytes(b.data(), static_cast<int>(b.size())) != 1) return {};
  return hex(b.data(), b.size());
}

std::string review_id(std::string_view key, std::string_view material) {
  return hmac_hex(key, "review-id\n" + std::string(material)).substr(0, 32);
}

std::string review_signature(std::string_view key, std::string_view id, std::int64_t exp) {
  return hmac_hex(key, std::string(id) + "." + std::to_string(exp));
}

bool review_signature_ok(std::string_view key, std::string_view id, std::int64_t exp,
                         std::string_view sig) {
  if (id.size() != 32 || !is_hex(id) || sig.size() != 64 || !is_hex(sig)) return false;
  const std::string want = review_signature(key, id, exp);
  return CRYPTO_memcmp(want.data(), sig.data(), want.size()) == 0;
}

std::string query_param(std::string_view query, std::string_view name) {
  while (!query.empty()) {
    const auto amp = query.find('&');
    const auto part = query.substr(0, amp);
    const auto eq = part.find('=');
    if (eq != std::string_view::npos && part.substr(0, eq) == name) {
      return std::string(part.substr(eq + 1));
    }
    if (amp == std::string_view::npos) break;
    query = query.substr(amp + 1);
  }
  return {};
}

}  // namespace spinecds::service
