// Record readers on session 26's unseen lumbar records: an urgent condition
// of years ago dated by the year its sentence names, and films only ordered.
#include <doctest/doctest.h>

#include <string>

#include "support/record_fixtures.h"
#include "terminology/clinical_dates.h"
#include "terminology/event_date.h"
#include "terminology/record_facts.h"

using namespace spinecds;
using spinecds::test::facts_of;
using spinecds::test::note_document;
using spinecds::test::service_request;

TEST_CASE("an urgent condition of years ago is dated by the year its sentence names") {
  CHECK(terminology::event_date("Cauda equina syndrome in 2013, fully recovered.", "2026-10-13") ==
        "2013-12-31");
  CHECK(terminology::event_date("Cauda equina syndrome since 10/2026.", "2026-10-13") ==
        "2026-10-13");
  CHECK(terminology::event_date("Saddle anesthesia and retention today.", "2026-10-13") ==
        "2026-10-13");

  const auto facts = facts_of("[" +
                              note_document("doc", "2026-10-13",
                                            "SPINE CONSULT\nHx of cauda equina syndrome (2013), "
                                            "emergent L5-S1 discectomy, bladder recovered.\nNo "
                                            "current bowel or bladder symptoms.\n") +
                              R"(,
    {"resourceType":"Encounter","id":"enc","status":"finished",
     "period":{"start":"2026-09-01"},"type":[{"text":"Office visit"}],
     "reasonCode":[{"text":"Back pain; cauda equina syndrome 2011 s/p decompression"}]},
    {"resourceType":"Condition","id":"c","clinicalStatus":{"coding":[{"code":"active"}]},
     "code":{"text":"Cauda equina syndrome 2009, residual numbness"},"recordedDate":"2020-01-05"}])");
  REQUIRE(!facts.urgent.empty());
  for (const auto& u : facts.urgent) {
    INFO(u.reference << ": " << u.text);
    CHECK(u.date.substr(0, 4) < "2014");
  }
}

TEST_CASE("an urgent condition named without an earlier year keeps the note's date") {
  const auto facts =
      facts_of("[" +
               note_document("doc", "2026-11-03",
                             "ED NOTE\nAcute cauda equina syndrome with urinary retention since "
                             "11/02/2026.\n") +
               "]");
  REQUIRE(facts.urgent.size() == 1);
  CHECK(facts.urgent[0].date == "2026-11-03");
}

TEST_CASE("films only ordered are not films taken, whatever the order's notes say") {
  const auto ordered =
      facts_of("[" +
               service_request("fe", "active", "XR LUMBAR SPINE FLEXION EXTENSION", "2026-11-05",
                               "Standing flex/ex lateral views, measure translation at L4-5") +
               "," +
               service_request("fe2", "on-hold", "Lumbar dynamic radiographs", "2026-11-06",
                               "Flexion and extension films to look for L3-4 instability.") +
               "," +
               service_request("mri", "active", "MRI lumbar spine", "2026-11-06",
                               "Reason for exam: 5 mm L4-5 translation on flex-ex radiographs.") +
               "]");
  CHECK(ordered.flexion_extension.empty());

  // Carried out, the same order's notes say what was done.
  const auto done = facts_of(
      "[" +
      service_request("fe", "completed", "XR LUMBAR SPINE FLEXION EXTENSION", "2026-11-05",
                      "Standing flexion and extension lateral views obtained 11/07/2026.") +
      "]");
  CHECK(!done.flexion_extension.empty());
}

TEST_CASE("an open order's notes still record the care that justifies it") {
  const auto facts = facts_of(
      "[" +
      service_request("ref", "active", "Referral to spine surgery", "2026-11-05",
                      "Failed gabapentin and meloxicam. L5-S1 transforaminal epidural steroid "
                      "injection x2 without relief.") +
      "," +
      service_request("ref2", "draft", "Neurosurgery consult", "2026-11-06",
                      "Pt has tried duloxetine 60 mg daily; had L4-5 interlaminar ESI in August, "
                      "no lasting benefit.") +
      "]");
  CHECK(facts.medications.size() == 2);
  CHECK(facts.injections.size() == 2);
}

TEST_CASE("a year of another event in the sentence does not date a current urgent condition") {
  CHECK(terminology::event_date(
            "Recurrent cauda equina syndrome today with retention; L4-5 discectomy in 2019.",
            "2026-10-13") == "2026-10-13");
  CHECK(terminology::event_date(
            "Progressive neurological deficit: left TA now 2/5, was 4/5 on 2025 exam.",
            "2026-01-05") == "2026-01-05");
  // Fresh variants: an earlier surgery's year beside present symptoms.
  CHECK(terminology::event_date("New saddle anesthesia and urinary retention, prior L5-S1 "
                                "microdiscectomy 2021.",
                                "2026-03-02") == "2026-03-02");
  CHECK(terminology::event_date(
            "Cauda equina syndrome with overflow incontinence. Lumbar fusion 2018.", "2026-03-02",
            0) == "2026-03-02");
  // History still dates it.
  CHECK(terminology::event_date("Remote h/o cauda equina syndrome, decompressed 2015.",
                                "2026-03-02") == "2015-12-31");
}
