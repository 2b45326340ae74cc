#pragma once
// Where review pages wait for their link to be opened: the same database as
// feedback (SQLite, or PostgreSQL shared by replicas), one row per review id,
// deleted once expired.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "service/store_connection.h"

namespace spinecds::service {

struct ReviewRecord {
  std::string id;               // 32 hex (review_id)
  std::int64_t expires_at = 0;  // unix seconds
  std::string html;             // the whole page
};

// The rows both backends insert: id, expires_at, html.
struct ReviewRows {
  explicit ReviewRows(const std::vector<ReviewRecord>& records) {
    expires.reserve(records.size());  // the rows point into it
    for (const auto& r : records) {
      expires.push_back(std::to_string(r.expires_at));
      rows.push_back({&r.id, &expires.back(), &r.html});
    }
  }
  std::vector<std::string> expires;
  std::vector<TextRow> rows;
};

class ReviewStore {
 public:
  virtual ~ReviewStore() = default;
  // Inserts or replaces every record in one transaction; "" or why not.
  virtual std::string put(const std::vector<ReviewRecord>& records) = 0;
  // The page when the id exists and has not expired at `now`.
  virtual std::optional<std::string> get(std::string_view id, std::int64_t now) = 0;
  // Deletes every review expired at `now`; how many.
  virtual std::size_t purge(std::int64_t now) = 0;
};

using ReviewStoreOpen = StoreOpened<ReviewStore>;

// The `store` setting: "sqlite:PATH" or a "postgresql://" URL.
ReviewStoreOpen open_review_store(const std::string& spec);

}  // namespace spinecds::service
