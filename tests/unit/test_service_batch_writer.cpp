// The bounded queue that keeps review and ledger writes off the request
// path: batches in order, drops (and counts) when full, drains on shutdown.
#include <doctest/doctest.h>

#include <chrono>
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

TEST_CASE("with a linger, items pushed together are flushed as one batch; drain cuts it short") {
  std::mutex mu;
  std::vector<std::size_t> batches;
  BatchWriter<int> w(
      100, 10,
      [&](std::vector<int>& batch) {
        std::lock_guard lock(mu);
        if (!batch.empty()) batches.push_back(batch.size());
      },
      std::chrono::milliseconds(0), std::chrono::seconds(30));
  const auto start = std::chrono::steady_clock::now();
  std::vector<int> items{1, 2, 3};
  CHECK(w.push_all(items) == 0);
  CHECK(w.push(4));
  w.drain();
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(10));
  std::lock_guard lock(mu);
  CHECK(batches == std::vector<std::size_t>{4});
}

TEST_CASE("a reserved place counts against the capacity until it is pushed or given back") {
  std::vector<int> written;
  {
    BatchWriter<int> w(2, 10, [&](std::vector<int>& batch) {
      written.insert(written.end(), batch.begin(), batch.end());
    });
    // Drained between steps: only places held, not items in flight, fill it.
    REQUIRE(w.reserve());
    REQUIRE(w.reserve());
    CHECK_FALSE(w.reserve());
    CHECK_FALSE(w.push(9));
    CHECK(w.dropped() == 2);
    w.unreserve();
    w.push_reserved(1);
    w.drain();
    CHECK(w.push(2));
  }
  CHECK(written == std::vector<int>{1, 2});
}
