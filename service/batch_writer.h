#pragma once
// Writes that must not hold up a hook call (review pages, the issued-card
// ledger) go through a bounded queue to one background thread, which hands
// them to `flush` in batches. A full queue drops the item and counts it:
// the hook answers on time, and /metrics shows what was lost. With an idle
// period, `flush` is also called with an empty batch when nothing arrived for
// that long (housekeeping such as purging expired rows).
// With a linger, the thread waits that long after the first item of a batch
// (or until max_batch have come) before flushing: one wake-up and one store
// transaction for many hook calls instead of one each, and a push into a
// batch already gathering signals nobody (no futex call on the hook's path).
#include <pthread.h>

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
              std::chrono::milliseconds idle_period = std::chrono::milliseconds(0),
              std::chrono::milliseconds linger = std::chrono::milliseconds(0),
              const char* thread_name = "batch-writer")
      : capacity_(capacity),
        max_batch_(max_batch),
        flush_(std::move(flush)),
        idle_period_(idle_period),
        linger_(linger) {
    thread_ = std::thread([this, thread_name] {
      pthread_setname_np(pthread_self(), thread_name);  // for top -H, perf and bench/
      run();
    });
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
    bool wake = false;
    {
      std::lock_guard lock(mu_);
      if (queue_.size() + reserved_ >= capacity_) {
        ++dropped_;
        return false;
      }
      queue_.push_back(std::move(item));
      wake = wake_needed();
    }
    if (wake) wake_.notify_one();
    return true;
  }

  // A place in the queue for an item pushed later with push_reserved: false
  // (and counted) when the queue is full. Every true is followed by one
  // push_reserved or one unreserve.
  bool reserve() {
    std::lock_guard lock(mu_);
    if (queue_.size() + reserved_ >= capacity_) {
      ++dropped_;
      return false;
    }
    ++reserved_;
    return true;
  }

  void push_reserved(T item) {
    bool wake = false;
    {
      std::lock_guard lock(mu_);
      --reserved_;
      queue_.push_back(std::move(item));
      wake = wake_needed();
    }
    if (wake) wake_.notify_one();
  }

  void unreserve() {
    std::lock_guard lock(mu_);
    --reserved_;
  }

  // Each of `items`, under one lock and at most one wake-up; the number
  // dropped because the queue was full.
  std::size_t push_all(std::vector<T>& items) {
    std::size_t dropped = 0;
    bool wake = false;
    {
      std::lock_guard lock(mu_);
      for (auto& item : items) {
        if (queue_.size() + reserved_ >= capacity_) {
          ++dropped;
          continue;
        }
        queue_.push_back(std::move(item));
      }
      dropped_ += dropped;
      wake = wake_needed();
    }
    if (wake) wake_.notify_one();
    return dropped;
  }

  // Returns once everything queued before the call has been flushed.
  void drain() {
    std::unique_lock lock(mu_);
    ++draining_;
    wake_.notify_one();  // cut a linger short
    idle_.wait(lock, [this] { return queue_.empty() && !busy_; });
    --draining_;
  }

  std::uint64_t dropped() const { return dropped_.load(); }

 private:
  // Under mu_, after queueing: the thread sleeps with nothing queued, or a
  // lingering batch is full.
  bool wake_needed() {
    if (waiting_) {
      waiting_ = false;
      return true;
    }
    return queue_.size() == max_batch_;
  }

  void run() {
    std::unique_lock lock(mu_);
    for (;;) {
      const auto ready = [this] { return stopping_ || !queue_.empty(); };
      waiting_ = true;
      if (idle_period_.count() > 0) {
        if (!wake_.wait_for(lock, idle_period_, ready)) {
          waiting_ = false;
          std::vector<T> none;
          lock.unlock();
          flush_(none);
          lock.lock();
          continue;
        }
      } else {
        wake_.wait(lock, ready);
      }
      waiting_ = false;
      if (queue_.empty() && stopping_) break;
      if (linger_.count() > 0) {
        wake_.wait_for(lock, linger_, [this] {
          return stopping_ || draining_ > 0 || queue_.size() >= max_batch_;
        });
      }
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
  const std::chrono::milliseconds linger_;
  std::mutex mu_;
  std::condition_variable wake_;
  std::condition_variable idle_;
  std::deque<T> queue_;
  bool busy_ = false;
  bool stopping_ = false;
  std::size_t reserved_ = 0;  // places held for push_reserved
  bool waiting_ = false;      // the thread sleeps on wake_ with nothing queued
  int draining_ = 0;          // drain() callers waiting
  std::atomic<std::uint64_t> dropped_{0};
  std::thread thread_;
};

}  // namespace spinecds::service
