// The neuro exam as notes write it on one line (session 49): one muscle or
// reflex graded per side in two items ("triceps 5/5 on the right, 4/5 on the
// left"), items that call another muscle normal, a label naming both sides
// ("Motor R/L: ..."), and a reflex or a finger said intact. Each case is a
// wording of the class written fresh (not taken from any evaluation file or
// case).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "support/finding_lines.h"

using spinecds::terminology::Finding;
using spinecds::terminology::FindingKind;
using spinecds::test::check_root_and_side;
using spinecds::test::of_kind;
using spinecds::test::RootAndSide;

namespace {

// The findings of `kind` in `text` that are not denied.
std::vector<Finding> affirmed(const char* text, FindingKind kind) {
  std::vector<Finding> out;
  for (auto& f : of_kind(text, kind)) {
    if (!f.negated) out.push_back(f);
  }
  return out;
}

void check_affirmed(const RootAndSide& c) {
  const std::string text = c.text;
  CAPTURE(text);
  const auto fs = affirmed(c.text, c.kind);
  REQUIRE(fs.size() == 1);
  const auto as_opt = [](const char* s) {
    return s ? std::optional<std::string>(s) : std::nullopt;
  };
  CHECK(fs.front().root == as_opt(c.root));
  CHECK(fs.front().side == as_opt(c.side));
}

}  // namespace

TEST_CASE("s49: an item of only a grade and a side grades the muscle the item before names") {
  const auto weakness = FindingKind::weakness;
  const auto radiculopathy = FindingKind::radiculopathy;
  for (const auto& c : {
           RootAndSide{"Triceps 5/5 on the right, 4/5 on the left.", weakness, "C7", "left"},
           RootAndSide{"Right deltoid 5/5, left 4/5.", weakness, "C5", "left"},
           RootAndSide{"Wrist extension 5/5 right, 4-/5 left.", weakness, "C6", "left"},
           // Biceps names no one root (C5 or C6).
           RootAndSide{"Biceps 5/5 on the right and 4/5 on the left.", weakness, nullptr, "left"},
           RootAndSide{"Triceps reflex 2+ on the right, 1+ on the left.", radiculopathy, "C7",
                       "left"},
           RootAndSide{"Brachioradialis reflex 2+ on the right and absent on the left.",
                       radiculopathy, "C6", "left"},
           RootAndSide{"Right triceps jerk 2+, left trace.", radiculopathy, "C7", "left"},
           RootAndSide{"Biceps reflex normal on the right, diminished on the left.", radiculopathy,
                       nullptr, "left"},
       }) {
    check_affirmed(c);
  }
  // The grade of the first item names no weakness of the other side.
  CHECK(affirmed("Triceps 4/5 on the left, 5/5 on the right.", weakness).size() == 1);
  // A leg reflex keeps the lumbar reading (no radiculopathy from a reflex).
  CHECK(affirmed("Patellar reflex 2+ on the right, 1+ on the left.", radiculopathy).empty());
  // A strength item's "trace" is no reflex; a pain score is no grade.
  CHECK(affirmed("Triceps 5/5 on the right, trace on the left.", radiculopathy).empty());
  CHECK(affirmed("Arm pain 5/10 on the right, 4/10 on the left.", weakness).empty());
  // Grades of two findings named in full stay each their own.
  const auto two =
      of_kind("Moderate stenosis on the right, mild on the left.", FindingKind::stenosis);
  CHECK(two.size() == 2);
}

TEST_CASE("s49: a muscle another comma item calls normal names no root of this finding") {
  const auto radiculopathy = FindingKind::radiculopathy;
  for (const auto& c : {
           RootAndSide{"Triceps reflex normal, biceps reflex diminished on the left.",
                       radiculopathy, nullptr, "left"},
           RootAndSide{"Biceps reflex diminished on the left, triceps reflex normal.",
                       radiculopathy, nullptr, "left"},
           RootAndSide{"Deltoid 5/5, biceps reflex absent on the right.", radiculopathy, nullptr,
                       "right"},
           // Not said normal, the territory of another item still names the root.
           RootAndSide{"Left arm pain, numbness of the middle finger.", radiculopathy, "C7",
                       "left"},
           RootAndSide{"Diminished left triceps reflex, biceps reflex normal.", radiculopathy, "C7",
                       "left"},
       }) {
    check_affirmed(c);
  }
}

TEST_CASE("s49: a label naming both sides gives each item's grades their columns") {
  const auto weakness = FindingKind::weakness;
  for (const auto& c : {
           RootAndSide{"Motor R/L: deltoid 5/5 | 5/5, wrist extension 4/5 | 5/5, triceps 5/5 | "
                       "5/5.",
                       weakness, "C6", "right"},
           RootAndSide{"Strength (R/L): deltoid 5/5 / 5/5, triceps 5/5 / 4-/5.", weakness, "C7",
                       "left"},
           RootAndSide{"Motor L/R: deltoid 4/5 | 5/5, triceps 5/5 | 5/5.", weakness, "C5", "left"},
           // Both columns weak: one weakness of both sides.
           RootAndSide{"Motor R/L: deltoid 4/5 | 4/5, triceps 5/5 | 5/5.", weakness, "C5",
                       "bilateral"},
           // An item naming its own side keeps it.
           RootAndSide{"Motor R/L: deltoid 5/5 | 5/5, left triceps 4/5.", weakness, "C7", "left"},
       }) {
    check_affirmed(c);
  }
  check_affirmed({"Reflexes R/L: biceps 2+/2+, triceps 2+/1+, brachioradialis 2+/2+.",
                  FindingKind::radiculopathy, "C7", "left"});
  // The label's sides are no finding's own.
  check_root_and_side(
      {"Exam R/L: Spurling positive on the right.", FindingKind::radiculopathy, nullptr, "right"});
  // A label of one side is every item's.
  check_affirmed({"Left: deltoid 5/5, triceps 4/5.", weakness, "C7", "left"});
}

TEST_CASE("s49: a reflex or a finger said intact is no radiculopathy") {
  const auto radiculopathy = FindingKind::radiculopathy;
  CHECK(affirmed("Biceps reflex intact.", radiculopathy).empty());
  CHECK(affirmed("Triceps reflexes are symmetric.", radiculopathy).empty());
  check_affirmed({"Biceps reflex intact on the right, diminished on the left.", radiculopathy,
                  nullptr, "left"});
  check_affirmed({"Decreased sensation in the left thumb, middle finger sensation intact.",
                  radiculopathy, "C6", "left"});
  // A finger whose loss follows it is still the finding's.
  check_affirmed(
      {"Decreased light touch over the left thumb and index finger.", radiculopathy, "C6", "left"});
  check_affirmed(
      {"Pain radiating to the middle finger, sensation intact.", radiculopathy, "C7", nullptr});
  // A loss said of the place itself, or of its sensation after "but", is no
  // sparing; one after "but" that names another place is that place's.
  check_affirmed(
      {"Biceps reflex intact, thumb numbness on the left.", radiculopathy, "C6", "left"});
  check_affirmed(
      {"Middle finger sensation intact, index finger numb.", radiculopathy, "C6", nullptr});
  check_affirmed({"Middle finger sensation intact to pinprick but reduced to light touch.",
                  radiculopathy, "C7", nullptr});
  check_affirmed(
      {"Sensation intact over the thumb and index finger but decreased over the small "
       "finger.",
       radiculopathy, "C8", nullptr});
}
