#pragma once
// Review links (DESIGN.md §6): the id is an HMAC of what the review shows, so
// it is unguessable without the key yet the same for the same request (cards
// stay identical apart from the link's expiry and signature); the link is
// `{base}/reviews/{id}?exp={unix seconds}&sig={HMAC-SHA256(key, id.exp)}`.
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

namespace spinecds::service {

// 32 random bytes from OpenSSL's generator, hex: the key when none is configured.
std::string random_review_key();

// 128 bits (32 hex characters) of HMAC-SHA256(key, "review-id\n" + material).
std::string review_id(std::string_view key, std::string_view material);
// The same over `material` joined, hashed where the parts lie (no copy).
std::string review_id(std::string_view key, std::initializer_list<std::string_view> material);

// Hex HMAC-SHA256(key, id + "." + exp).
std::string review_signature(std::string_view key, std::string_view id, std::int64_t exp);

// The signature matches (compared in constant time) and the id has the shape
// review_id gives.
bool review_signature_ok(std::string_view key, std::string_view id, std::int64_t exp,
                         std::string_view sig);

// The query's `name` value ("" when absent); `query` is what follows "?".
std::string query_param(std::string_view query, std::string_view name);

}  // namespace spinecds::service
