#pragma once
// Per-issuer signing keys: the JWKS inline in the configuration, the set at
// the issuer's `jwksUrl`, or the set at a token's `jku` when that URL is on
// the issuer's `jkuAllowlist` (CDS Hooks: "maintain an allowlist of iss and
// jku urls"). A `jku` off the allowlist is refused before anything is
// fetched, so a token cannot make the service call a URL of its choosing.
// Fetched sets are cached by `kid`; an unknown `kid` triggers a refresh at
// most once a minute per URL (key rotation works, a flood of random kids
// does not turn into a flood of fetches), and a set older than an hour is
// refreshed on next use so keys the EHR withdrew stop being trusted.
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "service/auth/jwk.h"
#include "service/auth/result.h"

namespace spinecds::service::auth {

// GET `url` over HTTPS and return the body of a 200 answer, or nullopt.
using JwksFetch = std::function<std::optional<std::string>(const std::string& url)>;

// What the configuration says about one issuer's keys.
struct IssuerKeys {
  std::vector<PublicKey> inline_keys;
  std::string jwks_url;                    // "" when not configured
  std::vector<std::string> jku_allowlist;  // exact URLs

  // Whether a token's `jku` is exactly one of jku_allowlist: no prefix,
  // case or path normalisation, so a look-alike URL never matches.
  bool allows_jku(std::string_view jku) const;
};

struct JwksCacheOptions {
  int64_t min_refresh_seconds = 60;
  int64_t max_age_seconds = 3600;
  std::size_t max_body_bytes = 256 * 1024;
};

class JwksCache {
 public:
  JwksCache(JwksFetch fetch, std::function<int64_t()> clock, JwksCacheOptions options = {});

  // The key `kid` of `issuer` (whose configuration is `keys`), looked up in
  // the set at `jku` when the token names one, else inline then `jwksUrl`.
  // Thread-safe; fetches happen without holding the cache lock.
  Result<PublicKey> find(const std::string& issuer, const IssuerKeys& keys, std::string_view kid,
                         std::optional<std::string_view> jku);

 private:
  struct Source {
    std::vector<PublicKey> keys;
    bool loaded = false;
    int64_t loaded_at = 0;
    std::optional<int64_t> last_attempt;
  };

  Result<PublicKey> find_remote(const std::string& issuer, const std::string& url,
                                std::string_view kid);
  std::optional<std::vector<PublicKey>> fetch_set(const std::string& url, std::string* why);

  JwksFetch fetch_;
  std::function<int64_t()> clock_;
  JwksCacheOptions options_;
  std::mutex mutex_;
  // (issuer, url) → set: two issuers naming the same URL still keep their
  // trust apart.
  std::map<std::pair<std::string, std::string>, Source> sources_;
};

}  // namespace spinecds::service::auth
