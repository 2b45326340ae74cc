// The text engine on two joins diagnosed in session 49: a location after a
// finding that crosses "and" into the next finding's phrase, and two causes
// joined by "and" before an alternative (", versus ..."). Each case is a
// wording of the class written fresh (not taken from any evaluation file or
// case).
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <string_view>

#include "support/finding_lines.h"

using spinecds::terminology::FindingKind;
using spinecds::test::check_lines;
using spinecds::test::only;
using Case = spinecds::test::LinesCase;

namespace {
// The one finding of `kind` in `text`, as "location/side/uncertain".
std::string place_of(std::string_view text, FindingKind kind) {
  const auto f = only(text, kind);
  return f.location.value_or("-") + "/" + f.side.value_or("-") + (f.uncertain ? "/uncertain" : "");
}
}  // namespace

TEST_CASE("s49: a location after 'and' that leads another finding's phrase is that finding's") {
  // The side and place before "stenosis" are the stenosis's, not the disc's.
  CHECK(place_of("C5-6 disc protrusion and left foraminal stenosis.",
                 FindingKind::disc_herniation) == "-/-");
  CHECK(place_of("C5-6 disc protrusion and left foraminal stenosis.", FindingKind::stenosis) ==
        "foraminal/left");
  CHECK(place_of("Disc protrusion at C5-6 and left foraminal narrowing.",
                 FindingKind::disc_herniation) == "-/-");
  CHECK(place_of("C5-6 protrusion, and right foraminal narrowing.", FindingKind::disc_herniation) ==
        "-/-");
  CHECK(place_of("C5-6 disc osteophyte complex and mild-to-moderate left foraminal stenosis.",
                 FindingKind::disc_herniation) == "-/-");
  CHECK(place_of("L4-5 protrusion and the left foramen is narrowed.",
                 FindingKind::disc_herniation) == "-/-");
  // A location after "and" or a comma that leads no finding stays the disc's.
  CHECK(place_of("C5-6 disc protrusion, central and left paracentral.",
                 FindingKind::disc_herniation) == "central/-");
  CHECK(place_of("C5-6 disc protrusion, left foraminal.", FindingKind::disc_herniation) ==
        "foraminal/-");
  CHECK(place_of("L4-5 disc herniation, left foraminal and extraforaminal.",
                 FindingKind::disc_herniation) == "foraminal/-");
  CHECK(place_of("L4-5 extrusion, left subarticular and foraminal.",
                 FindingKind::disc_herniation) == "lateral-recess/-");
  // The disc's own place ends at the comma; the stenosis after "with" has its grade.
  CHECK(place_of("L4-5 protrusion, left foraminal, with mild stenosis.",
                 FindingKind::disc_herniation) == "foraminal/-");
  // A place written before the disc is not touched.
  CHECK(place_of("L4-5: right foraminal protrusion and left foraminal stenosis.",
                 FindingKind::disc_herniation) == "foraminal/right");
}

TEST_CASE("s49: two causes joined by 'and' before ', versus' are stated alike") {
  check_lines(
      {
          Case{"Left arm pain from C5-6 foraminal stenosis and disc protrusion, versus referred "
               "shoulder pain.",
               {"stenosis C5-C6", "disc-herniation C5-C6"}},
          Case{"Left arm pain from moderate C5-6 foraminal stenosis and a disc protrusion, versus "
               "referred shoulder pain.",
               {"stenosis C5-C6", "disc-herniation C5-C6"}},
          Case{"Left leg pain due to L4-5 stenosis and L5-S1 extrusion, vs hip arthritis.",
               {"stenosis L4-L5", "disc-herniation L5-S1"}},
          Case{"Left L5 radiculopathy from L4-5 stenosis and an L4-5 extrusion, versus peripheral "
               "neuropathy.",
               {"radiculopathy uncertain", "stenosis L4-L5", "disc-herniation L4-L5"}},
          // One cause, as session 48 read it.
          Case{"Left arm pain from the C5-6 protrusion, versus referred pain.",
               {"disc-herniation C5-C6"}},
          // No cause connector opens the join: the finding before the comma
          // is the one weighed, as before.
          Case{"C5-6 foraminal stenosis and disc protrusion, versus referred shoulder pain.",
               {"stenosis C5-C6", "disc-herniation C5-C6 uncertain"}},
          // An alternative that is a finding is hedged alone.
          Case{"Left arm pain from C5-6 foraminal stenosis and disc protrusion, versus a "
               "superimposed extrusion.",
               {"stenosis C5-C6", "disc-herniation C5-C6", "disc-herniation C5-C6 uncertain"}},
      },
      false);
  // The effect an imaging finding: the causes are what is weighed, both alike.
  check_lines({Case{"Severe canal stenosis at L3-4 from a disc extrusion and a protrusion, versus "
                    "epidural lipomatosis.",
                    // Both doubted, they are one finding at their level.
                    {"stenosis L3-L4", "disc-herniation L3-L4 uncertain"}}},
              false);
}
