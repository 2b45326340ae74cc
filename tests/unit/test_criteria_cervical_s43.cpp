// The cervical engine on session 43's record shapes (DESIGN §9): a later
// study that clears a compression the earlier one showed, and a report that
// clears a level of canal stenosis and cord compression beside a cord
// signal that is no compression's.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "criteria/assess.h"
#include "support/assessment_fixtures.h"
#include "support/policy_files.h"

using namespace spinecds;
using terminology::FindingKind;
using terminology::RecordFacts;
using terminology::RecordFinding;
using terminology::Segment;
using terminology::Severity;
using terminology::SourceKind;
using test::seg;

namespace {

RecordFinding imaging(FindingKind kind, const char* s, const char* date, const char* text,
                      bool negated = false) {
  RecordFinding rf;
  rf.finding.kind = kind;
  rf.finding.segments = {seg(s)};
  rf.finding.negated = negated;
  rf.source = SourceKind::imaging;
  rf.date = date;
  rf.quote = {std::string("DiagnosticReport/mri-") + date, text, "MRI cervical spine", date};
  return rf;
}

RecordFacts acdf_c56() {
  RecordFacts f;
  f.order = "ServiceRequest/acdf";
  f.region = terminology::FusionRegion::cervical;
  f.requested.segments = {seg("C5-C6")};
  RecordFinding r;
  r.finding.kind = FindingKind::radiculopathy;
  r.finding.root = "C6";
  r.finding.side = "left";
  r.source = SourceKind::clinical;
  r.date = "2026-02-01";
  r.quote = {"DocumentReference/note", "left C6 radiculopathy", "Clinic note", "2026-02-01"};
  f.findings.push_back(r);
  return f;
}

criteria::Assessment run(const RecordFacts& f) {
  return test::assess_facts(f, "cervical-fusion", "anterior");
}

const criteria::LevelRow& row(const criteria::Assessment& a, const char* s) {
  for (const auto& r : a.levels) {
    if (r.segment == seg(s)) return r;
  }
  FAIL("no row for " << s);
  return a.levels.front();
}

}  // namespace

TEST_CASE("s43: a later study that finds the herniation regressed supersedes the earlier one") {
  auto f = acdf_c56();
  auto disc = imaging(FindingKind::disc_herniation, "C5-C6", "2026-01-21",
                      "left foraminal disc herniation compressing the left C6 root");
  disc.finding.side = "left";
  f.findings.push_back(disc);
  // Before the follow-up the herniation is compression, concordant with the root.
  CHECK(row(run(f), "C5-C6").concordant);
  auto regressed = imaging(FindingKind::disc_herniation, "C5-C6", "2026-09-30",
                           "the previously described herniation has regressed", true);
  f.findings.push_back(regressed);
  const auto a = run(f);
  CHECK(row(a, "C5-C6").compression.empty());
  CHECK_FALSE(row(a, "C5-C6").fusion_supported);
  // A follow-up that still shows it keeps it.
  auto f2 = acdf_c56();
  f2.findings.push_back(disc);
  auto again = imaging(FindingKind::disc_herniation, "C5-C6", "2026-09-30",
                       "persistent left foraminal herniation");
  again.finding.side = "left";
  f2.findings.push_back(again);
  CHECK(row(run(f2), "C5-C6").concordant);
}

TEST_CASE(
    "s43: a cord signal at a level cleared of stenosis and cord compression is no "
    "compressive myelopathy") {
  auto f = acdf_c56();
  f.findings.clear();
  RecordFinding m;
  m.finding.kind = FindingKind::myelopathy;
  m.source = SourceKind::clinical;
  m.date = "2026-06-01";
  m.quote = {"DocumentReference/note", "?myelopathy, brisk reflexes", "Clinic note", "2026-06-01"};
  f.findings.push_back(m);
  f.findings.push_back(imaging(FindingKind::cord_signal_change, "C5-C6", "2026-06-02",
                               "signal change in the cord at C5/C6"));
  auto canal = imaging(FindingKind::stenosis, "C5-C6", "2026-06-02", "no canal stenosis", true);
  canal.finding.location = "central";
  f.findings.push_back(canal);
  CHECK(row(run(f), "C5-C6").fusion_supported);  // a cord signal alone still localises
  f.findings.push_back(imaging(FindingKind::cord_compression, "C5-C6", "2026-06-02",
                               "no compression of the cord", true));
  CHECK_FALSE(row(run(f), "C5-C6").fusion_supported);
}
