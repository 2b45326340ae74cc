// The text engine on classes met in session 41: a discharge summary's
// course totalled as a count of visits over a span of months, and the owed
// mends of session 40. Each case is a wording of the class written fresh
// (not taken from any evaluation file).
#include <doctest/doctest.h>

#include "support/finding_lines.h"

using spinecds::terminology::FindingKind;
using spinecds::test::check_lines;
using spinecds::test::therapy;
using Case = spinecds::test::LinesCase;

TEST_CASE(
    "a count of visits spanning months is a supervised course, apart from its home programme") {
  const auto fs = therapy("Lumbar stabilization, 9 visits 03/2025-05/2025, discharged to a HEP.");
  REQUIRE(fs.size() == 2);
  const auto course = fs[0].visits ? fs[0] : fs[1];
  CHECK(course.visits == std::optional<int>(9));
  CHECK(course.start == std::optional<std::string>("2025-03"));
  CHECK(course.end == std::optional<std::string>("2025-05"));
  CHECK(course.setting != std::optional<std::string>("home"));
  check_lines({
      // A place before the dates, or one month, is no therapy course.
      Case{"Two visits to the ED 01/2025-02/2025 for back spasm.", {}},
      Case{"She had 4 visits 02/2025 with her primary care doctor.", {}},
  });
}

TEST_CASE("a sign with no side of the root a sided radiculopathy names is that radiculopathy") {
  using spinecds::test::of_kind;
  for (const char* text :
       {"Nerve study: chronic left C8 radiculopathy; numbness of the ring and little fingers.",
        "Numbness of the ring and little fingers; EMG: left C8 radiculopathy."}) {
    CAPTURE(text);
    const auto fs = of_kind(text, FindingKind::radiculopathy);
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].side == std::optional<std::string>("left"));
    CHECK(fs[0].root == std::optional<std::string>("C8"));
  }
  // Signs on the other side stay a second finding.
  CHECK(
      of_kind("Right C6 radiculopathy; left thumb numbness.", FindingKind::radiculopathy).size() ==
      2);
}

TEST_CASE("a step felt on examination at no level is no slip") {
  check_lines({
      Case{"Back: no bony tenderness, no palpable step-off.", {}},
      Case{"Spine nontender in the midline without step-off or crepitus.", {}},
      // At a level, what the examiner feels is the slip.
      Case{"Palpable step-off at L4-5.", {"spondylolisthesis L4-L5"}},
  });
}

TEST_CASE("an admission for an elective operation, and one foretold, are plans") {
  check_lines(
      {
          Case{"Admitted for elective L3-L5 PSF for degenerative spondylolisthesis.",
               {"prior-fusion L3-L4,L4-L5 planned", "spondylolisthesis"}},
          Case{"She was told years ago she would eventually need a C5-6 fusion.",
               {"prior-fusion C5-C6 planned"}},
          Case{"Admitted for pain control after a fall.", {}},
      },
      false);
}

TEST_CASE("rehabilitation is physiotherapy unless another rehabilitation or a place is named") {
  check_lines(
      {
          Case{"Conservative treatment included analgesics and rehabilitation for 3 months.",
               {"physical-therapy"}},
          Case{"Rehabilitation was not performed.", {"physical-therapy negated"}},
          Case{"She finished cardiac rehab last spring.", {}},
          Case{"Transferred to a rehabilitation hospital on day 18.", {}},
          Case{"Seen by Physical Medicine and Rehabilitation for an EMG.", {}},
      },
      false);
}

TEST_CASE("dates written year first with slashes or dots date a course") {
  const auto fs = therapy("Physiotherapy was given from 2024/02/05 to 2024.04.15, twice weekly.");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].start == std::optional<std::string>("2024-02-05"));
  CHECK(fs[0].end == std::optional<std::string>("2024-04-15"));
  CHECK_FALSE(fs[0].hypothetical);
}

TEST_CASE("what a differential sets behind is uncertain") {
  check_lines(
      {
          Case{"His leg pain fits hip arthritis better than with lumbar stenosis.",
               {"stenosis uncertain"}},
          Case{"Her hand symptoms are better explained by carpal tunnel than by radiculopathy.",
               {"radiculopathy uncertain"}},
          Case{"Neurogenic claudication is less likely on this history.",
               {"neurogenic-claudication uncertain"}},
          Case{"Babinski equivocal on the left.", {"myelopathy uncertain"}},
          Case{"Her GP queried cervical myelopathy.", {"myelopathy uncertain"}},
      },
      false);
}

TEST_CASE("arteries, valves and their pulses are not the spine or its therapy") {
  check_lines(
      {
          Case{"Left external iliac artery stenosis, stented in 2023.", {}},
          Case{"No significant stenosis of the femoropopliteal arteries on duplex.", {}},
          Case{"Moderate aortic stenosis on echo.", {}},
          Case{"Foot pulses: DP and PT pulses palpable bilaterally.", {}},
          Case{"Calf claudication at one block, typical of arterial occlusive disease.", {}},
          // The spine's own claudication and stenosis stay.
          Case{"Neurogenic claudication from L4-5 stenosis.",
               {"neurogenic-claudication", "stenosis L4-L5"}},
      },
      false);
}

TEST_CASE("signal in the cord as East Asian reports and neurologists write it") {
  check_lines(
      {
          Case{"C4/5: intramedullary high signal intensity on T2WI.", {"cord-signal-change C4-C5"}},
          Case{"T2 hyperintensity in the dorsal columns at C3-4.", {"cord-signal-change C3-C4"}},
      },
      false);
}

TEST_CASE("herniations by their East Asian names and a side abbreviated with a full stop") {
  using spinecds::test::only;
  check_lines(
      {
          Case{"HIVD L5-S1 with S1 radiculopathy.", {"disc-herniation L5-S1", "radiculopathy"}},
          Case{"Known L4/5 LDH since 2019.", {"disc-herniation L4-L5"}},
          Case{"LDH 410 U/L on admission labs.", {}},
          Case{"The C6/7 disc protrudes into the left foramen.", {"disc-herniation C6-C7"}},
      },
      false);
  CHECK(only("C5-6: Rt. paracentral extrusion.", FindingKind::disc_herniation).side ==
        std::optional<std::string>("right"));
  // An abbreviation restating the finding in parentheses is the same one.
  check_lines({Case{"Lumbar spinal canal stenosis (LSCS) at L4/5.", {"stenosis L4-L5"}}}, false);
}

TEST_CASE("manual muscle testing grades and full power") {
  check_lines(
      {
          Case{"Left deltoid MMT 3.", {"weakness"}},
          Case{"Right ankle dorsiflexion strength grade IV.", {"weakness"}},
          Case{"Lower limb strength grade V bilaterally.", {"weakness negated"}},
          Case{"Power full, reflexes normal.", {"weakness negated"}},
          Case{"Postoperative C5 palsy on the right.", {"weakness"}},
      },
      false);
}

TEST_CASE("a fenestration is a laminotomy; an anterior decompression is none") {
  check_lines(
      {
          Case{"Status post L4/5 fenestration in 2016.", {"prior-laminectomy L4-L5"}},
          Case{"Anterior decompression and fusion from C4 to C6 is planned.",
               {"prior-fusion C4-C5,C5-C6 planned"}},
          Case{"Referred to physiotherapy but defaulted all her appointments.",
               {"physical-therapy negated"}},
      },
      false);
}

TEST_CASE("a sign found says myelopathy; an equivocal sign beside it does not hedge it") {
  check_lines(
      {
          Case{"Brisk biceps jerks; Hoffmann equivocal on the right.", {"myelopathy"}},
          Case{"Plantars: L upgoing, R equivocal.", {"myelopathy"}},
          // A hedged diagnosis beside a sign is still said.
          Case{"Hyperreflexia present; cervical myelopathy is possible.",
               {"myelopathy", "myelopathy uncertain"}},
      },
      false);
}

TEST_CASE("a therapy clinic's name is no second course") {
  check_lines(
      {
          Case{"She attended 10 weeks of physical therapy at Lakeside Rehab in 2025.",
               {"physical-therapy"}},
          Case{"Rehab admission note: admitted to the IRF after his fusion.", {"prior-fusion"}},
      },
      false);
}

TEST_CASE("a risk list opened by an abbreviated 'incl.' is contingencies") {
  check_lines(
      {Case{"Risks reviewed incl. nonunion, infection and dysphagia.", {"pseudarthrosis planned"}}},
      false);
}

TEST_CASE("the sac the canal holds said to be compressed is stenosis, unless a stenosis is named") {
  check_lines({
      Case{"L3/4: the dural sac is moderately compressed by the bulging disc.",
           {"stenosis L3-L4 moderate"}},
      Case{"Severe canal stenosis at L4-5 with marked compression of the thecal sac.",
           {"stenosis L4-L5 severe"}},
  });
}

TEST_CASE("a finding's own level set off by a comma after it is its own") {
  check_lines(
      {
          Case{"Diagnosis: lumbar stenosis, L2-3-4, with degenerative spondylolisthesis, L3-4.",
               {"stenosis L2-L3,L3-L4", "spondylolisthesis L3-L4"}},
          // A level after the comma with words of its own is another clause's.
          Case{"L2-3: stenosis, L3-4 normal.", {"stenosis L2-L3"}},
      },
      false);
}

TEST_CASE("a vertebra's own motion keeps its segment") {
  check_lines(
      {
          Case{"Dynamic films: the angular displacement of L3 is 14 degrees, indicating "
               "instability.",
               {"angulation L3-L4", "flexion-extension-study", "instability L3-L4"}},
          Case{"L4 DS: slip 4 mm, instability (-).",
               {"instability L4-L5 negated", "spondylolisthesis L4-L5"}},
      },
      false);
}

TEST_CASE("a reason therapy was not given names no part it treated") {
  check_lines({Case{"Rehabilitation was not performed because of severe hip osteoarthritis.",
                    {"physical-therapy negated"}},
               // The part a course treated still rules it out.
               Case{"Physiotherapy for her right knee after TKA.", {}}},
              false);
}
