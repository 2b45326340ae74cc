#pragma once
// The `jti` replay cache (CDS Hooks best practices: a `jti` is accepted once
// within its lifetime). Memory is bounded: when the cache is full of live
// entries it refuses new tokens instead of evicting, because forgetting a
// `jti` before it expires would let that token be replayed. Entries live
// until the token's exp + leeway, and the authenticator caps exp − iat, so
// the cache drains on its own at a rate the capacity sets.
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <queue>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

namespace spinecds::service::auth {

class ReplayCache {
 public:
  enum class Outcome { fresh, replayed, full };

  explicit ReplayCache(std::size_t capacity) : capacity_(capacity) {}

  // Records (issuer, jti) until `forget_at` (seconds since the epoch) and
  // answers `fresh`, or `replayed` if it is already recorded, or `full`.
  // Thread-safe.
  Outcome check_and_remember(std::string_view issuer, std::string_view jti, int64_t forget_at,
                             int64_t now);

  std::size_t size() const;

 private:
  void drop_expired(int64_t now);

  // Keys are SHA-256 digests of issuer and jti, so an entry costs the same
  // whatever the caller put in its `jti`.
  std::size_t capacity_;
  mutable std::mutex mutex_;
  std::unordered_set<std::string> seen_;
  using Entry = std::pair<int64_t, std::string>;
  std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> by_expiry_;
};

}  // namespace spinecds::service::auth
