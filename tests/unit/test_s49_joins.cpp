// The text engine on joins diagnosed in session 49: a location after a
// finding that crosses "and" into the next finding's phrase. Each case is a
// wording of the class written fresh (not taken from any evaluation file or
// case).
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <string_view>

#include "support/finding_lines.h"

using spinecds::terminology::FindingKind;
using spinecds::test::only;

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
