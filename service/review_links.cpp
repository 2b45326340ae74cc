#include "service/review_links.h"

#include <algorithm>
#include <array>
#include <span>
#include <vector>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>
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

// The key's HMAC state (the digest fetched by name, the padded key hashed
// into the inner and outer states) depends only on the key, which is
// configuration: it is set up once per thread and key, and each MAC starts
// from a copy of it. HMAC()'s one-shot form, or an init per MAC, fetches the
// digest (a name lookup under a lock) and hashes the key on every call.
class KeyedMac {
 public:
  KeyedMac() = default;
  KeyedMac(const KeyedMac&) = delete;
  KeyedMac& operator=(const KeyedMac&) = delete;
  ~KeyedMac() {
    EVP_MAC_CTX_free(ctx_);
    forget_key();
  }

  // A fresh context keyed with `key`, or null; the caller frees it.
  EVP_MAC_CTX* start(std::string_view key) {
    if (ctx_ == nullptr || key != key_) {
      EVP_MAC_CTX_free(ctx_);
      ctx_ = keyed(key);
      forget_key();
      key_.assign(key);
    }
    return ctx_ != nullptr ? EVP_MAC_CTX_dup(ctx_) : nullptr;
  }

 private:
  static EVP_MAC_CTX* keyed(std::string_view key) {
    static EVP_MAC* const mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    EVP_MAC_CTX* ctx = mac != nullptr ? EVP_MAC_CTX_new(mac) : nullptr;
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string("digest", digest, 0),
                                 OSSL_PARAM_construct_end()};
    if (ctx != nullptr && EVP_MAC_init(ctx, reinterpret_cast<const unsigned char*>(key.data()),
                                       key.size(), params) != 1) {
      EVP_MAC_CTX_free(ctx);
      return nullptr;
    }
    return ctx;
  }

  // The review key is a secret: a copy left in freed memory outlives the
  // configuration that held it, so it is wiped before it is let go.
  void forget_key() {
    if (!key_.empty()) OPENSSL_cleanse(key_.data(), key_.size());
    key_.clear();
  }

  std::string key_;
  EVP_MAC_CTX* ctx_ = nullptr;
};

// HMAC-SHA256 over the parts joined, hex. The parts are hashed where they
// lie, so a review id's 20 KB of material is not first copied into one string.
std::string hmac_hex(std::string_view key, std::span<const std::string_view> parts) {
  thread_local KeyedMac keyed;
  std::array<unsigned char, EVP_MAX_MD_SIZE> out{};
  std::size_t len = 0;
  EVP_MAC_CTX* ctx = keyed.start(key);
  bool ok = ctx != nullptr;
  for (const auto part : parts) {
    ok = ok &&
         EVP_MAC_update(ctx, reinterpret_cast<const unsigned char*>(part.data()), part.size()) == 1;
  }
  ok = ok && EVP_MAC_final(ctx, out.data(), &len, out.size()) == 1;
  EVP_MAC_CTX_free(ctx);
  // Without OpenSSL's HMAC no link can be signed; an empty id refuses them.
  if (!ok) return {};
  return hex(out.data(), len);
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
  std::string key = hex(b.data(), b.size());
  OPENSSL_cleanse(b.data(), b.size());
  return key;
}

std::string review_id(std::string_view key, std::string_view material) {
  return review_id(key, {material});
}

std::string review_id(std::string_view key, std::initializer_list<std::string_view> material) {
  std::vector<std::string_view> parts{"review-id\n"};
  parts.insert(parts.end(), material.begin(), material.end());
  const auto mac = hmac_hex(key, parts);
  return mac.substr(0, std::min<std::size_t>(mac.size(), 32));
}

std::string review_signature(std::string_view key, std::string_view id, std::int64_t exp) {
  const std::string text = std::string(id) + "." + std::to_string(exp);
  const std::string_view part = text;
  return hmac_hex(key, {&part, 1});
}

bool review_signature_ok(std::string_view key, std::string_view id, std::int64_t exp,
                         std::string_view sig) {
  if (id.size() != 32 || !is_hex(id) || sig.size() != 64 || !is_hex(sig)) return false;
  const std::string want = review_signature(key, id, exp);
  if (want.size() != sig.size()) return false;  // no MAC at all: refused
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
