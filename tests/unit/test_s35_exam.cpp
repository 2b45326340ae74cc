// Session 35: examination wordings from the perioperative record (outside set
// s35pa): a lost reflex with the side abbreviated, and an instrument named for
// Cobb.
#include <doctest/doctest.h>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using namespace spinecds::terminology;
using spinecds::test::check_lines;
using spinecds::test::check_root_and_side;
using RS = spinecds::test::RootAndSide;

namespace {

constexpr bool kNoSeverity = false;

}  // namespace

TEST_CASE("a lost arm reflex with an abbreviated side is the finding, not its negation") {
  for (const auto& c : {
           // Biceps is C5 or C6: no root (eval README, cervical roots).
           RS{"Absent R biceps reflex, sensation intact.", FindingKind::radiculopathy, nullptr,
              "right"},
           RS{"diminished L triceps jerk on today's exam", FindingKind::radiculopathy, "C7",
              "left"},
           RS{"Hypoactive L brachioradialis reflex.", FindingKind::radiculopathy, "C6", "left"},
       }) {
    check_root_and_side(c);
  }
  check_lines({{"Trace R triceps reflex; no Hoffmann.", {"myelopathy negated", "radiculopathy"}}},
              kNoSeverity);
}

TEST_CASE("a Cobb elevator is an instrument, not a curve") {
  check_lines(
      {
          {"The paraspinal muscles were elevated with a Cobb elevator.", {}},
          {"Cobb elevators were used to develop the subperiosteal plane at L4-5.", {}},
          // The angle still names the curve.
          {"Lumbar Cobb angle 28 degrees.", {"scoliosis"}},
      },
      kNoSeverity);
}

TEST_CASE("'TA' in capitals before its grade is the tibialis anterior") {
  check_lines(
      {
          {"Strength 5/5 except R TA 4/5.", {"weakness"}},
          {"Motor: 5/5 throughout; L TA 4-/5, EHL 4/5.", {"weakness"}},
      },
      kNoSeverity);
}
