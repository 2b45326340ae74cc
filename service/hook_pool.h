#pragma once
// The worker pool for hook work: a fixed number of threads and a bounded
// queue. A full queue refuses new work at once (the caller answers 503)
// instead of letting calls pile up behind slow FHIR servers or long texts.
// Workers run at a lower scheduling priority than the I/O threads, so health
// checks and accepting stay responsive while every core computes.
// There are more threads than cores (a call may wait on a FHIR server), but
// only as many compute at once as there are compute slots (the cores): a
// call gives its slot up while it waits on the network (IoWait), so waiting
// costs no core and computing calls do not crowd each other out.
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
  // `compute_slots` 0 → as many as threads.
  HookPool(std::size_t threads, std::size_t queue_limit, std::size_t compute_slots = 0);
  ~HookPool();
  HookPool(const HookPool&) = delete;
  HookPool& operator=(const HookPool&) = delete;

  // False when the queue already holds queue_limit jobs (or the pool stopped).
  bool try_post(std::function<void()> job);
  // Jobs running or queued.
  std::size_t busy() const;
  // Finishes the queued jobs, then joins the threads.
  void join();

  // While one lives on a worker thread, the worker holds no compute slot
  // (for waiting on the network); on any other thread it does nothing.
  class IoWait {
   public:
    IoWait();
    ~IoWait();
    IoWait(const IoWait&) = delete;
    IoWait& operator=(const IoWait&) = delete;

   private:
    HookPool* pool_;
  };

 private:
  void run();
  // IoWait's two halves.
  void release_slot();
  void acquire_slot();
  // Under mu_: a queued job may start now (a slot is free that no
  // returning IoWait is owed).
  bool job_can_start() const { return !queue_.empty() && free_slots_ > returning_; }

  // One lock for the queue and the slots, so a worker takes a job only with
  // a slot in hand: no worker wakes for a job and then sleeps again on a
  // slot (two context switches per call under load), and a worker that
  // finishes a job takes the next one without sleeping.
  mutable std::mutex mu_;
  std::condition_variable cv_;       // workers waiting for a job they can start
  std::condition_variable slot_cv_;  // workers leaving IoWait, waiting for a slot
  std::deque<std::function<void()>> queue_;
  std::size_t queue_limit_;
  std::size_t free_slots_;
  std::size_t returning_ = 0;  // workers in slot_cv_: served before new jobs
  std::size_t running_ = 0;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

// Threads for hook work when limits.workerThreads is 0: four per core, since
// most calls wait on a FHIR server rather than compute.
std::size_t default_hook_threads();

// Compute slots: the cores.
std::size_t default_compute_slots();

}  // namespace spinecds::service
