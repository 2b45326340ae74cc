// The text engine on hedges that doubt a cause or a link, not the finding
// named with it; on review-of-systems and condition lists closed by ", and"
// or ", or" (session 34). Each case is a class of wording, written fresh
// before the engine was changed (not taken from any evaluation file).
#include <doctest/doctest.h>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using spinecds::test::check_lines;
using Case = spinecds::test::LinesCase;

TEST_CASE("a hedge on the cause or the grounds leaves the finding named there stated") {
  check_lines(
      {
          Case{"Retrolisthesis of L2 on L3 measuring 3 mm, probably degenerative in the context "
               "of advanced facet arthropathy.",
               {"facet-arthropathy L2-L3", "spondylolisthesis L2-L3"}},
          Case{"Moderate left foraminal stenosis at C5-6 is probably secondary to uncovertebral "
               "spurring.",
               {"stenosis C5-C6"}},
          Case{"Severe right subarticular narrowing at L4-5 is most likely due to a disc bulge.",
               {"stenosis L4-L5"}},
          Case{
              "Favour a lumbosacral plexopathy over radiculopathy; possible L5 radiculopathy given "
              "the left foot drop.",
              // The disfavoured radiculopathy is a doubt too.
              {"radiculopathy uncertain", "radiculopathy uncertain", "weakness"}},
      },
      /*with_severity=*/false);
}

TEST_CASE("'favoured to represent ... rather than artefact' hedges the finding") {
  check_lines(
      {
          Case{"The signal is favoured to represent a small right paracentral protrusion at C6-7 "
               "rather than artefact.",
               {"disc-herniation C6-C7 uncertain"}},
          // A preference between types still leaves the finding stated.
          Case{"Appearances favour an isthmic spondylolisthesis at L5-S1 rather than a "
               "degenerative one.",
               {"spondylolisthesis L5-S1"}},
      },
      /*with_severity=*/false);
}

TEST_CASE("', and' closing a review-of-systems denial list denies its last item") {
  check_lines({
      Case{"Denies fever, chills, and new leg weakness.", {"weakness negated"}},
      Case{"Negative for night sweats, unintentional weight loss, bowel incontinence, and "
           "weakness in the legs.",
           {"weakness negated"}},
      Case{"ROS: negative for fever, saddle numbness, and foot drop.", {"weakness negated"}},
      // Right after the first item ", and" opens a clause of its own.
      Case{"No fracture, and the patient reports leg weakness.", {"weakness"}},
  });
}

TEST_CASE("a condition listed in clauses up to ', or' is a condition throughout") {
  check_lines({
      Case{"Return to clinic if the pain spreads below the knee, you cannot walk far, or you "
           "notice foot drop.",
           {"weakness planned"}},
      Case{"If you feel numb in the saddle area, have trouble passing urine, or your legs become "
           "weak, call 911.",
           {"weakness planned"}},
      Case{"Seek care urgently if you lose bladder control, develop numbness between the legs, "
           "or your foot becomes weak.",
           {"weakness planned"}},
  });
}

TEST_CASE("a herniation's size stands before a side written in shorthand") {
  using spinecds::terminology::extract_findings;
  for (const char* text : {"A 5 mm lt foraminal extrusion at L4-5.",
                           "There is a 3 mm L paracentral protrusion at C5-6.",
                           "6 mm rt subarticular disc extrusion at L5-S1."}) {
    const auto found = extract_findings(text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].mm.has_value());
  }
}

TEST_CASE("a vertebra forward or back of the next in every position is a slip") {
  check_lines({
      Case{"C4 translates 2 mm anteriorly on C5 in neutral and 5 mm in flexion.",
           {"spondylolisthesis C4-C5", "translation C4-C5"}},
      Case{"12% anterior translation of L3 on L4 in flexion, 6% in extension.",
           {"spondylolisthesis L3-L4", "translation L3-L4"}},
      Case{"L5 translates 4 mm posteriorly on S1 in extension and 1 mm in flexion.",
           {"spondylolisthesis L5-S1", "translation L5-S1"}},
      // Back in line in one position: motion only.
      Case{"Anterior translation of L3 on L4 of 4 mm in flexion and 0 mm in extension.",
           {"translation L3-L4"}},
  });
}

TEST_CASE("'in ext', 'on flex' name the position of the figure before them") {
  check_lines({
      Case{"Dynamic views: C4-5 anterolisthesis 1 mm in ext and 4 mm in flex.",
           {"flexion-extension-study", "spondylolisthesis C4-C5", "translation C4-C5"}},
      Case{"L3 on L4 listhesis 6 mm on flex vs 2 mm on ext.",
           {"spondylolisthesis L3-L4", "translation L3-L4"}},
      Case{"Flex/ex reviewed: L5 on S1 slip 3 mm in ext, 8 mm in flex.",
           {"flexion-extension-study", "spondylolisthesis L5-S1", "translation L5-S1"}},
  });
}

TEST_CASE("a figure set off before 'compatible with instability' is the motion's") {
  using spinecds::terminology::extract_findings;
  for (const char* text :
       {"Anterolisthesis of L3 on L4 measures 8 mm in flexion and 3 mm in extension, consistent "
        "with instability.",
        "C5 moves 4 mm forward on C6 in flexion and 1 mm in extension, in keeping with segmental "
        "instability.",
        "L2 on L3 slip 2 mm in extension, 6 mm in flexion, compatible with dynamic instability."}) {
    bool translation = false;
    for (const auto& f : extract_findings(text)) {
      const auto kind = spinecds::terminology::to_string(f.kind);
      if (kind == "instability") CHECK_FALSE(f.mm.has_value());
      if (kind == "translation") {
        CHECK(!f.segments.empty());
        translation = true;
      }
    }
    CHECK(translation);
  }
}

TEST_CASE("the cord with its conus, and a cord no longer compressed") {
  check_lines({
      Case{"The visualized cord and conus medullaris are normal in signal.",
           {"cord-signal-change negated"}},
      Case{"The lower thoracic cord and conus appear normal in signal and size.",
           {"cord-signal-change negated"}},
      Case{"The spinal cord is no longer deformed at C6-7.", {"cord-compression C6-C7 negated"}},
      Case{"The cord was no longer compressed at C3-4 on the follow-up study.",
           {"cord-compression C3-C4 negated"}},
      // Other structures normal in signal are no cord.
      Case{"The vertebral bodies are normal in signal.", {}},
  });
}
