// The text engine on classes met first in session 39's outside sets
// (translated and non-native English records, spine oncology and paediatric
// spine): accented words, the translated words of German, French, Spanish and
// Portuguese reports, cord signal said normal with the region between, a
// tumour score's stability, a side after the finding, and an exam named on
// its own line with the reason for it. Each case is a wording of the class
// written fresh (not taken from any evaluation file).
#include <doctest/doctest.h>

#include "support/finding_lines.h"

using spinecds::terminology::FindingKind;
using spinecds::test::check_lines;
using spinecds::test::of_kind;
using spinecds::test::only;
using Case = spinecds::test::LinesCase;

TEST_CASE("accented words read as the English words, and a French slip keeps its level") {
  check_lines({
      Case{"Spondylolisthésis de grade 1 de L3 sur L4.", {"spondylolisthesis L3-L4"}},
      Case{"Sténose foraminale L5-S1.", {"stenosis L5-S1"}},
      Case{"Signe de Lasègue positif à gauche.", {"radiculopathy"}},
  });
  CHECK(only("Antérolisthésis de L4 sur L5 mesurant 2 mm en extension et 7 mm en flexion.",
             FindingKind::translation)
            .mm == 5);
}

TEST_CASE("German reports translated word for word") {
  check_lines({
      Case{"Spondylarthrosis L4/5 and L5/S1.", {"facet-arthropathy L4-L5,L5-S1"}},
      Case{"Pseudospondylolisthesis L3/4 Meyerding I.", {"spondylolisthesis L3-L4"}},
      Case{"Status after ventral spondylodesis C5/6 in 2018.", {"prior-fusion C5-C6"}},
      Case{"Functional images in flexion and reclination: no segmental instability.",
           {"flexion-extension-study", "instability negated"}},
  });
  CHECK(only("Functional radiographs L4/5: translation 2 mm in flexion, 6 mm in reclination.",
             FindingKind::translation)
            .mm == 4);
}

TEST_CASE("Spanish and Portuguese calques name stenosis and cord compression") {
  check_lines({
      Case{"Reduction of the spinal canal of severe degree at L3-L4.", {"stenosis L3-L4 severe"}},
      Case{"Bulging at L4-L5 that reduces the left foramen.", {"stenosis L4-L5"}},
      Case{"Disc-osteophytic complex at C6-C7 causing medullary compression.",
           {"cord-compression C6-C7", "disc-herniation C6-C7"}},
      Case{"Kinesiotherapy 20 sessions realised without improvement.", {"physical-therapy"}},
      // A fracture's and a dose's reduction are no narrowing.
      Case{"Closed reduction of the distal radius fracture.", {}},
  });
}

TEST_CASE("cord signal said normal with the region named between, and a syrinx is no finding") {
  check_lines({
      Case{"Normal cervical cord signal.", {"cord-signal-change negated"}},
      Case{"No syrinx or tethered cord.", {}},
      Case{"No abnormal signal in the conus.", {"cord-signal-change negated"}},
  });
}

TEST_CASE("a tumour score's stability is the finding its words state") {
  check_lines({
      Case{"No evidence of instability per SINS 5.", {"instability negated"}},
      Case{"SINS 14: unstable.", {"instability"}},
      Case{"SINS 10, potentially unstable.", {"instability uncertain"}},
  });
}

TEST_CASE("a side after the finding") {
  const auto fs =
      of_kind("Moderate foraminal narrowing bilaterally at L4-5.", FindingKind::stenosis);
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].side == std::optional<std::string>("bilateral"));
}

TEST_CASE("an exam named alone on its line, then its reason, is an order") {
  check_lines({
      Case{"XR lumbar spine flexion/extension views. Indication: L4-5 spondylolisthesis.",
           {"flexion-extension-study planned", "spondylolisthesis L4-L5"}},
      Case{"XR C-spine 5 views incl. flexion/extension. Eval for instability.",
           {"flexion-extension-study planned", "instability planned"}},
      // A result anywhere makes it the report of the exam.
      Case{"XR lumbar flexion/extension. Indication: back pain. Findings: no abnormal motion.",
           {"flexion-extension-study", "instability negated"}},
  });
}
