// The text engine on Commonwealth clinic letters and reports (UK NHS,
// Canadian, Australian and New Zealand; session 33): an MDT's outcome as
// the plan, the Latin plural "foraminae", the nerve tension tests named as
// a group. Each case is a class of wording, written fresh before the engine
// was changed (not taken from any evaluation file).
#include <doctest/doctest.h>

#include <string>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using spinecds::terminology::FindingKind;
using spinecds::test::check_lines;
using spinecds::test::of_kind;
using spinecds::test::only;
using Case = spinecds::test::LinesCase;

constexpr bool kNoSeverity = false;

TEST_CASE("an MDT's outcome heads a plan: the operation or therapy it names is to come") {
  check_lines(
      {
          Case{"MDT decision: for C5/6 ACDF.", {"prior-fusion C5-C6 planned"}},
          Case{"Spinal MDT outcome: for L3/4 laminectomy.", {"prior-laminectomy L3-L4 planned"}},
          Case{"Outcome: for C6/7 anterior cervical discectomy and fusion.",
               {"prior-fusion C6-C7 planned"}},
          Case{"Decision: for T12-L1 posterior instrumented fusion.",
               {"prior-fusion T12-L1 planned"}},
          Case{"MDT plan: for L2/3 laminectomy.", {"prior-laminectomy L2-L3 planned"}},
      },
      kNoSeverity);
  for (const char* text : {"MDT outcome: not for surgery; for further physiotherapy.",
                           "Outcome: not an operative candidate; for a course of physiotherapy."}) {
    INFO(text);
    const auto f = only(text, FindingKind::physical_therapy);
    CHECK(f.hypothetical);
    CHECK_FALSE(f.negated);
  }
}

TEST_CASE("'foraminae', the Latin plural, is the foramina") {
  check_lines(
      {
          Case{"C5/6: Foraminae are patent.", {"stenosis C5-C6 negated"}},
          Case{"L3/4: The neural foraminae are widely patent.", {"stenosis L3-L4 negated"}},
          Case{"Both foraminae are patent at C6/7.", {"stenosis C6-C7 negated"}},
          Case{"L2/3: Mild bulge. Exit foraminae patent.", {"stenosis L2-L3 negated"}},
      },
      kNoSeverity);
  for (const char* text :
       {"L4/5: Canal and foraminae patent.", "C3/4: canal and foraminae are patent."}) {
    INFO(text);
    const auto fs = of_kind(text, FindingKind::stenosis);
    CHECK(fs.size() == 2);
    for (const auto& f : fs) CHECK(f.negated);
  }
}

TEST_CASE("the nerve tension tests named as a group and negative: no radiculopathy") {
  for (const char* text :
       {"Neural tension tests were negative bilaterally.", "ULTT negative on the right.",
        "Neurodynamic testing negative; repeated extension centralises her pain.",
        "Upper limb tension tests negative.", "Lumbar flexion limited, neural tension negative."}) {
    INFO(text);
    const auto f = only(text, FindingKind::radiculopathy);
    CHECK(f.negated);
  }
}

TEST_CASE("a weakness's grade after a comma, and its side after the grade") {
  for (const char* text :
       {"Weakness of ankle dorsiflexion, 4/5 on the right.",
        "Weakness of elbow extension, 4-/5 on the left, with a reduced triceps jerk.",
        "Weakness of great toe extension, 4+/5 on the right."}) {
    INFO(text);
    const auto f = only(text, FindingKind::weakness);
    CHECK(f.side.has_value());
  }
}

TEST_CASE("a graded range before the first of two levels is that level's grade") {
  check_lines({
      Case{"Mild to moderate C5/6 and severe C6/7 foraminal narrowing on the right.",
           {"stenosis C5-C6 mild-to-moderate", "stenosis C6-C7 severe"}},
      Case{"Moderate to severe L3-4 and moderate L4-5 central canal stenosis.",
           {"stenosis L3-L4 moderate-to-severe", "stenosis L4-L5 moderate"}},
  });
}

TEST_CASE("'at both levels' after two levels is each of them, and no level alone") {
  check_lines(
      {
          Case{"Moderate canal stenosis at C5/6 and C6/7 with facet arthropathy at both levels.",
               {"stenosis C5-C6,C6-C7", "facet-arthropathy C5-C6,C6-C7"}},
          Case{
              "Mild L2-3 and mild L3-4 foraminal narrowing, with facet hypertrophy at both levels.",
              {"stenosis L2-L3", "stenosis L3-L4", "facet-arthropathy L2-L3,L3-L4"}},
      },
      kNoSeverity);
  const auto f = only("Facet arthropathy at both levels.", FindingKind::facet_arthropathy);
  CHECK(f.segments.empty());
}

TEST_CASE("care a condition resisted, after a denied improvement, was given") {
  for (const char* text :
       {"Not improving despite physio.", "Sciatica not settling despite 6 weeks of physiotherapy.",
        "No better despite a course of physiotherapy.",
        "Arm pain no easier despite physiotherapy."}) {
    INFO(text);
    CHECK_FALSE(only(text, FindingKind::physical_therapy).negated);
  }
}

TEST_CASE("an MDT outcome's diagnosis is no plan, and 'both levels' are the last two named") {
  check_lines(
      {
          Case{"MDT outcome: C5/6 disc protrusion with severe foraminal stenosis.",
               {"disc-herniation C5-C6", "stenosis C5-C6"}},
          Case{"L1-2 is normal; at L3-4 and L4-5 there is mild canal narrowing with facet "
               "hypertrophy at both levels.",
               {"stenosis L3-L4,L4-L5", "facet-arthropathy L3-L4,L4-L5"}},
      },
      kNoSeverity);
}
