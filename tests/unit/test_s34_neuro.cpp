// Classes of neurological wording that session 34's outside sets read wrongly
// (s34-neuro): full strength summarised by limb, roots from digits and the
// side of graded muscles, a root test not done, leg pain denied beside a
// radiculopathy, and a degree between the gait and its sign. Each case was
// written fresh for its class, not taken from any evaluation file.
#include <doctest/doctest.h>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using namespace spinecds::terminology;
using spinecds::test::check_lines;
using spinecds::test::check_root_and_side;
using spinecds::test::only;
using Case = spinecds::test::LinesCase;
using RS = spinecds::test::RootAndSide;

constexpr bool kNoSeverity = false;

TEST_CASE("full strength summarised by limb denies weakness") {
  check_lines(
      {
          Case{"Day 1 post-op: BUE 5/5, sensation intact.", {"weakness negated"}},
          Case{"Exam: b/l LE 5/5, DTRs symmetric.", {"weakness negated"}},
          Case{"Motor 5/5 in bilateral lower extremities.", {"weakness negated"}},
          Case{"RLE 5/5 throughout, no clonus.", {"myelopathy negated", "weakness negated"}},
      },
      kNoSeverity);
  // A weak grade beside the limb summary stands.
  const auto f = only("Right triceps 4/5, LE 5/5.", FindingKind::weakness);
  CHECK_FALSE(f.negated);
  CHECK(f.root == std::optional<std::string>("C7"));
}

TEST_CASE("a note's b/l inside a limb summary is bilateral, not left") {
  const auto f = only("b/l UE 5/5 on today's exam.", FindingKind::weakness);
  CHECK(f.negated);
  CHECK(f.side == std::optional<std::string>("bilateral"));
}

TEST_CASE("a side said after grades joined by 'and' is every grade's") {
  for (const auto& c : {
           RS{"Triceps 4-/5 and grip 4/5 bilaterally.", FindingKind::weakness, "C7", "bilateral"},
           RS{"Intrinsics 3/5 and deltoid 4/5 b/l.", FindingKind::weakness, "C5", "bilateral"},
           RS{"grip 4+/5 and delts 4/5 bilat.", FindingKind::weakness, "C5", "bilateral"},
       }) {
    check_root_and_side(c);
  }
}

TEST_CASE("a grade after a comma is no numbered digit") {
  for (const auto& c : {
           RS{"Tingling into the index finger, 4/5 right wrist extensors.", FindingKind::weakness,
              "C6", "right"},
           RS{"Pain into the middle finger, 4-/5 left triceps.", FindingKind::weakness, "C7",
              "left"},
           RS{"Numb little finger, 4/5 L deltoid.", FindingKind::weakness, "C5", "left"},
       }) {
    check_root_and_side(c);
  }
  // numbered digits still name their root
  check_root_and_side({"Paresthesias in digits 4 and 5 of the left hand.",
                       FindingKind::radiculopathy, "C8", "left"});
}

TEST_CASE("the pinky is the little finger, C8") {
  for (const auto& c : {
           RS{"My left pinky has been numb for weeks.", FindingKind::radiculopathy, "C8", "left"},
           RS{"Pins and needles in the ring finger and pinkie, right side.",
              FindingKind::radiculopathy, "C8", "right"},
           RS{"Numbness of the right pinky finger at night.", FindingKind::radiculopathy, "C8",
              "right"},
       }) {
    check_root_and_side(c);
  }
}

TEST_CASE("a root test not done is no finding") {
  check_lines(
      {
          Case{"Telehealth visit; Spurling not performed.", {}},
          Case{"SLR deferred given fresh incision.", {}},
          Case{"Unable to perform Spurling's due to neck pain.", {}},
          Case{"Straight leg raise was not tested today.", {}},
      },
      kNoSeverity);
}

TEST_CASE("leg pain denied beside a radiculopathy is that radiculopathy's course") {
  check_lines(
      {
          Case{"Right L5 radiculopathy resolved after the microdiscectomy, no leg pain since.",
               {"radiculopathy negated"}},
          Case{"His S1 radiculitis has resolved and he has no leg symptoms.",
               {"radiculopathy negated"}},
          // alone, the denial still denies radiculopathy
          Case{"No leg pain or numbness today.", {"radiculopathy negated"}},
      },
      kNoSeverity);
}

TEST_CASE("a degree between the gait and its sign still names the sign") {
  check_lines(
      {
          Case{"Gait is slightly wide-based.", {"myelopathy"}},
          Case{"Gait somewhat broad-based, tandem fair.", {"myelopathy"}},
          Case{"Her gait was mildly spastic on the ward.", {"myelopathy"}},
      },
      kNoSeverity);
}
