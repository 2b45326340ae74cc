// Session 30 therapy as outside text writes it (the s29 interface, inpatient
// and deformity sets): a plan that continues therapy is planned; enrolled,
// referred or authorised with no session held is therapy not given; a
// symptom resolved is no therapy resolved; "4/12" after a visits label is a
// count, dates after "next" are planned; "PT 22°" is pelvic tilt; app-based
// PT is telehealth. Fresh wording, not the eval sentences.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using spinecds::test::one_therapy;
using spinecds::test::therapy;

TEST_CASE("a plan that continues therapy at a frequency is planned, with its weeks") {
  const std::vector<std::pair<const char*, int>> cases = {
      {"Plan: continue home health PT 2x/wk x 3 wks per POC.", 3},
      {"Continue outpatient physical therapy 2x/week x 4 weeks.", 4},
      {"Plan - Cont PT 3x/wk x 2 wks then reassess.", 2},
      {"Recommend pt continue physiotherapy twice weekly for 5 weeks.", 5},
  };
  for (const auto& [text, weeks] : cases) {
    CAPTURE(text);
    const auto f = one_therapy(text);
    CHECK(f.hypothetical);
    CHECK_FALSE(f.negated);
    REQUIRE(f.weeks);
    CHECK(*f.weeks == weeks);
  }
  // Contrast: therapy said to be going on is received.
  for (const char* text : {"She continues PT 2x/week and has attended 8 visits.",
                           "Continued outpatient PT 2x/week for 6 weeks with minimal relief."}) {
    CAPTURE(text);
    const auto f = one_therapy(text);
    CHECK_FALSE(f.hypothetical);
    CHECK_FALSE(f.negated);
  }
}

TEST_CASE("enrolled, referred or authorised with no session held is therapy not given") {
  for (const char* text : {
           "App-based PT: member enrolled 04/02 but has not completed any sessions.",
           "Referred to physical therapy in January, never started.",
           "Insurance authorized 12 PT visits, 0 used.",
           "Patient has not attended any PT sessions.",
           "I haven't started PT yet, my first appointment is next week.",
           "PT not attempted due to myelopathy.",
           "Physical therapy has not been attempted.",
           "Pt registered for virtual physical therapy, has not done any sessions so far.",
       }) {
    CAPTURE(text);
    const auto f = one_therapy(text);
    CHECK(f.negated);
    CHECK_FALSE(f.hypothetical);
    CHECK_FALSE(f.visits);
  }
  // Contrast: sessions held, or another treatment not started.
  for (const char* text :
       {"She has completed 6 of 8 PT sessions.", "Completed PT, has not started gabapentin yet.",
        "Therapy not completed; cancelled remaining sessions after 3 visits."}) {
    CAPTURE(text);
    CHECK_FALSE(one_therapy(text).negated);
  }
  CHECK(one_therapy("She has completed 6 of 8 PT sessions.").visits == 6);
}

TEST_CASE("a symptom resolved leaves the therapy given") {
  const std::vector<std::pair<const char*, int>> cases = {
      {"PT DISCHARGE: radicular symptoms resolved; pain centralized to low back. 14 visits "
       "attended.",
       14},
      {"Physiotherapy discharge: arm tingling resolved, 9 visits attended.", 9},
      {"Discharged from PT, radiating arm pain resolved, 10 visits completed.", 10},
      {"Leg pain resolved after physical therapy; 12 visits attended.", 12},
  };
  for (const auto& [text, visits] : cases) {
    CAPTURE(text);
    const auto found = therapy(text);
    REQUIRE_FALSE(found.empty());
    for (const auto& f : found) {
      CHECK_FALSE(f.negated);
      CHECK_FALSE(f.historical);
    }
  }
  // Contrast: the symptom itself is resolved.
  const auto radic =
      spinecds::test::of_kind("PT DISCHARGE: radicular symptoms resolved; 14 visits attended.",
                              spinecds::terminology::FindingKind::radiculopathy);
  REQUIRE(radic.size() == 1);
  CHECK(radic[0].negated);
}

TEST_CASE("visits written after their label are a count; dates after next are planned") {
  const std::vector<std::pair<const char*, int>> counts = {
      {"PT visits: 4/12.", 4},
      {"PT visits 6/10 to date.", 6},
      {"Physiotherapy sessions: 3/8, tolerating well.", 3},
  };
  for (const auto& [text, visits] : counts) {
    CAPTURE(text);
    const auto f = one_therapy(text);
    CHECK_FALSE(f.hypothetical);
    REQUIRE(f.visits);
    CHECK(*f.visits == visits);
  }
  for (const char* text : {"Next PT visits 4/8 and 4/15.", "Upcoming PT appointments 5/2, 5/9."}) {
    CAPTURE(text);
    const auto f = one_therapy(text);
    CHECK(f.hypothetical);
    CHECK_FALSE(f.visits);
  }
}

TEST_CASE("PT written with an angle or among spinopelvic parameters is pelvic tilt") {
  for (const char* text :
       {"Pelvic parameters: PI 55°, PT 22°, SS 33°.", "PT 18 deg, PI 50 deg, LL 40 deg.",
        "Spinopelvic: PI 62, PT 28, LL 30, PI-LL 32.",
        "Standing films: PT = 25 degrees with SVA 4 cm."}) {
    CAPTURE(text);
    CHECK(therapy(text).empty());
  }
  // Contrast: therapy counted in visits or weeks.
  CHECK(one_therapy("PT 12 visits since March with partial relief.").visits == 12);
  CHECK(one_therapy("PT x 6 weeks, no better.").weeks == 6);
}

TEST_CASE("app-based physical therapy is telehealth therapy") {
  for (const char* text : {"App-based PT: completed 16 sessions over 8 weeks.",
                           "Completed 6 weeks of app-based physical therapy with video check-ins.",
                           "Digital PT program: 12 sessions logged."}) {
    CAPTURE(text);
    const auto f = one_therapy(text);
    CHECK_FALSE(f.negated);
    CHECK(f.setting == std::optional<std::string>("telehealth"));
  }
}

TEST_CASE("therapy referred, consulted or to be arranged at a hospital discharge is planned") {
  for (const char* text : {
           "Discharged with prednisone taper and PT referral.",
           "Outpatient PT referral if not improving in 2 weeks.",
           "Will consult PT/OT for mobility evaluation prior to discharge.",
           "Home health PT to be arranged by case management for gait and transfers.",
           "Sent home on a Medrol dose pack with a physiotherapy referral.",
       }) {
    CAPTURE(text);
    const auto f = one_therapy(text);
    CHECK(f.hypothetical);
    CHECK_FALSE(f.negated);
  }
  // Contrast: discharged from the therapy itself, after visits held.
  const auto f = one_therapy("Discharged from PT after 10 visits.");
  CHECK_FALSE(f.hypothetical);
  CHECK(f.visits == 10);
  // A month range after a visits label is no count of visits attended.
  CHECK(one_therapy("PT d/c: 14 visits 6/2023-8/2023, goals met.").visits == 14);
}
