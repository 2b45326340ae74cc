#include "service/policy_reloader.h"

#include <utility>

namespace spinecds::service {

PolicyReloader::PolicyReloader(PolicyHolder& holder, PolicySources sources, Metrics* metrics)
    : holder_(holder),
      sources_(std::move(sources)),
      metrics_(metrics),
      thread_([this] { run(); }) {}

PolicyReloader::~PolicyReloader() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_one();
  thread_.join();
}

void PolicyReloader::request() {
  {
    std::lock_guard lock(mutex_);
    pending_ = true;
  }
  wake_.notify_one();
}

void PolicyReloader::run() {
  std::unique_lock lock(mutex_);
  for (;;) {
    wake_.wait(lock, [this] { return pending_ || stopping_; });
    if (stopping_) return;
    pending_ = false;
    lock.unlock();
    reload_policies(holder_, sources_, metrics_);
    lock.lock();
  }
}

}  // namespace spinecds::service
