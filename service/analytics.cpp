#include "service/analytics.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>
#include <tuple>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "criteria/dates.h"
#include "criteria/json_writer.h"
#include "service/html_escape.h"

namespace spinecds::service {

namespace {

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  const auto rank = static_cast<std::size_t>(std::ceil(p * static_cast<double>(v.size())));
  return v[std::min(v.size() - 1, rank == 0 ? 0 : rank - 1)];
}

double rate(std::uint64_t part, std::uint64_t whole) {
  return whole == 0 ? 0.0 : static_cast<double>(part) / static_cast<double>(whole);
}

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void write_counts(Writer& w, const OutcomeCounts& c) {
  criteria::json::uint_member(w, "issued", c.issued);
  criteria::json::uint_member(w, "accepted", c.accepted);
  criteria::json::uint_member(w, "overridden", c.overridden);
  criteria::json::double_member(w, "acceptRate", rate(c.accepted, c.issued));
  criteria::json::double_member(w, "overrideRate", rate(c.overridden, c.issued));
}

std::string percent(std::uint64_t part, std::uint64_t whole) {
  char b[16];
  std::snprintf(b, sizeof b, "%.0f %%", 100.0 * rate(part, whole));
  return b;
}

std::string counts_rows(const std::map<std::string, OutcomeCounts>& m) {
  std::string out;
  for (const auto& [k, c] : m) {
    out += "<tr><td>" + html_escape(k) + "</td><td>" + std::to_string(c.issued) + "</td><td>" +
           std::to_string(c.accepted) + " (" + percent(c.accepted, c.issued) + ")</td><td>" +
           std::to_string(c.overridden) + " (" + percent(c.overridden, c.issued) + ")</td></tr>";
  }
  return out;
}

}  // namespace

std::string iso_week(const std::string& ts) {
  const auto days = criteria::day_number(ts);
  if (!days) return {};
  const long weekday = ((*days + 3) % 7 + 7) % 7;  // Monday = 0 (1970-01-01 was a Thursday)
  const long thursday = *days - weekday + 3;       // the ISO year is its Thursday's
  const std::string thursday_date = criteria::iso_date(thursday);
  const std::string year = thursday_date.substr(0, 4);
  const auto jan1 = criteria::day_number(year + "-01-01");
  if (!jan1) return {};
  char b[40];
  std::snprintf(b, sizeof b, "%s-W%02ld", year.c_str(), (thursday - *jan1) / 7 + 1);
  return b;
}

Analytics compute_analytics(const std::vector<LedgerEntry>& ledger,
                            const std::vector<FeedbackEntry>& feedback,
                            const std::map<std::string, std::vector<double>>& latency_ms) {
  Analytics a;
  std::map<std::string, const LedgerEntry*> by_card;
  std::set<std::string> orders;
  for (const auto& e : ledger) {
    if (!by_card.emplace(e.card, &e).second) continue;
    ++a.total.issued;
    ++a.by_kind[e.kind].issued;
    ++a.by_week[iso_week(e.issued_at)].issued;
    ++a.by_service[e.service_id].issued;
    if (orders.insert(e.assessment).second) ++a.verdicts[e.verdict];
  }
  // A card counts once per outcome however often the EHR sent the feedback.
  std::set<std::pair<std::string, std::string>> seen;
  std::map<std::pair<std::string, std::string>, std::uint64_t> reasons;
  for (const auto& f : feedback) {
    const auto it = by_card.find(f.card);
    if (it == by_card.end()) {
      ++a.feedback_without_ledger;
      continue;
    }
    if (!seen.emplace(f.card, f.outcome).second) continue;
    const LedgerEntry& e = *it->second;
    const bool accepted = f.outcome == "accepted";
    for (OutcomeCounts* c : {&a.total, &a.by_kind[e.kind], &a.by_week[iso_week(e.issued_at)],
                             &a.by_service[e.service_id]}) {
      ++(accepted ? c->accepted : c->overridden);
    }
    if (!accepted) {
      ++reasons[{f.override_code.empty() ? "(none given)" : f.override_code, f.override_display}];
    }
  }
  for (const auto& [k, n] : reasons) a.top_override_reasons.push_back({k.first, k.second, n});
  std::stable_sort(a.top_override_reasons.begin(), a.top_override_reasons.end(),
                   [](const ReasonCount& x, const ReasonCount& y) { return x.count > y.count; });
  if (a.top_override_reasons.size() > 10) a.top_override_reasons.resize(10);

  std::vector<double> all;
  for (const auto& [service, v] : latency_ms) {
    a.latency[service] = {v.size(), percentile(v, 0.50), percentile(v, 0.99)};
    all.insert(all.end(), v.begin(), v.end());
  }
  a.latency["all"] = {all.size(), percentile(all, 0.50), percentile(all, 0.99)};
  return a;
}

std::string analytics_json(const Analytics& a) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  w.Key("cards");
  w.StartObject();
  write_counts(w, a.total);
  w.EndObject();
  for (const auto& [name, key, m] :
       {std::tuple{"byKind", "kind", &a.by_kind}, std::tuple{"byWeek", "week", &a.by_week},
        std::tuple{"byService", "service", &a.by_service}}) {
    w.Key(name);
    w.StartArray();
    for (const auto& [k, c] : *m) {
      w.StartObject();
      criteria::json::string_member(w, key, k);
      write_counts(w, c);
      w.EndObject();
    }
    w.EndArray();
  }
  w.Key("topOverrideReasons");
  w.StartArray();
  for (const auto& r : a.top_override_reasons) {
    w.StartObject();
    criteria::json::string_member(w, "code", r.code);
    if (!r.display.empty()) {
      criteria::json::string_member(w, "display", r.display);
    }
    criteria::json::uint_member(w, "count", r.count);
    w.EndObject();
  }
  w.EndArray();
  w.Key("verdicts");
  w.StartObject();
  for (const auto& [v, n] : a.verdicts) {
    criteria::json::uint_member(w, v, n);
  }
  w.EndObject();
  criteria::json::uint_member(w, "feedbackWithoutLedger", a.feedback_without_ledger);
  w.Key("hookLatencyMs");
  w.StartObject();
  for (const auto& [service, l] : a.latency) {
    w.Key(service.c_str());
    w.StartObject();
    criteria::json::uint_member(w, "count", l.count);
    criteria::json::double_member(w, "p50", l.p50_ms);
    criteria::json::double_member(w, "p99", l.p99_ms);
    w.EndObject();
  }
  w.EndObject();
  w.EndObject();
  return {buf.GetString(), buf.GetSize()};
}

std::string analytics_html(const Analytics& a) {
  std::string h =
      "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>SpineCDS "
      "analytics</title></head><body><h1>SpineCDS card analytics</h1>";
  h += "<p id=\"totals\">Cards issued: " + std::to_string(a.total.issued) +
       "; accepted: " + std::to_string(a.total.accepted) + " (" +
       percent(a.total.accepted, a.total.issued) +
       "); overridden: " + std::to_string(a.total.overridden) + " (" +
       percent(a.total.overridden, a.total.issued) + ").</p>";
  h += "<h2>By card kind</h2><table border=\"1\">" +
       std::string("<tr><th>Kind</th><th>Issued</th><th>Accepted</th><th>Overridden</th></tr>") +
       counts_rows(a.by_kind) + "</table>";
  h += "<h2>By service</h2><table border=\"1\">" +
       std::string("<tr><th>Service</th><th>Issued</th><th>Accepted</th><th>Overridden</th></tr>") +
       counts_rows(a.by_service) + "</table>";
  h += "<h2>By week</h2><table border=\"1\">" +
       std::string("<tr><th>Week</th><th>Issued</th><th>Accepted</th><th>Overridden</th></tr>") +
       counts_rows(a.by_week) + "</table>";
  h += "<h2>Top override reasons</h2><ol>";
  for (const auto& r : a.top_override_reasons) {
    h += "<li>" + html_escape(r.display.empty() ? r.code : r.display) + " <code>" +
         html_escape(r.code) + "</code>: " + std::to_string(r.count) + "</li>";
  }
  h += "</ol><h2>Verdicts (assessed orders)</h2><ul>";
  for (const auto& [v, n] : a.verdicts) {
    h += "<li>" + html_escape(v) + ": " + std::to_string(n) + "</li>";
  }
  h += "</ul><h2>Hook latency (this replica, recent calls)</h2><table border=\"1\">"
       "<tr><th>Service</th><th>Calls</th><th>p50 ms</th><th>p99 ms</th></tr>";
  for (const auto& [service, l] : a.latency) {
    char b[96];
    std::snprintf(b, sizeof b, "</td><td>%llu</td><td>%.1f</td><td>%.1f</td></tr>",
                  static_cast<unsigned long long>(l.count), l.p50_ms, l.p99_ms);
    h += "<tr><td>" + html_escape(service) + b;
  }
  h += "</table><p>Feedback on cards no replica recorded: " +
       std::to_string(a.feedback_without_ledger) + ".</p></body></html>";
  return h;
}

}  // namespace spinecds::service
