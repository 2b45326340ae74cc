#pragma once
// Whether a hook call should stop working: its client went away or its
// deadline (limits.callDeadlineMs, counted from the end of the request
// headers) passed. The listener sets the flag; the pipeline looks between
// stages, since nobody is left to read an answer or the caller gave up.
#include <atomic>
#include <chrono>
#include <memory>

namespace spinecds::service {

struct CallControl {
  std::shared_ptr<const std::atomic<bool>> client_gone;  // null: never
  std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();

  bool stopped() const {
    return (client_gone && client_gone->load(std::memory_order_relaxed)) ||
           std::chrono::steady_clock::now() >= deadline;
  }
  // Milliseconds left before the deadline (0 when past; INT_MAX-ish when none).
  long long remaining_ms() const {
    if (deadline == std::chrono::steady_clock::time_point::max()) return 1LL << 40;
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                          deadline - std::chrono::steady_clock::now())
                          .count();
    return left > 0 ? left : 0;
  }
};

}  // namespace spinecds::service
