// Analytics from the issued-card ledger joined with feedback (DESIGN.md §6).
#include <doctest/doctest.h>

#include <algorithm>

#include <rapidjson/document.h>

#include "service/analytics.h"
#include "service/latency_window.h"

using namespace spinecds::service;

namespace {

LedgerEntry card(const std::string& uuid, const std::string& kind, const std::string& when,
                 const std::string& order, const std::string& verdict = "partially-supported") {
  return {
      uuid, "lumbar-fusion-order-sign", kind, "warning", "lumbar-fusion", "1.0.0", verdict, when,
      order};
}

FeedbackEntry fb(const std::string& uuid, const std::string& outcome, const std::string& code = "",
                 const std::string& display = "") {
  FeedbackEntry e;
  e.card = uuid;
  e.outcome = outcome;
  e.override_code = code;
  e.override_display = display;
  return e;
}

}  // namespace

TEST_CASE("ISO weeks, including the turn of the year") {
  CHECK(iso_week("2026-11-26T10:00:00Z") == "2026-W48");
  CHECK(iso_week("2026-01-01") == "2026-W01");  // a Thursday
  CHECK(iso_week("2027-01-01") == "2026-W53");  // a Friday: still 2026's last week
  CHECK(iso_week("2024-12-30") == "2025-W01");  // a Monday in 2025's first week
  CHECK(iso_week("junk").empty());
}

TEST_CASE("rates per kind and week, top override reasons, verdicts per order, latency") {
  const std::vector<LedgerEntry> ledger = {
      card("c1", "fusion-extent", "2026-11-23T09:00:00Z", "h1#0"),
      card("c2", "physical-therapy", "2026-11-23T09:00:00Z", "h1#0"),
      card("c3", "fusion-extent", "2026-11-30T09:00:00Z", "h2#0", "not-supported-as-documented"),
      card("c4", "physical-therapy", "2026-11-30T09:00:00Z", "h2#0", "not-supported-as-documented"),
      card("c1", "fusion-extent", "2026-11-23T09:00:01Z", "h1#0"),  // a retried call
  };
  const std::vector<FeedbackEntry> feedback = {
      fb("c1", "accepted"),
      fb("c1", "accepted"),  // the EHR sent it twice
      fb("c2", "overridden", "patient-specific-judgement", "Clinical judgement"),
      fb("c4", "overridden", "patient-specific-judgement", "Clinical judgement"),
      fb("c3", "overridden", "criteria-outside-record", "Documented elsewhere"),
      fb("unknown", "accepted"),
  };
  const auto a =
      compute_analytics(ledger, feedback, {{"lumbar-fusion-order-sign", {5, 1, 9, 7, 3}}});
  CHECK(a.total.issued == 4);
  CHECK(a.total.accepted == 1);
  CHECK(a.total.overridden == 3);
  CHECK(a.by_kind.at("fusion-extent").issued == 2);
  CHECK(a.by_kind.at("fusion-extent").accepted == 1);
  CHECK(a.by_kind.at("physical-therapy").overridden == 2);
  CHECK(a.by_week.at("2026-W48").accepted == 1);
  CHECK(a.by_week.at("2026-W49").overridden == 2);
  REQUIRE(a.top_override_reasons.size() == 2);
  CHECK(a.top_override_reasons[0].code == "patient-specific-judgement");
  CHECK(a.top_override_reasons[0].count == 2);
  CHECK(a.verdicts.at("partially-supported") == 1);  // orders, not cards
  CHECK(a.verdicts.at("not-supported-as-documented") == 1);
  CHECK(a.feedback_without_ledger == 1);
  CHECK(a.latency.at("all").count == 5);
  CHECK(a.latency.at("all").p50_ms == 5);
  CHECK(a.latency.at("all").p99_ms == 9);

  rapidjson::Document d;
  d.Parse(analytics_json(a).c_str());
  REQUIRE_FALSE(d.HasParseError());
  CHECK(d["cards"]["acceptRate"].GetDouble() == doctest::Approx(0.25));
  CHECK(d["byKind"].Size() == 2);
  CHECK(d["byWeek"].Size() == 2);
  CHECK(d["hookLatencyMs"]["lumbar-fusion-order-sign"]["p99"].GetDouble() == 9);
  const std::string html = analytics_html(a);
  CHECK(html.find("Clinical judgement") != std::string::npos);
  CHECK(html.find("2026-W49") != std::string::npos);
}

TEST_CASE("cards are counted per service, so each family's services are seen apart") {
  auto cervical = card("c9", "fusion-extent", "2026-11-30T09:00:00Z", "h9#0");
  cervical.service_id = "cervical-fusion-order-sign";
  const auto a =
      compute_analytics({card("c1", "fusion-extent", "2026-11-23T09:00:00Z", "h1#0"), cervical},
                        {fb("c9", "overridden", "x", "y")}, {});
  CHECK(a.by_service.at("lumbar-fusion-order-sign").issued == 1);
  CHECK(a.by_service.at("cervical-fusion-order-sign").overridden == 1);
  rapidjson::Document d;
  d.Parse(analytics_json(a).c_str());
  REQUIRE(d["byService"].Size() == 2);
  CHECK(std::string(d["byService"][0]["service"].GetString()) == "cervical-fusion-order-sign");
  CHECK(analytics_html(a).find("cervical-fusion-order-sign") != std::string::npos);
}

TEST_CASE("override reasons from the EHR are escaped in the page") {
  const auto a = compute_analytics({card("c1", "fusion-extent", "2026-11-23", "h#0")},
                                   {fb("c1", "overridden", "x", "<script>alert(1)</script>")}, {});
  const std::string html = analytics_html(a);
  CHECK(html.find("<script>") == std::string::npos);
  CHECK(html.find("&lt;script&gt;") != std::string::npos);
}

TEST_CASE("the latency window keeps the most recent samples per service") {
  LatencyWindow w(3);
  for (double ms : {1.0, 2.0, 3.0, 4.0}) w.record("s", ms);
  w.record("t", 10);
  const auto snap = w.snapshot();
  auto s = snap.at("s");
  std::sort(s.begin(), s.end());
  CHECK(s == std::vector<double>{2, 3, 4});
  CHECK(snap.at("t").size() == 1);
}
