// Orders and records as session 37's outside case writers sent them (AdvancedMD
// pick-lists, a HealthShare HIE, European and Canadian hospitals): an unticked
// pick-list item is not ordered, a verdict written after a fusion denies it, an
// operation set aside "instead of" another is not ordered, a fusion dated by a
// year in an order's note is an earlier one, a dated operation gives no level
// to the finding it dates, and Latin-1 entities are read as letters. Each
// case is a wording of the class written fresh (not taken from the cases).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "support/finding_lines.h"
#include "support/order_fixtures.h"
#include "terminology/order_reader.h"
#include "terminology/text_sources.h"

using namespace spinecds::terminology;
using Field = spinecds::test::OrderField;
using Case = spinecds::test::OrderCase;
using spinecds::test::check_lines;
using spinecds::test::check_order;
using spinecds::test::fused_levels;
using spinecds::test::read_order;
using LinesCase = spinecds::test::LinesCase;

TEST_CASE("s37: an unticked pick-list item is not part of the order") {
  const Case cases[] = {
      {"22633", Field::detail, "Levels: [ ] L3-4  [x] L4-5  [x] L5-S1", {"L4-L5", "L5-S1"}},
      {"22612", Field::detail, "Levels: [X] L3-4 [ ] L4-5", {"L3-L4"}},
      {"22551", Field::detail, "Levels: [ ] C4-5  [x] C5-6  [ ] C6-7", {"C5-C6"}},
  };
  for (const auto& c : cases) check_order(c);
  const auto o =
      read_order({"", Field::code_text, "TLIF L4-5 with pedicle screws. Add: [ ] S2AI screws", {}});
  CHECK(fused_levels(o) == "L4-L5");
  CHECK_FALSE(o.requested.pelvis);
}

TEST_CASE("s37: a fusion denied after it, or set aside for another operation, is not ordered") {
  for (const char* text : {"L3-4 laminectomy; lumbar fusion is not indicated at this time",
                           "Microdiscectomy L5-S1. Fusion not recommended.",
                           "Cervical disc arthroplasty C5-6, chosen instead of ACDF",
                           "C6-7 total disc replacement in lieu of fusion"}) {
    CAPTURE(text);
    CHECK(read_order({"", Field::code_text, text, {}}).region == FusionRegion::none);
  }
}

TEST_CASE("s37: a fusion dated by a year in an order's note is the earlier one") {
  const Case cases[] = {
      {"22633", Field::note, "TLIF L4-5. L5-S1 fusion 2012, doing well.", {"L4-L5"}},
      {"22551", Field::note, "ACDF C4-C5 (2010) at an outside hospital; now C5-6 ACDF", {"C5-C6"}},
      {"22551",
       Field::note,
       "Anterior fusion C6-7 in 2019. Adjacent C5-6 ACDF planned.",
       {"C5-C6"}},
  };
  for (const auto& c : cases) check_order(c);
}

TEST_CASE("s37: an operation that dates a finding gives it no level") {
  check_lines({
      LinesCase{"Adjacent level disease at L2-3, ten years after the index fusion.",
                {"prior-fusion"}},
      LinesCase{"New foraminal stenosis at C4-5 since her ACDF.",
                {"prior-fusion", "stenosis C4-C5"}},
      // Its own level, beside it, stays.
      LinesCase{"Stenosis at L2-3 since her L3-5 fusion.",
                {"prior-fusion L3-L4,L4-L5", "stenosis L2-L3"}},
  });
}

TEST_CASE("s37: Latin-1 letter entities in HTML are read as the letters") {
  CHECK(html_to_text("<p>Befund: Bandscheibenvorfall HWK 6/7, &Uuml;berweisung</p>") ==
        "Befund: Bandscheibenvorfall HWK 6/7, \xC3\x9C"
        "berweisung");
  CHECK(html_to_text("<p>Kn&ouml;chern &eacute;troit</p>") ==
        "Kn\xC3\xB6"
        "chern \xC3\xA9"
        "troit");
}
