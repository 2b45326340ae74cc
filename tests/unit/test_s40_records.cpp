// Orders and records as session 40's outside case writers sent them (an
// Australian hospital on TrakCare, US records through a health information
// exchange, an NHS trust, small US practices on check-box templates): a
// sacroiliac joint fusion is no spinal fusion, a fusion that "may be needed"
// is not ordered, a template's unanswered tobacco boxes say nothing, and work
// restricted by the symptoms is a functional limitation. Each case is a
// wording of the class written fresh (not taken from the cases).
#include <doctest/doctest.h>

#include <string>

#include "support/order_fixtures.h"
#include "support/record_fixtures.h"
#include "terminology/order_reader.h"
#include "terminology/record_facts.h"

using namespace spinecds::terminology;
using Field = spinecds::test::OrderField;
using spinecds::test::read_order;

TEST_CASE("s40: a sacroiliac joint fusion fuses no spinal motion segment") {
  for (const char* text :
       {"RIGHT SACROILIAC JOINT FUSION, MINIMALLY INVASIVE", "SI joint fusion, left",
        "Arthrodesis, sacroiliac joint, percutaneous, with image guidance",
        "Fusion of the left SI joint with three implants into S1 and S2"}) {
    const std::string shown = text;  // CAPTURE keeps a reference: no temporary
    CAPTURE(shown);
    CHECK(read_order({"", Field::code_text, text, {}}).region == FusionRegion::none);
  }
  // A lumbar fusion beside it is still one.
  CHECK(read_order({"", Field::code_text, "L5-S1 TLIF; SI joint fusion deferred", {}}).region ==
        FusionRegion::lumbar);
}

TEST_CASE("s40: a fusion that may be needed later is not the operation ordered") {
  const auto o = read_order({"",
                             Field::note,
                             "L4/5 total disc replacement. A fusion may be needed in future if "
                             "the prosthesis fails.",
                             {}});
  CHECK(o.region == FusionRegion::none);
}

TEST_CASE("s40: tobacco boxes none of which is ticked say nothing; a ticked one still speaks") {
  using spinecds::test::facts_of;
  using spinecds::test::note_document;
  const auto unanswered =
      facts_of("[" +
               note_document("n1", "2026-11-02",
                             "SOCIAL HX:\n Tobacco: [ ] Never [ ] Former [ ] Current every day\n"
                             " Vaping / e-cig: [ ] Yes [ ] No\n Alcohol: [X] Yes - weekends") +
               "]");
  CHECK(unanswered.smoking.empty());
  const auto answered =
      facts_of("[" + note_document("n2", "2026-11-02", "Vaping / e-cig: [X] Yes [ ] No") + "]");
  REQUIRE(answered.smoking.size() == 1);
  CHECK(answered.smoking[0].status == SmokingStatus::current);
}

TEST_CASE("s40: work restricted by the symptoms is a stated functional limitation") {
  using spinecds::test::facts_of;
  using spinecds::test::note_document;
  for (const char* text : {"Cannot do overhead work; on light duty since September.",
                           "Off work for 3 weeks because of the arm pain.",
                           "Now on restricted duty; unable to lift more than 10 kg."}) {
    CAPTURE(text);
    CHECK_FALSE(
        facts_of("[" + note_document("n", "2026-10-20", text) + "]").adl_limitation.empty());
  }
  CHECK(
      facts_of("[" + note_document("n", "2026-10-20", "Works full duty without restriction.") + "]")
          .adl_limitation.empty());
}

TEST_CASE("s40: a negation before \"and cannot\" does not deny the limitation said there") {
  using spinecds::test::facts_of;
  using spinecds::test::note_document;
  for (const char* text :
       {"He has not gone back to his job and cannot walk more than two blocks.",
        "She did not attend the review and is unable to stand long enough to cook a meal."}) {
    const std::string shown = text;  // CAPTURE keeps a reference: no temporary
    CAPTURE(shown);
    CHECK_FALSE(
        facts_of("[" + note_document("n", "2026-10-20", text) + "]").adl_limitation.empty());
  }
}

TEST_CASE(
    "s40: a decompression's levels before an instrumented fusion with its own stay decompressed") {
  using spinecds::test::check_order;
  const spinecds::test::OrderCase cases[] = {
      {"",
       Field::code_text,
       "Lumbar laminectomy L2/3, L3/4 with instrumented posterolateral fusion L3/4",
       {"L3-L4"}},
      {"",
       Field::code_text,
       "Decompression L3-4 and L4-5 with pedicle screw fusion L4-5",
       {"L4-L5"}},
      // With no levels of its own, the fusion takes the decompression's.
      {"", Field::code_text, "L4-5 laminectomy with instrumented posterolateral fusion", {"L4-L5"}},
  };
  for (const auto& c : cases) check_order(c);
}
