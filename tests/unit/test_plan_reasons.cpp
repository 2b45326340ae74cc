// The reason a plan names is a diagnosis the patient has (session 24,
// tests/data/eval/README.md): a referral, authorisation request or order is
// planned, the radiculopathy, weakness or stenosis it is for is not. A user
// sees this as a root and side that count toward concordance although the
// sentence that names them is a request for more visits.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using spinecds::terminology::Finding;
using spinecds::terminology::FindingKind;
using spinecds::test::of_kind;
using spinecds::test::only;

namespace {

// Exactly one finding of `kind`, stated (neither planned, hedged nor denied).
void stated(const char* text, FindingKind kind) {
  const auto f = only(text, kind);
  CAPTURE(text);
  CHECK_FALSE(f.hypothetical);
  CHECK_FALSE(f.uncertain);
  CHECK_FALSE(f.negated);
}

void planned_therapy(const char* text) {
  CAPTURE(text);
  const auto found = of_kind(text, FindingKind::physical_therapy);
  REQUIRE_FALSE(found.empty());
  CHECK(found.back().hypothetical);
}

}  // namespace

TEST_CASE("what an order evaluates and treats is a diagnosis, the therapy is planned") {
  const char* text =
      "Referral: PT eval & treat, cervical radiculopathy R C6. Traction, 2x/wk x 6 wks.";
  stated(text, FindingKind::radiculopathy);
  planned_therapy(text);
  CHECK(of_kind(text, FindingKind::radiculopathy)[0].root == "C6");
  stated("Consult to Physical Therapy: Eval and treat LBP with R L5 radiculopathy.",
         FindingKind::radiculopathy);
}

TEST_CASE("a request to address a deficit leaves the deficit stated") {
  const char* text =
      "Auth request: pt completed 8 PT visits; requesting 6 more visits to address residual "
      "L C5 radicular sx and deltoid weakness (4/5).";
  stated(text, FindingKind::radiculopathy);
  stated(text, FindingKind::weakness);
  const auto pt = of_kind(text, FindingKind::physical_therapy);
  REQUIRE(pt.size() == 2);
  CHECK_FALSE(pt[0].hypothetical);  // the 8 visits attended
  CHECK(pt[1].hypothetical);        // the 6 requested
  stated(
      "Authorization request: 12 visits of physical therapy to address right L4 "
      "radiculopathy and quadriceps weakness (4/5).",
      FindingKind::weakness);
}

TEST_CASE("a frequency between the therapy and its reason does not hide the reason") {
  stated("Plan: PT 2x/week x 6 weeks for L5 radiculopathy.", FindingKind::radiculopathy);
}

TEST_CASE("the cause of a plan's reason is stated too") {
  const char* text = "Physical therapy referral for neurogenic claudication due to L3-4 stenosis.";
  stated(text, FindingKind::stenosis);
  stated(text, FindingKind::neurogenic_claudication);
  planned_therapy(text);
}

TEST_CASE("what a plan seeks is still only sought") {
  const auto r = of_kind("Referral reason: ?cervical radiculopathy, left arm paraesthesia.",
                         FindingKind::radiculopathy);
  REQUIRE(r.size() == 1);
  CHECK(r[0].hypothetical);
  const auto s = of_kind("PT eval & treat; MRI to evaluate for stenosis.", FindingKind::stenosis);
  REQUIRE(s.size() == 1);
  CHECK(s[0].hypothetical);
}

TEST_CASE("therapy withheld, cancelled or declined is not given; its reason is stated") {
  const char* text = "PT was withheld pending surgical consult because of the cord compression.";
  const auto pt = of_kind(text, FindingKind::physical_therapy);
  REQUIRE(pt.size() == 1);
  CHECK(pt[0].negated);
  stated(text, FindingKind::cord_compression);
  for (const char* t : {"Physiotherapy for neck pain was recommended; patient declined given cost.",
                        "Patient cancelled her first physio appointment and has not rebooked.",
                        "PT held per surgeon given cord compression with myelopathic signs."}) {
    CAPTURE(t);
    const auto f = of_kind(t, FindingKind::physical_therapy);
    REQUIRE(f.size() == 1);
    CHECK(f[0].negated);
  }
  // Visits cancelled after a course began leave the course given.
  const auto given = of_kind(
      "She cancelled her remaining PT visits after insurance denied further authorization; total "
      "visits attended: 6.",
      FindingKind::physical_therapy);
  REQUIRE(given.size() == 1);
  CHECK_FALSE(given[0].negated);
}

TEST_CASE("a payer's approval is a plan; a Dx line states its diagnosis") {
  planned_therapy("UM note: payer approved 8 PT visits for cervical radiculopathy through 12/31.");
  stated("UM note: payer approved 8 PT visits for cervical radiculopathy through 12/31.",
         FindingKind::radiculopathy);
  stated(
      "Referral: PT cervical spine eval and treat, 2-3x/week x 4-6 weeks. Dx right C6 "
      "radiculopathy.",
      FindingKind::radiculopathy);
}

TEST_CASE("another discipline's session counter is no therapy") {
  CHECK(of_kind("Acupuncture tx #6: 12 needles, lumbar paraspinals; e-stim 20 min.",
                FindingKind::physical_therapy)
            .empty());
}
