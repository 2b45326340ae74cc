// Session 34 therapy as outside text writes it: a plan of care in an
// evaluation is planned, with or without its colon; a referral or order not
// taken up ("never went", "never scheduled") and therapy held pending
// something are therapy not given; "a formal course" at a frequency is
// planned therapy; an aside in parentheses speaks only of its own care.
// Fresh wording, not the eval sentences.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using spinecds::test::one_therapy;
using spinecds::test::therapy;

TEST_CASE("a plan of care field is planned whatever the evaluation says was done") {
  for (const char* text : {"Eval completed today; POC 3x/wk x 4 wks for core stabilization.",
                           "Home health SOC visit done in the home; POC 1w2, 2w3 for transfers.",
                           "Plan of care 2x/week for 8 weeks; patient tolerated evaluation well.",
                           "Initial visit finished. POC: 2x/wk x 6 wks."}) {
    CAPTURE(text);
    const auto found = therapy(text);
    REQUIRE(!found.empty());
    CHECK(found.back().hypothetical);
    CHECK_FALSE(found.back().negated);
  }
}

TEST_CASE("a referral or order not taken up is therapy not given") {
  for (const char* text : {
           "PT was ordered last fall but she never went because of her work schedule.",
           "Referred to physiotherapy in May, but he did not go.",
           "Outpatient PT order placed 1/2025 but patient never scheduled it.",
           "Physical therapy referral given in June but never booked due to cost.",
       }) {
    const auto f = one_therapy(text);
    CHECK(f.negated);
    CHECK_FALSE(f.hypothetical);
  }
  // Contrast: a booking not yet made is still to come.
  const auto f = one_therapy("PT ordered, not yet scheduled.");
  CHECK(f.hypothetical);
  CHECK_FALSE(f.negated);
}

TEST_CASE("therapy held pending something is withheld, not planned") {
  for (const char* text :
       {"PT held until the TLSO arrives.", "Acute PT is held pending spine surgery clearance.",
        "Physiotherapy held due to orthostatic hypotension."}) {
    const auto f = one_therapy(text);
    CHECK(f.negated);
    CHECK_FALSE(f.hypothetical);
  }
}

TEST_CASE("a formal or supervised course at a frequency is planned therapy") {
  {
    const char* text =
        "She has not had therapy yet; I have ordered a formal course, twice weekly for 6 weeks.";
    CAPTURE(text);
    const auto found = therapy(text);
    REQUIRE(found.size() == 2);
    CHECK(found[0].negated);
    CHECK(found[1].hypothetical);
    CHECK_FALSE(found[1].negated);
  }
  for (const char* text : {"Will arrange a supervised course 3x/week for 4 weeks.",
                           "Will set up a formal program, 2x/week for 5 weeks."}) {
    const auto f = one_therapy(text);
    CHECK(f.hypothetical);
  }
  // Contrast: a course of named therapy is one item, as given.
  const auto f = one_therapy("She completed a formal course of physical therapy in 2023.");
  CHECK_FALSE(f.hypothetical);
  CHECK_FALSE(f.negated);
}

TEST_CASE("care words in a parenthetical aside speak of the care inside it") {
  for (const char* text : {"PT twice weekly x 4 weeks (continues her HEP daily).",
                           "Formal PT 3x/wk x 4 wks (has been doing home exercises since May).",
                           "Supervised physiotherapy 2x/week for 6 weeks (already doing HEP)."}) {
    CAPTURE(text);
    const auto found = therapy(text);
    REQUIRE(found.size() == 2);
    int planned = 0, home_given = 0;
    for (const auto& f : found) {
      if (f.hypothetical && f.setting != "home") ++planned;
      if (!f.hypothetical && !f.negated && f.setting == "home") ++home_given;
    }
    CHECK(planned == 1);
    CHECK(home_given == 1);
  }
  // Contrast: the outcome in an aside of the therapy itself is care given.
  const auto f = one_therapy("Attended PT 2x/week for 6 weeks (with minimal relief).");
  CHECK_FALSE(f.hypothetical);
}
