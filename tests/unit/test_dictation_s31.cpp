// The text engine on reports dictated through speech recognition and left
// uncorrected (session 31): homophones of spine words ("chord" for "cord",
// "for a minimal" for "foraminal"). Each case is a class of wording, written
// fresh before the engine was changed (not taken from any evaluation file).
#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using spinecds::terminology::FindingKind;
using spinecds::test::check_lines;
using spinecds::test::of_kind;
using Case = spinecds::test::LinesCase;

namespace {

// The locations of the stenosis findings of `text`, in order, "-" for none.
std::string stenosis_locations(const char* text) {
  std::string out;
  for (const auto& f : of_kind(text, FindingKind::stenosis)) {
    if (!out.empty()) out += " ";
    out += f.location.value_or("-");
    if (f.negated) out += "(no)";
  }
  return out;
}

}  // namespace

TEST_CASE("'for a minimal', 'for a mina' and 'for a men' beside the anatomy are the foramen") {
  check_lines({
      Case{"Moderate right for a minimal stenosis at L3-4.", {"stenosis L3-L4 moderate"}},
      Case{"C4 5 colon severe bilateral for a minimal narrowing period", {"stenosis C4-C5 severe"}},
      Case{"the right for a men is severely narrowed at C5 6", {"stenosis C5-C6 severe"}},
      Case{"at T12-L1 the for a mina are patent bilaterally period", {"stenosis T12-L1 negated"}},
      Case{"small right for a minimal disc protrusion at L4 5 abutting the exiting L4 root",
           {"disc-herniation L4-L5"}},
  });
  CHECK(stenosis_locations("Moderate right for a minimal stenosis at L3-4.") == "foraminal");
  CHECK(stenosis_locations("No central or for a minimal stenosis at L2-3.") ==
        "central(no) foraminal(no)");
  CHECK(stenosis_locations("C3 4 colon mild L for a minimal encroachment period") == "foraminal");
}

TEST_CASE("'for a minimal' in plain English is left as written") {
  CHECK(of_kind("Asked for a minimal amount of narcotics after surgery.", FindingKind::stenosis)
            .empty());
  CHECK(stenosis_locations("She is hoping for a minimal recovery time.").empty());
}

TEST_CASE("'chord' dictated for 'cord' is the spinal cord") {
  check_lines({
      Case{"Mild flattening of the ventral chord at C4-5.", {"cord-compression C4-C5 mild"}},
      Case{"No chord signal abnormality.", {"cord-signal-change negated"}},
      Case{"T2 bright signal in the chord at C3 4 compatible with myelomalacia",
           {"cord-signal-change C3-C4"}},
      Case{"Disc osteophyte complex indents the chord at C6-7 period",
           {"cord-compression C6-C7", "disc-herniation C6-C7"}},
      Case{"The spinal chord is normal in caliber and signal.", {"cord-signal-change negated"}},
  });
}

TEST_CASE("a dictated list of segments without commas is one list") {
  check_lines(
      {
          Case{"Mild disc bulges at C3-4 C4-5 and C5-6 without stenosis.",
               {"stenosis C3-C4,C4-C5,C5-C6 negated"}},
          Case{"no significant stenosis at L2-3 L3-4 or L4-5 period",
               {"stenosis L2-L3,L3-L4,L4-L5 negated"}},
          Case{"Facet arthropathy L3-4 L4-5 L5-S1.", {"facet-arthropathy L3-L4,L4-L5,L5-S1"}},
          Case{"Moderate stenosis at T11-12 T12-L1.", {"stenosis T11-T12,T12-L1"}},
          // A lone vertebra after a segment is a root or a level of its own.
          Case{"Severe stenosis at L4-5 L5 nerve root compressed.", {"stenosis L4-L5"}},
      },
      false);
}

TEST_CASE("an operation on the OR board or in sign-out is one to come") {
  check_lines(
      {
          Case{"Pt NPO after midnight, OR tomorrow for L3-4 laminectomy.",
               {"prior-laminectomy L3-L4 planned"}},
          Case{"consented, to the OR today for C6-7 ACDF", {"prior-fusion C6-C7 planned"}},
          Case{"bed 3: going to the OR for T12-L2 posterior fusion after CT",
               {"prior-fusion T12-L1,L1-L2 planned"}},
          Case{"Mr B tmrw for L5-S1 laminectomy, hold lovenox",
               {"prior-laminectomy L5-S1 planned"}},
          // A case done, with tomorrow's discharge, stays done.
          Case{"POD1 from L4-5 TLIF, home tomorrow if cleared by PT.",
               {"physical-therapy planned", "prior-fusion L4-L5"}},
      },
      false);
}
