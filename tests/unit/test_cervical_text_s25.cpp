// The text engine on outside authors' cervical wording (session 25,
// tests/data/eval/cervical-sentences-tune-s25c.json and the released s24
// sets). Each case is a class of wording, not one sentence of a file.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "support/finding_lines.h"
#include "support/terminology_fixtures.h"
#include "terminology/text_findings.h"

using namespace spinecds::terminology;
using spinecds::test::left_and_right;
using spinecds::test::of_kind;
using spinecds::test::on_side;
using spinecds::test::only;

TEST_CASE("'the right is patent' after a graded foramen denies the right side only") {
  for (const char* text :
       {"C5-6: The left neural foramen is severely narrowed; the right is patent.",
        "C5-6: The left neural foramen is severely narrowed, the right is patent.",
        "C5-6: The left neural foramen is severely narrowed and the right is patent."}) {
    CAPTURE(text);
    const auto [left, right] = left_and_right(text, FindingKind::stenosis);
    CHECK_FALSE(left.negated);
    CHECK(left.location == std::optional<std::string>("foraminal"));
    CHECK(right.negated);
    CHECK(right.location == std::optional<std::string>("foraminal"));
  }
}

TEST_CASE("'the left is mildly narrowed' is the foramen before on the other side") {
  const auto fs =
      of_kind("C4-5: the right foramen is moderately stenotic; the left is mildly narrowed.",
              FindingKind::stenosis);
  REQUIRE(fs.size() == 2);
  const auto* left = on_side(fs, "left");
  REQUIRE(left);
  CHECK_FALSE(left->negated);
  CHECK(left->location == std::optional<std::string>("foraminal"));
}

TEST_CASE("foramina patent on both sides stay one denied foraminal stenosis") {
  for (const char* text :
       {"C6-7: Neural foramina are patent bilaterally.", "C6-7: the foramina are patent."}) {
    CAPTURE(text);
    const auto f = only(text, FindingKind::stenosis);
    CHECK(f.negated);
    CHECK(f.location == std::optional<std::string>("foraminal"));
  }
}

TEST_CASE("every ulnar edge of the hand names C8, the edge word too") {
  for (const char* text : {"Decreased pinprick along the ulnar edge of the left hand.",
                           "Numbness over the ulnar aspect of the R hand."}) {
    CAPTURE(text);
    const auto r = only(text, FindingKind::radiculopathy);
    CHECK(r.root == std::optional<std::string>("C8"));
  }
}

TEST_CASE("a table's 'Right foramen' and 'Left foramen' columns give each cell its side") {
  const auto fs =
      of_kind("Level | Canal | Right foramen | Left foramen\nC5-6 | moderate | severe | patent",
              FindingKind::stenosis);
  REQUIRE(fs.size() == 3);
  const auto* right = on_side(fs, "right");
  const auto* left = on_side(fs, "left");
  REQUIRE(right);
  REQUIRE(left);
  CHECK(right->location == std::optional<std::string>("foraminal"));
  CHECK(right->severity == std::optional<Severity>(Severity::severe));
  CHECK(left->location == std::optional<std::string>("foraminal"));
  CHECK(left->negated);
  // The canal column has no side.
  for (const auto& f : fs) {
    if (f.location == std::optional<std::string>("central")) CHECK_FALSE(f.side);
  }
}

TEST_CASE("a grade after 'is' grades the narrowing of the foramen named before it") {
  const auto f = only("Narrowing of the left C6-C7 neural foramen is moderate to severe.",
                      FindingKind::stenosis);
  CHECK(f.severity == std::optional<Severity>(Severity::moderate_to_severe));
  CHECK(f.location == std::optional<std::string>("foraminal"));
  CHECK(f.side == std::optional<std::string>("left"));
}

TEST_CASE("cord calibre and signal normal, in either order of words, deny a signal change") {
  for (const char* text :
       {"Cord calibre and signal are normal throughout.",
        "Normal cord caliber and signal throughout.", "Spinal cord signal and calibre normal."}) {
    CAPTURE(text);
    CHECK(only(text, FindingKind::cord_signal_change).negated);
    CHECK(of_kind(text, FindingKind::cord_compression).empty());
  }
}

TEST_CASE("'the right is normal' after a central stenosis adds no denied stenosis") {
  const auto fs =
      of_kind("Severe central stenosis at L4-5; the right is normal.", FindingKind::stenosis);
  REQUIRE(fs.size() == 1);
  CHECK_FALSE(fs[0].negated);
  CHECK_FALSE(fs[0].side);
}

TEST_CASE("a table header naming both sides gives its cells no side") {
  for (const char* text : {"Level | Canal | Foramen R/L\nC5-6 | mild | severe",
                           "Level | Canal | Lateral recess (L and R)\nC5-6 | mild | severe"}) {
    CAPTURE(text);
    const auto fs = of_kind(text, FindingKind::stenosis);
    REQUIRE(fs.size() == 2);
    for (const auto& f : fs) CHECK_FALSE(f.side);
  }
}

TEST_CASE("a side clause takes the same normal words as a table cell") {
  const auto fs = of_kind(
      "C5-6: The left neural foramen is severely narrowed; the right is widely "
      "patent.",
      FindingKind::stenosis);
  const auto* right = on_side(fs, "right");
  REQUIRE(right);
  CHECK(right->negated);
}
