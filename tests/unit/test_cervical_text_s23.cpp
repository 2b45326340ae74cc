// The text engine on the wordings unseen cervical text failed on (session 23,
// tests/data/eval/cervical-sentences-tune-s23.json and the s22 ConText file):
// each case is a class of wording, not one sentence of a file.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "support/finding_lines.h"
#include "support/terminology_fixtures.h"
#include "terminology/text_findings.h"

using namespace spinecds::terminology;
using spinecds::test::of_kind;
using spinecds::test::only;
using spinecds::test::segment_names;

namespace {

const std::vector<std::string> kC56 = {"C5-C6"};
const std::vector<std::string> kC67 = {"C6-C7"};

}  // namespace

TEST_CASE("a cord said to be flattened or remodeled with a word between is compressed") {
  for (const char* text :
       {"C5-6: Broad disc bulge. The cord is also flattened.", "C5-6: The cord is now compressed.",
        "At C5-6 the ventral cord is remodeled by a disc osteophyte complex.",
        "At C5-6 the cord is distorted."}) {
    const auto f = only(text, FindingKind::cord_compression);
    CAPTURE(text);
    CHECK_FALSE(f.negated);
    CHECK(segment_names(f.segments) == kC56);
  }
  // The thecal sac remodeled is not the cord.
  CHECK(of_kind("C5-6: The thecal sac is remodeled.", FindingKind::cord_compression).empty());
}

TEST_CASE("mass effect on one side of the cord is cord compression with its grade") {
  const auto f = only(
      "Right paracentral extrusion at C6-7 with mild mass effect on the right "
      "hemicord.",
      FindingKind::cord_compression);
  CHECK(segment_names(f.segments) == kC67);
  REQUIRE(f.severity);
  CHECK(*f.severity == Severity::mild);
}

TEST_CASE("a brisk reflex named by its muscle is a myelopathy sign") {
  for (const char* text : {"Brisk biceps reflexes bilaterally.", "The patellar reflexes are brisk.",
                           "No Hoffmann sign, but brisk triceps jerks bilaterally."}) {
    const auto f = only(text, FindingKind::myelopathy);
    CAPTURE(text);
    CHECK_FALSE(f.negated);
  }
}

TEST_CASE(
    "Spurling positive on one side after negative on the other is that side's radiculopathy") {
  for (const char* text : {"Spurling test negative on the left and positive on the right.",
                           "Spurling test is negative on the left, however it is positive on the "
                           "right."}) {
    const auto f = only(text, FindingKind::radiculopathy);
    CAPTURE(text);
    CHECK_FALSE(f.negated);
    CHECK(f.side == std::optional<std::string>("right"));
  }
  // A negative Spurling alone is a normal exam, no finding.
  CHECK(of_kind("Spurling test is negative.", FindingKind::radiculopathy).empty());
  // A side's result after another test is not Spurling's.
  CHECK(of_kind("Hoffmann negative on the left and positive on the right.",
                FindingKind::radiculopathy)
            .empty());
}

TEST_CASE("ordinal digits name their root") {
  for (const char* text : {"Paresthesias of the 4th and 5th digits of the right hand.",
                           "Numbness in the fifth finger on the right."}) {
    const auto f = only(text, FindingKind::radiculopathy);
    CAPTURE(text);
    CHECK(f.root == std::optional<std::string>("C8"));
    CHECK(f.side == std::optional<std::string>("right"));
  }
  CHECK(only("Tingling of the 1st and 2nd digits.", FindingKind::radiculopathy).root ==
        std::optional<std::string>("C6"));
  // The second finger is the index or the middle finger, as fingers are
  // counted: no root.
  CHECK_FALSE(only("Tingling of the second finger.", FindingKind::radiculopathy).root);
}

TEST_CASE("the root a herniation reaches past its level or a comma is its root") {
  for (const char* text :
       {"Left paracentral extrusion at C7-T1 impinging on the exiting left C8 nerve root.",
        "Herniated nucleus pulposus C7-T1 left, compressing the exiting left C8 nerve root."}) {
    const auto f = only(text, FindingKind::disc_herniation);
    CAPTURE(text);
    CHECK(f.root == std::optional<std::string>("C8"));
    CHECK(f.side == std::optional<std::string>("left"));
  }
  // A grade set off by commas stands between the stenosis and the root it reaches.
  const auto st = only(
      "MRI shows right C5-6 foraminal stenosis, severe, compressing the right C6 "
      "root.",
      FindingKind::stenosis);
  CHECK(st.root == std::optional<std::string>("C6"));
  CHECK(st.side == std::optional<std::string>("right"));
  // A radiculopathy named after a comma is no root the stenosis reaches.
  CHECK_FALSE(
      only("Severe stenosis at C4-5, with left C5 radiculopathy.", FindingKind::stenosis).root);
}

TEST_CASE("disc material said to leave the disc is a herniation") {
  const auto f = only("C3-4: Disc material extends into the left lateral recess.",
                      FindingKind::disc_herniation);
  CHECK_FALSE(f.negated);
  CHECK(segment_names(f.segments) == std::vector<std::string>{"C3-C4"});
  // Disc material removed at surgery is none.
  CHECK(of_kind("Disc material was removed at C3-4.", FindingKind::disc_herniation).empty());
}

TEST_CASE("roots named with their territory further on in the sentence are the finding's") {
  const auto hits = of_kind(
      "Bilateral upper extremity radicular pain, left worse than right, in a "
      "C6 and C7 pattern.",
      FindingKind::radiculopathy);
  REQUIRE(hits.size() == 2);
  CHECK(hits[0].root == std::optional<std::string>("C6"));
  CHECK(hits[1].root == std::optional<std::string>("C7"));
  CHECK(hits[0].side == std::optional<std::string>("bilateral"));
  // A root without its territory that far away is not the finding's.
  CHECK_FALSE(only("Bilateral upper extremity radicular pain, left worse than right, seen by C6 "
                   "clinic.",
                   FindingKind::radiculopathy)
                  .root);
}
