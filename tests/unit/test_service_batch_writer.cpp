// The bounded queue that keeps review and ledger writes off the request
// path: batches in order, drops (and counts) when full, drains on shutdown.
#include <doctest/doctest.h>

#include <condition_variable>
#include <mutex>

#include "service/batch_writer.h"

using spinecds::service::BatchWriter;

TEST_CASE("a full queue drops and counts; nothing queued is lost") {
  std::mutex mu;
  std::condition_variable cv;
  bool release = false;
  bool first_started = false;
  std::vector<int> written;
  {
    BatchWriter<int> w(2, 10, [&](std::vector<int>& batch) {
      std::unique_lock lock(mu);
      if (!first_started) {
        first_started = true;
        cv.notify_all();
        cv.wait(lock, [&] { return release; });  // the store is slow
      }
      written.insert(written.end(), batch.begin(), batch.end());
    });
    CHECK(w.push(1));
    {
      std::unique_lock lock(mu);
      cv.wait(lock, [&] { return first_started; });  // 1 is being written
    }
    CHECK(w.push(2));
    CHECK(w.push(3));
    CHECK_FALSE(w.push(4));  // capacity 2: dropped
    CHECK(w.dropped() == 1);
    {
      std::lock_guard lock(mu);
      release = true;
    }
    cv.notify_all();
    w.drain();
    CHECK(w.push(5));
  }  // the destructor writes what is queued
  CHECK(written == std::vector<int>{1, 2, 3, 5});
}
