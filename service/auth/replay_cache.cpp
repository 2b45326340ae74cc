#include "service/auth/replay_cache.h"

#include <openssl/evp.h>

namespace spinecds::service::auth {
namespace {

// Issuer and jti are length-prefixed so ("ab", "c") and ("a", "bc") differ.
std::string entry_key(std::string_view issuer, std::string_view jti) {
  std::string input = std::to_string(issuer.size()) + ":";
  input.append(issuer);
  input.append(jti);
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  if (EVP_Digest(input.data(), input.size(), digest, &len, EVP_sha256(), nullptr) != 1) {
    return input;  // still exact, only larger
  }
  return std::string(reinterpret_cast<const char*>(digest), len);
}

}  // namespace

void ReplayCache::drop_expired(int64_t now) {
  while (!by_expiry_.empty() && by_expiry_.top().first <= now) {
    seen_.erase(by_expiry_.top().second);
    by_expiry_.pop();
  }
}

ReplayCache::Outcome ReplayCache::check_and_remember(std::string_view issuer, std::string_view jti,
                                                     int64_t forget_at, int64_t now) {
  std::string key = entry_key(issuer, jti);
  std::lock_guard lock(mutex_);
  drop_expired(now);
  if (seen_.contains(key)) return Outcome::replayed;
  if (seen_.size() >= capacity_) return Outcome::full;
  seen_.insert(key);
  by_expiry_.emplace(forget_at, std::move(key));
  return Outcome::fresh;
}

std::size_t ReplayCache::size() const {
  std::lock_guard lock(mutex_);
  return seen_.size();
}

}  // namespace spinecds::service::auth
