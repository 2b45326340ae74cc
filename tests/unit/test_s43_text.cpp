// The text engine on classes met in session 43's everyday and templated
// charts. Each case is a wording of the class written fresh (not taken from
// any evaluation file).
#include <doctest/doctest.h>

#include "support/finding_lines.h"

using spinecds::terminology::FindingKind;
using spinecds::test::check_lines;
using Case = spinecds::test::LinesCase;

TEST_CASE("s43: a form's cells split by bars are scopes of their own") {
  check_lines(
      {
          Case{"L3-4 | Disc: left protrusion | Canal: moderate | NF: patent",
               {"disc-herniation L3-L4", "stenosis L3-L4 moderate", "stenosis L3-L4 negated"}},
          Case{"C4-5 | Canal: severe | Cord: no compression, normal signal",
               {"stenosis C4-C5 severe", "cord-compression C4-C5 negated",
                "cord-signal-change C4-C5 negated"}},
      },
      true);
}

TEST_CASE("s43: a problem list's status cell speaks of its row") {
  check_lines(
      {
          Case{"Lumbar radiculopathy (M54.17) | 2021 | Resolved", {"radiculopathy negated"}},
          Case{"Pseudarthrosis L4-5 | Ruled out", {"pseudarthrosis L4-L5 negated"}},
          // A decimal's dot inside a sentence still ends nothing else.
          Case{"Disc herniation at L5-S1 was seen.Radiculopathy resolved.",
               {"disc-herniation L5-S1", "radiculopathy negated"}},
      },
      false);
}

TEST_CASE("s43: Unicode ballot boxes tick and leave unticked as bracket boxes do") {
  check_lines(
      {
          Case{"History of back surgery: \xE2\x98\x90 Yes \xE2\x98\x92 No",
               {"prior-laminectomy negated", "prior-fusion negated"}},
          Case{"Findings: \xE2\x98\x91 Stenosis \xE2\x98\x90 Spondylolisthesis \xE2\x98\x90 "
               "Pseudarthrosis",
               {"stenosis"}},
      },
      false);
}

TEST_CASE("s43: a sign or test left undone on a form is no finding either way") {
  check_lines(
      {
          Case{"Hoffmann's: not tested.", {}},
          Case{"Tandem gait: unable to assess (walker).", {}},
          Case{"Clonus: deferred.", {}},
          Case{"Hoffmann's positive on the right.", {"myelopathy"}},
      },
      true);
  check_lines({Case{"Crossed SLR: not done.", {}}}, false);
}

TEST_CASE("s43: therapy not taken up, to be taken up again, and as a goal") {
  check_lines(
      {
          Case{"She has been unable to attend physiotherapy because of childcare.",
               {"physical-therapy negated"}},
          Case{"PT not initiated pending surgical review.", {"physical-therapy negated"}},
          Case{"Resume PT after the injection.", {"physical-therapy planned"}},
          Case{"Pt will demonstrate independence with HEP in 3 weeks.",
               {"physical-therapy planned"}},
          Case{"Flexion-extension radiographs remain outstanding.",
               {"flexion-extension-study negated"}},
      },
      false);
}

TEST_CASE("s43: a reviewer's criteria not met for an operation leave it a request") {
  check_lines(
      {
          Case{"Peer review: criteria not met for L4-5 TLIF.", {"prior-fusion L4-L5 planned"}},
          Case{"Does not meet criteria for instability at L4-5.", {"instability L4-L5 negated"}},
      },
      false);
}

TEST_CASE("s43: a finding explained as artefact is denied; an artefact that limits is not") {
  check_lines(
      {
          Case{"The focal cord signal at C3-4 is felt to represent pulsation artifact.",
               {"cord-signal-change C3-C4 negated"}},
          Case{"Motion artifact degrades the axial images; moderate stenosis at C5-6.",
               {"stenosis C5-C6 moderate"}},
      },
      true);
}

TEST_CASE("s43: a template's unanswered pick list says nothing") {
  check_lines({Case{"Prior PT: {YES/NO:20011} 10 visits completed in 2025.", {"physical-therapy"}}},
              false);
}

TEST_CASE("s43: the cord as a translated report names it, and at a vertebra named as a level") {
  check_lines(
      {
          Case{"Compression of the medulla at C4/C5.", {"cord-compression C4-C5"}},
          Case{"The medulla is not compressed.", {"cord-compression negated"}},
          Case{"The retropulsed fragment indents the cord at the level of C5.",
               {"cord-compression C4-C5,C5-C6"}},
      },
      true);
}

TEST_CASE("s43: claudication the writer puts down to the arteries is not neurogenic") {
  check_lines(
      {
          Case{"Atherosclerosis of native arteries of the legs with intermittent claudication.",
               {}},
          Case{"Intermittent claudication at 200 metres.", {"neurogenic-claudication"}},
      },
      false);
}

TEST_CASE("s43: a slip given only per position is its smallest value, never ungraded") {
  using spinecds::test::only;
  CHECK(only("Sagittal translation (listhesis), L3-L4: 0.2 cm in flexion and 0.1 cm in extension",
             FindingKind::spondylolisthesis)
            .mm == std::optional<double>(1));
}

TEST_CASE("s43: a questionnaire's answer on the next line is its question's") {
  check_lines(
      {
          Case{"Does advanced imaging show spondylolisthesis or instability at L4-5?\nA: No",
               {"spondylolisthesis L4-L5 negated", "instability L4-L5 negated"}},
          Case{"Spondylolisthesis on standing films?\n\nYes - L4 on L5, 5 mm",
               {"spondylolisthesis L4-L5"}},
          // A question left open still asks.
          Case{"Instability?\nRepeat films in 6 weeks.", {"instability planned"}},
      },
      false);
}

TEST_CASE("s43: exam rows per side, and a denial of hand signs written with 'with'") {
  check_lines(
      {
          Case{"SLR Left: Positive at 45 degrees\nSLR Right: Negative",
               {"radiculopathy", "radiculopathy negated"}},
      },
      false);
  check_lines(
      {
          Case{"She denies difficulty with buttoning or handwriting.", {"myelopathy negated"}},
          Case{"Tandem gait: unable to perform.", {"myelopathy"}},
      },
      true);
}
