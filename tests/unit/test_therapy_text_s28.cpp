// Session 28 therapy wording: a count written "attended/authorised" ("03/21
// PT visits") gives the visits attended, not the visits authorised; a count
// of sessions is visits, not weeks.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using spinecds::test::therapy;

TEST_CASE("attended of authorised visits counts the visits attended") {
  const std::vector<std::pair<const char*, int>> cases = {
      {"Completed 03/21 PT visits for low back pain.", 3},
      {"She has done 5/12 physical therapy visits so far.", 5},
      {"Lumbar stabilization: 8/10 PT sessions attended.", 8},
      {"Neck pain improving, 6 / 8 physiotherapy visits used.", 6},
  };
  for (const auto& [text, visits] : cases) {
    CAPTURE(text);
    const auto found = therapy(text);
    REQUIRE(found.size() == 1);
    CHECK_FALSE(found[0].negated);
    REQUIRE(found[0].visits);
    CHECK(*found[0].visits == visits);
  }
}

TEST_CASE("near misses: a plain count and a count of sessions stay as they were") {
  {
    const auto found = therapy("Completed 12 PT visits for low back pain.");
    REQUIRE(found.size() == 1);
    REQUIRE(found[0].visits);
    CHECK(*found[0].visits == 12);
  }
  {
    // "after 3 sessions": visits, not weeks.
    const auto found = therapy("Leg pain unchanged after 3 sessions of physical therapy.");
    REQUIRE(found.size() == 1);
    REQUIRE(found[0].visits);
    CHECK(*found[0].visits == 3);
    CHECK_FALSE(found[0].weeks);
  }
  {
    // A larger first figure is no "attended of authorised" count.
    const auto found = therapy("Approved 30/12 PT visits.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].visits.value_or(12) == 12);
  }
  {
    const auto found = therapy("Patient declined PT for the lumbar spine.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].negated);
  }
}
