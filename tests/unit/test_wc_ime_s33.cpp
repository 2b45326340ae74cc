// The text engine on workers' compensation and occupational-medicine notes
// (session 33, s33-wc): AMA Guides wording, NP/PA shorthand for a cause
// ("2/2", "d/t"), a root after a side letter before a dash, sensory loss in
// the C5 dermatome written as pinprick or light touch, Spurling's shorthand,
// and a level line set off by a spaced dash before its measurement. Each case
// is a class of wording, written fresh before the engine was changed (not
// taken from any evaluation file).
#include <doctest/doctest.h>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using spinecds::test::check_lines;
using spinecds::test::only;
using Case = spinecds::test::LinesCase;
using spinecds::terminology::FindingKind;

// Read without severity: these cases assert kinds, cues and levels.
constexpr bool kNoSeverity = false;

TEST_CASE("AMA Guides: loss or alteration of motion segment integrity is instability") {
  check_lines(
      {
          Case{"Per AMA Guides, DRE Category IV for loss of motion segment integrity at L5-S1.",
               {"instability L5-S1"}},
          Case{"No loss of motion segment integrity is documented.", {"instability negated"}},
          Case{"Alteration of motion segment integrity (AOMSI) is present at L4-L5.",
               {"instability L4-L5"}},
          Case{"DRE category II: no radiculopathy, no alteration of motion segment integrity.",
               {"instability negated", "radiculopathy negated"}},
      },
      kNoSeverity);
}

TEST_CASE("a cause after '2/2' or 'd/t' with a hedge on the link is stated") {
  check_lines(
      {
          Case{"Right L5 radiculopathy, probably 2/2 L4-5 disc extrusion.",
               {"disc-herniation L4-L5", "radiculopathy"}},
          Case{"C6 radiculopathy most likely d/t C5-6 foraminal stenosis.",
               {"radiculopathy", "stenosis C5-C6"}},
          Case{"Sciatica, likely 2/2 L5-S1 protrusion.",
               {"disc-herniation L5-S1", "radiculopathy"}},
      },
      kNoSeverity);
}

TEST_CASE("a root after a side letter, before a spaced dash and the plan") {
  for (const auto* text : {"Dx: cervical radiculopathy, R C7 - PT referral placed.",
                           "Cervical radic, left C5 - improving w/ meds."}) {
    const auto f = only(text, FindingKind::radiculopathy);
    INFO(text);
    CHECK(f.root.has_value());
  }
  CHECK(only("Dx: cervical radiculopathy, R C7 - PT referral placed.", FindingKind::radiculopathy)
            .root == std::optional<std::string>("C7"));
}

TEST_CASE("pinprick or light touch lost over the lateral shoulder or arm is C5") {
  for (const auto* text : {"Decreased light touch over the lateral R shoulder.",
                           "Diminished pinprick along the lateral arm on the left.",
                           "Pin prick decreased over the lateral left deltoid."}) {
    const auto f = only(text, FindingKind::radiculopathy);
    INFO(text);
    CHECK(f.root == std::optional<std::string>("C5"));
    CHECK_FALSE(f.negated);
  }
}

TEST_CASE("Spurling's shorthand negative is a normal exam") {
  check_lines(
      {
          Case{"Spurling's neg on exam.", {}},
          Case{"Neg Spurling's bilaterally.", {}},
          Case{"Spurlings neg.", {}},
      },
      kNoSeverity);
}

TEST_CASE("a spaced dash after a level line sets off its measurement, not a range") {
  check_lines(
      {
          Case{"L3/L4 - 2 mm anterolisthesis.", {"spondylolisthesis L3-L4"}},
          Case{"C5/C6 - 2 mm retrolisthesis.", {"spondylolisthesis C5-C6"}},
          Case{"L4-5 - 3mm anterolisthesis, moderate canal stenosis.",
               {"spondylolisthesis L4-L5", "stenosis L4-L5"}},
      },
      kNoSeverity);
}

TEST_CASE("one course of therapy: its date range, its clinic and the treatments it included") {
  for (const auto* text :
       {"Pt attended PT 2x/wk x 5 wks (10 visits), 3/2/2026-4/3/2026, at Sierra Physical "
        "Therapy; no relief.",
        "Lumbar PT 3x/wk x 4 wks completed 2/2/2026 through 2/27/2026 at Coastal Physical "
        "Therapy and Rehab.",
        "Cervical PT completed (8 visits) incl. cervical traction and manual therapy; minimal "
        "relief.",
        "Completed 6 wks of PT esp. McKenzie exercises and mechanical traction; no benefit."}) {
    INFO(text);
    const auto f = only(text, FindingKind::physical_therapy);
    CHECK_FALSE(f.negated);
    CHECK_FALSE(f.hypothetical);
  }
  const auto f = only(
      "Pt attended PT 2x/wk x 5 wks (10 visits), 3/2/2026-4/3/2026, at Sierra Physical "
      "Therapy; no relief.",
      FindingKind::physical_therapy);
  CHECK(f.start == std::optional<std::string>("2026-03-02"));
  CHECK(f.end == std::optional<std::string>("2026-04-03"));
}

TEST_CASE("a therapy referral closed or expired unattended is therapy not given") {
  check_lines(
      {
          Case{"Pt did not show for the PT evaluation x2; PT referral closed.",
               {"physical-therapy negated"}},
          Case{"Did not attend any authorized PT sessions; referral expired 4/30/2026.",
               {"physical-therapy negated"}},
          Case{"Never attended physical therapy; the PT referral was closed.",
               {"physical-therapy negated"}},
      },
      kNoSeverity);
}

TEST_CASE("a tension sign with the side or position between the result and the test") {
  check_lines(
      {
          Case{"Positive right SLR at 30 degrees.", {"radiculopathy"}},
          Case{"Negative bilateral straight leg raise.", {"radiculopathy negated"}},
          Case{"SLR sitting and supine negative.", {"radiculopathy negated"}},
          Case{"Seated SLR negative bilaterally.", {"radiculopathy negated"}},
      },
      kNoSeverity);
}

TEST_CASE("a record review's therapy course keeps its own date range, not the studies'") {
  const auto f = only(
      "Records reviewed: MRI 03/14/2026, EMG 04/02/2026, PT notes 04/20/2026 - 06/01/2026 (12 "
      "visits) with no improvement.",
      FindingKind::physical_therapy);
  CHECK(f.start == std::optional<std::string>("2026-04-20"));
  CHECK(f.end == std::optional<std::string>("2026-06-01"));
}

TEST_CASE("a count of visits named by their place") {
  CHECK(only("PT: 13 clinic visits over 7 weeks.", FindingKind::physical_therapy).visits ==
        std::optional<int>(13));
  CHECK(
      only("Physical therapy, 9 office visits, no relief.", FindingKind::physical_therapy).visits ==
      std::optional<int>(9));
  CHECK(only("Completed 11 outpatient visits of PT.", FindingKind::physical_therapy).visits ==
        std::optional<int>(11));
}
