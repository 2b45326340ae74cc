// The text engine on classes left after session 49 (work in progress on
// branch s50-wip): an artefact that limits a study or is offered as a
// finding's likely explanation. Each case is a wording of the class written
// fresh (not taken from any evaluation file or case).
#include <doctest/doctest.h>

#include "support/finding_lines.h"

using spinecds::test::check_lines;
using Case = spinecds::test::LinesCase;

TEST_CASE(
    "s50: an artefact offered as a finding's likely cause doubts it; one limiting a study "
    "denies nothing") {
  check_lines(
      {
          Case{"Faint cord signal at C4-5 likely represents truncation artifact.",
               {"cord-signal-change C4-C5 uncertain"}},
          Case{"Cord signal at C6-7 may represent pulsation artifact.",
               {"cord-signal-change C6-C7 uncertain"}},
          // Named as the artefact, denied.
          Case{"The cord signal at C5-6 is felt to represent truncation artifact.",
               {"cord-signal-change C5-C6 negated"}},
          // What the artefact does to the study says nothing of the finding.
          Case{"Assessment for foraminal stenosis at L5-S1 is limited due to artifact from the "
               "screws.",
               {"stenosis L5-S1 planned"}},
          Case{"Severe canal stenosis at L3-4 with motion artifact.", {"stenosis L3-L4"}},
          // What artefact hides may or may not be there.
          Case{"Foraminal stenosis at L4-5 is obscured by metal artifact.",
               {"stenosis L4-L5 uncertain"}},
      },
      false);
}

TEST_CASE("s50: a lumbar root written beside its diagnosis with a word between, or after it") {
  using spinecds::terminology::FindingKind;
  using spinecds::test::check_root_and_side;
  using spinecds::test::RootAndSide;
  for (const auto& c : {
           RootAndSide{"Right L5 lumbar radiculopathy.", FindingKind::radiculopathy, "L5", "right"},
           RootAndSide{"Lumbar radiculopathy, left S1.", FindingKind::radiculopathy, "S1", "left"},
           RootAndSide{"Radiculopathy L5 left.", FindingKind::radiculopathy, "L5", "left"},
           RootAndSide{"Lumbar radiculopathy, right L5, secondary to L4-5 foraminal stenosis.",
                       FindingKind::radiculopathy, "L5", "right"},
           // A level after the diagnosis that is no root's stays a level.
           RootAndSide{"Radiculopathy at L5.", FindingKind::radiculopathy, nullptr, nullptr},
       }) {
    check_root_and_side(c);
  }
}

TEST_CASE("s50: an exam that says the patient cannot heel or toe walk reports weakness") {
  check_lines(
      {
          Case{"Unable to heel walk on the left.", {"weakness"}},
          Case{"She has difficulty with toe walking on the right side.", {"weakness"}},
          Case{"He cannot walk on his heels on the right.", {"weakness"}},
          Case{"No difficulty with heel walking or toe walking.", {"weakness negated"}},
          // Heel-to-toe walking is tandem gait: a myelopathy sign, not a weak muscle.
          Case{"Unable to heel-toe walk; positive Romberg.", {"myelopathy"}},
          Case{"Able to heel and toe walk without difficulty.", {}},
          // Failed for another reason, the walk test shows no weak muscle.
          Case{"Unable to toe walk secondary to pain.", {}},
          Case{"Cannot heel walk because of pain; strength 5/5 throughout.", {"weakness negated"}},
      },
      false);
}

TEST_CASE(
    "s50: after surgery a recurrent disc is a herniation come back, when the disc is the noun") {
  check_lines(
      {
          Case{"Enhancing granulation tissue surrounds the left S1 root without recurrent disc.",
               {"disc-herniation negated"}},
          Case{"Enhancing scar versus recurrent disc at L5-S1 on the left.",
               {"disc-herniation L5-S1 uncertain"}},
          Case{"Recurrent disc material in the left lateral recess at L4-5.",
               {"disc-herniation L4-L5"}},
          Case{"Recurrent disc space narrowing at L3-4.", {}},
          Case{"Recurrent disc-space narrowing at L3-4.", {}},
          Case{"Recurrent disc surgery at L3-4 in 2017.", {}},
          Case{"Recurrent disc symptoms after her microdiscectomy.", {}},
          Case{"Recurrent disc bulge at L4-5 without stenosis.", {"stenosis L4-L5 negated"}},
      },
      false);
}

TEST_CASE("s50: an L beside a right grade is the left column, not the fourth lumbar vertebra") {
  using spinecds::terminology::FindingKind;
  using spinecds::test::check_root_and_side;
  using spinecds::test::RootAndSide;
  for (const auto& c : {
           RootAndSide{"Triceps R 5/5, L 4/5.", FindingKind::weakness, "C7", "left"},
           RootAndSide{"Wrist extension: R 5/5, L 4-/5.", FindingKind::weakness, "C6", "left"},
           RootAndSide{"Triceps: right 5/5, left 4/5.", FindingKind::weakness, "C7", "left"},
           RootAndSide{"EHL L 4/5, R 5/5.", FindingKind::weakness, nullptr, "left"},
       }) {
    check_root_and_side(c);
  }
  // Without a right column beside it, "L 4/5" is still the level.
  check_lines({Case{"Disc bulge at L 4/5 with mild stenosis.", {"stenosis L4-L5"}}}, false);
}

TEST_CASE("s50: one item's level in a list of conditions is no other item's") {
  check_lines(
      {
          Case{"Problem list: lumbar canal stenosis; s/p L4-S1 fusion (2016); gout.",
               {"stenosis", "prior-fusion L4-L5,L5-S1"}},
          Case{"PMH: spinal stenosis, L3-4 laminectomy 2009, asthma.",
               {"stenosis", "prior-laminectomy L3-L4"}},
          Case{"Active problems: lumbar stenosis; L5-S1 spondylolisthesis; GERD.",
               {"stenosis", "spondylolisthesis L5-S1"}},
          // The item's own level, or a level no other item owns, stays.
          Case{"Diagnoses: lumbar stenosis at L3-4, hypertension.", {"stenosis L3-L4"}},
          Case{"Dx: lumbar canal stenosis, L2-L3.", {"stenosis L2-L3"}},
          // A comma before a modifier or "with" goes on with the same item.
          Case{"Diagnoses: L3-4 spondylolisthesis, grade 1, with severe central stenosis.",
               {"spondylolisthesis L3-L4", "stenosis L3-L4"}},
          Case{"PMH: s/p L3-4 laminectomy 2015, recurrent stenosis.",
               {"prior-laminectomy L3-L4", "stenosis L3-L4"}},
          // A level alone between commas is the item's own.
          Case{"Diagnoses: Spondylolisthesis, L3-L4, grade 2, with instability.",
               {"spondylolisthesis L3-L4", "instability L3-L4"}},
          Case{"Diagnoses: Stenosis, L2-L3, severe, with claudication.",
               {"stenosis L2-L3", "neurogenic-claudication"}},
          // Outside a list an operation's level carries on to the next clause.
          Case{"Sequelae of a prior L3-4 laminectomy; no recurrent stenosis.",
               {"prior-laminectomy L3-L4", "stenosis L3-L4 negated"}},
          Case{"Broad disc bulge at L3-4; moderate canal stenosis.", {"stenosis L3-L4"}},
      },
      false);
}

TEST_CASE("s50: an aside after a level that names an operation names its levels") {
  check_lines(
      {
          Case{"At L1-2 (adjacent to the L2-L5 fusion) there is mild canal stenosis.",
               {"stenosis L1-L2", "prior-fusion L2-L3,L3-L4,L4-L5"}},
          Case{"C3-4 (above the C4-6 ACDF): severe canal stenosis.",
               {"stenosis C3-C4", "prior-fusion C4-C5,C5-C6"}},
          // After the aside closes, the level before it is the sentence's again.
          Case{"At L1-L2 (adjacent level to prior L2-L4 fusion), moderate canal stenosis.",
               {"stenosis L1-L2", "prior-fusion L2-L3,L3-L4"}},
          Case{"L1-2 (adjacent segment; fusion L2-S1 solid): severe canal stenosis.",
               {"stenosis L1-L2", "prior-fusion L2-L3,L3-L4,L4-L5,L5-S1"}},
          // An aside on counting names no level of its own.
          Case{"L3-4 (numbering from the lowest rib-bearing T12): moderate foraminal stenosis.",
               {"stenosis L3-L4"}},
      },
      false);
}

TEST_CASE("s50: a vertebra slipping on the next, written with a verb, is one segment") {
  check_lines(
      {
          Case{"L3 is anterolisthesed on L4, consistent with instability.",
               {"spondylolisthesis L3-L4", "instability L3-L4"}},
          Case{"L5 is anterolisthesed on S1 with moderate bilateral foraminal stenosis.",
               {"spondylolisthesis L5-S1", "stenosis L5-S1"}},
          Case{"L3 translates 4 mm on L4 between flexion and extension, in keeping with "
               "instability.",
               {"translation L3-L4", "instability L3-L4"}},
      },
      false);
}

TEST_CASE("s50: a figure 'of' a finding measures that finding") {
  using spinecds::terminology::FindingKind;
  const auto mm_of = [](const char* text, FindingKind kind) {
    for (const auto& f : spinecds::terminology::extract_findings(text)) {
      if (f.kind == kind) return f.mm;
    }
    return std::optional<double>{};
  };
  const char* text = "L3-4 degenerative spondylolisthesis with 6 mm of translation.";
  CHECK(mm_of(text, FindingKind::translation) == std::optional<double>(6));
  CHECK(mm_of(text, FindingKind::spondylolisthesis) == std::nullopt);
  CHECK(mm_of("Anterolisthesis with 5 mm of anterior translation of L3 on L4.",
              FindingKind::translation) == std::optional<double>(5));
  CHECK(mm_of("There is 3 mm of anterolisthesis of L3 on L4.", FindingKind::spondylolisthesis) ==
        std::optional<double>(3));
}

TEST_CASE("s50: a reflex row with the side before each grade takes the side of the low grade") {
  using spinecds::terminology::FindingKind;
  using spinecds::test::check_root_and_side;
  using spinecds::test::RootAndSide;
  for (const auto& c : {
           RootAndSide{"Triceps reflex right 2+, left 1+.", FindingKind::radiculopathy, "C7",
                       "left"},
           RootAndSide{"Triceps reflex: R 2+, L 1+.", FindingKind::radiculopathy, "C7", "left"},
           RootAndSide{"Triceps reflex right 1+, left 2+.", FindingKind::radiculopathy, "C7",
                       "right"},
       }) {
    check_root_and_side(c);
  }
  check_lines({Case{"Triceps reflex right 2+, left 2+.", {}}}, false);
}
