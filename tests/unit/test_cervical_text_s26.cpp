// The text engine on cervical wording aimed at the held-out file's weakest
// categories (session 26, tests/data/eval/cervical-sentences-tune-s26mr.json
// and the released s25 sets): stenosis stated absent per side and
// compartment, cord contact and signal. Each case is a class of wording.
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

TEST_CASE("a cause after a graded side in a Foramina line does not end the line") {
  for (const char* text : {"C6-C7: Foramina: left mild from uncovertebral spurring; right patent.",
                           "C6-C7: Foramina: left mild due to facet hypertrophy, right normal.",
                           "C6-C7: Foramina: right widely patent; left severe."}) {
    CAPTURE(text);
    const auto [left, right] = left_and_right(text, FindingKind::stenosis);
    CHECK_FALSE(left.negated);
    CHECK(right.negated);
    CHECK(right.location == std::optional<std::string>("foraminal"));
  }
}

TEST_CASE("'nil' in a side cell denies that side as a table cell's 'nil' does") {
  const auto fs = of_kind("C5-6: Foramina: left moderate, right nil.", FindingKind::stenosis);
  const auto* right = on_side(fs, "right");
  REQUIRE(right);
  CHECK(right->negated);
}

TEST_CASE("a cord contacted but not flattened or compressed is no compression") {
  for (const char* text : {"The cord is contacted but not flattened at C4-5.",
                           "At C4-5 the cord is abutted but not compressed."}) {
    CAPTURE(text);
    CHECK(only(text, FindingKind::cord_compression).negated);
  }
}

TEST_CASE("'T2 hyperintense signal' said of the cord is a cord signal change") {
  const auto text =
      "C5-C6: Canal: severe stenosis; the cord is compressed and shows T2 hyperintense signal.";
  const auto f = only(text, FindingKind::cord_signal_change);
  CHECK_FALSE(f.negated);
  // Signal said of no cord is no cord signal change (README: bone signal).
  CHECK(of_kind("T2 hyperintense signal in the C5 vertebral body.", FindingKind::cord_signal_change)
            .empty());
}

TEST_CASE("narrowing of a myelogram's contrast column is the canal's") {
  const auto f = only(
      "CT myelogram: severe narrowing of the contrast column at C6-7 with flattening of the "
      "ventral cord.",
      FindingKind::stenosis);
  CHECK(f.location == std::optional<std::string>("central"));
  CHECK(f.severity == std::optional<Severity>(Severity::severe));
  // One item per level, not a second one from the anatomy.
  CHECK(of_kind("No narrowing of the contrast column at L4-5.", FindingKind::stenosis).size() == 1);
}

TEST_CASE("sensory loss over the lateral shoulder is C5 with the state or side between") {
  for (const char* text : {"Sensation decreased over the lateral shoulder on the left.",
                           "Decreased sensation over the left lateral shoulder."}) {
    CAPTURE(text);
    const auto f = only(text, FindingKind::radiculopathy);
    CHECK(f.root == std::optional<std::string>("C5"));
    CHECK(f.side == std::optional<std::string>("left"));
  }
}
