#include "service/auth/jwks_cache.h"

#include <algorithm>

#include <rapidjson/document.h>

#include "fhir/json_parse.h"

namespace spinecds::service::auth {
namespace {

const PublicKey* find_kid(const std::vector<PublicKey>& keys, std::string_view kid) {
  for (const auto& k : keys) {
    if (k.kid == kid) return &k;
  }
  return nullptr;
}

}  // namespace

bool IssuerKeys::allows_jku(std::string_view jku) const {
  return std::find(jku_allowlist.begin(), jku_allowlist.end(), jku) != jku_allowlist.end();
}

JwksCache::JwksCache(JwksFetch fetch, std::function<int64_t()> clock, JwksCacheOptions options)
    : fetch_(std::move(fetch)), clock_(std::move(clock)), options_(options) {}

Result<PublicKey> JwksCache::find(const std::string& issuer, const IssuerKeys& keys,
                                  std::string_view kid, std::optional<std::string_view> jku) {
  if (jku) {
    if (!keys.allows_jku(*jku))
      return Result<PublicKey>::fail("jku is not on the issuer's jkuAllowlist");
    return find_remote(issuer, std::string(*jku), kid);
  }
  if (const PublicKey* k = find_kid(keys.inline_keys, kid)) return Result<PublicKey>::ok(*k);
  if (keys.jwks_url.empty()) return Result<PublicKey>::fail("unknown kid");
  return find_remote(issuer, keys.jwks_url, kid);
}

Result<PublicKey> JwksCache::find_remote(const std::string& issuer, const std::string& url,
                                         std::string_view kid) {
  const int64_t now = clock_();
  {
    std::lock_guard lock(mutex_);
    Source& src = sources_[{issuer, url}];
    const bool stale = src.loaded && now - src.loaded_at >= options_.max_age_seconds;
    if (src.loaded && !stale) {
      if (const PublicKey* k = find_kid(src.keys, kid)) return Result<PublicKey>::ok(*k);
    }
    if (src.last_attempt && now - *src.last_attempt < options_.min_refresh_seconds) {
      // A stale set is still better than none while we may not refresh.
      if (const PublicKey* k = find_kid(src.keys, kid)) return Result<PublicKey>::ok(*k);
      return Result<PublicKey>::fail("unknown kid (JWKS refreshed less than a minute ago)");
    }
    // Claim this refresh before unlocking, so concurrent misses do not all
    // fetch.
    src.last_attempt = now;
  }

  std::string why;
  auto fetched = fetch_set(url, &why);

  std::lock_guard lock(mutex_);
  Source& src = sources_[{issuer, url}];
  if (fetched) {
    src.keys = std::move(*fetched);
    src.loaded = true;
    src.loaded_at = now;
  }
  if (const PublicKey* k = find_kid(src.keys, kid)) return Result<PublicKey>::ok(*k);
  if (!fetched) return Result<PublicKey>::fail("unknown kid (JWKS fetch failed: " + why + ")");
  return Result<PublicKey>::fail("unknown kid");
}

std::optional<std::vector<PublicKey>> JwksCache::fetch_set(const std::string& url,
                                                           std::string* why) {
  if (!fetch_) {
    *why = "no fetcher";
    return std::nullopt;
  }
  std::optional<std::string> body;
  try {
    body = fetch_(url);
  } catch (...) {
    body.reset();
  }
  if (!body) {
    *why = "no answer";
    return std::nullopt;
  }
  if (body->size() > options_.max_body_bytes) {
    *why = "JWKS too large";
    return std::nullopt;
  }
  // The untrusted-JSON parser: depth-limited, valid UTF-8, no NUL.
  rapidjson::Document doc;
  if (fhir::parse_json(*body, doc).status != fhir::JsonParseStatus::ok) {
    *why = "JWKS is not JSON";
    return std::nullopt;
  }
  auto keys = parse_jwks(doc, /*strict=*/false);
  if (!keys) {
    *why = "JWKS " + keys.error();
    return std::nullopt;
  }
  return std::move(keys.value());
}

}  // namespace spinecds::service::auth
