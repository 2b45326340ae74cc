// A span of therapy told rather than attended gives way to the sessions the
// record dates inside it: "Did PT in Feb-Mar" beside the clinic's visits of
// 2 to 16 February, or a completed request for September to November beside
// eight sessions in September, is the sessions' span (pending ehr-301,
// cerv-275).
#include <set>
#include <string>

#include "terminology/record_reader.h"

namespace spinecds::terminology {

namespace {

bool same_region(BodyRegion a, BodyRegion b) {
  return a == b || a == BodyRegion::unspecified || b == BodyRegion::unspecified;
}

}  // namespace

void clip_told_spans(RecordFacts& facts) {
  for (auto& told : facts.therapy) {
    if (!told.told || told.start.size() < 10 || told.end.size() < 10) continue;
    const std::string from = told.start.substr(0, 10);
    const std::string to = told.end.substr(0, 10);
    std::set<std::string> days;
    bool stated_span = false;  // a dated course inside ("Attended: 8 sessions, 09/01 - 09/25")
    for (const auto& t : facts.therapy) {
      if (&t == &told || t.told || t.start.size() < 10 || t.end.size() < 10) continue;
      if (t.setting != told.setting || !same_region(t.region, told.region)) continue;
      const std::string a = t.start.substr(0, 10);
      const std::string b = t.end.substr(0, 10);
      if (a < from || b > to) continue;
      days.insert(a);
      days.insert(b);
      stated_span = stated_span || a < b;
    }
    // An attendance record: three session days or more, or a dated course.
    // A day or two (an appointment, a letter) dates no course.
    if (days.size() < 3 && !stated_span) continue;
    told.start = *days.begin();
    told.end = *days.rbegin();
  }
}

}  // namespace spinecds::terminology
