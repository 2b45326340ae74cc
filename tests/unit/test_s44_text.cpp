// The text engine on classes met in session 44's hospital and academic
// documents and its outside records (workers' compensation files, a
// Spanish-speaking health centre, an academic neurosurgery department).
// Each case is a wording of the class written fresh (not taken from any
// evaluation file or case).
#include <doctest/doctest.h>

#include "support/finding_lines.h"

using spinecds::terminology::FindingKind;
using spinecds::test::check_lines;
using spinecds::test::only;
using Case = spinecds::test::LinesCase;

TEST_CASE("s44: 'non-' denies the one symptom word it is joined to") {
  check_lines(
      {
          Case{"Non-myelopathic cord compression at C4-5.",
               {"myelopathy negated", "cord-compression C4-C5"}},
          Case{"Non-radicular low back pain; moderate L4-5 stenosis.",
               {"radiculopathy negated", "stenosis L4-L5 moderate"}},
          Case{"Myelopathic gait.", {"myelopathy"}},
      },
      true);
}

TEST_CASE("s44: a fusion nobody operated is no prior fusion, a level between or not") {
  check_lines(
      {
          Case{"Congenital C6-7 fusion noted.", {}},
          Case{"Klippel-Feil block vertebra C2-C3 with fused facets.", {}},
          Case{"Solid C6-7 fusion from 2019.", {"prior-fusion C6-C7"}},
      },
      false);
}

TEST_CASE("s44: Spanish stenosis graded after the noun, and grades 'in degree'") {
  check_lines(
      {
          Case{"Estenosis moderada del canal central en L3-L4.", {"stenosis L3-L4 moderate"}},
          Case{"Estenosis severa foraminal izquierda en L5-S1.", {"stenosis L5-S1 severe"}},
          Case{"The left foramen at the 4-5 level is narrowed, severe in degree.",
               {"stenosis L4-L5 severe"}},
      },
      true);
}

TEST_CASE("s44: a finding new since a prior study is present now") {
  check_lines(
      {
          Case{"There is a right foraminal protrusion at L3-4 that was not present on the prior "
               "study.",
               {"disc-herniation L3-L4"}},
          Case{"The anterolisthesis at L4-5 was not seen previously.", {"spondylolisthesis L4-L5"}},
          Case{"No protrusion is present on this study.", {"disc-herniation negated"}},
      },
      false);
}

TEST_CASE("s44: a relative in a patient's quoted Spanish is someone else") {
  CHECK(only("Dice: \"A mi esposa la operaron de la L4-L5, fusion.\"", FindingKind::prior_fusion)
            .experiencer_other);
  CHECK(only("Su hermano tuvo una fusion lumbar.", FindingKind::prior_fusion).experiencer_other);
  CHECK_FALSE(only("She had an L4-5 fusion in 2020.", FindingKind::prior_fusion).experiencer_other);
}

TEST_CASE("s44: a femoral nerve tension test and polyradiculopathy") {
  check_lines(
      {
          Case{"Femoral nerve stretch test negative on the left.", {"radiculopathy negated"}},
          Case{"Positive FNST on the right.", {"radiculopathy"}},
          Case{"EMG: chronic bilateral lumbosacral polyradiculopathy.", {"radiculopathy"}},
      },
      false);
}

TEST_CASE("s44: a myelogram's block at a level is stenosis there") {
  check_lines(
      {Case{"Near-complete block of contrast at L3-4 on the myelogram.", {"stenosis L3-L4"}}},
      false);
}

TEST_CASE("s44: what a patient is taught to watch for, and the other choice, are not facts") {
  check_lines(
      {
          Case{"Educated on warning signs of myelopathy.", {"myelopathy planned"}},
          Case{"Posterior foraminotomy discussed as an alternative.",
               {"prior-laminectomy planned"}},
      },
      false);
}

TEST_CASE("s44: therapy not begun, not recommended; films without motion") {
  check_lines(
      {
          Case{"Outpatient PT: first visit not yet scheduled.", {"physical-therapy negated"}},
          Case{"PT not recommended before surgery given the myelopathy.",
               {"physical-therapy negated", "myelopathy"}},
          Case{"The L4-5 fusion is solid, without motion on flexion and extension.",
               {"prior-fusion L4-L5", "instability L4-L5 negated"}},
      },
      false);
}
