#pragma once
// The large record of the per-stage benchmarks (issue 14): the seed request
// with its prefetch grown to 5,000 Observations, 300 DiagnosticReports and
// 200 Procedures. Made at benchmark start from the seed's own resources, so
// the text the readers see is real clinical wording, not filler.
#include <string>

namespace spinecds::bench {

struct LargeRecordSize {
  int observations = 5000;
  int diagnostic_reports = 300;
  int procedures = 200;
};

// `seed_request`: a hook request whose prefetch holds Bundles under
// "observations", "diagnosticReports" and "procedures". Returns the same
// request with each of those Bundles holding the given number of entries
// (copies of the seed's entries with fresh ids), serialised as JSON.
std::string make_large_request(const std::string& seed_request, const LargeRecordSize& size = {});

}  // namespace spinecds::bench
