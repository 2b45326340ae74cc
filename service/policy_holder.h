#pragma once
// The policy snapshot in use, swapped whole on reload (SIGHUP). A reader
// takes the current snapshot once per call and keeps it to the end, so one
// hook call never mixes two loads; a reload builds its snapshot before the
// swap, so nothing ever waits on file reading or schema checks.
#include <atomic>
#include <memory>
#include <string>

#include "service/metrics.h"
#include "service/policy_snapshot.h"
#include "service/policy_source.h"

namespace spinecds::service {

class PolicyHolder {
 public:
  explicit PolicyHolder(std::shared_ptr<const PolicySnapshot> first);

  // The snapshot in use; never null. Takes no lock a reload could hold.
  std::shared_ptr<const PolicySnapshot> current() const;
  void replace(std::shared_ptr<const PolicySnapshot> next);

 private:
  std::atomic<std::shared_ptr<const PolicySnapshot>> current_;
};

// Loads `sources` again and swaps the result in when every file is good;
// otherwise keeps the snapshot in use. Either way it logs one line
// (policy.reloaded, or policy.reload-failed naming the file and the JSON
// Pointer) and counts it in `metrics` (may be null). Returns "" or the error.
std::string reload_policies(PolicyHolder& holder, const PolicySources& sources, Metrics* metrics);

}  // namespace spinecds::service
