#include "service/hook_pool.h"

#include <pthread.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace spinecds::service {

namespace {

// Linux applies nice values per thread. Failing to lower it only costs
// health-check latency under load, so errors are ignored.
void lower_this_thread_priority() {
  const auto tid = static_cast<id_t>(syscall(SYS_gettid));
  (void)setpriority(PRIO_PROCESS, tid, 5);
}

// The pool whose worker this thread is, for IoWait.
thread_local HookPool* current_pool = nullptr;

}  // namespace

HookPool::HookPool(std::size_t threads, std::size_t queue_limit, std::size_t compute_slots)
    : queue_limit_(queue_limit) {
  if (threads == 0) threads = 1;
  free_slots_ = compute_slots == 0 ? threads : compute_slots;
  threads_.reserve(threads);
  for (std::size_t i = 0; i < threads; ++i) threads_.emplace_back([this] { run(); });
}

HookPool::~HookPool() {
  join();
}

bool HookPool::try_post(std::function<void()> job) {
  bool wake = false;
  {
    std::lock_guard lock(mu_);
    if (stopping_ || queue_.size() >= queue_limit_) return false;
    queue_.push_back(std::move(job));
    // With every slot taken, the worker that frees one takes the job itself.
    wake = job_can_start();
  }
  if (wake) cv_.notify_one();
  return true;
}

std::size_t HookPool::busy() const {
  std::lock_guard lock(mu_);
  return queue_.size() + running_;
}

void HookPool::join() {
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  cv_.notify_all();
  for (auto& t : threads_) {
    if (t.joinable()) t.join();
  }
}

void HookPool::release_slot() {
  bool to_returning = false;
  bool to_job = false;
  {
    std::lock_guard lock(mu_);
    ++free_slots_;
    to_returning = returning_ > 0;
    to_job = !to_returning && job_can_start();
  }
  if (to_returning) slot_cv_.notify_one();
  if (to_job) cv_.notify_one();
}

void HookPool::acquire_slot() {
  bool to_job = false;
  {
    std::unique_lock lock(mu_);
    ++returning_;
    slot_cv_.wait(lock, [this] { return free_slots_ > 0; });
    --returning_;
    --free_slots_;
    // Jobs held back for this worker may start on the slots left.
    to_job = job_can_start();
  }
  if (to_job) cv_.notify_one();
}

HookPool::IoWait::IoWait() : pool_(current_pool) {
  if (pool_) pool_->release_slot();
}

HookPool::IoWait::~IoWait() {
  if (pool_) pool_->acquire_slot();
}

void HookPool::run() {
  pthread_setname_np(pthread_self(), "hook-worker");  // for top -H, perf and bench/
  lower_this_thread_priority();
  current_pool = this;
  std::unique_lock lock(mu_);
  for (;;) {
    cv_.wait(lock, [this] { return job_can_start() || (stopping_ && queue_.empty()); });
    if (queue_.empty()) {
      // Stopping with nothing left: the others may be asleep on a predicate
      // that only this worker's last job made true.
      cv_.notify_all();
      return;
    }
    std::function<void()> job = std::move(queue_.front());
    queue_.pop_front();
    --free_slots_;
    ++running_;
    lock.unlock();
    job();
    job = nullptr;  // release what the job held before counting it done
    lock.lock();
    --running_;
    ++free_slots_;
    // A worker leaving IoWait goes first; else this worker loops and takes
    // the next job itself.
    if (returning_ > 0) slot_cv_.notify_one();
  }
}

std::size_t default_compute_slots() {
  const auto cores = std::thread::hardware_concurrency();
  return cores == 0 ? 2u : cores;
}

std::size_t default_hook_threads() {
  return std::size_t{4} * default_compute_slots();
}

}  // namespace spinecds::service
