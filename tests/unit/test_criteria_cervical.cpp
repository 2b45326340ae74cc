// The cervical engine (DESIGN §9) on hand-built facts: per-segment
// concordance of root, side and compression, the anterior / posterior rule,
// waivers, the profiles' conservative care, nicotine, earlier fusions, a
// mixed order, and the Assessment's cervical JSON shape.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "criteria/assess.h"
#include "criteria/criterion_ids.h"
#include "criteria/dates.h"
#include "criteria/policy.h"
#include "support/policy_files.h"

using namespace spinecds;
using criteria::Status;
using criteria::Verdict;
using terminology::Finding;
using terminology::FindingKind;
using terminology::RecordFacts;
using terminology::RecordFinding;
using terminology::Segment;
using terminology::Severity;
using terminology::SourceKind;
namespace cid = criteria::criterion_id;

namespace {

Segment seg(const char* s) {
  return *terminology::parse_canonical_segment(s);
}

RecordFinding finding(FindingKind kind, std::vector<const char*> segs, SourceKind source,
                      const char* text, const char* date = "2026-09-01") {
  RecordFinding rf;
  rf.finding.kind = kind;
  for (auto s : segs) rf.finding.segments.push_back(seg(s));
  rf.source = source;
  rf.date = date;
  rf.quote = {source == SourceKind::imaging ? "DiagnosticReport/mri-c" : "DocumentReference/note",
              text, source == SourceKind::imaging ? "MRI cervical spine" : "Clinic note", date};
  return rf;
}

RecordFinding foraminal(const char* s, const char* side, Severity sev = Severity::severe) {
  auto rf = finding(FindingKind::stenosis, {s}, SourceKind::imaging, "foraminal stenosis");
  rf.finding.location = "foraminal";
  rf.finding.side = side;
  rf.finding.severity = sev;
  rf.quote.text = std::string(side) + " foraminal stenosis at " + s;
  return rf;
}

RecordFinding radiculopathy(const char* root, const char* side) {
  auto rf = finding(FindingKind::radiculopathy, {}, SourceKind::clinical, "radiculopathy");
  rf.finding.root = root;
  rf.finding.side = side;
  rf.quote.text = std::string(side) + " " + root + " radiculopathy";
  return rf;
}

terminology::TherapyItem pt(const char* start, const char* end) {
  terminology::TherapyItem t;
  t.start = start;
  t.end = end;
  t.is_episode = true;
  t.region = terminology::BodyRegion::cervical;
  t.quote = {"Procedure/pt", std::string("PT for neck ") + start + " to " + end, "PT note", start};
  return t;
}

// A one-level ACDF at C5-C6 for a right C6 radiculopathy that meets every
// criterion of the default profile.
RecordFacts good_acdf() {
  RecordFacts f;
  f.order = "ServiceRequest/acdf";
  f.region = terminology::FusionRegion::cervical;
  f.requested.segments = {seg("C5-C6")};
  f.findings.push_back(foraminal("C5-C6", "right"));
  f.findings.push_back(radiculopathy("C6", "right"));
  // Eight weeks of therapy and medication begun nine weeks before the order.
  f.therapy.push_back(pt("2026-09-18", "2026-11-12"));
  f.medications.push_back(
      {"MedicationRequest/gaba", "gabapentin 300 mg", "Medication", "2026-09-18"});
  f.outcome_scores.push_back({terminology::OutcomeInstrument::ndi,
                              44,
                              "2026-10-01",
                              {"Observation/ndi", "NDI 44%", "NDI", "2026-10-01"}});
  f.smoking.push_back({terminology::SmokingStatus::never,
                       "",
                       "2026-10-01",
                       {"Observation/smoke", "Never smoker", "Smoking status", "2026-10-01"}});
  f.flexion_extension.push_back(
      {"DiagnosticReport/xr", "flexion and extension views", "XR", "2026-09-01"});
  return f;
}

criteria::Assessment run(const RecordFacts& f, const char* approach = "anterior",
                         const char* profile = "default") {
  criteria::AssessInput in;
  in.facts = &f;
  in.as_of = "2026-11-20";
  in.profile = profile;
  in.family = "cervical-fusion";
  in.approach = approach;
  return criteria::assess(test::shipped_policy("cervical-fusion"), in);
}

Status status(const criteria::Assessment& a, std::string_view id) {
  for (const auto& c : a.criteria) {
    if (c.id == id) return c.status;
  }
  FAIL("criterion " << id << " is absent");
  return Status::unknown;
}

const criteria::LevelRow& row(const criteria::Assessment& a, const char* s) {
  for (const auto& r : a.levels) {
    if (r.segment == seg(s)) return r;
  }
  FAIL("no row for " << s);
  return a.levels.front();
}

}  // namespace

TEST_CASE("a concordant one-level ACDF meets every cervical criterion") {
  const auto a = run(good_acdf());
  CHECK(a.verdict == Verdict::supported);
  CHECK(a.policy.id == "cervical-fusion");
  const auto& r = row(a, "C5-C6");
  CHECK(r.root == "C6");
  CHECK(r.compression == std::vector<std::string>{"foraminal-right"});
  CHECK(r.concordant);
  CHECK(r.basis == "radiculopathy");
  CHECK(r.fusion_supported);
  CHECK(status(a, cid::kConservativeCare6Weeks) == Status::met);
  CHECK(status(a, cid::kNeuralCompression) == Status::met);
  CHECK(status(a, cid::kFunctionalLimitation) == Status::met);
  CHECK(status(a, cid::kImagingCompression) == Status::met);
  CHECK(status(a, cid::kFlexionExtension) == Status::met);
  CHECK(status(a, cid::kInstability) == Status::not_applicable);
  CHECK(status(a, cid::kNicotine) == Status::met);
  // No earlier fusion: the criterion is absent, and titles come from the policy.
  for (const auto& c : a.criteria) {
    CHECK(c.id != cid::kPriorFusion);
    CHECK(!c.title.empty());
  }
  CHECK(a.criteria.front().id == cid::kConservativeCare6Weeks);
}

TEST_CASE("compression on the other side, or at another root's level, is not concordant") {
  SUBCASE("side") {
    auto f = good_acdf();
    f.findings[1] = radiculopathy("C6", "left");
    const auto a = run(f);
    CHECK_FALSE(row(a, "C5-C6").concordant);
    CHECK(status(a, cid::kImagingCompression) == Status::not_met);
    CHECK(a.verdict == Verdict::not_supported_as_documented);
  }
  SUBCASE("level") {
    auto f = good_acdf();
    f.findings[1] = radiculopathy("C7", "right");
    const auto a = run(f);
    CHECK_FALSE(row(a, "C5-C6").concordant);
    CHECK(a.supported_fusion_levels.empty());
  }
}

TEST_CASE("an over-reaching three-level ACDF is supported only where compression is") {
  auto f = good_acdf();
  f.requested.segments = {seg("C4-C5"), seg("C5-C6"), seg("C6-C7")};
  auto bulge = finding(FindingKind::stenosis, {"C6-C7"}, SourceKind::imaging, "mild stenosis");
  bulge.finding.severity = Severity::mild;
  f.findings.push_back(bulge);
  const auto a = run(f);
  CHECK(a.verdict == Verdict::partially_supported);
  REQUIRE(a.supported_fusion_levels.size() == 1);
  CHECK(a.supported_fusion_levels[0] == seg("C5-C6"));
  CHECK(row(a, "C6-C7").compression.empty());
}

TEST_CASE("myelopathy waives conservative care, films and the nicotine wait") {
  RecordFacts f;
  f.region = terminology::FusionRegion::cervical;
  f.requested.segments = {seg("C4-C5")};
  f.findings.push_back(finding(FindingKind::myelopathy, {}, SourceKind::clinical, "Hoffmann sign"));
  f.findings.push_back(
      finding(FindingKind::cord_compression, {"C4-C5"}, SourceKind::imaging, "cord compression"));
  f.outcome_scores.push_back({terminology::OutcomeInstrument::mjoa,
                              12,
                              "2026-10-01",
                              {"Observation/mjoa", "mJOA 12", "mJOA", "2026-10-01"}});
  f.smoking.push_back({terminology::SmokingStatus::current,
                       "",
                       "2026-10-01",
                       {"Observation/smoke", "Smokes daily", "Smoking status", "2026-10-01"}});
  const auto a = run(f);
  CHECK(status(a, cid::kConservativeCare6Weeks) == Status::not_applicable);
  CHECK(status(a, cid::kFlexionExtension) == Status::not_applicable);
  CHECK(status(a, cid::kNicotine) == Status::not_applicable);
  CHECK(row(a, "C4-C5").basis == "myelopathy");
  CHECK(a.verdict == Verdict::supported);
}

TEST_CASE("a posterior fusion needs a stabilising reason at each segment") {
  RecordFacts f;
  f.region = terminology::FusionRegion::cervical;
  f.requested.segments = {seg("C4-C5"), seg("C5-C6")};
  f.findings.push_back(finding(FindingKind::myelopathy, {}, SourceKind::clinical, "gait ataxia"));
  for (const char* s : {"C4-C5", "C5-C6"})
    f.findings.push_back(
        finding(FindingKind::cord_compression, {s}, SourceKind::imaging, "cord compression"));
  f.adl_limitation.push_back({"DocumentReference/note", "cannot button shirts", "Note", ""});
  SUBCASE("without one: decompression only") {
    const auto a = run(f, "posterior");
    CHECK(status(a, cid::kInstability) == Status::not_met);
    CHECK(a.supported_fusion_levels.empty());
    CHECK(a.decompression_only.size() == 2);
    CHECK(a.verdict == Verdict::not_supported_as_documented);
  }
  SUBCASE("translation beyond 3.5 mm at one of them") {
    auto t = finding(FindingKind::translation, {"C4-C5"}, SourceKind::imaging, "4 mm translation");
    t.finding.mm = 4;
    f.findings.push_back(t);
    const auto a = run(f, "posterior");
    CHECK(row(a, "C4-C5").fusion_supported);
    CHECK_FALSE(row(a, "C5-C6").fusion_supported);
    CHECK(a.verdict == Verdict::partially_supported);
  }
}

TEST_CASE("the profiles count conservative care differently") {
  auto f = good_acdf();
  // Eight weeks of therapy and medication: the default's 6, not Medicare's 12.
  CHECK(status(run(f, "anterior", "default"), cid::kConservativeCare6Weeks) == Status::met);
  const auto medicare = run(f, "anterior", "medicare-like");
  CHECK(medicare.policy.profile == "medicare-like");
  CHECK(status(medicare, cid::kConservativeCare6Weeks) == Status::not_met);
  // A home programme alone: two modalities with medication for eviCore, no
  // in-person PT for the aetna-like profile.
  f.therapy[0].setting = terminology::TherapySetting::home;
  CHECK(status(run(f, "anterior", "default"), cid::kConservativeCare6Weeks) == Status::met);
  CHECK(status(run(f, "anterior", "aetna-like"), cid::kConservativeCare6Weeks) == Status::not_met);
}

TEST_CASE("aetna-like: two therapy visits ten weeks apart are not ten weeks of in-person PT") {
  auto f = good_acdf();
  f.therapy.clear();
  for (const char* day : {"2026-08-10", "2026-10-19"}) {
    terminology::TherapyItem t = pt(day, day);
    t.is_episode = false;
    f.therapy.push_back(t);
  }
  CHECK(status(run(f, "anterior", "aetna-like"), cid::kConservativeCare6Weeks) == Status::not_met);
  // Weekly visits across the same ten weeks are.
  f.therapy.clear();
  for (int w = 0; w < 10; ++w) {
    const auto day = criteria::iso_date(*criteria::day_number("2026-08-10") + 7 * w);
    f.therapy.push_back(pt(day.c_str(), day.c_str()));
  }
  CHECK(status(run(f, "anterior", "aetna-like"), cid::kConservativeCare6Weeks) == Status::met);
}

TEST_CASE("a current smoker fails the nicotine gate; the medicare-like profile drops it") {
  auto f = good_acdf();
  f.smoking[0].status = terminology::SmokingStatus::current;
  const auto a = run(f);
  CHECK(status(a, cid::kNicotine) == Status::not_met);
  CHECK(a.verdict == Verdict::not_supported_as_documented);
  // Care since June without a break of more than three weeks: over 12 weeks.
  f.therapy.push_back(pt("2026-06-01", "2026-09-10"));
  const auto medicare = run(f, "anterior", "medicare-like");
  CHECK(status(medicare, cid::kNicotine) == Status::not_met);
  CHECK(medicare.verdict == Verdict::supported);
}

TEST_CASE("an already fused segment is not fused again without non-union") {
  auto f = good_acdf();
  f.requested.segments = {seg("C5-C6"), seg("C6-C7")};
  f.findings.push_back(foraminal("C6-C7", "right"));
  f.findings.push_back(radiculopathy("C7", "right"));
  auto old = finding(FindingKind::prior_fusion, {"C5-C6"}, SourceKind::imaging,
                     "solid fusion at C5-C6", "2021-03-01");
  f.findings.push_back(old);
  const auto a = run(f);
  CHECK_FALSE(row(a, "C5-C6").fusion_supported);
  CHECK(row(a, "C6-C7").fusion_supported);
  CHECK(row(a, "C6-C7").basis == "adjacent-segment");
  CHECK(a.verdict == Verdict::partially_supported);
  CHECK(status(a, cid::kPriorFusion) == Status::not_met);
}

TEST_CASE("the surgeon's plan for the ordered levels is not an earlier fusion") {
  // "Booking C5-6 ACDF" in the plan of a clinic note: nothing says it was
  // done, and it names only the ordered segment.
  auto f = good_acdf();
  f.findings.push_back(finding(FindingKind::prior_fusion, {"C5-C6"}, SourceKind::clinical,
                               "She wishes to proceed; booking C5-6 ACDF", "2026-11-01"));
  auto a = run(f);
  CHECK(row(a, "C5-C6").fusion_supported);
  CHECK(a.verdict == Verdict::supported);
  for (const auto& c : a.criteria) CHECK(c.id != cid::kPriorFusion);

  SUBCASE("history wording, a year before the order or a Procedure make it done") {
    auto done = f;
    auto& rf = done.findings.back();
    SUBCASE("status post") {
      rf.finding.historical = true;
    }
    SUBCASE("a year") {
      rf.quote.text = "C5-6 ACDF 09/10/2024 for left C6 radiculopathy";
    }
    SUBCASE("a completed Procedure") {
      rf.quote.reference = "Procedure/acdf-2021";
    }
    a = run(done);
    CHECK_FALSE(row(a, "C5-C6").fusion_supported);
    CHECK(status(a, cid::kPriorFusion) == Status::not_met);
  }
  SUBCASE("a fusion beside the ordered levels is an earlier one") {
    auto beside = f;
    beside.findings.back().finding.segments = {seg("C5-C6"), seg("C6-C7")};
    a = run(beside);
    CHECK_FALSE(row(a, "C5-C6").fusion_supported);
  }
}

TEST_CASE("non-union named at the ordered segment's fusion dates the earlier fusion") {
  // "Pseudarthrosis at the C5-6 ACDF" names only the ordered segment and no
  // history word, yet non-union presumes a fusion that happened: its date
  // counts, so the revision's time since surgery is known.
  auto f = good_acdf();
  const char* text = "Pseudarthrosis at the C5-6 ACDF";
  f.findings.push_back(
      finding(FindingKind::prior_fusion, {"C5-C6"}, SourceKind::clinical, text, "2024-02-01"));
  f.findings.push_back(
      finding(FindingKind::pseudarthrosis, {"C5-C6"}, SourceKind::clinical, text, "2024-02-01"));
  const auto a = run(f);
  CHECK(status(a, cid::kPriorFusion) != Status::unknown);
  CHECK(status(a, cid::kPriorFusion) != Status::not_met);
}

TEST_CASE("a root the MRI says is compressed is not the patient's radicular side") {
  // bz24-05: left C6 and C7 symptoms; the MRI's "right C7 root compression"
  // at C6-C7 is read as a radiculopathy too, but it is the image speaking:
  // only the left C6 symptom meets a compressed foramen on its own side.
  auto f = good_acdf();
  f.requested.segments = {seg("C5-C6"), seg("C6-C7")};
  f.findings = {foraminal("C5-C6", "left"), foraminal("C6-C7", "right"),
                radiculopathy("C6", "left"), radiculopathy("C7", "left")};
  auto imaged_root = radiculopathy("C7", "right");
  imaged_root.source = SourceKind::imaging;
  imaged_root.quote = f.findings[1].quote;
  f.findings.push_back(imaged_root);
  auto a = run(f);
  CHECK(row(a, "C5-C6").concordant);
  CHECK_FALSE(row(a, "C6-C7").concordant);
  CHECK_FALSE(row(a, "C6-C7").fusion_supported);
  CHECK(a.verdict == Verdict::partially_supported);

  SUBCASE("the report's clinical indication still names the patient's root") {
    auto indication = f;
    indication.findings.back().quote.text = "Clinical indication: right C7 radiculopathy";
    a = run(indication);
    CHECK(row(a, "C6-C7").concordant);
  }
}

TEST_CASE("a foramen named without a side is narrowed where no report names a side") {
  // The surgeon's "C5-6 foraminal stenosis" beside the report's "severe left
  // foraminal stenosis": the right foramen is not compressed, so a right C6
  // radiculopathy is not concordant.
  auto f = good_acdf();
  f.findings.erase(f.findings.begin());  // the right-sided stenosis
  f.findings.push_back(foraminal("C5-C6", "left"));
  auto unsided = finding(FindingKind::stenosis, {"C5-C6"}, SourceKind::clinical,
                         "MRI reviewed: C5-6 foraminal stenosis");
  unsided.finding.location = "foraminal";
  f.findings.push_back(unsided);
  auto a = run(f);
  CHECK(row(a, "C5-C6").compression == std::vector<std::string>{"foraminal-left"});
  CHECK_FALSE(row(a, "C5-C6").concordant);
  CHECK(status(a, cid::kImagingCompression) == Status::not_met);
  // Alone, it narrows both foramina, less those stated open.
  f.findings.erase(f.findings.end() - 2);
  CHECK(row(run(f), "C5-C6").compression ==
        std::vector<std::string>{"foraminal-left", "foraminal-right"});
  auto open = foraminal("C5-C6", "right");
  open.finding.negated = true;
  f.findings.push_back(open);
  CHECK(row(run(f), "C5-C6").compression == std::vector<std::string>{"foraminal-left"});
}

TEST_CASE("a mixed order: the cervical family judges its own segments and names the rest") {
  auto f = good_acdf();
  f.region = terminology::FusionRegion::lumbar;  // the reader's choice for a mixed order
  f.requested.segments = {seg("C5-C6"), seg("L4-L5")};
  const auto a = run(f);
  REQUIRE(a.requested_levels.size() == 1);
  CHECK(a.requested_levels[0] == seg("C5-C6"));
  REQUIRE(a.not_assessed.size() == 1);
  CHECK(a.not_assessed[0] == seg("L4-L5"));
  CHECK(a.verdict == Verdict::supported);
  // A lumbar-only order is not the cervical family's.
  f.requested.segments = {seg("L4-L5")};
  CHECK(run(f).verdict == Verdict::not_applicable);
}

TEST_CASE("the cervical Assessment JSON has the approach and no pelvic fixation") {
  const auto json = criteria::to_json(run(good_acdf()), false);
  rapidjson::Document d;
  d.Parse(json.c_str());
  REQUIRE(!d.HasParseError());
  CHECK(std::string(d["requested"]["approach"].GetString()) == "anterior");
  CHECK_FALSE(d["requested"].HasMember("pelvicFixation"));
  CHECK_FALSE(d["supported"].HasMember("pelvicFixation"));
  const auto& r = d["levels"][0];
  CHECK(std::string(r["root"].GetString()) == "C6");
  CHECK(r["compression"].Size() == 1);
  CHECK(r["concordant"].GetBool());
  CHECK_FALSE(r["cordSignal"].GetBool());
  CHECK(std::string(r["basis"].GetString()) == "radiculopathy");
}

TEST_CASE("PT and the home programme its therapist taught are one modality") {
  // bx25-05: eight PT visits with a HEP, no drug and no injection. eviCore
  // counts drugs, provider-directed exercise and injections: one modality.
  auto f = good_acdf();
  f.medications.clear();
  auto hep = pt("2026-09-18", "2026-11-12");
  hep.setting = terminology::TherapySetting::home;
  f.therapy.push_back(hep);
  auto a = run(f);
  CHECK(status(a, cid::kConservativeCare6Weeks) == Status::not_met);
  CHECK(a.verdict == Verdict::not_supported_as_documented);
  // With a drug beside them, two.
  f.medications.push_back(
      {"MedicationRequest/gaba", "gabapentin 300 mg", "Medication", "2026-09-18"});
  CHECK(status(run(f), cid::kConservativeCare6Weeks) == Status::met);
}

TEST_CASE("stenosis on one side pressing on the exiting root is foraminal, not central") {
  // by24-07: a table row whose "Right foramen" column says "Severe narrowing
  // with compression of the exiting right C5 nerve root" loses the header's
  // "foramen"; the root and the side still place it.
  auto f = good_acdf();
  f.findings.erase(f.findings.begin());
  auto sided = finding(FindingKind::stenosis, {"C5-C6"}, SourceKind::imaging,
                       "Severe narrowing with compression of the exiting right C6 nerve root");
  sided.finding.severity = Severity::severe;
  sided.finding.side = "right";
  sided.finding.root = "C6";
  f.findings.push_back(sided);
  auto a = run(f);
  CHECK(row(a, "C5-C6").compression == std::vector<std::string>{"foraminal-right"});
  CHECK(row(a, "C5-C6").concordant);
  // Without a root it stays where the words put it: the canal.
  f.findings.back().finding.root.reset();
  CHECK(row(run(f), "C5-C6").compression == std::vector<std::string>{"central"});
}

TEST_CASE("a radiculopathy a later note calls resolved no longer shows the neural criterion") {
  auto f = good_acdf();
  f.findings[1].date = "2026-04-14";
  f.findings[1].quote.date = "2026-04-14";
  auto weak =
      finding(FindingKind::weakness, {}, SourceKind::clinical, "left biceps 4/5", "2026-04-14");
  f.findings.push_back(weak);
  SUBCASE("resolved later: the earlier complaint and its weakness are superseded") {
    auto gone = radiculopathy("C6", "right");
    gone.finding.negated = true;
    gone.finding.historical = true;
    gone.date = "2026-10-20";
    gone.quote.text = "The right C6 radiculopathy has resolved";
    f.findings.push_back(gone);
    const auto a = run(f);
    CHECK(status(a, cid::kNeuralCompression) == Status::not_met);
    CHECK_FALSE(row(a, "C5-C6").concordant);
    CHECK(a.verdict == Verdict::not_supported_as_documented);
  }
  SUBCASE("a resolution before the complaint leaves it standing") {
    auto gone = radiculopathy("C6", "right");
    gone.finding.negated = true;
    gone.finding.historical = true;
    gone.date = "2025-12-01";
    f.findings.push_back(gone);
    const auto a = run(f);
    CHECK(status(a, cid::kNeuralCompression) == Status::met);
    CHECK(row(a, "C5-C6").concordant);
  }
}
