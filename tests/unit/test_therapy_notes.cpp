// How therapy and plans are really written (session 23): a therapist's
// notes count as therapy given even when they name only the session or the
// treatment; authorisations, referrals, orders and a patient's assent are
// plans; therapy withheld is denied. A user sees this as the PT criterion
// counting the right sessions, and a requested fusion not read as done.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using spinecds::terminology::counts_toward_criteria;
using spinecds::terminology::FindingKind;
using spinecds::test::of_kind;
using spinecds::test::therapy;

namespace {

enum class Status { given, planned, withheld };

void check_one(const char* text, Status status) {
  CAPTURE(text);
  const auto found = therapy(text);
  REQUIRE(found.size() == 1);
  CHECK(found[0].hypothetical == (status == Status::planned));
  CHECK(found[0].negated == (status == Status::withheld));
  CHECK_FALSE(found[0].uncertain);
  CHECK(counts_toward_criteria(found[0]) == (status == Status::given));
}

}  // namespace

TEST_CASE("a therapy note headed by its session counter is therapy given") {
  for (const char* text :
       {"Daily note, visit 5 of 12: lumbar stabilization and repeated extension exercises; "
        "patient tolerated treatment well.",
        "Visit 5 of 12 - S: Pt states her back feels about the same.",
        "Session 3/8 completed via video; reviewed bird dogs and bridging.",
        "Tx #7: prone press-ups and sciatic nerve glides.",
        "Treatment today (visit #9): quadruped with UE lifts, side planks.",
        "10th visit progress note: ODI improved from 46% to 32%."}) {
    check_one(text, Status::given);
  }
}

TEST_CASE("a visit number alone or a visit date is no therapy") {
  CHECK(therapy("Follow-up visit 2: back pain improved.").empty());
  CHECK(therapy("Last visit 10/30/2026 with Dr. Lee.").empty());
  CHECK(therapy("Visit 12 of 4 in the chart.").empty());
}

TEST_CASE("the treatments a daily note lists are one course of therapy") {
  check_one(
      "Daily note 11/04/2026: therex 25 min, manual therapy 15 min, mechanical lumbar "
      "traction 10 min.",
      Status::given);
  check_one("Interventions: therapeutic exercise, manual therapy, neuromuscular re-education.",
            Status::given);
  check_one("Tx #6: intermittent mechanical cervical traction at 12 lb.", Status::given);
}

TEST_CASE("authorisations, referrals, orders and assent are plans") {
  for (const char* text :
       {"Insurance authorized 12 PT visits through 12/31/2026.",
        "Patient is agreeable to starting physical therapy.",
        "Has PT scheduled to begin 12/10/2026.", "PT order placed: cervical spine, eval and treat.",
        "Plan: PT referral placed; if no improvement in 6 weeks, will order an MRI.",
        "Plan: start PT for cervical radiculopathy once the MRI has been reviewed."}) {
    check_one(text, Status::planned);
  }
}

TEST_CASE("a requested operation is planned, not done") {
  for (const char* text : {"I am requesting authorization for L4-5 TLIF for degenerative "
                           "spondylolisthesis with instability.",
                           "Requesting approval for C6-7 ACDF."}) {
    CAPTURE(text);
    const auto fusion = of_kind(text, FindingKind::prior_fusion);
    REQUIRE(fusion.size() == 1);
    CHECK(fusion[0].hypothetical);
    CHECK_FALSE(counts_toward_criteria(fusion[0]));
  }
  // The reason for it is a diagnosis stated.
  const auto slip = of_kind(
      "I am requesting authorization for L4-5 TLIF for degenerative "
      "spondylolisthesis.",
      FindingKind::spondylolisthesis);
  REQUIRE(slip.size() == 1);
  CHECK_FALSE(slip[0].hypothetical);
}

TEST_CASE("sessions attended count whatever plan the sentence also names") {
  for (const char* text :
       {"She was referred to physical therapy in August and has attended 7 visits so far.",
        "She has attended 9 of 12 authorized physical therapy sessions.",
        "PT was ordered in September; she completed the initial evaluation and 5 visits.",
        "Plan: she has already done PT x 8 weeks; will order flexion-extension radiographs.",
        "D/C summary: pt no-showed x3 and was discharged from PT after 2 completed visits."}) {
    check_one(text, Status::given);
  }
  // Only words after the plan's own mention: the repeat is still planned.
  const auto both =
      therapy("She finished 12 visits of PT in September; we discussed repeating PT.");
  REQUIRE(both.size() == 2);
  CHECK_FALSE(both[0].hypothetical);
  CHECK(both[1].hypothetical);
}

TEST_CASE("therapy withheld or not taken up is denied") {
  for (const char* text : {"PT was not covered by her plan, so she never started it.",
                           "Had shoulder PT in 2025; lumbar PT has not been tried.",
                           "She never started physical therapy because of transportation issues.",
                           "PT is contraindicated given severe cord compression at C4-5."}) {
    check_one(text, Status::withheld);
  }
  // The reason it was withheld is still found.
  const auto cord = of_kind("Physical therapy was not pursued because of the cord compression.",
                            FindingKind::cord_compression);
  REQUIRE(cord.size() == 1);
  CHECK_FALSE(cord[0].negated);
}

TEST_CASE("an outcome denied leaves the therapy and the home programme given") {
  const auto found = therapy(
      "She completed 8 weeks of formal physical therapy this spring without lasting benefit "
      "and continues her home exercise program daily.");
  REQUIRE(found.size() == 2);
  for (const auto& f : found) CHECK(counts_toward_criteria(f));
}

TEST_CASE("the month May is no hedge") {
  const auto found = therapy(
      "She went to physical therapy from March to May and then continued the "
      "exercises at home.");
  REQUIRE(found.size() == 2);
  for (const auto& f : found) CHECK_FALSE(f.uncertain);
  CHECK(found[1].setting == "home");
}

TEST_CASE("visits attended are therapy given, beside the home programme after it") {
  const auto found = therapy(
      "DISCHARGE SUMMARY: Pt attended 14 of 16 scheduled visits (08/04/2025 - 10/10/2025); "
      "goals met, d/c to independent HEP.");
  REQUIRE(found.size() == 2);
  for (const auto& f : found) CHECK(counts_toward_criteria(f));
  CHECK(found[1].setting == "home");
  CHECK(therapy("She attended 3 chiropractic visits.").empty());
}

TEST_CASE("referred and never taken up is denied; a healed incision is no finding resolved") {
  check_one("Referred to PT in June but has not yet started.", Status::withheld);
  check_one("PT referral was placed in August but the patient never scheduled due to cost.",
            Status::withheld);
  check_one("Aquatic PT twice weekly x 4 weeks recommended once the incision has healed.",
            Status::planned);
}
