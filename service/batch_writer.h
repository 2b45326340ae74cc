#pragma once
// Writes that must not hold up a hook call (review pages, the issued-card
// ledger) go through a bounded queue to one background thread, which hands
// them to `flush` in batches. A full queue drops the item and counts it:
// the hook answers on time, and /metrics shows what was lost. With an idle
// period, `flush` is also called with an empty batch when nothing arrived for
// that long (housekeeping such as purging expired rows).
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace spinecds::service {

template <class T>
class BatchWriter {
 public:
  using Flush = std::function<void(std::vector<T>&)>;

  BatchWriter(std::size_t capacity, std::size_t max_batch, Flush flush,
              std::chrono::milliseconds idle_period = std::chrono::milliseconds(0))
      : capacity_(capacity),
        max_batch_(max_batch),
        flush_(std::move(flush)),
        idle_period_(idle_period) {
    thread_ = std::thread([this] { run(); });
  }
  BatchWriter(const BatchWriter&) = delete;
  BatchWriter& operator=(const BatchWriter&) = delete;

  // Writes what is queued, then stops.
  ~BatchWriter() {
    {
      std::lock_guard lock(mu_);
      stopping_ = true;
    }
    wake_.notify_all();
    thread_.join();
  }

  // False (and counted) when the queue is full.
  bool push(T item) {
    {
      std::lock_guard lock(mu_);
      if (queue_.size() >= capacity_) {
        ++dropped_;
        return false;
      }
      queue_.push_back(std::move(item));
    }
    wake_.notify_one();
    return true;
  }

  // Returns once everything queued before the call has been flushed.
  void drain() {
    std::unique_lock lock(mu_);
    idle_.wait(lock, [this] { return queue_.empty() && !busy_; });
  }

  std::uint64_t dropped() const { return dropped_.load(); }

 private:
  void run() {
    std::unique_lock lock(mu_);
    for (;;) {
      const auto ready = [this] { return stopping_ || !queue_.empty(); };
      if (idle_period_.count() > 0) {
        if (!wake_.wait_for(lock, idle_period_, ready)) {
          std::vector<T> none;
          lock.unlock();
          flush_(none);
          lock.lock();
          continue;
        }
      } else {
        wake_.wait(lock, ready);
      }
      if (queue_.empty() && stopping_) break;
      std::vector<T> batch;
      while (!queue_.empty() && batch.size() < max_batch_) {
        batch.push_back(std::move(queue_.front()));
        queue_.pop_front();
      }
      busy_ = true;
      lock.unlock();
      flush_(batch);
      lock.lock();
      busy_ = false;
      if (queue_.empty()) idle_.notify_all();
    }
    idle_.notify_all();
  }

  const std::size_t capacity_;
  const std::size_t max_batch_;
  Flush flush_;
  const std::chrono::milliseconds idle_period_;
  std::mutex mu_;
  std::condition_variable wake_;
  std::condition_variable idle_;
  std::deque<T> queue_;
  bool busy_ = false;
  bool stopping_ = false;
  std::atomic<std::uint64_t> dropped_{0};
  std::thread thread_;
};

}  // namespace spinecds::service
