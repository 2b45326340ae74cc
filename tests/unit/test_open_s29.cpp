// The text engine on reading classes earlier sessions saw in outside text and
// left open (session 29): a slip measured standing and supine, in one
// sentence or across two, is the standing slip and a translation of the
// difference; a gait or balance complaint is a myelopathy sign only where the
// text is about the neck. Each case is a class of wording, written fresh.
#include <doctest/doctest.h>

#include <string>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using namespace spinecds::terminology;
using spinecds::test::of_kind;
using spinecds::test::only;

namespace {

struct Motion {
  const char* text;
  const char* seg;
  double slip_mm;
  double moved_mm;
};

void check_motion(const Motion& c) {
  INFO(std::string(c.text));
  const auto slip = only(c.text, FindingKind::spondylolisthesis);
  REQUIRE(slip.segments.size() == 1);
  CHECK(to_string(slip.segments[0]) == c.seg);
  REQUIRE(slip.mm);
  CHECK(*slip.mm == doctest::Approx(c.slip_mm));
  const auto moved = only(c.text, FindingKind::translation);
  REQUIRE(moved.segments.size() == 1);
  CHECK(to_string(moved.segments[0]) == c.seg);
  REQUIRE(moved.mm);
  CHECK(*moved.mm == doctest::Approx(c.moved_mm));
}

}  // namespace

TEST_CASE("a slip measured standing and supine in one sentence moves by the difference") {
  for (const Motion& c : {
           Motion{"The L3-4 anterolisthesis is 9 mm standing and 5 mm supine.", "L3-L4", 9, 4},
           Motion{"Upright film: 6 mm anterolisthesis of L4 on L5, measuring 2 mm on the supine "
                  "MRI.",
                  "L4-L5", 6, 4},
           Motion{"Supine CT shows 2 mm of anterolisthesis at L5-S1, increasing to 7 mm on "
                  "standing films.",
                  "L5-S1", 7, 5},
           Motion{"On standing radiographs the L4-5 slip measures 8 mm, versus 3 mm when supine.",
                  "L4-L5", 8, 5},
       }) {
    check_motion(c);
  }
}

TEST_CASE("a supine figure in the next sentence is the standing slip's other position") {
  for (const Motion& c : {
           Motion{"Upright lateral view: anterolisthesis of L3 on L4 measuring 8 mm. Supine MRI: "
                  "5 mm.",
                  "L3-L4", 8, 3},
           Motion{"Standing films show 6 mm of anterolisthesis at L5-S1. On the supine CT it "
                  "measures 2 mm.",
                  "L5-S1", 6, 4},
           Motion{"Supine MRI: 3 mm anterolisthesis of L4 on L5. Standing radiograph: 7 mm.",
                  "L4-L5", 7, 4},
       }) {
    check_motion(c);
  }
}

TEST_CASE("a standing slip without a second position, or a new level, gives no motion") {
  for (const char* text : {"Standing lateral radiograph: 5 mm anterolisthesis of L4 on L5.",
                           "Standing: 6 mm anterolisthesis at L4-5. Supine MRI: 3 mm "
                           "anterolisthesis at L5-S1.",
                           "Standing lateral: 6 mm anterolisthesis at L4-5. Supine MRI: mild "
                           "central stenosis at L3-4."}) {
    INFO(std::string(text));
    CHECK(of_kind(text, FindingKind::translation).empty());
  }
}

TEST_CASE("a gait or balance complaint outside the neck is no myelopathy and no instability") {
  for (const char* text : {
           "Review of systems: positive for unsteady gait; negative for leg numbness.",
           "She endorses gait instability since her knee replacement and denies saddle numbness.",
           "ROS: gait imbalance, low back pain, no bowel or bladder incontinence.",
           "Fall risk moderate because of unsteady gait.",
           "MRI L-spine: severe L4-5 stenosis.\nReports unsteadiness of gait when walking.",
       }) {
    INFO(std::string(text));
    CHECK(of_kind(text, FindingKind::myelopathy).empty());
    CHECK(of_kind(text, FindingKind::instability).empty());
  }
}

TEST_CASE("a gait or balance complaint about the neck or beside a cord sign is myelopathy") {
  struct Case {
    const char* text;
    bool negated;
  };
  for (const Case& c : {
           Case{"Denies arm numbness or gait instability.", true},
           Case{"MRI C-spine: C5-6 cord compression.\nHe reports gait imbalance.", false},
           Case{"Cervical spondylosis with unsteady gait.", false},
           Case{"Gait is wide based; low back pain.", false},
       }) {
    INFO(std::string(c.text));
    const auto f = only(c.text, FindingKind::myelopathy);
    CHECK(f.negated == c.negated);
  }
}

TEST_CASE("bridging bone denied after the words says the fusion is not solid, not absent") {
  for (const char* text : {
           "Bridging bone is not seen across the L4-5 interbody space.",
           "Osseous bridging across L5-S1 is absent; lucency surrounds the cage.",
           "Status post L3-4 TLIF; bony bridging is not yet evident.",
           "Bridging trabecular bone not demonstrated at L4-L5.",
       }) {
    INFO(std::string(text));
    for (const auto& f : of_kind(text, FindingKind::prior_fusion)) CHECK_FALSE(f.negated);
  }
}

TEST_CASE("bridging bone found is a fusion, also beside a level still open") {
  for (const char* text :
       {"Solid bridging bone across L4-5.", "Bridging bone across L4-5, not yet at L5-S1."}) {
    INFO(std::string(text));
    const auto f = only(text, FindingKind::prior_fusion);
    CHECK_FALSE(f.negated);
    REQUIRE(f.segments.size() == 1);
    CHECK(to_string(f.segments[0]) == "L4-L5");
  }
}

TEST_CASE("a time since the operation is a fusion done, not a plan") {
  for (const char* text : {"He is 2 years out from an L4-5 TLIF and doing well.",
                           "POD #2 from L5-S1 ALIF, pain controlled.",
                           "Now 6 months out from her L3-S1 posterolateral fusion.",
                           "Postoperative day 1 after L4-5 PLIF."}) {
    INFO(std::string(text));
    const auto f = only(text, FindingKind::prior_fusion);
    CHECK_FALSE(f.negated);
    CHECK_FALSE(f.hypothetical);
    CHECK(f.historical);
    CHECK_FALSE(f.segments.empty());
  }
  const auto planned = only("Plan L4-5 TLIF in 3 months.", FindingKind::prior_fusion);
  CHECK(planned.hypothetical);
  CHECK_FALSE(planned.historical);
}

TEST_CASE("an operation done elsewhere keeps its level; a finding elsewhere names none") {
  const auto fusion = only("He is 3 years out from an L4-S1 fusion performed elsewhere.",
                           FindingKind::prior_fusion);
  CHECK(fusion.segments.size() == 2);
  const auto lami =
      only("Right L5-S1 laminectomy done elsewhere in 2019.", FindingKind::prior_laminectomy);
  CHECK(lami.segments.size() == 1);
  const auto none =
      only("Moderate facet arthropathy at L4-5; no stenosis elsewhere.", FindingKind::stenosis);
  CHECK(none.negated);
  CHECK(none.segments.empty());
}

TEST_CASE("LT beside sensory words is light touch, not the left side") {
  struct Case {
    const char* text;
    const char* side;
  };
  for (const Case& c : {
           Case{"Diminished sensation to LT over the R thumb and index finger.", "right"},
           Case{"Decreased LT in the right C6 dermatome.", "right"},
           Case{"Numbness to LT, right lateral forearm.", "right"},
           Case{"LT decreased in R C7 distribution.", "right"},
           Case{"Pain radiates down the LT arm into the thumb.", "left"},
           Case{"Biceps 4/5 LT.", "left"},
       }) {
    INFO(std::string(c.text));
    const auto all = spinecds::terminology::extract_findings(c.text);
    REQUIRE(all.size() == 1);
    REQUIRE(all.front().side);
    CHECK(*all.front().side == c.side);
  }
}

TEST_CASE("a strength grid's shorthand muscle, grade and trailing side name root and side") {
  struct Case {
    const char* text;
    const char* root;  // "" for none
    const char* side;
  };
  for (const Case& c : {
           Case{"Wr ext 4/5 L.", "C6", "left"},
           Case{"Tri 4-/5 bilat.", "C7", "bilateral"},
           Case{"Delt 4/5 R.", "C5", "right"},
           Case{"Bic 4/5 R.", "", "right"},
           Case{"Motor: R tri 4+/5, otherwise 5/5.", "C7", "right"},
       }) {
    INFO(std::string(c.text));
    const auto f = only(c.text, FindingKind::weakness);
    CHECK(f.root.value_or("") == std::string(c.root));
    REQUIRE(f.side);
    CHECK(*f.side == c.side);
  }
  // "tri-level" names no muscle and no grade.
  CHECK(of_kind("Tri-level fusion C4-C7 in 2019.", FindingKind::weakness).empty());
}

TEST_CASE("a mobile slip measured standing and supine is its translation, no instability") {
  const char* text =
      "The slip at L3 on L4 is 9 mm on upright films and falls to 5 mm supine, which I would call "
      "a "
      "mobile spondylolisthesis.";
  const auto moved = only(text, FindingKind::translation);
  REQUIRE(moved.mm);
  CHECK(*moved.mm == doctest::Approx(4));
  CHECK(of_kind(text, FindingKind::instability).empty());
}
