// The text engine on cervical wording from the released session-26 outside
// sets and the Epic cases they came with (session 27): a weak grip in one
// hand is no myelopathy, and the side said to be spared is not a second
// affected side. Each case is a class of wording.
#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using namespace spinecds::terminology;
using spinecds::test::of_kind;
using spinecds::test::only;

TEST_CASE("dropping things from one named hand is no myelopathy") {
  for (const char* text :
       {"She drops objects from the left hand.", "Dropping things out of his R hand at work.",
        "Pt reports he has dropped items with the right hand for a month.",
        "Cannot type for long, drops cups from her left hand."}) {
    CAPTURE(text);
    CHECK(of_kind(text, FindingKind::myelopathy).empty());
  }
}

TEST_CASE("dropping things unsided or from both hands still reads as myelopathy") {
  for (const char* text : {"He keeps dropping objects.", "Dropping objects from both hands.",
                           "Drops things and has trouble buttoning.",
                           // one hand named, then the other or both: still a clumsy pair of hands
                           "Drops objects from the right hand and now also from the left hand.",
                           "Dropping cups with the left hand, and lately the right as well.",
                           "Has dropped things from her R hand; now both hands are clumsy."}) {
    CAPTURE(text);
    const auto f = only(text, FindingKind::myelopathy);
    CHECK_FALSE(f.negated);
  }
}

TEST_CASE("the side said to be spared after a dermatome's deficit is not affected") {
  for (const char* text :
       {"Sensation: decreased light touch LEFT thumb and index finger; right intact.",
        "Diminished pinprick L thumb, R intact.", "Numbness of the left thumb; right normal.",
        "Decreased sensation left index finger, right side spared."}) {
    CAPTURE(text);
    const auto f = only(text, FindingKind::radiculopathy);
    CHECK(f.side == std::optional<std::string>("left"));
    CHECK(f.root == std::optional<std::string>("C6"));
  }
  // Both named as affected stays bilateral.
  const auto both =
      only("Decreased sensation in the thumb bilaterally.", FindingKind::radiculopathy);
  CHECK(both.side == std::optional<std::string>("bilateral"));
}
