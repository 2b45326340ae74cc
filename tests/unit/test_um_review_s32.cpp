// The text engine on utilization-review checklists (session 32, s32-um):
// the procedure a review's title or criterion names, studies the reviewer
// did not find in the records, and Y/N answers. Each case is a class of
// wording, written fresh before the engine was changed (not taken from any
// evaluation file).
#include <doctest/doctest.h>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using spinecds::test::check_lines;
using Case = spinecds::test::LinesCase;

// Read without severity: these cases assert kinds, cues and levels.
constexpr bool kNoSeverity = false;

TEST_CASE("a review's title or criterion names the procedure under review, not a fusion done") {
  check_lines(
      {
          Case{"PHYSICIAN ADVISOR REVIEW - CERVICAL FUSION", {}},
          Case{"Utilization review: lumbar spinal fusion", {}},
          Case{"Guideline applied: InterQual Spinal Fusion, Lumbar", {}},
          Case{"MCG criteria for cervical fusion reviewed.", {}},
          Case{"Per InterQual, lumbar fusion for axial pain alone is not medically necessary.", {}},
          Case{"Lumbar fusion criteria (MCG): not met", {}},
      },
      kNoSeverity);
}

TEST_CASE("a study the reviewer did not find in the submitted records is not shown") {
  check_lines(
      {
          Case{"Flexion/extension x-rays: not submitted", {"flexion-extension-study negated"}},
          Case{"Dynamic radiographs - not in the records provided",
               {"flexion-extension-study negated"}},
          Case{"Flex-ex films: NOT in records received", {"flexion-extension-study negated"}},
          Case{"Flexion and extension views were not submitted for review.",
               {"flexion-extension-study negated"}},
      },
      kNoSeverity);
}

TEST_CASE("a checklist's N answers its label; Y affirms it") {
  check_lines(
      {
          Case{"Myelopathy: N", {"myelopathy negated"}},
          Case{"Cord compression on MRI: N", {"cord-compression negated"}},
          Case{"Instability documented: N", {"instability negated"}},
          Case{"Neurogenic claudication: Y", {"neurogenic-claudication"}},
          Case{"Radiculopathy: Y - left L5 per EMG", {"radiculopathy"}},
      },
      kNoSeverity);
}
