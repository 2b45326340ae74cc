#pragma once
// Runs the reloads SIGHUP asks for on a thread of its own: the signal is
// delivered on an I/O thread, which must go straight back to answering
// /healthz and /readyz. Requests that arrive while a reload runs fold into
// one more reload after it, so a burst of signals costs two loads at most.
#include <condition_variable>
#include <mutex>
#include <thread>

#include "service/metrics.h"
#include "service/policy_holder.h"
#include "service/policy_source.h"

namespace spinecds::service {

class PolicyReloader {
 public:
  PolicyReloader(PolicyHolder& holder, PolicySources sources, Metrics* metrics);
  // Lets a reload under way finish, then stops the thread.
  ~PolicyReloader();
  PolicyReloader(const PolicyReloader&) = delete;
  PolicyReloader& operator=(const PolicyReloader&) = delete;

  // Asks for a reload and returns at once. Thread-safe.
  void request();

 private:
  void run();

  PolicyHolder& holder_;
  PolicySources sources_;
  Metrics* metrics_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool pending_ = false;
  bool stopping_ = false;
  std::thread thread_;  // last: starts after everything it reads exists
};

}  // namespace spinecds::service
