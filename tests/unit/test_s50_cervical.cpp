// The text engine on the cervical classes of session 50: per-side foraminal
// grades with a noun in the cell, cord compression without an article, cord
// contact denied in template shorthand, a therapy count with "attended"
// after it, and "spinal stenosis" as the canal. Each case is a wording of the
// class written fresh (not taken from any evaluation file or case).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "support/finding_lines.h"

using spinecds::terminology::FindingKind;
using spinecds::test::check_lines;
using spinecds::test::Lines;
using Case = spinecds::test::LinesCase;

namespace {

// The stenoses of `text` as "segment [negated] severity side location"
// lines, sorted ("-" for a field not given).
Lines stenoses(std::string_view text) {
  Lines out;
  for (const auto& f : spinecds::test::of_kind(text, FindingKind::stenosis)) {
    std::string line = f.segments.empty() ? "-" : std::string(to_string(f.segments.front()));
    if (f.negated) line += " negated";
    line += " " + (f.severity ? std::string(to_string(*f.severity)) : std::string("-"));
    line += " " + f.side.value_or("-") + " " + f.location.value_or("-");
    out.push_back(line);
  }
  std::sort(out.begin(), out.end());
  return out;
}

void check_stenoses(std::string_view text, Lines want) {
  std::sort(want.begin(), want.end());
  const Lines got = stenoses(text);
  std::string shown = std::string(text) + "\n  got: ";
  for (const auto& l : got) shown += "[" + l + "] ";
  INFO(shown);
  CHECK(got == want);
}

}  // namespace

TEST_CASE("s50 cervical: a template line's foraminal cells with a noun between grade and side") {
  check_stenoses("C4-5: Foramina: moderate narrowing on the left, mild on the right.",
                 {"C4-C5 moderate left foraminal", "C4-C5 mild right foraminal"});
  check_stenoses("C6-7: Neural foramina: severe stenosis on the right; patent on the left.",
                 {"C6-C7 severe right foraminal", "C6-C7 negated - left foraminal"});
  check_stenoses("C3-4: Foramina: mild narrowing on the left and severe on the right.",
                 {"C3-C4 mild left foraminal", "C3-C4 severe right foraminal"});
  check_stenoses("C5-6: Foramina: mild right-sided narrowing, severe left-sided narrowing.",
                 {"C5-C6 mild right foraminal", "C5-C6 severe left foraminal"});
  check_stenoses("C6-7: Foramina: right moderate stenosis, left patent.",
                 {"C6-C7 moderate right foraminal", "C6-C7 negated - left foraminal"});
  // One cell with its noun keeps its side.
  check_stenoses("C4-5: Foramina: moderate narrowing on the right.",
                 {"C4-C5 moderate right foraminal"});
  // Unchanged: the cells without a noun, and the side before the grade.
  check_stenoses("C3-4: Foramina: moderate on the right, mild on the left.",
                 {"C3-C4 moderate right foraminal", "C3-C4 mild left foraminal"});
  check_stenoses("C6-7: Foramina: left severe, right mild.",
                 {"C6-C7 severe left foraminal", "C6-C7 mild right foraminal"});
  // A stenosis sentence that is no template line repeats its noun as before.
  check_stenoses("No foraminal narrowing on the left at C5-6; mild on the right.",
                 {"C5-C6 negated - left foraminal", "C5-C6 mild right foraminal"});
}

TEST_CASE("s50 cervical: cord compression said without an article") {
  check_lines({
      Case{"Broad disc osteophyte complex at C4-5 compressing cord.",
           {"cord-compression C4-C5", "disc-herniation C4-C5"}},
      Case{"Central protrusion at C3-4 indenting ventral cord.",
           {"cord-compression C3-C4", "disc-herniation C3-C4"}},
      Case{"C6-7 extrusion flattening left hemicord.",
           {"cord-compression C6-C7", "disc-herniation C6-C7"}},
      Case{"Posterior osteophyte at C5-6 with mild indentation of cord.",
           {"cord-compression C5-C6 mild"}},
      Case{"C4-5 protrusion effacing the thecal sac and the cord.",
           {"cord-compression C4-C5", "disc-herniation C4-C5"}},
      Case{"C4-5 protrusion deforming thecal sac and cord.",
           {"cord-compression C4-C5", "disc-herniation C4-C5"}},
      // Unchanged: the article written, the noun form, and a normal cord.
      Case{"Disc osteophyte complex at C6-7 compressing the cord.",
           {"cord-compression C6-C7", "disc-herniation C6-C7"}},
      Case{"C5-6 protrusion without compressing cord.",
           {"cord-compression C5-C6 negated", "disc-herniation C5-C6"}},
      Case{"Spinal cord compression at C4-5.", {"cord-compression C4-C5"}},
      Case{"C5-6: Cord: normal.", {}},
  });
}

TEST_CASE("s50 cervical: cord contact denied in template shorthand") {
  check_lines({
      Case{"C4-5: Cord: contacted, not flattened.", {"cord-compression C4-C5 negated"}},
      Case{"C6-7: Cord: abutted without deformity.", {"cord-compression C6-C7 negated"}},
      Case{"C3-4: Cord: touched, no compression.", {"cord-compression C3-C4 negated"}},
      Case{"C5-6: Cord: contact, no deformity.", {"cord-compression C5-C6 negated"}},
      // Unchanged: the "but not" form, and a compression affirmed.
      Case{"C5-6: Cord: abutted but not compressed.", {"cord-compression C5-C6 negated"}},
      Case{"C3-4: Cord: flattened.", {"cord-compression C3-C4"}},
      // Contact alone is neither.
      Case{"C4-5: Cord: contacted.", {}},
  });
}

TEST_CASE("s50 cervical: a therapy count with its attendance written after it") {
  using spinecds::test::one_therapy;
  const auto after = one_therapy("Physio summary: 7 of 10 authorized visits attended.");
  CHECK_FALSE(after.negated);
  CHECK(after.visits == std::optional<int>(7));
  CHECK(one_therapy("11 of 12 approved visits completed so far.").visits == std::optional<int>(11));
  CHECK(one_therapy("She attended 5 of 8 authorized visits.").visits == std::optional<int>(5));
  // Unchanged: the count before its noun with the attendance first.
  CHECK(one_therapy("He attended 4/10 visits.").visits == std::optional<int>(4));
  // An allowance alone is no course attended.
  for (const auto& f : spinecds::test::therapy("The payer approved 12 visits.")) {
    CHECK_FALSE(f.visits.has_value());
  }
  // Another discipline's tally, or none attended, is no therapy given.
  CHECK(spinecds::test::therapy("Chiropractic: 9 of 12 visits completed.").empty());
  CHECK(spinecds::test::therapy("OT for the wrist: 5 of 8 visits attended.").empty());
  CHECK(spinecds::test::therapy("0 of 10 authorized visits attended.").empty());
}

TEST_CASE("s50 cervical: spinal stenosis at a level is the canal") {
  check_stenoses("Moderate spinal stenosis at C4-5.", {"C4-C5 moderate - central"});
  check_stenoses("C6-7: severe cervical spinal stenosis.", {"C6-C7 severe - central"});
  check_stenoses("Mild lumbar spinal stenosis at L3-4.", {"L3-L4 mild - central"});
  // A place in the phrase or after it keeps its own.
  check_stenoses("Moderate foraminal spinal stenosis at C5-6.", {"C5-C6 moderate - foraminal"});
  check_stenoses("Severe central canal stenosis at C3-4.", {"C3-C4 severe - central"});
  check_stenoses("Mild stenosis at C4-5.", {"C4-C5 mild - -"});
  // The cord is no stenosis.
  check_lines({Case{"Spinal cord compression at C5-6.", {"cord-compression C5-C6"}}});
}
