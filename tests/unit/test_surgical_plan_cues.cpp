// A surgeon's booking and intent in a clinic note's plan is an operation to
// come (the plan block of context_cues.cpp, session 24): read as done it
// would become an earlier fusion of the very levels the order asks for.
#include <doctest/doctest.h>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using namespace spinecds::terminology;
using spinecds::test::only;

TEST_CASE("booking, intent and a condition to be met first make the fusion planned") {
  for (const char* text : {"She wishes to proceed; booking C5-6 ACDF.", "Booking C6-7 ACDF.",
                           "I will perform a C5-6 ACDF.", "Consented for C5-6 ACDF.",
                           "C5-C7 ACDF with plate once she is nicotine-free."}) {
    CAPTURE(text);
    CHECK(only(text, FindingKind::prior_fusion).hypothetical);
  }
  // A fusion done stays done.
  CHECK_FALSE(only("Status post C5-6 ACDF in 2021.", FindingKind::prior_fusion).hypothetical);
}
