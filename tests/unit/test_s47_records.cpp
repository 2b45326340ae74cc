// Session 47: rules shared instead of repeated (an operation's denial uses
// the ConText cue table's negations, one list for every language the engine
// reads), and record-level rules met in the session's outside records: an
// addendum that corrects the level numbering, a clinician's denial of
// myelopathy beside a near-normal mJOA, a chiropractor's own record, and a
// service member's physical training. Each case is a wording written fresh.
#include <doctest/doctest.h>

#include <string>

#include "support/assessment_fixtures.h"
#include "support/order_fixtures.h"
#include "support/record_fixtures.h"
#include "terminology/finding_lexicon.h"
#include "terminology/order_reader.h"
#include "terminology/text_findings.h"

using namespace spinecds;

TEST_CASE("s47: the negations an operation's denial reads are the cue table's") {
  for (const char* w : {"no", "not", "without", "declines", "refused", "geen", "zonder", "niet",
                        "sem", "nao", "sin", "sans", "ohne", "kein", "keine"}) {
    CHECK_MESSAGE(terminology::is_negation_word(w), w);
  }
  for (const char* w : {"fusion", "with", "and", "mild", "possible"}) {
    CHECK_FALSE_MESSAGE(terminology::is_negation_word(w), w);
  }
  // A disc prosthesis whose note says, in German, that nothing is fused.
  const auto d = test::parse_json(R"({"resourceType":"ServiceRequest","id":"tdr",
    "status":"draft","code":{"text":"Bandscheibenprothese C5-C6"},
    "note":[{"text":"Ohne Fusion; Patient lehnt eine Versteifung ab."}]})");
  CHECK(terminology::read_fusion_order(d).region == terminology::FusionRegion::none);
  // An order that names its fusion plainly is still one.
  test::check_order(
      {"", test::OrderField::code_text, "Posterior fusion L4-L5 without iliac screws", {"L4-L5"}});
}

TEST_CASE("s47: an addendum that corrects the numbering retires the levels read above it") {
  const char* text =
      "Findings:\nGrade 1 anterolisthesis of L2 on L3 with 5 mm dynamic translation, compatible "
      "with instability.\n\n*** ADDENDUM *** 10/02/2026 09:15\nLevel numbering corrected after "
      "review of the scout images. The slip and its motion are one level lower.\n";
  for (const auto& f : terminology::extract_findings(text)) {
    CHECK_MESSAGE((f.segments.empty() || f.negated), terminology::to_string(f.kind));
  }
  // An addendum that restates a level keeps what the read above said
  // elsewhere.
  const char* kept =
      "Impression: 4 mm anterolisthesis at L4-5.\n\nADDENDUM 10/02/2026\nNo instability at "
      "L3-4.\n";
  bool slip = false;
  for (const auto& f : terminology::extract_findings(kept)) {
    slip = slip || (f.kind == terminology::FindingKind::spondylolisthesis && !f.negated);
  }
  CHECK(slip);
}

TEST_CASE("s47: a clinician's denial of myelopathy outweighs a near-normal mJOA of that day") {
  using terminology::FindingKind;
  using terminology::RecordFinding;
  using terminology::SourceKind;
  terminology::RecordFacts f;
  f.order = "ServiceRequest/acdf";
  f.region = terminology::FusionRegion::cervical;
  f.requested.segments = {test::seg("C7-T1")};
  RecordFinding radic;
  radic.finding.kind = FindingKind::radiculopathy;
  radic.finding.root = "C8";
  radic.finding.side = "left";
  radic.source = SourceKind::clinical;
  radic.date = "2026-10-20";
  radic.quote = {"DocumentReference/n1", "left C8 radiculopathy", "Clinic note", "2026-10-20"};
  f.findings.push_back(radic);
  terminology::OutcomeScore mjoa;
  mjoa.instrument = terminology::OutcomeInstrument::mjoa;
  mjoa.value = 17;
  mjoa.date = "2026-10-20";
  mjoa.quote = {"Observation/mjoa", "mJOA 17", "mJOA", "2026-10-20"};
  f.outcome_scores.push_back(mjoa);
  const auto waived = test::assess_facts(f, "cervical-fusion", "anterior");
  CHECK(test::criterion(waived, "conservative-care.6-weeks").status ==
        criteria::Status::not_applicable);
  RecordFinding denial;
  denial.finding.kind = FindingKind::myelopathy;
  denial.finding.negated = true;
  denial.source = SourceKind::clinical;
  denial.date = "2026-10-20";
  denial.quote = {"DocumentReference/n1", "No myelopathy.", "Clinic note", "2026-10-20"};
  f.findings.push_back(denial);
  const auto a = test::assess_facts(f, "cervical-fusion", "anterior");
  CHECK(test::criterion(a, "conservative-care.6-weeks").status != criteria::Status::not_applicable);
  // A denial written before the score does not outweigh it.
  f.findings.back().date = "2026-09-01";
  const auto later = test::assess_facts(f, "cervical-fusion", "anterior");
  CHECK(test::criterion(later, "conservative-care.6-weeks").status ==
        criteria::Status::not_applicable);
}

TEST_CASE("s47: a chiropractor's record and a unit's physical training are no physical therapy") {
  const auto chiro = test::facts_of(R"([{"resourceType":"DocumentReference","id":"dc1",
    "status":"current","date":"2026-08-01T10:00:00Z",
    "type":{"text":"Outside Records - Chiropractic"},
    "content":[{"attachment":{"contentType":"text/plain",
      "data":"VGhlciBleDogY29yZSBhY3RpdmF0aW9uLCAxMiB2aXNpdHMgb3ZlciA4IHdlZWtzLg=="}}]}])");
  CHECK(chiro.therapy.empty());
  const auto unit = test::facts_of(
      "[" +
      test::note_document(
          "mil", "2026-08-20",
          "He did squadron PT 3 times a week for 12 weeks from March to June 2026.") +
      "]");
  CHECK(unit.therapy.empty());
}

TEST_CASE("s47 review: an order resubmitted after a payer's denial is still a fusion order") {
  test::check_order({"",
                     test::OrderField::code_text,
                     "Previously denied lumbar fusion L4-L5, resubmitted",
                     {"L4-L5"}});
}
