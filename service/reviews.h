#pragma once
// The review behind a card's link (DESIGN.md §6): publishing one on a hook
// call (off the request path, through a BatchWriter: the hook call only
// signs the link and queues the assessment; the page is rendered and stored
// on the writer's thread) and serving it on
// GET /reviews/{id}?exp=…&sig=… when the signature holds and it has not
// expired. Every refusal looks the same (nullopt → 404).
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "criteria/assessment.h"
#include "service/batch_writer.h"
#include "service/review_store.h"

namespace spinecds::service {

class Reviews {
 public:
  // `key`: the shared review secret ("" → a random one: links die with the
  // process). `now`: unix seconds.
  Reviews(std::string key, int ttl_hours, std::unique_ptr<ReviewStore> store,
          std::function<std::int64_t()> now, std::size_t queue_capacity = 1024);
  ~Reviews();

  // The absolute link to the review of `a`, queued for storing; "" for an
  // order that is fully supported (or not a fusion order).
  std::string publish(std::string_view base_url, std::string_view hook_instance,
                      std::string_view service_id, const criteria::Assessment& a);

  // A hook call's reviews in two steps, so the call never copies an
  // assessment: link() signs a review while the cards are rendered and holds
  // its place in the queue; commit() queues the call's assessments, moved,
  // once the response no longer needs them (before it is sent, so a link
  // never names a page that is not there). A place not committed is given
  // back when the Call ends.
  class Call {
   public:
    Call(Reviews& reviews, std::string base_url, std::string service_id);
    ~Call();
    Call(const Call&) = delete;
    Call& operator=(const Call&) = delete;

    // The link for `a`, the call's `index`-th assessment; "" as publish().
    std::string link(std::string_view hook_instance, std::size_t index,
                     const criteria::Assessment& a);
    // Queues every linked review, moving its assessment out of `assessments`.
    void commit(std::vector<criteria::Assessment>& assessments);

   private:
    struct Signed {
      std::size_t index = 0;
      std::string id;
      std::int64_t expires_at = 0;
    };
    Reviews& reviews_;
    std::string base_url_;
    std::string service_id_;
    std::vector<Signed> signed_;
    std::size_t committed_ = 0;  // signed_[0, committed_) are queued
  };

  // The page for /reviews/{id} with `query` (after "?"), or nullopt.
  std::optional<std::string> page(std::string_view id, std::string_view query);

  std::uint64_t dropped() const;
  // Waits until every queued review is stored (tests, shutdown).
  void flush();

 private:
  // A review on its way to the store: the page is rendered from it there.
  struct Queued {
    std::string id;
    std::int64_t expires_at = 0;
    std::shared_ptr<const criteria::Assessment> assessment;
    std::string service_id;
  };
  void write(std::vector<Queued>& batch);
  // The review's id and expiry, or nullopt when `a` gets no review.
  std::optional<std::pair<std::string, std::int64_t>> sign(std::string_view hook_instance,
                                                           std::string_view service_id,
                                                           const criteria::Assessment& a);
  std::string link(std::string_view base_url, const std::string& id, std::int64_t exp) const;

  std::string key_;
  std::int64_t ttl_seconds_;
  std::unique_ptr<ReviewStore> store_;
  std::function<std::int64_t()> now_;
  std::mutex pending_mu_;
  std::map<std::string, Queued, std::less<>> pending_;  // queued, not yet stored
  std::int64_t last_purge_ = 0;
  std::unique_ptr<BatchWriter<Queued>> writer_;  // last: stops first
};

}  // namespace spinecds::service
