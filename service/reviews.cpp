#include "service/reviews.h"

#include "service/log.h"
#include "service/review_links.h"
#include "service/review_page.h"

namespace spinecds::service {

namespace {
constexpr std::int64_t kPurgeEverySeconds = 60;
constexpr std::size_t kMaxBatch = 64;
// A batch gathers this long before it is rendered and stored: one wake-up
// and one transaction for many calls; the page is served from pending_
// meanwhile.
constexpr std::chrono::milliseconds kLinger{20};
// The seed call's assessment is about 20 KB of JSON.
constexpr std::size_t kKeepBodyBytes = std::size_t{256} * 1024;
}  // namespace

Reviews::Reviews(std::string key, int ttl_hours, std::unique_ptr<ReviewStore> store,
                 std::function<std::int64_t()> now, std::size_t queue_capacity)
    : key_(key.empty() ? random_review_key() : std::move(key)),
      ttl_seconds_(static_cast<std::int64_t>(ttl_hours) * 3600),
      store_(std::move(store)),
      now_(std::move(now)) {
  // The idle wake-up purges expired reviews when no new ones arrive.
  writer_ = std::make_unique<BatchWriter<Queued>>(
      queue_capacity, kMaxBatch, [this](std::vector<Queued>& b) { write(b); },
      std::chrono::seconds(kPurgeEverySeconds), kLinger, "review-writer");
}

Reviews::~Reviews() {
  writer_.reset();
}

std::optional<std::pair<std::string, std::int64_t>> Reviews::sign(std::string_view hook_instance,
                                                                  std::string_view service_id,
                                                                  const criteria::Assessment& a) {
  if (a.verdict == criteria::Verdict::supported || a.verdict == criteria::Verdict::not_applicable) {
    return std::nullopt;
  }
  // The assessment's JSON (about 20 KB) is only hashed: it is written over
  // this thread's buffer, which keeps its storage and size from call to
  // call, rather than into a string grown by doubling and freed on every
  // call (or cleared, whose regrowth zero-filled 32 KB per call).
  thread_local std::string body;
  const std::string_view json = criteria::write_json_over(a, body);
  // The same call (instance, service, assessment) gets the same id, so
  // repeated calls give the same cards apart from expiry and signature.
  std::string id = review_id(key_, {hook_instance, "\n", service_id, "\n", json});
  // A very large record's assessment does not pin its buffer to the thread.
  if (body.capacity() > kKeepBodyBytes) std::string().swap(body);
  return std::pair{std::move(id), now_() + ttl_seconds_};
}

std::string Reviews::link(std::string_view base_url, const std::string& id,
                          std::int64_t exp) const {
  return std::string(base_url) + "/reviews/" + id + "?exp=" + std::to_string(exp) +
         "&sig=" + review_signature(key_, id, exp);
}

std::string Reviews::publish(std::string_view base_url, std::string_view hook_instance,
                             std::string_view service_id, const criteria::Assessment& a) {
  auto signed_review = sign(hook_instance, service_id, a);
  if (!signed_review) return {};
  auto& [id, exp] = *signed_review;
  // The page (about 5% of a hook call's instructions) is rendered by the
  // writer, off the request path; this copies the assessment (Call moves it).
  Queued rec{id, exp, std::make_shared<const criteria::Assessment>(a), std::string(service_id)};
  {
    std::lock_guard lock(pending_mu_);
    pending_[id] = rec;
  }
  if (!writer_->push(std::move(rec))) {
    std::lock_guard lock(pending_mu_);
    pending_.erase(id);
    return {};  // no page, so no link to one
  }
  return link(base_url, id, exp);
}

Reviews::Call::Call(Reviews& reviews, std::string base_url, std::string service_id)
    : reviews_(reviews), base_url_(std::move(base_url)), service_id_(std::move(service_id)) {}

Reviews::Call::~Call() {
  for (std::size_t i = committed_; i < signed_.size(); ++i) reviews_.writer_->unreserve();
}

std::string Reviews::Call::link(std::string_view hook_instance, std::size_t index,
                                const criteria::Assessment& a) {
  auto signed_review = reviews_.sign(hook_instance, service_id_, a);
  if (!signed_review) return {};
  if (!reviews_.writer_->reserve()) return {};  // no page, so no link to one
  auto& [id, exp] = *signed_review;
  std::string url = reviews_.link(base_url_, id, exp);
  signed_.push_back({index, std::move(id), exp});
  return url;
}

void Reviews::Call::commit(std::vector<criteria::Assessment>& assessments) {
  for (; committed_ < signed_.size(); ++committed_) {
    auto& s = signed_[committed_];
    Queued rec{std::move(s.id), s.expires_at,
               std::make_shared<const criteria::Assessment>(std::move(assessments.at(s.index))),
               service_id_};
    {
      std::lock_guard lock(reviews_.pending_mu_);
      reviews_.pending_[rec.id] = rec;
    }
    reviews_.writer_->push_reserved(std::move(rec));
  }
}

std::optional<std::string> Reviews::page(std::string_view id, std::string_view query) {
  const std::string exp_text = query_param(query, "exp");
  if (exp_text.empty() || exp_text.size() > 12 ||
      exp_text.find_first_not_of("0123456789") != std::string::npos) {
    return std::nullopt;
  }
  const std::int64_t exp = std::stoll(exp_text);
  if (!review_signature_ok(key_, id, exp, query_param(query, "sig"))) return std::nullopt;
  const std::int64_t now = now_();
  if (exp <= now) return std::nullopt;
  std::optional<Queued> queued;
  {
    std::lock_guard lock(pending_mu_);
    if (auto it = pending_.find(id); it != pending_.end()) {
      if (it->second.expires_at <= now) return std::nullopt;
      queued = it->second;
    }
  }
  // Opened before the writer stored it: rendered here, outside the lock.
  if (queued) return review_html(*queued->assessment, queued->service_id);
  if (!store_) return std::nullopt;
  return store_->get(id, now);
}

std::uint64_t Reviews::dropped() const {
  return writer_->dropped();
}

void Reviews::flush() {
  writer_->drain();
}

void Reviews::write(std::vector<Queued>& batch) {
  if (store_) {
    std::vector<ReviewRecord> records;
    records.reserve(batch.size());
    for (const auto& q : batch) {
      records.push_back({q.id, q.expires_at, review_html(*q.assessment, q.service_id)});
    }
    std::string err = records.empty() ? std::string() : store_->put(records);
    if (!err.empty()) {
      log(LogLevel::error, "reviews.store-failed",
          {{"reviews", std::to_string(batch.size())}, {"error", err}});
    }
    const std::int64_t now = now_();
    if (now - last_purge_ >= kPurgeEverySeconds) {
      last_purge_ = now;
      const auto purged = store_->purge(now);
      if (purged > 0) log(LogLevel::info, "reviews.purged", {{"reviews", std::to_string(purged)}});
    }
  }
  std::lock_guard lock(pending_mu_);
  for (const auto& r : batch) {
    auto it = pending_.find(r.id);
    // A newer publish of the same id may have replaced the record meanwhile.
    if (it != pending_.end() && it->second.expires_at == r.expires_at) pending_.erase(it);
  }
}

}  // namespace spinecds::service
