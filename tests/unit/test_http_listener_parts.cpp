// The listener's parts that decide without a socket: the accept back-off,
// the bounded hook pool and the connection / body-byte caps.
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "service/accept_backoff.h"
#include "service/connection_limits.h"
#include "service/hook_pool.h"

using namespace spinecds::service;
using std::chrono::milliseconds;

TEST_CASE("accept back-off doubles from 50 ms to 1 s and starts over after a success") {
  AcceptBackoff b;
  CHECK_FALSE(b.backing_off());
  CHECK(b.failed() == milliseconds(50));
  CHECK(b.failed() == milliseconds(100));
  CHECK(b.failed() == milliseconds(200));
  CHECK(b.failed() == milliseconds(400));
  CHECK(b.failed() == milliseconds(800));
  CHECK(b.failed() == milliseconds(1000));
  CHECK(b.failed() == milliseconds(1000));
  CHECK(b.backing_off());
  b.succeeded();
  CHECK_FALSE(b.backing_off());
  CHECK(b.failed() == milliseconds(50));
}

TEST_CASE("accept failures are logged once per interval, with their count") {
  AcceptBackoff b;
  const auto t0 = AcceptBackoff::Clock::time_point{} + std::chrono::hours(1);
  b.failed();
  CHECK(b.should_log(t0));
  CHECK(b.take_failures() == 1);
  for (int i = 0; i < 5; ++i) b.failed();
  CHECK_FALSE(b.should_log(t0 + std::chrono::seconds(1)));
  CHECK_FALSE(b.should_log(t0 + std::chrono::seconds(9)));
  CHECK(b.should_log(t0 + std::chrono::seconds(10)));
  CHECK(b.take_failures() == 5);
}

TEST_CASE("the hook pool refuses work beyond its queue bound instead of queueing it") {
  HookPool pool(1, 2);
  std::mutex mu;
  std::condition_variable cv;
  bool release = false;
  std::atomic<int> started{0};
  std::atomic<int> done{0};
  auto blocker = [&] {
    ++started;
    std::unique_lock lock(mu);
    cv.wait(lock, [&] { return release; });
    ++done;
  };
  REQUIRE(pool.try_post(blocker));
  while (started == 0) std::this_thread::yield();  // the one worker is busy
  CHECK(pool.try_post(blocker));
  CHECK(pool.try_post(blocker));
  CHECK_FALSE(pool.try_post(blocker));  // two queued: full
  CHECK(pool.busy() == 3);
  {
    std::lock_guard lock(mu);
    release = true;
  }
  cv.notify_all();
  pool.join();
  CHECK(done == 3);
  CHECK_FALSE(pool.try_post(blocker));  // stopped
}

TEST_CASE("no more hook calls compute at once than there are compute slots") {
  HookPool pool(4, 16, 1);
  std::atomic<int> computing{0};
  std::atomic<int> most{0};
  std::atomic<int> done{0};
  for (int i = 0; i < 4; ++i) {
    REQUIRE(pool.try_post([&] {
      const int now = ++computing;
      int seen = most.load();
      while (now > seen && !most.compare_exchange_weak(seen, now)) {
      }
      std::this_thread::sleep_for(milliseconds(20));  // overlap, if the pool allowed it
      --computing;
      ++done;
    }));
  }
  pool.join();
  CHECK(done == 4);
  CHECK(most == 1);
}

TEST_CASE("a hook call waiting on the network gives its compute slot up") {
  HookPool pool(3, 16, 1);
  std::mutex mu;
  std::condition_variable cv;
  int waiting = 0;
  bool all_waited = false;
  for (int i = 0; i < 3; ++i) {
    REQUIRE(pool.try_post([&] {
      const HookPool::IoWait io;
      std::unique_lock lock(mu);
      ++waiting;
      cv.notify_all();
      // With one slot, three calls can all be waiting only if waiting holds none.
      all_waited = cv.wait_for(lock, std::chrono::seconds(10), [&] { return waiting == 3; });
    }));
  }
  pool.join();
  CHECK(all_waited);
  const HookPool::IoWait outside;  // not a worker: nothing to give up
}

TEST_CASE("connection and body-byte leases stay within their caps and are given back") {
  auto limits = ConnectionLimits::create(2, 1000);
  auto a = limits->try_connection();
  auto b = limits->try_connection();
  REQUIRE(a);
  REQUIRE(b);
  CHECK_FALSE(limits->try_connection());
  a.reset();
  CHECK(limits->connections() == 1);
  CHECK(limits->try_connection());

  auto big = limits->try_body(900);
  REQUIRE(big);
  CHECK_FALSE(limits->try_body(101));
  auto small = limits->try_body(100);
  CHECK(small);
  CHECK(limits->body_bytes() == 1000);
  big->release();
  CHECK(limits->body_bytes() == 100);
  CHECK_FALSE(limits->try_body(1001));  // more than the whole budget, never
  ConnectionLimits::Lease moved = std::move(*small);
  small.reset();
  CHECK(limits->body_bytes() == 100);
  moved.release();
  CHECK(limits->body_bytes() == 0);
}
