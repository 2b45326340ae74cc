// Levels in fusion orders' texts as surgeons and EHR order builders write
// them: a level beside the procedure phrase of a fusion order, whatever
// decompression, instrumentation or approach words share that phrase, is a
// fusion level; a level the text names as something else (an old fusion) is not.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "support/order_fixtures.h"
#include "terminology/order_reader.h"

using namespace spinecds::terminology;
using Field = spinecds::test::OrderField;
using Case = spinecds::test::OrderCase;
using spinecds::test::check_order;

TEST_CASE("cervical: a level beside a decompression joined to a fusion phrase is fused") {
  const Case cases[] = {
      {"22600", Field::detail, "C4-C5 laminectomy and lateral mass screw fusion", {"C4-C5"}},
      {"22600", Field::detail, "C4-C5 laminectomy and fusion", {"C4-C5"}},
      {"22600", Field::detail, "C4-C5 lateral mass screw fusion", {"C4-C5"}},
      {"22600",
       Field::code_text,
       "Posterior cervical laminectomy C3-C6 with lateral mass screws and rods, fusion",
       {"C3-C4", "C4-C5", "C5-C6"}},
      {"22600",
       Field::note,
       "C5-6 foraminotomy with lateral mass screw and rod fixation and fusion",
       {"C5-C6"}},
      {"22600",
       Field::detail,
       "LAMINECTOMY C4-C6 W/ LATERAL MASS SCREW FUSION",
       {"C4-C5", "C5-C6"}},
      {"22600",
       Field::detail,
       "C3-4, C4-5 laminectomy, foraminotomy, and posterior instrumented fusion",
       {"C3-C4", "C4-C5"}},
      {"22551", Field::detail, "C5-6 discectomy plus interbody cage and plate", {"C5-C6"}},
      {"22551", Field::note, "C6-7 corpectomy w/ expandable cage and anterior plate", {"C6-C7"}},
      {"", Field::code_text, "C4-C5 laminectomy and lateral mass screw fusion", {"C4-C5"}},
  };
  for (const auto& c : cases) check_order(c);
}

TEST_CASE("lumbar: a level beside a decompression joined to a fusion phrase is fused") {
  const Case cases[] = {
      {"22612", Field::detail, "L4-5 laminectomy and cortical screw fusion", {"L4-L5"}},
      {"22612", Field::detail, "L4-L5 laminectomy w/ fusion", {"L4-L5"}},
      {"22633", Field::detail, "L4-5 facetectomy, discectomy & TLIF with cage", {"L4-L5"}},
      {"22630",
       Field::note,
       "L3-4 and L4-5 laminotomy with pedicle screws, rods, and posterolateral fusion",
       {"L3-L4", "L4-L5"}},
      {"22558", Field::detail, "L5-S1 discectomy plus ALIF with interbody device", {"L5-S1"}},
      {"22612",
       Field::code_text,
       "Lumbar decompression L4-S1 and fusion with pedicle screws and rods x2 levels",
       {"L4-L5", "L5-S1"}},
      {"22612", Field::detail, "L5-S1 laminectomy and fusion with S2AI screws", {"L5-S1"}},
      {"22612",
       Field::detail,
       "L4-5 decompression with rods and screws and posterolateral arthrodesis",
       {"L4-L5"}},
      {"",
       Field::code_text,
       "L4-5 laminectomy and cortical bone trajectory screw fusion",
       {"L4-L5"}},
  };
  for (const auto& c : cases) check_order(c);
}

TEST_CASE("order builders' wording: abbreviations, repeated levels, labels and counts") {
  const Case cases[] = {
      // MEDITECH / eCW shorthand.
      {"22612", Field::detail, "PROC: LUMBAR LAMI/FUSION L4-5", {"L4-L5"}},
      {"22612", Field::detail, "Lami L3-L5 + PSF L4-L5", {"L4-L5"}},
      {"22612", Field::note, "L2-3 decomp, L3-4 TLIF w/ cage", {"L3-L4"}},
      {"22600",
       Field::detail,
       "Posterior cervical fusion C3-C7 with laminectomy C4-C6",
       {"C3-C4", "C4-C5", "C5-C6", "C6-C7"}},
      {"22600",
       Field::note,
       "Laminectomy/foraminotomy C5-C6, C6-C7 with lateral mass instrumentation",
       {"C5-C6", "C6-C7"}},
      {"22600",
       Field::note,
       "Plan: bilateral C5-6 foraminotomies + C5-6 PCF w/ lateral mass screws",
       {"C5-C6"}},
      {"22612",
       Field::detail,
       "L4-L5 decompressive laminectomy and instrumented posterolateral arthrodesis with autograft",
       {"L4-L5"}},
      {"22612",
       Field::detail,
       "L3-L4, L4-L5 decompression plus posterolateral instrumented fusion with S2AI",
       {"L3-L4", "L4-L5"}},
      {"22612",
       Field::code_text,
       "Lumbar decompression and fusion, 2 levels, L4-S1",
       {"L4-L5", "L5-S1"}},
      {"22612", Field::note, "Procedure: lumbar laminectomy with fusion. Levels: L4-L5", {"L4-L5"}},
      {"22551",
       Field::detail,
       "ACDF C5-6 and C6-7 (2 levels) with PEEK cage and plate",
       {"C5-C6", "C6-C7"}},
  };
  for (const auto& c : cases) check_order(c);
}

TEST_CASE("levels named as something else keep the existing rules") {
  const Case cases[] = {
      // A decompression of its own, set off by a comma, at other levels.
      {"22612", Field::detail, "Decompression L3-L5, instrumented fusion L4-5", {"L4-L5"}},
      {"22612", Field::detail, "L4-5 TLIF with decompression L3-4", {"L4-L5"}},
      {"22612", Field::detail, "L3-4 laminectomy; L4-5 pedicle screw fusion", {"L4-L5"}},
      // A fusion with levels of its own does not take the decompression's.
      {"22612", Field::detail, "L2-3 laminectomy and fusion L4-S1", {"L4-L5", "L5-S1"}},
      {"22600", Field::detail, "C3-4 foraminotomy and lateral mass screw fusion C5-C6", {"C5-C6"}},
      // A past fusion beside the ordered one.
      {"22551", Field::detail, "C4-5 ACDF above prior C5-6 fusion", {"C4-C5"}},
      {"22551", Field::detail, "C4-5 ACDF above the C5-6 fusion", {"C4-C5"}},
      {"22600",
       Field::detail,
       "C3-4 laminectomy and lateral mass fusion above the C4-C6 fusion",
       {"C3-C4"}},
      {"22633",
       Field::note,
       "L3-4 TLIF for adjacent segment disease below his T10-L2 fusion",
       {"L3-L4"}},
      {"22612",
       Field::detail,
       "Removal of L4-5 pedicle screws and rods and extension of fusion to L3-4",
       {"L3-L4"}},
  };
  for (const auto& c : cases) check_order(c);
}
