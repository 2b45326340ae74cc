// Physical-therapy episodes and calendar arithmetic: weeks counted from the
// first to the last session inclusive, gaps within the policy's limit,
// in-person lumbar therapy inside the window only.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "criteria/dates.h"
#include "criteria/policy.h"
#include "criteria/pt_episodes.h"

using namespace spinecds;
using criteria::analyse_pt;
using terminology::TherapyItem;
using terminology::TherapySetting;

namespace {

const criteria::Profile& profile() {
  static const criteria::Policy p = *criteria::load_policy(criteria::default_policy_text()).policy;
  return p.profile("default");
}

TherapyItem session(std::string date, TherapySetting setting = TherapySetting::in_person) {
  TherapyItem t;
  t.start = t.end = date;
  t.setting = setting;
  t.quote = {"Procedure/pt-" + date, "Therapeutic exercise"};
  return t;
}

// Weeks a note states with no dates ("completed 8 weeks of PT"), on the
// note's day.
TherapyItem told(std::string note_day, double weeks, std::string words) {
  TherapyItem t;
  t.end = std::move(note_day);
  t.stated_weeks = weeks;
  t.is_episode = true;
  t.quote = {"DocumentReference/note-" + t.end, std::move(words)};
  return t;
}

std::vector<TherapyItem> weekly(const std::string& first, int n, int step = 7) {
  std::vector<TherapyItem> out;
  const long d0 = *criteria::day_number(first);
  for (int i = 0; i < n; ++i) out.push_back(session(criteria::iso_date(d0 + step * i)));
  return out;
}

}  // namespace

TEST_CASE("dates: day numbers, ISO round trip, months back") {
  CHECK(criteria::day_number("1970-01-01") == 0);
  CHECK(criteria::iso_date(*criteria::day_number("2026-11-20")) == "2026-11-20");
  CHECK(criteria::day_number("2026-11-20T10:42:00-06:00") == criteria::day_number("2026-11-20"));
  CHECK(!criteria::day_number("yesterday"));
  CHECK(!criteria::day_number("2026-02-30"));
  CHECK(criteria::iso_date(*criteria::months_before("2026-11-20", 12)) == "2025-11-20");
  CHECK(criteria::iso_date(*criteria::months_before("2026-03-31", 1)) == "2026-02-28");
  CHECK(criteria::iso_date(*criteria::months_before("2026-01-15", 14)) == "2024-11-15");
}

TEST_CASE("six weekly sessions are six weeks") {
  terminology::RecordFacts f;
  f.therapy = weekly("2026-03-02", 6);
  const auto pt = analyse_pt(f, profile(), "2026-11-20");
  CHECK(pt.documented);
  CHECK(pt.best_weeks == 6);
  CHECK(pt.best_first == "2026-03-02");
  CHECK(pt.best_last == "2026-04-06");
}

TEST_CASE("a gap of more than the policy's days starts a new episode") {
  terminology::RecordFacts f;
  f.therapy = weekly("2026-03-02", 3);   // 03-02 .. 03-16
  auto later = weekly("2026-04-07", 4);  // 22 days after 03-16
  f.therapy.insert(f.therapy.end(), later.begin(), later.end());
  auto pt = analyse_pt(f, profile(), "2026-11-20");
  CHECK(pt.best_weeks == 4);
  // Exactly 21 days keeps the episode together.
  f.therapy = weekly("2026-03-02", 3);
  later = weekly("2026-04-06", 4);
  f.therapy.insert(f.therapy.end(), later.begin(), later.end());
  pt = analyse_pt(f, profile(), "2026-11-20");
  CHECK(pt.best_weeks == 9);
}

TEST_CASE("telehealth and home sessions are left out, even inside a mixed course") {
  terminology::RecordFacts f;
  f.therapy = weekly("2026-03-02", 3);
  for (const auto& d : {"2026-03-23", "2026-03-30", "2026-04-06", "2026-04-13"}) {
    f.therapy.push_back(session(d, TherapySetting::telehealth));
  }
  f.therapy.push_back(session("2026-04-20"));
  const auto pt = analyse_pt(f, profile(), "2026-11-20");
  // 03-16 to 04-20 is 35 days without an in-person session: two episodes.
  CHECK(pt.best_weeks == 3);
  CHECK(pt.left_out.size() == 4);
}

TEST_CASE("only the part of an episode inside the window counts") {
  terminology::RecordFacts f;
  TherapyItem course;
  course.start = "2025-09-01";
  course.end = "2025-12-29";
  course.is_episode = true;
  course.quote = {"Procedure/pt-course", "PT course"};
  f.therapy.push_back(course);
  auto pt = analyse_pt(f, profile(), "2026-11-20");
  CHECK(pt.window_start == "2025-11-20");
  CHECK(pt.best_weeks == 6);  // 2025-11-20 .. 2025-12-29 is 39 days
  pt = analyse_pt(f, profile(), "2027-02-01");
  CHECK(pt.best_weeks == 0);
  CHECK(pt.documented);
}

TEST_CASE("stated weeks without dates end on the note's date; other regions are left out") {
  terminology::RecordFacts f;
  f.therapy.push_back(told("2026-10-01", 8, "completed 8 weeks of physical therapy"));
  TherapyItem knee = session("2026-06-01");
  knee.region = terminology::BodyRegion::other;
  f.therapy.push_back(knee);
  const auto pt = analyse_pt(f, profile(), "2026-11-20");
  CHECK(pt.best_weeks == 8);
  REQUIRE(pt.left_out.size() == 1);
  CHECK(pt.left_out[0].reason == "therapy for another body region");
}

TEST_CASE("nothing about PT is not documented; a cancelled session is") {
  terminology::RecordFacts f;
  CHECK_FALSE(analyse_pt(f, profile(), "2026-11-20").documented);
  f.therapy_excluded.push_back({{"Procedure/pt-x", "PT session"}, "status not-done"});
  const auto pt = analyse_pt(f, profile(), "2026-11-20");
  CHECK(pt.documented);
  CHECK(pt.best_weeks == 0);
}

TEST_CASE("weeks told after dated visits are those visits told again, not more weeks") {
  // Six visits over three weeks, then an IME a month later: "three weeks of
  // therapy". Not 09-08 .. 10-28 (8 weeks): the told course ends at the
  // last dated visit.
  terminology::RecordFacts f;
  for (const char* d :
       {"2026-09-08", "2026-09-11", "2026-09-15", "2026-09-18", "2026-09-22", "2026-09-29"}) {
    f.therapy.push_back(session(d));
  }
  f.therapy.push_back(told("2026-10-28", 3, "three weeks of therapy"));
  auto pt = analyse_pt(f, profile(), "2026-11-03");
  CHECK(pt.best_weeks == 4);
  CHECK(pt.best_first == "2026-09-08");
  CHECK(pt.best_last == "2026-09-29");

  // A discharge summary two weeks after the last of four dated visits says
  // "completed 8 weeks of PT": the course reaches back from that visit.
  terminology::RecordFacts g;
  for (const auto& s : weekly("2026-08-25", 4)) g.therapy.push_back(s);
  g.therapy.push_back(told("2026-09-29", 8, "completed 8 weeks of PT"));
  pt = analyse_pt(g, profile(), "2026-11-03");
  CHECK(pt.best_weeks == 8);
  CHECK(pt.best_last == "2026-09-15");

  // Told weeks far from any dated visit still end on the note's date.
  terminology::RecordFacts h;
  h.therapy.push_back(session("2026-01-05"));
  h.therapy.push_back(told("2026-10-28", 6, "six weeks of PT"));
  pt = analyse_pt(h, profile(), "2026-11-03");
  CHECK(pt.best_weeks == 6);
  CHECK(pt.best_last == "2026-10-28");
}
