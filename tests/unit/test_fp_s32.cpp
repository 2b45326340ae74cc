// Classes of wording that session 31's released sets read wrongly (session
// 32, s32-fp): words that look like a finding's but name something else
// (material reaching the canal, an injured facet, "retro-" as a prefix, a
// chiropractic listing, "pt" as the patient, therapy for an injured limb),
// and measures given per position or graded before the joint's pathology.
// Each case was written fresh for its class, before the engine was changed
// (not taken from any evaluation file).
#include <doctest/doctest.h>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using spinecds::terminology::FindingKind;
using spinecds::test::check_lines;
using spinecds::test::of_kind;
using spinecds::test::only;
using Case = spinecds::test::LinesCase;

constexpr bool kNoSeverity = false;

TEST_CASE("material kept out of the canal denies no narrowing of it") {
  check_lines(
      {
          Case{"Vertebroplasty at T12: good fill, no cement leakage into the spinal canal.", {}},
          Case{"PMMA remains within the vertebral body without extravasation into the central "
               "canal or foramina.",
               {}},
          Case{"There is no epidural extension of tumor into the canal.", {}},
          Case{"No retropulsion of bone into the spinal canal.", {}},
          // The anatomy itself said to be open, or not narrowed, still denies it.
          Case{"The canal and foramina are patent at L4-5.",
               {"stenosis L4-L5 negated", "stenosis L4-L5 negated"}},
          Case{"No narrowing of the canal at L3-4.", {"stenosis L3-L4 negated"}},
      },
      kNoSeverity);
}

TEST_CASE("a facet named as injured (jumped, perched, distracted) is no arthropathy") {
  check_lines(
      {
          Case{"No facet distraction or widening of the interspinous distance.", {}},
          Case{"Perched facet on the left at C5-6 with 3 mm anterolisthesis.",
               {"spondylolisthesis C5-C6"}},
          Case{"Unilateral locked facet at C4-5.", {}},
          Case{"Bilateral facet dislocation C6-7.", {}},
          Case{"The facets are not distracted.", {}},
          // Arthropathy beside a denied fracture stays arthropathy.
          Case{"Mild facet arthropathy; no fracture or dislocation.", {"facet-arthropathy"}},
          Case{"Facet joints: mild hypertrophy at L4-5, no fracture.", {"facet-arthropathy L4-L5"}},
      },
      kNoSeverity);
}

TEST_CASE("retro- joined to a word is a place, not the slip's abbreviation") {
  check_lines(
      {
          Case{"Retro-odontoid pseudotumor at C1-2 measuring 8 mm.", {}},
          Case{"Retro-dens soft tissue thickening, likely pannus, at C1-C2.", {}},
          Case{"Small retro-vertebral hematoma at C5-6.", {}},
          Case{"Retro. of L3 on L4, 2 mm.", {"spondylolisthesis L3-L4"}},
          Case{"2 mm retro at L2-3.", {"spondylolisthesis L2-L3"}},
      },
      kNoSeverity);
}

TEST_CASE("a chiropractic listing after a vertebra makes its subluxation the chiropractor's") {
  check_lines(
      {
          Case{"Findings: subluxation at C2 PRI and L5 PLI-M.", {}},
          Case{"O: Subluxation T6 PR, C1 ASRA.", {}},
          Case{"Subluxation L4 PLS with tenderness.", {}},
          // Without a listing, a subluxation measured between vertebrae is a slip.
          Case{"Subluxation of C4 on C5 of 3 mm.", {"spondylolisthesis C4-C5"}},
      },
      kNoSeverity);
}

TEST_CASE("'pt' before a patient's verb is the patient, not therapy") {
  check_lines(
      {
          Case{"Pt notes her neck pain is better since last week.", {}},
          Case{"Acupuncture #3 today; pt notes less low back pain.", {}},
          Case{"Chiropractic care paused and pt referred for EMG.", {}},
          Case{"Massage held today and pt referred back to the surgeon.", {}},
          // Therapy's own notes and a course beside the patient's verb stay therapy.
          Case{"PT notes from 3/2024 document 8 visits.", {"physical-therapy"}},
          Case{"Completed 6 weeks of PT and pt notes no improvement.", {"physical-therapy"}},
      },
      kNoSeverity);
}

TEST_CASE("therapy after another part's injury, in a sentence naming no spine, is that part's") {
  check_lines(
      {
          Case{"L knee sprain; began PT-guided quad strengthening.", {}},
          Case{"Right wrist fracture, cast removed; started PT for ROM.", {}},
          Case{"Achilles tendinopathy, left: PT-led eccentric loading program started.", {}},
          // The spine named, or another part's pain beside the back, keeps it.
          Case{"Low back pain and knee sprain; started PT.", {"physical-therapy"}},
          Case{"Knee sprain resolved; started PT for her back.", {"physical-therapy"}},
      },
      kNoSeverity);
}

TEST_CASE("the atlantodens interval given per position is translation at C1-C2") {
  const auto mm = [](const char* text) {
    const auto f = only(text, FindingKind::translation);
    REQUIRE(f.segments.size() == 1);
    CHECK(std::string(to_string(f.segments.front())) == "C1-C2");
    REQUIRE(f.mm.has_value());
    return *f.mm;
  };
  CHECK(mm("The atlanto-dental interval measures 2 mm in extension and 7 mm in flexion.") == 5);
  CHECK(mm("ADI: neutral 3 mm, flexion 8 mm, extension 2 mm.") == 6);
  CHECK(mm("AADI 2.5 mm in extension, 6.5 mm in flexion.") == 4);
  // One position's figure is no motion.
  CHECK(of_kind("Predental space 3 mm in neutral.", FindingKind::translation).empty());
  CHECK(of_kind("Atlantodens interval 2 mm.", FindingKind::translation).empty());
}

TEST_CASE("a vertebra's place given per position, the position labelled first") {
  const auto mm = [](const char* text) {
    const auto f = only(text, FindingKind::translation);
    REQUIRE(f.mm.has_value());
    return *f.mm;
  };
  CHECK(mm("On the flexion image C3 is 4 mm anterior to C4, versus 1 mm on extension.") == 3);
  CHECK(mm("With flexion, C5 lies 3 mm anterior to C6, compared to 1 mm with extension.") == 2);
  CHECK(mm("In flexion L4 sits 6 mm forward on L5; in extension it is 2 mm.") == 4);
  check_lines({Case{"On the flexion image C3 is 4 mm anterior to C4, versus 1 mm on extension.",
                    {"spondylolisthesis C3-C4", "translation C3-C4"}}},
              kNoSeverity);
}

TEST_CASE("a grade before the facets' pathology noun grades the facets") {
  check_lines({
      Case{"Mild DJD of the L3-4 facets.", {"facet-arthropathy L3-L4 mild"}},
      Case{"Severe degenerative changes of the bilateral L5-S1 facet joints.",
           {"facet-arthropathy L5-S1 severe"}},
      Case{"Moderate OA of the L4-5 and L5-S1 facet joints.",
           {"facet-arthropathy L4-L5,L5-S1 moderate"}},
      Case{"Advanced degenerative disease of the facets at L4-5.",
           {"facet-arthropathy L4-L5 severe"}},
  });
}

TEST_CASE("a strength grade said out ('4 minus out of 5') is weakness") {
  check_lines(
      {
          Case{"Left EHL strength is 4 out of 5.", {"weakness"}},
          Case{"Right deltoid four out of five, biceps full.", {"weakness"}},
          Case{"Strength 3 plus out of 5 in the left tibialis anterior.", {"weakness"}},
          Case{"Grip 5 minus out of 5 on the right.", {"weakness"}},
          Case{"Quadriceps strength 5 out of 5 bilaterally.", {"weakness negated"}},
      },
      kNoSeverity);
}

TEST_CASE("'NC' beside stenosis is neurogenic claudication; a history's 'NC' is not") {
  check_lines(
      {
          Case{"Imp: L3-4 stenosis with NC, walks 1 block.",
               {"neurogenic-claudication", "stenosis L3-L4"}},
          Case{"Severe LSS and NC sx limiting ambulation.", {"neurogenic-claudication", "stenosis"}},
          Case{"FH: NC. Imaging: mild L4-5 stenosis.", {"stenosis L4-L5"}},
          Case{"Social history NC; MRI shows moderate stenosis.", {"stenosis"}},
          Case{"Labs NC.", {}},
      },
      kNoSeverity);
}

TEST_CASE("narrowing of the sacroiliac joints is no stenosis") {
  check_lines(
      {
          Case{"Sclerosis and narrowing of the SI joints.", {}},
          Case{"Moderate narrowing of the bilateral SI joints, mild L4-5 stenosis.",
               {"stenosis L4-L5"}},
          Case{"Narrowing of both sacroiliac joints consistent with sacroiliitis.", {}},
      },
      kNoSeverity);
}
