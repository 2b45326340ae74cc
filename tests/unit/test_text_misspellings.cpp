// Misspelt finding words in dictated and typed reports
// (tests/data/eval/lumbar-sentences-tune-s21.json, session 21): one letter
// added, dropped, changed or swapped in a long finding word still names the
// finding; real words one letter from a finding word are left alone.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "terminology/text/word_classes.h"
#include "terminology/text_findings.h"

using spinecds::terminology::extract_findings;
using spinecds::terminology::respelling;

namespace {

std::vector<std::string> kinds(const char* text) {
  std::vector<std::string> out;
  for (const auto& f : extract_findings(text)) {
    std::string line = std::string(spinecds::terminology::to_string(f.kind));
    for (const auto& s : f.segments) line += " " + std::string(spinecds::terminology::to_string(s));
    if (f.severity) line += " " + std::string(spinecds::terminology::to_string(*f.severity));
    out.push_back(line);
  }
  std::sort(out.begin(), out.end());
  return out;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("a finding word one letter off still names the finding") {
  CHECK(kinds("Moderate foramenal stenossis at L4-5 on the left.") ==
        Lines{"stenosis L4-L5 moderate"});
  CHECK(kinds("Severe canal stenois at L3-4.") == Lines{"stenosis L3-L4 severe"});  // dropped
  CHECK(kinds("Grade 1 anterolisthesus of L4 on L5.") == Lines{"spondylolisthesis L4-L5"});
  CHECK(kinds("Bilateral neurogenic claudicaton.") == Lines{"neurogenic-claudication"});
  CHECK(kinds("Small disc herniaton at L5-S1.") == Lines{"disc-herniation L5-S1"});
  CHECK(kinds("Mild facet arthorpathy at L4-5.") ==
        Lines{"facet-arthropathy L4-L5 mild"});  // swapped
}

TEST_CASE("'sever' typed for 'severe' grades a finding written after its levels") {
  // (lumbar-sentences-tune-s26sc.json: "Known sever L3-4 and L4-5 stenosis")
  CHECK(kinds("Known sever L3-4 and L4-5 stenosis.") == Lines{"stenosis L3-L4 L4-L5 severe"});
  CHECK(kinds("SEVER L5-S1 FORAMINAL NARROWING ON THE LEFT.") == Lines{"stenosis L5-S1 severe"});
  CHECK(kinds("History of sever L2/3, L3/4 canal stenosis.") ==
        Lines{"stenosis L2-L3 L3-L4 severe"});
}

TEST_CASE("words one letter from a finding word are not misspellings of it") {
  // Short words, edits in the first two letters or the last, and real words.
  CHECK(respelling("worst").empty());      // wrist
  CHECK(respelling("setting").empty());    // sitting
  CHECK(respelling("stopping").empty());   // shopping
  CHECK(respelling("arthritic").empty());  // arthritis
  CHECK(respelling("bulges").empty());
  CHECK(respelling("inserted").empty());  // inverted
  CHECK(respelling("sciatic").empty());   // sciatica
  CHECK(kinds("The sciatic notch is unremarkable.").empty());
}
