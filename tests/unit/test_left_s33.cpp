// Classes of wording that session 32 left read wrongly (session 33, s33-left):
// an unstable gait that is no unstable spine, a translated report that is no
// translation of a vertebra, an anatomy written "free", a translated order's
// or discharge note's heading that plans what follows. Each case was written
// fresh for its class, before the engine was changed (not taken from any
// evaluation file).
#include <doctest/doctest.h>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using spinecds::test::check_lines;
using Case = spinecds::test::LinesCase;

// Read without severity: these cases assert kinds, levels and categories.
constexpr bool kNoSeverity = false;

TEST_CASE("an unstable gait is a gait sign, never an unstable spine") {
  check_lines(
      {
          Case{"Cervical stenosis C5-6 with unstable gait and bilateral Hoffmann.",
               {"myelopathy", "stenosis C5-C6"}},
          Case{"Neck pain, hand numbness; gait unstable on tandem.", {"myelopathy"}},
          Case{"Lumbar stenosis at L4-5 with unstable gait and two falls.", {"stenosis L4-L5"}},
          Case{"Gait is unstable, uses a walker; L3-4 stenosis on MRI.", {"stenosis L3-L4"}},
          Case{"Gait broad-based; could not tandem. Hoffmann positive on the left.",
               {"myelopathy", "myelopathy"}},
          // the spine itself still unstable
          Case{"Unstable L4-5 segment on flexion-extension films.",
               {"flexion-extension-study", "instability L4-L5"}},
      },
      kNoSeverity);
}

TEST_CASE("a report named as translated is no translation of a vertebra") {
  check_lines(
      {
          Case{"Outside report, translated: L4-L5 disc protrusion.", {"disc-herniation L4-L5"}},
          Case{"Lumbar MRI (translated): central canal stenosis at L3-L4.", {"stenosis L3-L4"}},
          Case{"Machine translation of an outside CT: C5-C6 disc osteophyte complex.",
               {"disc-herniation C5-C6"}},
          Case{"English translation provided by the family: L5-S1 extrusion.",
               {"disc-herniation L5-S1"}},
          // a vertebra that moves is still translation
          Case{"L4 translated 4 mm anteriorly on flexion.", {"translation L4-L5"}},
      },
      kNoSeverity);
}

TEST_CASE("a canal or foramen written as free is open") {
  check_lines(
      {
          Case{"L2/L3: small bulge, canal and foramina free.",
               {"stenosis L2-L3 negated", "stenosis L2-L3 negated"}},
          Case{"L4-L5: left foraminal protrusion; canal free.",
               {"disc-herniation L4-L5", "stenosis L4-L5 negated"}},
          Case{"C5-C6: the foramina are free.", {"stenosis C5-C6 negated"}},
          Case{"No recurrent herniation at L5-S1. Foramina remain free.",
               {"disc-herniation L5-S1 negated", "stenosis negated"}},
          // "free" as a verb denies nothing before it
          Case{"L4-5 severe foraminal stenosis; plan foraminotomy to free the exiting root.",
               {"prior-laminectomy L4-L5 planned", "stenosis L4-L5"}},
          // a free fragment is still a herniation
          Case{"L4-5: large extrusion with a free fragment migrating caudally.",
               {"disc-herniation L4-L5"}},
      },
      kNoSeverity);
}

TEST_CASE("a translated order's or discharge note's heading plans what follows") {
  check_lines(
      {
          Case{"Solicited: physical therapy 12 sessions.", {"physical-therapy planned"}},
          Case{"Solicited: lumbar flexion-extension radiographs.",
               {"flexion-extension-study planned"}},
          // The singular heads a US exam's mental status, not a plan.
          Case{"Orientation: A&O x3. Moderate stenosis at L4-5.", {"stenosis L4-L5"}},
          Case{"Orientations: rehabilitation program with physiotherapy after 30 days.",
               {"physical-therapy planned"}},
      },
      kNoSeverity);
}

TEST_CASE("a symptom that resolved after an operation leaves the operation done") {
  check_lines(
      {
          Case{"Three months after L4-5 TLIF: his right L5 radicular pain has resolved.",
               {"prior-fusion L4-L5", "radiculopathy negated"}},
          Case{"Since her C5-6 ACDF the left C6 radiculopathy has resolved.",
               {"prior-fusion C5-C6", "radiculopathy negated"}},
          Case{"After the L2-L4 laminectomy, neurogenic claudication resolved completely.",
               {"neurogenic-claudication negated", "prior-laminectomy L2-L3,L3-L4"}},
          Case{"Post C6-7 ACDF, radiculopathy resolved.",
               {"prior-fusion C6-C7", "radiculopathy negated"}},
      },
      kNoSeverity);
}

TEST_CASE("an unticked checklist item answered with a denial is denied") {
  check_lines(
      {
          Case{"Checklist:\n[X] Neurogenic claudication\n[ ] Dynamic x-rays: not obtained",
               {"flexion-extension-study negated", "neurogenic-claudication"}},
          Case{"[ ] Physical therapy 6 weeks: not completed\n[X] Radiculopathy",
               {"physical-therapy negated", "radiculopathy"}},
          Case{"[ ] Instability on flexion/extension: none documented", {"instability negated"}},
          // an unticked choice with no answer still says nothing
          Case{"[X] Radiculopathy [ ] Myelopathy", {"radiculopathy"}},
      },
      kNoSeverity);
}
