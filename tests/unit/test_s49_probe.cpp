// The text engine on classes a read-only reviewer found in session 49 by
// writing ~300 new sentences in the styles of real records and reading the
// engine's answers: "r/o" taken for the right side, a grade dropped after
// "previously noted", "not clearly seen", "to determine whether", a study
// ordered for a clinical diagnosis, and a hand sign put down to a peripheral
// nerve. Each case is a wording of the class written fresh (not taken from
// any evaluation file or case).
#include <doctest/doctest.h>

#include "support/finding_lines.h"

using spinecds::terminology::FindingKind;
using spinecds::test::check_lines;
using spinecds::test::check_root_and_side;
using spinecds::test::of_kind;
using spinecds::test::RootAndSide;
using Case = spinecds::test::LinesCase;

TEST_CASE("s49: the r of r/o is rule out, no side") {
  check_root_and_side(
      {"Low back pain, r/o radiculopathy.", FindingKind::radiculopathy, nullptr, nullptr});
  const auto herniation =
      of_kind("Lumbar radiculopathy, R/O herniated disc.", FindingKind::disc_herniation);
  REQUIRE(herniation.size() == 1);
  CHECK_FALSE(herniation.front().side.has_value());
  CHECK(herniation.front().hypothetical);
  // Nor is the L of "L-spine" the left side.
  check_root_and_side(
      {"MRI L-spine ordered for radiculopathy.", FindingKind::radiculopathy, nullptr, nullptr});
  check_root_and_side(
      {"L spine MRI: left foraminal stenosis at L4-5.", FindingKind::stenosis, nullptr, "left"});
  // A side word is still a side.
  check_root_and_side({"R C6 radiculopathy.", FindingKind::radiculopathy, "C6", "right"});
  check_root_and_side({"Decreased sensation R thumb.", FindingKind::radiculopathy, "C6", "right"});
}

TEST_CASE("s49: a grade said earlier with no current value beside it is the finding's") {
  check_lines({
      Case{"Previously noted moderate stenosis at L3-4 is unchanged.", {"stenosis L3-L4 moderate"}},
      Case{"Previously described severe foraminal stenosis at L5-S1 is again seen.",
           {"stenosis L5-S1 severe"}},
      // Beside a current value the earlier one is not the finding's.
      Case{"Previously moderate, now severe canal stenosis at L4-5.", {"stenosis L4-L5 severe"}},
      Case{"The previously noted mild stenosis at L2-3 has progressed to severe.",
           {"stenosis L2-L3 severe"}},
  });
}

TEST_CASE("s49: not clearly or not definitely seen denies; not clearly compressing does not") {
  check_lines(
      {
          Case{"Canal stenosis is not clearly seen.", {"stenosis negated"}},
          Case{"A disc extrusion is not definitely identified at L5-S1.",
               {"disc-herniation L5-S1 negated"}},
          Case{"No definite spondylolisthesis.", {"spondylolisthesis negated"}},
      },
      false);
}

TEST_CASE("s49: what a test is to decide is sought, not stated") {
  check_lines(
      {
          Case{"Nerve conduction studies to determine whether there is a radiculopathy.",
               {"radiculopathy planned"}},
          Case{"Standing flexion and extension views to see whether there is instability at "
               "L3-4.",
               {"flexion-extension-study planned", "instability L3-L4 planned"}},
          // "unclear whether" is a hedge, not a plan.
          Case{"It is unclear whether there is instability at L3-4.",
               {"instability L3-L4 uncertain"}},
      },
      false);
}

TEST_CASE("s49: a clinical diagnosis a study is ordered for is stated; what it looks for is not") {
  check_lines(
      {
          Case{"MRI cervical spine ordered for radiculopathy.", {"radiculopathy"}},
          Case{"EMG/NCS requested for left C7 radiculopathy.", {"radiculopathy"}},
          Case{"MRI ordered to evaluate for foraminal stenosis.", {"stenosis planned"}},
          // A doubted diagnosis is sought.
          Case{"MRI ordered for possible radiculopathy.", {"radiculopathy planned"}},
          Case{"CT myelogram for possible instability at L4-5.", {"instability L4-L5 planned"}},
          // Sought after the stated reason, still sought.
          Case{"MRI ordered for radiculopathy, r/o disc extrusion.",
               {"disc-herniation planned", "radiculopathy"}},
      },
      false);
}

TEST_CASE("s49: a hand sign put down to a peripheral nerve is no radicular sign") {
  check_lines(
      {
          Case{"Numbness in the thumb and index finger at night, likely carpal tunnel syndrome.",
               {}},
          Case{"Paresthesias of the ring and small fingers, consistent with ulnar neuropathy.", {}},
          // Weighed against a root, or a radiculopathy named, it stays.
          Case{"Numbness in the small finger, C8 radiculopathy versus cubital tunnel syndrome.",
               {"radiculopathy uncertain"}},
          Case{"Left C6 radiculopathy; superimposed carpal tunnel syndrome.", {"radiculopathy"}},
          Case{"Numbness in the thumb, likely from C6 root compression.", {"radiculopathy"}},
          // A spinal cause named first, or "median" that is no nerve, leaves the sign.
          Case{"Hand numbness due to C6 root compression from a median disc herniation.",
               {"disc-herniation", "radiculopathy"}},
          Case{"Thumb numbness from the neck, median nerve studies normal.", {"radiculopathy"}},
      },
      false);
}
