// Therapy written as a prescription (a session frequency, no word that it
// took place) is planned, not care received (issue 11 §7): it must not count
// toward the physical-therapy criterion, while the same frequency in a note
// of therapy attended still does.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using spinecds::terminology::counts_toward_criteria;
using spinecds::terminology::FindingKind;
using spinecds::test::only;
using spinecds::test::therapy;

namespace {

// One therapy finding in `text`, planned (hypothetical, not counted) or not.
void check_one(const char* text, bool planned) {
  const auto f = only(text, FindingKind::physical_therapy);
  CAPTURE(text);
  CHECK(f.hypothetical == planned);
  CHECK(counts_toward_criteria(f) == !planned);
}

}  // namespace

TEST_CASE("a frequency with no word of attendance is a prescription") {
  for (const char* text : {"PT 2x/week x 6 weeks.", "PT: 2x/wk x 6 wks",
                           "Physical therapy 2 times per week for 6 weeks, core stabilization.",
                           "Physical therapy three times a week for four weeks.",
                           "PT plan of care: twice weekly for 6 weeks."}) {
    check_one(text, true);
  }
}

TEST_CASE("the same frequency in therapy that took place still counts") {
  for (const char* text :
       {"She attended PT 2x/week for 6 weeks.",
        "Completed physical therapy 2x/week x 8 weeks with minimal relief.",
        "Has been doing PT twice weekly for 6 weeks.",
        "Physical therapy, July through September 2026, in person, 2x weekly."}) {
    check_one(text, false);
  }
}

TEST_CASE("declined therapy stays negated, not planned") {
  const auto found = therapy("Declined PT 2x/week due to cost.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].negated);
  CHECK_FALSE(found[0].hypothetical);
}
