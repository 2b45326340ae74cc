#pragma once
// The worker pool for hook work: a fixed number of threads and a bounded
// queue. A full queue refuses new work at once (the caller answers 503)
// instead of letting calls pile up behind slow FHIR servers or long texts.
// Workers run at a lower scheduling priority than the I/O threads, so health
// checks and accepting stay responsive while every core computes.
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace spinecds::service {

class HookPool {
 public:
  HookPool(std::size_t threads, std::size_t queue_limit);
  ~HookPool();
  HookPool(const HookPool&) = delete;
  HookPool& operator=(const HookPool&) = delete;

  // False when the queue already holds queue_limit jobs (or the pool stopped).
  bool try_post(std::function<void()> job);
  // Jobs running or queued.
  std::size_t busy() const;
  // Finishes the queued jobs, then joins the threads.
  void join();

 private:
  void run();

  mutable std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::function<void()>> queue_;
  std::size_t queue_limit_;
  std::size_t running_ = 0;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

// Threads for hook work when limits.workerThreads is 0: four per core, since
// most calls wait on a FHIR server rather than compute.
std::size_t default_hook_threads();

}  // namespace spinecds::service
