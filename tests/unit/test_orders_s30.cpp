// Fusion orders as EHRs write them (session 30): which levels a lumbar or
// cervical fusion order fuses when a decompression, a hardware removal or an
// earlier fusion shares its text, and the order builders' notations of
// levels, counts and approaches. Where DESIGN and the case README say
// nothing, the reading is a spine surgeon's, said in the case's comment.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "support/finding_lines.h"
#include "support/order_fixtures.h"
#include "terminology/order_reader.h"

using namespace spinecds::terminology;
using Field = spinecds::test::OrderField;
using Case = spinecds::test::OrderCase;
using spinecds::test::check_order;
using spinecds::test::fused_levels;
using spinecds::test::local_order;
using spinecds::test::parse_json;
using spinecds::test::read_order;

TEST_CASE("s30 class 1: a decompression's levels listed before a fusion's own levels") {
  // "decomp L2-3, L3-4 fusion": the comma ends the decompression's clause and
  // the level written right before the fusion word is the fusion's.
  const Case cases[] = {
      {"", Field::code_text, "decomp L2-3, L3-4 fusion", {"L3-L4"}},
      {"", Field::code_text, "Lami L3-4, L4-5 TLIF w/ cage", {"L4-L5"}},
      {"22612", Field::detail, "microdecompression L5-S1, L4-5 posterolateral fusion", {"L4-L5"}},
      {"22612", Field::note, "DECOMPRESSION L2-L3, L3-L4 INSTRUMENTED FUSION", {"L3-L4"}},
      {"22600", Field::detail, "Foraminotomy C4-5, C5-6 lateral mass fusion", {"C5-C6"}},
      // The other way round: the fusion first, then a decompression's level.
      {"22633", Field::detail, "TLIF L4-5, L3-4 laminectomy", {"L4-L5"}},
      // A longer decompression list: only the level beside the fusion word is
      // the fusion's (the list runs on the decompression that opened it).
      {"22612", Field::detail, "laminectomy L2-3, L3-4, L4-5 pedicle screw fusion", {"L4-L5"}},
      // Unchanged: a list with one procedure, or procedures joined by "and".
      {"22612", Field::detail, "L3-4, L4-5 fusion", {"L3-L4", "L4-L5"}},
      {"22612", Field::detail, "decompression and fusion L3-4, L4-5", {"L3-L4", "L4-L5"}},
      {"22612", Field::detail, "L1-2 laminotomy, L2-3, L3-4 fusion", {"L2-L3", "L3-L4"}},
  };
  for (const auto& c : cases) check_order(c);
}

TEST_CASE("s30 class 2: hardware taken out beside a new fusion is another procedure") {
  const Case cases[] = {
      {"", Field::code_text, "Removal of L4-S1 hardware, L3-4 TLIF", {"L3-L4"}},
      {"22633", Field::detail, "Removal of L4-S1 hardware, L3-4 TLIF", {"L3-L4"}},
      {"", Field::code_text, "Explant L4-5 instrumentation, L3-4 XLIF", {"L3-L4"}},
      {"", Field::code_text, "Remove L5-S1 screws/rods; L4-5 TLIF", {"L4-L5"}},
      {"22612", Field::detail, "Hardware removal L4-S1 and L3-4 fusion", {"L3-L4"}},
      {"",
       Field::code_text,
       "Exploration of fusion L4-5 with removal of hardware, L3-4 TLIF",
       {"L3-L4"}},
      {"", Field::code_text, "Removal of C5-6 plate, C4-5 ACDF", {"C4-C5"}},
      // "ROH": removal of hardware, order builders' shorthand.
      {"", Field::code_text, "ROH L4-S1, L3-4 TLIF", {"L3-L4"}},
  };
  for (const auto& c : cases) check_order(c);
}

TEST_CASE("s30 class 3: earlier fusions named in the order never enter it") {
  const Case cases[] = {
      {"", Field::code_text, "Lumbar fusion L4-5; prior fusion L5-S1 and L3-4", {"L4-L5"}},
      {"22612", Field::detail, "Lumbar fusion L4-5; prior fusion L5-S1 and L3-4", {"L4-L5"}},
      {"22612", Field::note, "Fusion L2-3. Previous fusions L3-4, L4-5", {"L2-L3"}},
      {"", Field::code_text, "TLIF L3-4 (old fusion L4-S1)", {"L3-L4"}},
      {"22551", Field::detail, "ACDF C4-5; s/p ACDF C5-6, C6-7", {"C4-C5"}},
      {"22612", Field::detail, "PSF L2-3, prior instrumented fusion L3-L5", {"L2-L3"}},
      {"", Field::code_text, "L4-5 fusion, history of L5-S1 fusion", {"L4-L5"}},
  };
  for (const auto& c : cases) check_order(c);
}

TEST_CASE("s30 class 4: a fusion only planned for is no order for a fusion") {
  // A pre-operative clearance, an anaesthesia consult or a pre-op visit
  // names the fusion it prepares; the order is for that service.
  for (const char* text :
       {"Pre-op clearance for L4-5 fusion", "Preoperative medical clearance - L4-S1 fusion",
        "PREOP EVAL FOR ACDF C5-6", "Pre-op H&P prior to TLIF L4-5",
        "Cardiology clearance before C5-C7 ACDF"}) {
    const std::string shown = text;
    CAPTURE(shown);
    CHECK(read_fusion_order(parse_json(local_order(text))).region == FusionRegion::none);
  }
}

TEST_CASE("s30 class 4: a fusion cleared for, put off or rescheduled in a note is not done") {
  // The README's reading of an operation to come: `prior-fusion` planned
  // (scored uncertain), never an earlier fusion the record holds.
  using spinecds::test::only;
  for (const char* text :
       {"Pre-op clearance for L4-5 fusion.",
        "Seen today for preoperative medical clearance prior to C5-C6 ACDF.",
        "Cardiology clearance obtained for L4-S1 TLIF.",
        "Anesthesia pre-op visit before L5-S1 ALIF.",
        "Preoperative evaluation prior to L4-S1 fusion.",
        "L4-5 TLIF postponed until her A1c is below 8.",
        "Fusion scheduled for 11/2026, then postponed due to cardiac workup.",
        "Her C5-7 ACDF has been rescheduled to January.", "L4-5 fusion scheduled for November."}) {
    const auto f = only(text, FindingKind::prior_fusion);
    CAPTURE(text);
    CHECK(f.hypothetical);
    CHECK_FALSE(f.historical);
    CHECK_FALSE(f.negated);
  }
  // "Prior to" alone keeps its past: the therapy came before a fusion done.
  const auto done =
      only("She had 12 weeks of PT prior to her 2019 L4-5 fusion.", FindingKind::prior_fusion);
  CHECK_FALSE(done.hypothetical);
  CHECK(done.historical);
}

TEST_CASE("s30 class 5: cervical orders as written") {
  const Case cases[] = {
      {"", Field::code_text, "ACDF C5-7", {"C5-C6", "C6-C7"}},
      {"", Field::code_text, "C4-C6 ACDF w/ plate", {"C4-C5", "C5-C6"}},
      {"",
       Field::code_text,
       "anterior cervical discectomy and fusion, 2 levels (C5/6, C6/7)",
       {"C5-C6", "C6-C7"}},
      {"",
       Field::code_text,
       "PCF C3-C7 with lateral mass screws",
       {"C3-C4", "C4-C5", "C5-C6", "C6-C7"}},
      {"", Field::code_text, "C5 corpectomy with fusion C4-C6", {"C4-C5", "C5-C6"}},
      {"", Field::code_text, "revision ACDF C4-5 above prior C5-7", {"C4-C5"}},
      // Fresh notations.
      {"22551", Field::detail, "ACDF C4-7 (3 levels) w/ PEEK + plate", {"C4-C5", "C5-C6", "C6-C7"}},
      {"", Field::code_text, "C5-C7 anterior discectomy & fusion", {"C5-C6", "C6-C7"}},
      {"", Field::code_text, "ACDF x2 (C4/5, C5/6)", {"C4-C5", "C5-C6"}},
      {"22600",
       Field::note,
       "Posterior cervical fusion C4 to C7 with lateral mass screws",
       {"C4-C5", "C5-C6", "C6-C7"}},
      // A corpectomy takes out the vertebral body: both discs beside it are fused.
      {"63081", Field::detail, "C6 corpectomy with strut graft and plate", {"C5-C6", "C6-C7"}},
      {"", Field::code_text, "C6 corpectomy, fusion C5-7", {"C5-C6", "C6-C7"}},
      {"22551", Field::detail, "Single level ACDF C5-6 adjacent to prior C6-7 fusion", {"C5-C6"}},
      {"22551", Field::detail, "Revision ACDF C3-4 above solid C4-C6 fusion", {"C3-C4"}},
  };
  for (const auto& c : cases) check_order(c);
}

TEST_CASE("s30 class 5: a hybrid construct fuses only its ACDF levels") {
  for (const auto& [text, levels] : std::vector<std::pair<std::string, std::string>>{
           {"arthroplasty C5-6, ACDF C6-7", "C6-C7"},
           {"C4-5 TDR and C5-6 ACDF", "C5-C6"},
           {"Hybrid: C5-6 disc replacement, C6-7 ACDF", "C6-C7"},
           {"ACDF C4-5 + cervical disc arthroplasty C5-6", "C4-C5"},
       }) {
    CAPTURE(text);
    const auto o = read_order({"", Field::code_text, text.c_str(), {}});
    CHECK(o.region == FusionRegion::cervical);
    CHECK(o.arthroplasty);
    CHECK(fused_levels(o) == levels);
  }
}

TEST_CASE("s30 class 6: lumbar orders as other EHRs write them") {
  const Case cases[] = {
      {"", Field::code_text, "TLIF L4/5 + L5/S1", {"L4-L5", "L5-S1"}},
      {"",
       Field::code_text,
       "XLIF L3-4 & L4-5 with posterior percutaneous fixation",
       {"L3-L4", "L4-L5"}},
      {"", Field::code_text, "L4 to S1 fusion (2 levels)", {"L4-L5", "L5-S1"}},
      {"", Field::code_text, "redo fusion L3-4 (adjacent to L4-S1)", {"L3-L4"}},
      // A contingent extension: DESIGN and the case README are silent. A
      // surgeon asks authorisation for the level an extension may reach (a
      // level fused without it is unpaid), so the order's levels include it
      // and its per-level card judges it before the order is signed.
      {"", Field::code_text, "fusion L5-S1, possible extension to L4-5", {"L4-L5", "L5-S1"}},
      {"22612", Field::detail, "L4-5 PSF, may extend to L3-4 if needed", {"L3-L4", "L4-L5"}},
      // Fresh notations.
      {"", Field::code_text, "OLIF L2-3, L3-4 + PSF L2-4", {"L2-L3", "L3-L4"}},
      {"22630", Field::detail, "PLIF L4/L5 & L5/S1 w/ pedicle screws", {"L4-L5", "L5-S1"}},
      {"",
       Field::code_text,
       "L3 thru S1 posterolateral fusion (3 levels)",
       {"L3-L4", "L4-L5", "L5-S1"}},
      {"22612",
       Field::detail,
       "Revision/extension of fusion to L2-3 (adjacent to L3-S1)",
       {"L2-L3"}},
      {"", Field::code_text, "ALIF L5-S1 w/ posterior perc screws", {"L5-S1"}},
  };
  for (const auto& c : cases) check_order(c);
}

TEST_CASE("s30 class 6: iliac fixation written in the order is pelvic fixation") {
  for (const char* text : {"PLF L3-S1 w/ iliac screws", "PSF L4-S1 + S2AI bilateral",
                           "posterolateral fusion L3 to sacrum with iliac bolts"}) {
    const std::string shown = text;
    CAPTURE(shown);
    const auto o = read_order({"", Field::code_text, text, {}});
    CHECK(o.region == FusionRegion::lumbar);
    CHECK(o.requested.pelvis);
  }
  const auto o = read_order({"", Field::code_text, "PLF L3-S1 w/ iliac screws", {}});
  CHECK(fused_levels(o) == "L3-L4 L4-L5 L5-S1");
}

TEST_CASE("s36: screws name the fused levels; history shorthand names old ones") {
  const Case cases[] = {
      // The screws span the construct; the decompression after them has its own levels.
      {"22600",
       Field::detail,
       "LEVELS: C4-C7 LATERAL MASS SCREWS, LAMINECTOMY C4-C6",
       {"C4-C5", "C5-C6", "C6-C7"}},
      {"22612", Field::detail, "L4-S1 pedicle screws and rods", {"L4-L5", "L5-S1"}},
      {"", Field::code_text, "Posterior C3-C5 screws and rods", {"C3-C4", "C4-C5"}},
      // "Hx", "h/o" and "PSH" are history, as "history of" is.
      {"22633", Field::note, "Hx L3-4 fusion 2015, L4-5 TLIF", {"L4-L5"}},
      {"22633", Field::note, "h/o L5-S1 PLF; L4-5 TLIF", {"L4-L5"}},
      {"22551", Field::note, "PSH C6-7 ACDF, C5-6 ACDF", {"C5-C6"}},
  };
  for (const auto& c : cases) check_order(c);
}
