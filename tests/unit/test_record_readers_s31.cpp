// Record readers on session 31's records: evidence from code-only resources
// says what the resource is.
#include <doctest/doctest.h>

#include <string>

#include "support/record_fixtures.h"
#include "terminology/record_facts.h"

using namespace spinecds;
using spinecds::test::facts_of;

TEST_CASE("a code-only therapy or injection procedure is quoted by its code") {
  const auto facts = facts_of(R"([
    {"resourceType":"Procedure","id":"pt1","status":"completed","performedDateTime":"2026-07-13",
     "code":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"97162"}]}},
    {"resourceType":"Procedure","id":"pt2","status":"completed","performedDateTime":"2026-07-20",
     "code":{"coding":[{"system":"urn:oid:2.16.840.1.113883.6.12","code":"97110"}]}},
    {"resourceType":"Procedure","id":"inj","status":"completed","performedDateTime":"2026-08-02",
     "code":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"62323"}]}}])");
  REQUIRE(facts.therapy.size() == 2);
  CHECK(facts.therapy[0].quote.text == "CPT 97162");
  CHECK(facts.therapy[1].quote.text == "CPT 97110");
  REQUIRE(facts.injections.size() == 1);
  CHECK(facts.injections[0].text == "CPT 62323");
}

TEST_CASE("a code's display or text still wins over its code") {
  const auto facts = facts_of(R"([
    {"resourceType":"Procedure","id":"pt1","status":"completed","performedDateTime":"2026-07-13",
     "code":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"97110",
                        "display":"Therapeutic exercise"}]}},
    {"resourceType":"Procedure","id":"pt2","status":"completed","performedDateTime":"2026-07-20",
     "code":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"97110"}],
             "text":"PT visit - lumbar"}}])");
  REQUIRE(facts.therapy.size() == 2);
  CHECK(facts.therapy[0].quote.text == "Therapeutic exercise");
  CHECK(facts.therapy[1].quote.text == "PT visit - lumbar");
}
