// Motion on flexion-extension written as a change from a slip's value, as
// mainstream flexion-extension reports put it
// (tests/data/eval/lumbar-sentences-tune-s21.json, session 21): the slip keeps
// its neutral value and the translation is the change between positions.
#include <doctest/doctest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using spinecds::terminology::extract_findings;
using spinecds::terminology::Finding;
using spinecds::terminology::FindingKind;

namespace {

// The mm of the first finding of `kind`, or -1 when there is none; nullopt
// when it has no value.
std::optional<double> mm_of(const char* text, FindingKind kind) {
  for (const auto& f : extract_findings(text)) {
    if (f.kind == kind) return f.mm;
  }
  return -1.0;
}

}  // namespace

TEST_CASE("a slip 'increasing to' a value in a position: the first value is neutral") {
  const char* t = "5 mm anterolisthesis of L3 on L4 increasing to 9 mm with flexion.";
  CHECK(mm_of(t, FindingKind::spondylolisthesis) == 5.0);
  CHECK(mm_of(t, FindingKind::translation) == 4.0);
  const char* r = "Retrolisthesis of L2 on L3 measuring 4 mm, which decreases to 1 mm in flexion.";
  CHECK(mm_of(r, FindingKind::spondylolisthesis) == 4.0);
  CHECK(mm_of(r, FindingKind::translation) == 3.0);
  // A change over time is no motion between positions.
  CHECK(mm_of("Anterolisthesis of L4 on L5 has increased to 7 mm since 2023.",
              FindingKind::translation) == -1.0);
}

TEST_CASE("'flexion and extension views:' names the study, not the first figure's position") {
  const char* t =
      "FLEXION AND EXTENSION VIEWS: 4 mm anterolisthesis of L4 on L5 in neutral, increasing to "
      "7 mm in flexion and reducing to 2 mm in extension.";
  CHECK(mm_of(t, FindingKind::spondylolisthesis) == 4.0);
  CHECK(mm_of(t, FindingKind::translation) == 5.0);
  CHECK(mm_of(t, FindingKind::flexion_extension_study) == std::nullopt);
}

TEST_CASE("a slip that reduces completely in one position moved by its whole value") {
  CHECK(mm_of("Retrolisthesis of L3 on L4 measures 3 mm in extension and reduces completely in "
              "flexion.",
              FindingKind::translation) == 3.0);
  CHECK(mm_of("The 5 mm anterolisthesis at L4-5 seen in flexion resolves in extension.",
              FindingKind::translation) == 5.0);
}

TEST_CASE("'an additional 3 mm' in a position is the change itself") {
  const char* t =
      "Grade 1 anterolisthesis of L4 on L5 measuring 4 mm in neutral with an additional 3 mm of "
      "anterior translation in flexion.";
  CHECK(mm_of(t, FindingKind::spondylolisthesis) == 4.0);
  CHECK(mm_of(t, FindingKind::translation) == 3.0);
  const char* f = "6 mm anterolisthesis at L5-S1, with a further 2 mm on flexion.";
  CHECK(mm_of(f, FindingKind::spondylolisthesis) == 6.0);
  CHECK(mm_of(f, FindingKind::translation) == 2.0);
}

TEST_CASE("a change written 'from N to M' is motion only between positions") {
  CHECK(mm_of("Slight increase in the L4 anterolisthesis on flexion, from 3 to 4 mm.",
              FindingKind::translation) == 1.0);
  CHECK(mm_of("Flexion and extension views: the L4 anterolisthesis changes from 3 mm to 7 mm.",
              FindingKind::translation) == 4.0);
  // Over time, not between positions.
  CHECK(mm_of("The L4 anterolisthesis increased from 3 to 5 mm since 2024.",
              FindingKind::translation) == -1.0);
}

TEST_CASE("'N mm increased' in a flexion sentence is the change") {
  CHECK(
      mm_of("Compared to the neutral lateral, flexion shows 2 mm increased anterolisthesis of L4.",
            FindingKind::translation) == 2.0);
}

TEST_CASE("a level between a figure and its position does not hide the position") {
  const auto f = extract_findings(
      "There is 11 degrees of segmental kyphosis at L4-5 in flexion, compared to 3 degrees of "
      "lordosis in extension.");
  bool seen = false;
  for (const auto& x : f) {
    if (x.kind != FindingKind::angulation) continue;
    seen = true;
    REQUIRE(x.degrees);
    CHECK(*x.degrees == doctest::Approx(14.0));
  }
  CHECK(seen);
}

TEST_CASE("'no significant dynamic change in' a slip: the slip stays, the motion is denied") {
  const auto f = extract_findings("No significant dynamic change in the L5-S1 listhesis.");
  bool slip = false, stable = false;
  for (const auto& x : f) {
    if (x.kind == FindingKind::spondylolisthesis) slip = !x.negated;
    if (x.kind == FindingKind::instability) stable = x.negated;
  }
  CHECK(slip);
  CHECK(stable);
  bool denied = false;
  for (const auto& x : extract_findings("Motion is preserved and physiologic.")) {
    denied = denied || (x.kind == FindingKind::instability && x.negated);
  }
  CHECK(denied);
}

TEST_CASE("a slip gone in one position: that position is 0 and the slip is not denied") {
  // Session 26 (lumbar-sentences-tune-s26fx.json): "not present in flexion",
  // "corrects to neutral alignment in flexion" are per-position values.
  const char* t =
      "Extension views show 3 mm retrolisthesis of L2 on L3 which is not present in "
      "flexion.";
  CHECK(mm_of(t, FindingKind::translation) == 3.0);
  for (const auto& f : extract_findings(t)) CHECK_FALSE(f.negated);
  CHECK(mm_of("There is 4 mm of retrolisthesis of L2 on L3 in extension which corrects to "
              "neutral alignment in flexion.",
              FindingKind::translation) == 4.0);
  // Absent in both positions is still a denial.
  for (const auto& f :
       extract_findings("Retrolisthesis of L2 on L3 is not seen in flexion or extension.")) {
    if (f.kind == FindingKind::spondylolisthesis) CHECK(f.negated);
  }
}

TEST_CASE("'from 8 mm in neutral to 4 mm': the first figure's position between its ends") {
  const char* t =
      "The grade 1 spondylolisthesis at L5-S1 reduces on extension, from 8 mm in neutral to 4 mm.";
  CHECK(mm_of(t, FindingKind::spondylolisthesis) == 8.0);
  CHECK(mm_of(t, FindingKind::translation) == 4.0);
}

TEST_CASE("a motion table run into one line gives each level's row its own motion") {
  // Session 26 (lumbar-sentences-tune-s26fx.json): open since session 25.
  std::vector<double> mm;
  for (const auto& f :
       extract_findings("Translation (mm) - L3-4: flexion 3, extension 1; L4-5: flexion 8, "
                        "extension 2.")) {
    if (f.kind == FindingKind::translation) mm.push_back(f.mm.value_or(-1));
  }
  CHECK(mm == std::vector<double>{2.0, 6.0});
  // A slip table: each level keeps its neutral value and moves by its own change.
  std::vector<double> slips, moves;
  for (const auto& f : extract_findings(
           "Anterolisthesis: L3-4 neutral 2 mm, flexion 4 mm; L4-5 neutral 5 mm, flexion 9 mm.")) {
    if (f.kind == FindingKind::spondylolisthesis) slips.push_back(f.mm.value_or(-1));
    if (f.kind == FindingKind::translation) moves.push_back(f.mm.value_or(-1));
  }
  CHECK(slips == std::vector<double>{2.0, 5.0});
  CHECK(moves == std::vector<double>{2.0, 4.0});
  // One level with its positions is read as before.
  CHECK(mm_of("Grade 1 anterolisthesis of L4 on L5 measuring 5 mm in neutral, 8 mm in flexion and "
              "4 mm in extension.",
              FindingKind::translation) == 4.0);
}

TEST_CASE("'in both flexion and extension' names positions, not the study") {
  for (const auto& f : extract_findings(
           "The L4 on L5 slip is fixed, measuring 6 mm in both flexion and extension.")) {
    CHECK(f.kind != FindingKind::flexion_extension_study);
  }
  CHECK(mm_of("Flexion and extension views show no abnormal motion.",
              FindingKind::flexion_extension_study) == std::nullopt);
}

TEST_CASE("where a vertebra sits against the next, per position: a slip and its motion") {
  // (lumbar-sentences-tune-s26sc.json: "L4 IS 7 MM ANTERIOR TO L5 IN FLEXION
  // AND 3 MM IN EXTENSION")
  const char* caps = "L4 IS 7 MM ANTERIOR TO L5 IN FLEXION AND 3 MM IN EXTENSION.";
  CHECK(mm_of(caps, FindingKind::spondylolisthesis) != -1.0);
  CHECK(mm_of(caps, FindingKind::translation) == 4.0);
  const char* back = "On extension L3 lies 4 mm posterior to L4, and 1 mm on flexion.";
  CHECK(mm_of(back, FindingKind::spondylolisthesis) != -1.0);
  CHECK(mm_of(back, FindingKind::translation) == 3.0);
  const char* rel = "L5 sits 6 mm anterior relative to S1 with flexion versus 2 mm with extension.";
  CHECK(mm_of(rel, FindingKind::translation) == 4.0);
}

TEST_CASE("a motion-table row with no finding of its own is that row's motion, not a slip") {
  // (review finding, session 27: the row copied the sentence's first draft,
  // a slip at another level)
  using spinecds::test::Lines;
  const auto lines = [](const char* text) {
    Lines out;
    for (const auto& f : extract_findings(text)) {
      std::string l = std::string(to_string(f.kind));
      for (const auto& g : f.segments) l += " " + std::string(to_string(g));
      if (f.mm) l += " " + std::to_string(static_cast<int>(*f.mm)) + "mm";
      if (f.degrees) l += " " + std::to_string(static_cast<int>(*f.degrees)) + "deg";
      out.push_back(l);
    }
    std::sort(out.begin(), out.end());
    return out;
  };
  CHECK(lines("Grade 1 anterolisthesis of L5 on S1 with translation at L3-4 (flexion 5 mm, "
              "extension 1 mm) and L4-5 (flexion 7 mm, extension 2 mm).") ==
        Lines{"spondylolisthesis L5-S1", "translation L3-L4 4mm", "translation L4-L5 5mm"});
  CHECK(lines("Grade 1 anterolisthesis L5-S1 with sagittal rotation L3-4 flexion 12 degrees "
              "extension 2 degrees, L4-5 flexion 9 degrees extension 1 degree.") ==
        Lines{"angulation L3-L4 10deg", "angulation L4-L5 8deg", "spondylolisthesis L5-S1"});
}

TEST_CASE("a figure in one position beside another finding's figure is no slip") {
  // (review, session 27: the second figure was a bulge's)
  CHECK(mm_of("L4 is 5 mm anterior to L5 in flexion, with a 3 mm disc bulge.",
              FindingKind::spondylolisthesis) == -1.0);
  CHECK(mm_of("In flexion L3 sits 4 mm anterior to L4; 2 mm protrusion at L4-5.",
              FindingKind::spondylolisthesis) == -1.0);
}
