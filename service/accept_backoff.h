#pragma once
// What the accept loop does when accept() fails. Out of descriptors
// (EMFILE/ENFILE) the listening socket stays readable, so retrying at once
// spins a core; instead wait 50 ms, doubling to 1 s while it keeps failing,
// and go back to accepting at full speed after the first success. One log
// line per interval says how many attempts failed, not one per attempt.
#include <chrono>
#include <cstdint>
#include <optional>

namespace spinecds::service {

class AcceptBackoff {
 public:
  using Clock = std::chrono::steady_clock;
  static constexpr std::chrono::milliseconds kFirst{50};
  static constexpr std::chrono::milliseconds kMax{1000};
  static constexpr std::chrono::seconds kLogInterval{10};

  // An accept failed: how long to wait before the next attempt.
  std::chrono::milliseconds failed() {
    ++failures_;
    delay_ = delay_.count() == 0 ? kFirst : std::min(kMax, delay_ * 2);
    return delay_;
  }
  // True at most once per kLogInterval; call after failed().
  bool should_log(Clock::time_point now) {
    if (last_log_ && now - *last_log_ < kLogInterval) return false;
    last_log_ = now;
    return true;
  }
  // Failures since the last log line (resets the count).
  std::uint64_t take_failures() {
    const auto n = failures_;
    failures_ = 0;
    return n;
  }
  // An accept succeeded: the next failure starts again at kFirst.
  void succeeded() { delay_ = std::chrono::milliseconds(0); }
  bool backing_off() const { return delay_.count() != 0; }

 private:
  std::chrono::milliseconds delay_{0};
  std::uint64_t failures_ = 0;
  std::optional<Clock::time_point> last_log_;
};

}  // namespace spinecds::service
