#include "service/reviews.h"

#include "service/log.h"
#include "service/review_links.h"
#include "service/review_page.h"

namespace spinecds::service {

namespace {
constexpr std::int64_t kPurgeEverySeconds = 60;
constexpr std::size_t kMaxBatch = 64;
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
      std::chrono::seconds(kPurgeEverySeconds));
}

Reviews::~Reviews() {
  writer_.reset();
}

std::string Reviews::publish(std::string_view base_url, std::string_view hook_instance,
                             std::string_view service_id, const criteria::Assessment& a) {
  if (a.verdict == criteria::Verdict::supported || a.verdict == criteria::Verdict::not_applicable) {
    return {};
  }
  const std::string body = criteria::to_json(a, false);
  // The same call (instance, service, assessment) gets the same id, so
  // repeated calls give the same cards apart from expiry and signature.
  const std::string id = review_id(key_, {hook_instance, "\n", service_id, "\n", body});
  const std::int64_t exp = now_() + ttl_seconds_;
  // The page (about 5% of a hook call's instructions) is rendered by the
  // writer, off the request path; the call copies the assessment instead.
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
  return std::string(base_url) + "/reviews/" + id + "?exp=" + std::to_string(exp) +
         "&sig=" + review_signature(key_, id, exp);
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
