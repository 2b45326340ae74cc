// Cervical conservative care counted per modality (research CF-CC-01;
// policy care.modalityMinWeeks): eviCore counts drugs for 6 weeks and
// provider-directed exercise for 6 weeks, each on its own span, or an
// injection at the level once; the aetna-like and medicare-like profiles
// state weeks in total only. Plain values on hand-built facts.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "criteria/assess.h"
#include "criteria/criterion_ids.h"
#include "criteria/dates.h"
#include "criteria/policy.h"
#include "support/policy_files.h"

using namespace spinecds;
using criteria::Status;
using terminology::TherapySetting;

namespace {

constexpr const char* kOrderDay = "2026-11-20";

// The day `weeks` weeks before the order.
std::string weeks_before(int weeks) {
  return criteria::iso_date(*criteria::day_number(kOrderDay) - 7L * weeks);
}

// A right C6 radiculopathy at C5-C6 and no care yet: only the care differs.
terminology::RecordFacts record() {
  terminology::RecordFacts f;
  f.order = "ServiceRequest/acdf";
  f.region = terminology::FusionRegion::cervical;
  f.requested.segments = {*terminology::parse_canonical_segment("C5-C6")};
  return f;
}

// Therapy for the neck from `from` to `to` weeks before the order.
void therapy(terminology::RecordFacts& f, int from, int to,
             TherapySetting setting = TherapySetting::in_person) {
  terminology::TherapyItem t;
  t.start = weeks_before(from);
  t.end = weeks_before(to);
  t.is_episode = true;
  t.setting = setting;
  t.region = terminology::BodyRegion::cervical;
  t.quote = {"Procedure/pt-" + t.start, "therapy for the neck", "Therapy note", t.start};
  f.therapy.push_back(t);
}

// A drug written `day`; `stopped`, when given, is the last day its record
// states for the course.
void drug(terminology::RecordFacts& f, const char* name, std::string day,
          std::string stopped = {}) {
  const std::string ref = "MedicationRequest/" + std::string(name);
  f.medications.push_back({ref, name, "Medication", day});
  if (!stopped.empty()) f.medication_ends.emplace_back(ref, std::move(stopped));
}

struct Care {
  Status status;
  std::string summary;
};

Care care(const terminology::RecordFacts& f, const char* profile = "default") {
  criteria::AssessInput in;
  in.facts = &f;
  in.as_of = kOrderDay;
  in.profile = profile;
  in.family = "cervical-fusion";
  in.approach = "anterior";
  const auto a = criteria::assess(test::shipped_policy("cervical-fusion"), in);
  for (const auto& c : a.criteria) {
    if (c.id == criteria::criterion_id::kConservativeCare6Weeks) return {c.status, c.summary};
  }
  FAIL("no conservative-care criterion");
  return {Status::unknown, ""};
}

bool says(const Care& c, const std::string& words) {
  return c.summary.find(words) != std::string::npos;
}

}  // namespace

TEST_CASE("the policy holds the weeks each modality must last, with its source") {
  const auto& d = test::shipped_policy("cervical-fusion")
                      .profile("default")
                      .thresholds.at("care.modalityMinWeeks");
  CHECK(d.value == 6);
  CHECK(d.source == "evicore-cmm-601");
  for (const char* p : {"aetna-like", "medicare-like"}) {
    CAPTURE(p);
    const auto& t =
        test::shipped_policy("cervical-fusion").profile(p).thresholds.at("care.modalityMinWeeks");
    CHECK(t.passes(0));  // no per-modality rule stated
    CHECK(t.source == "project-choice");
  }
}

TEST_CASE("every modality long enough: met") {
  auto f = record();
  therapy(f, 10, 2);  // nine calendar weeks of PT
  drug(f, "gabapentin 300 mg", weeks_before(9));
  const auto c = care(f);
  CHECK(c.status == Status::met);
  CHECK(says(c, "9 weeks of physical therapy"));
  CHECK(says(c, "9 weeks of medication"));

  // Another writer: a telehealth course and naproxen, each seven weeks.
  auto g = record();
  therapy(g, 8, 2, TherapySetting::telehealth);
  drug(g, "naproxen 500 mg", weeks_before(7));
  CHECK(care(g).status == Status::met);
}

TEST_CASE("PT too short beside a long course of medication: not met, the shortfall named") {
  auto f = record();
  therapy(f, 18, 17);  // two calendar weeks in the summer
  drug(f, "gabapentin 300 mg", weeks_before(17));
  const auto c = care(f);
  CHECK(c.status == Status::not_met);
  CHECK(says(c, "documentation shows 2 weeks of physical therapy (4 weeks short)"));
  CHECK(says(c, "the policy asks for at least 6 weeks of each modality"));
  CHECK(says(c, "17 weeks of medication"));
  CHECK(c.summary.rfind("Documentation does not show", 0) == 0);
  CHECK_FALSE(says(c, "patient did not"));
  // The card quotes the first 300 characters: the shortfall is among them.
  CHECK(c.summary.find("4 weeks short") < 300);

  // A home programme of one week and a muscle relaxant for twelve.
  auto g = record();
  therapy(g, 3, 3, TherapySetting::home);
  drug(g, "cyclobenzaprine 10 mg", weeks_before(12));
  const auto h = care(g);
  CHECK(h.status == Status::not_met);
  CHECK(says(h, "documentation shows 1 week of home exercise (5 weeks short)"));

  // Both short (3 weeks of PT, 4 of gabapentin): both named.
  auto k = record();
  therapy(k, 7, 5);
  drug(k, "gabapentin", weeks_before(4));
  const auto both = care(k);
  CHECK(both.status == Status::not_met);
  CHECK(says(both, "3 weeks of physical therapy (3 weeks short)"));
  CHECK(says(both, "4 weeks of medication (2 weeks short)"));
}

TEST_CASE("PT then the home programme it taught are one exercise modality, measured together") {
  auto f = record();
  therapy(f, 9, 7);                             // three weeks in clinic
  therapy(f, 6, 3, TherapySetting::home);       // then four at home, no gap
  drug(f, "meloxicam 15 mg", weeks_before(8));  // and a drug for eight
  const auto c = care(f);
  CHECK(c.status == Status::met);
  CHECK(says(c, "7 weeks of home exercise and physical therapy"));
}

TEST_CASE("an injection counts once, with no duration") {
  auto f = record();
  f.injections.push_back({"Procedure/esi", "C5-6 interlaminar epidural steroid injection",
                          "Procedure", weeks_before(3)});
  drug(f, "prednisone taper then naproxen", weeks_before(6));
  const auto c = care(f);
  CHECK(c.status == Status::met);
  CHECK(says(c, "an injection (counted once)"));
  // Five weeks of medication with the injection: one modality.
  auto g = record();
  g.injections = f.injections;
  drug(g, "naproxen", weeks_before(5));
  const auto h = care(g);
  CHECK(h.status == Status::not_met);
  CHECK(says(h, "5 weeks of medication (1 week short)"));
}

TEST_CASE("medicare-like: 12 weeks in total of multimodal care, no weeks per modality") {
  // Four weeks of PT beside thirteen of gabapentin: short of eviCore's six
  // for PT, but the LCD asks for 12 weeks in total, not 12 (or 6) of each.
  auto f = record();
  therapy(f, 13, 10);
  drug(f, "gabapentin", weeks_before(13));
  CHECK(care(f, "default").status == Status::not_met);
  const auto m = care(f, "medicare-like");
  CHECK(m.status == Status::met);
  CHECK_FALSE(says(m, "each modality"));
  // Eight weeks of each within the last ten: eviCore's rule is met, the
  // LCD's twelve weeks in total are not.
  auto g = record();
  therapy(g, 9, 2);
  drug(g, "duloxetine", weeks_before(10));
  CHECK(care(g, "default").status == Status::met);
  const auto n = care(g, "medicare-like");
  CHECK(n.status == Status::not_met);
  CHECK(says(n, "at least 12 weeks"));
}

TEST_CASE("care with no documented span: no weeks, so eviCore does not count it") {
  // An undated medication (a list entry without a date) documents no weeks:
  // the default profile does not count it, and says so; the profiles with
  // no per-modality rule count it as a modality.
  auto f = record();
  therapy(f, 10, 2);
  f.medications.push_back({"MedicationStatement/list", "ibuprofen", "Medication list", ""});
  const auto c = care(f);
  CHECK(c.status == Status::not_met);
  CHECK(says(c, "medication with no documented dates or weeks"));
  CHECK(care(f, "medicare-like").status == Status::not_met);  // 10 weeks in total < 12
  auto g = f;
  g.therapy.clear();
  therapy(g, 13, 2);
  CHECK(care(g, "medicare-like").status == Status::met);
  // A single dated visit is the one calendar week it touches.
  auto h = record();
  therapy(h, 4, 4);
  drug(h, "gabapentin", weeks_before(8));
  CHECK(says(care(h), "1 week of physical therapy (5 weeks short)"));
}

TEST_CASE("a drug's course ends where the record says it stopped, not at the order") {
  // Gabapentin written 20 weeks ago and stopped after three weeks, beside
  // nine weeks of PT: one modality long enough, not two.
  auto f = record();
  therapy(f, 10, 2);
  drug(f, "gabapentin 300 mg", weeks_before(20), weeks_before(17));
  const auto c = care(f);
  CHECK(c.status == Status::not_met);
  CHECK(says(c, "3 weeks of medication (3 weeks short)"));

  // Another writer: two courses of naproxen, each stopped within a month,
  // months apart: the longest course counts, not the months between them.
  auto g = record();
  therapy(g, 10, 2);
  drug(g, "naproxen 500 mg", weeks_before(24), weeks_before(20));
  drug(g, "meloxicam 15 mg", weeks_before(12), weeks_before(8));
  CHECK(says(care(g), "4 weeks of medication (2 weeks short)"));

  // A course still running at the order is measured to the order.
  auto h = record();
  therapy(h, 10, 2);
  drug(h, "duloxetine 30 mg", weeks_before(12));
  drug(h, "naproxen 500 mg", weeks_before(30), weeks_before(29));
  const auto ch = care(h);
  CHECK(ch.status == Status::met);
  CHECK(says(ch, "12 weeks of medication"));
}

TEST_CASE("care that stopped long before the order does not run on to it") {
  // A 10-day ED prescription in the winter, then three weeks of PT in the
  // summer: neither modality nor the total reaches six weeks.
  auto f = record();
  drug(f, "ibuprofen 600 mg", weeks_before(30), weeks_before(29));
  therapy(f, 12, 10);
  // A clinic note telling the same PT again weeks later ("About 3 weeks of
  // PT") adds no session on the note's day.
  terminology::TherapyItem told;
  told.end = weeks_before(6);
  told.stated_weeks = 3;
  told.region = terminology::BodyRegion::cervical;
  told.quote = {"DocumentReference/clinic", "About 3 weeks of PT", "Clinic note", told.end};
  f.therapy.push_back(told);
  auto c = care(f);
  CHECK(c.status == Status::not_met);
  CHECK(says(c, "3 weeks of physical therapy"));
  CHECK(says(c, "1 week of medication"));
  CHECK_FALSE(says(c, "30 weeks"));
  CHECK_FALSE(says(c, "29 weeks"));

  // A drug named in an ED note ("ibuprofen x 10 days") is documented on the
  // note's day, not from then to the order.
  auto g = record();
  therapy(g, 9, 1);
  g.medications.push_back(
      {"DocumentReference/ed", "Ibuprofen x 10 days", "ED note", weeks_before(30)});
  c = care(g);
  CHECK(c.status == Status::not_met);
  CHECK_FALSE(says(c, "30 weeks of medication"));
  CHECK(says(c, "medication on single days with no course length"));

  // The same drug on an active prescription runs to the order (still taken).
  auto h = record();
  therapy(h, 9, 1);
  drug(h, "ibuprofen 600 mg", weeks_before(30));
  CHECK(care(h).status == Status::met);
}
