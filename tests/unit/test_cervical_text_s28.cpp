// The text engine on cervical wording left open by sessions 26-27 (session
// 28): bookings and plans are not operations done, abbreviated myotomes name
// their root, "BUE" is both arms, a non-dermatomal symptom is no
// radiculopathy, and a table's disc cell keeps its side. Each case is a class
// of wording, with near-misses that must not change.
#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using namespace spinecds::terminology;
using spinecds::test::check_root_and_side;
using spinecds::test::of_kind;
using spinecds::test::only;
using spinecds::test::RootAndSide;

TEST_CASE("an operation posted, gone ahead with or booked after it is planned, not done") {
  for (const char* text :
       {"She is posted for C5-6 ACDF on Monday.", "Posted for C4-5 anterior cervical fusion.",
        "We will go ahead with a C4-5 ACDF.", "Plan to go ahead with C6-7 ACDF in the new year.",
        "Pre-op for C5-7 ACDF.", "ACDF C5-6 scheduled.", "C5-6 ACDF booked for March.",
        "C3-6 posterior cervical fusion booked."}) {
    CAPTURE(text);
    for (const auto& f : of_kind(text, FindingKind::prior_fusion)) {
      CHECK(f.hypothetical);
    }
    CHECK_FALSE(of_kind(text, FindingKind::prior_fusion).empty());
  }
  // Done: still a prior fusion.
  for (const char* text : {"S/p C5-6 ACDF in 2019, follow-up scheduled in 6 weeks.",
                           "Status post C5-6 ACDF; PT booked."}) {
    CAPTURE(text);
    const auto f = only(text, FindingKind::prior_fusion);
    CHECK_FALSE(f.hypothetical);
  }
}

TEST_CASE("an abbreviated arm muscle with a grade names its root") {
  const auto weak = FindingKind::weakness;
  const RootAndSide cases[] = {{"Wrist ext 4+/5 R.", weak, "C6", "right"},
                               {"R wrist ext 4-/5.", weak, "C6", "right"},
                               {"Elbow ext 4/5 on the left.", weak, "C7", "left"},
                               {"Shoulder abd 4/5 L.", weak, "C5", "left"}};
  for (const auto& c : cases) check_root_and_side(c);
  // Biceps and grip name no root; full strength is no weakness.
  CHECK_FALSE(only("Biceps 4/5 on the left.", FindingKind::weakness).root);
  CHECK(only("Wrist ext 5/5 bilaterally.", FindingKind::weakness).negated);
}

TEST_CASE("BUE and bilateral upper extremity weakness is bilateral with no root") {
  for (const char* text :
       {"BUE weakness.", "Progressive BUE weakness and falls.", "Weakness in BUE, 4/5 throughout.",
        "Bilateral upper extremity weakness, worse distally."}) {
    CAPTURE(text);
    const auto f = only(text, FindingKind::weakness);
    CHECK(f.side == std::optional<std::string>("bilateral"));
    CHECK_FALSE(f.root);
  }
  // One arm named stays that arm.
  CHECK(only("LUE weakness.", FindingKind::weakness).side == std::optional<std::string>("left"));
}

TEST_CASE("a symptom in no dermatomal pattern is no radiculopathy, not a negated one") {
  for (const char* text :
       {"Numbness in both hands, no dermatomal pattern.",
        "BUE numbness without a dermatomal pattern.",
        "Left arm paresthesias in no dermatomal pattern.",
        "Tingling of the right hand that does not follow a dermatomal pattern."}) {
    CAPTURE(text);
    CHECK(of_kind(text, FindingKind::radiculopathy).empty());
  }
  // Denied radicular symptoms are still a negated radiculopathy.
  CHECK(only("No radicular symptoms.", FindingKind::radiculopathy).negated);
  // A root pattern named is still affirmed.
  CHECK_FALSE(
      only("Numbness in a left C7 dermatomal pattern.", FindingKind::radiculopathy).negated);
}

TEST_CASE("a table's disc cell keeps the side and place it names") {
  const char* text =
      "Level | Disc / osteophyte | Central canal | Neural foramina\n"
      "C6-C7 | Right paracentral / foraminal disc extrusion | Mild flattening of the ventral "
      "thecal sac without cord contact | Moderate right foraminal stenosis\n"
      "C5-C6 | Left foraminal protrusion | Patent | Severe left foraminal stenosis\n"
      "C4-C5 | Central disc protrusion | Mild stenosis | Patent";
  const auto discs = of_kind(text, FindingKind::disc_herniation);
  REQUIRE(discs.size() == 3);
  for (const auto& d : discs) {
    const std::string seg = to_string(d.segments.front());
    CAPTURE(seg);
    if (seg == "C6-C7") {
      CHECK(d.side == std::optional<std::string>("right"));
    } else if (seg == "C5-C6") {
      CHECK(d.side == std::optional<std::string>("left"));
      CHECK(d.location == std::optional<std::string>("foraminal"));
    } else {
      CHECK_FALSE(d.side);
      CHECK(d.location == std::optional<std::string>("central"));
    }
  }
  // The flattened sac without cord contact is no cord compression.
  for (const auto& c : of_kind(text, FindingKind::cord_compression)) CHECK(c.negated);
}

TEST_CASE("a plain-text exam table's RIGHT / LEFT header gives each grade column its side") {
  const RootAndSide cases[] = {
      {"EXAM:\n             RIGHT    LEFT\nBiceps        5/5     5/5\n"
       "Wrist ext     5/5     4/5\n",
       FindingKind::weakness, "C6", "left"},
      {"Motor R L\nDeltoid 4/5 5/5\nGrip 5/5 5/5", FindingKind::weakness, "C5", "right"},
      {"Strength    Right   Left\nTriceps     4-/5    4/5", FindingKind::weakness, "C7",
       "bilateral"},
      {"Reflexes: R L\nBiceps 2+ 2+\nTriceps 2+ 1+", FindingKind::radiculopathy, "C7", "left"},
  };
  for (const auto& c : cases) check_root_and_side(c);
  // A row that names its own side keeps it; after a blank line the header is gone.
  CHECK(only("R L\nDeltoid 4/5 on the left", FindingKind::weakness).side ==
        std::optional<std::string>("left"));
  CHECK_FALSE(only("R L\nDeltoid 5/5 5/5\n\nTriceps 4/5 5/5", FindingKind::weakness).side);
  // Without a side header, two grades give no side.
  CHECK_FALSE(only("Deltoid 4/5 5/5", FindingKind::weakness).side);
}
