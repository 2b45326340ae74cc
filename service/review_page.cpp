#include "service/review_page.h"

#include <algorithm>

#include "cards/criterion_names.h"
#include "service/html_escape.h"

namespace spinecds::service {

namespace {

constexpr std::string_view kStyle =
    "body{font:15px/1.45 system-ui,sans-serif;margin:1.5rem auto;max-width:60rem;padding:0 1rem;"
    "color:#1b1f24}table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}"
    "th,td{border:1px solid #c9d1d9;padding:.35rem .5rem;text-align:left;vertical-align:top}"
    "th{background:#f0f3f6}.s-met{color:#116329}.s-not-met{color:#a40e26}"
    ".s-unknown{color:#7d4e00}q{font-style:italic}small{color:#57606a}";

std::string evidence_html(const std::vector<criteria::Evidence>& ev) {
  if (ev.empty()) return "<small>none in the record</small>";
  std::string out = "<ul>";
  for (const auto& e : ev) {
    out += "<li>";
    if (!e.document.empty()) out += html_escape(e.document) + " ";
    if (!e.date.empty()) out += html_escape(e.date) + " ";
    out +=
        "<q>" + html_escape(e.text) + "</q> <small>" + html_escape(e.reference) + "</small></li>";
  }
  return out + "</ul>";
}

std::string segments(const std::vector<terminology::Segment>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : ", ") + terminology::to_string(s);
  return out.empty() ? "none" : out;
}

}  // namespace

const std::string& review_csp() {
  static const std::string csp = "default-src 'none'; style-src " + csp_hash(kStyle) +
                                 "; img-src 'none'; base-uri 'none'; form-action 'none'; "
                                 "frame-ancestors 'none'";
  return csp;
}

std::string review_html(const criteria::Assessment& a, std::string_view service_id) {
  const std::string verdict(cards::verdict_text(a.verdict));
  std::string h =
      "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
      "<meta name=\"referrer\" content=\"no-referrer\">"
      "<meta name=\"viewport\" content=\"width=device-width\">"
      "<title>SpineCDS review</title><style>" +
      std::string(kStyle) + "</style></head><body>";
  h += "<h1>Fusion order review: " + html_escape(verdict) + "</h1>";
  h += "<p>Order <code>" + html_escape(a.order) + "</code>, service <code>" +
       html_escape(service_id) + "</code>, as of " + html_escape(a.as_of) + ".<br>Policy <code>" +
       html_escape(a.policy.id) + "</code> version " + html_escape(a.policy.version) +
       ", profile <code>" + html_escape(a.policy.profile) + "</code>.</p>";
  h += "<p>Requested: fusion " + html_escape(segments(a.requested_levels)) +
       (a.requested_pelvic_fixation ? " with pelvic fixation" : "") + ". Supported: fusion " +
       html_escape(segments(a.supported_fusion_levels)) +
       (a.supported_pelvic_fixation ? " with pelvic fixation" : "") +
       "; decompression only: " + html_escape(segments(a.decompression_only)) +
       (a.bridged_levels.empty() ? ""
                                 : "; bridged without support of their own: " +
                                       html_escape(segments(a.bridged_levels))) +
       ".</p>";
  // A cervical order (DESIGN §9): its approach, and the segments another
  // family's service (or nobody, beyond T1) judges.
  if (!a.approach.empty()) h += "<p>Approach: " + html_escape(a.approach) + ".</p>";
  if (!a.not_assessed.empty()) {
    h += "<p>Not assessed here: " + html_escape(segments(a.not_assessed)) +
         " (outside this procedure family).</p>";
  }
  const bool cervical = std::any_of(a.levels.begin(), a.levels.end(),
                                    [](const criteria::LevelRow& r) { return r.cervical; });

  h += "<h2>Levels</h2><table><tr><th>Level</th><th>Requested</th><th>Stenosis</th>"
       "<th>Instability</th>" +
       std::string(cervical ? "<th>Root</th><th>Compression</th><th>Cord signal</th>"
                              "<th>Concordant</th><th>Basis</th>"
                            : "") +
       "<th>Fusion supported</th><th>Evidence</th></tr>";
  for (const auto& row : a.levels) {
    std::string compression;
    for (const auto& c : row.compression) compression += (compression.empty() ? "" : ", ") + c;
    h += "<tr><td>" + html_escape(terminology::to_string(row.segment)) + "</td><td>" +
         (row.requested ? "yes" : "no") + "</td><td>" +
         (row.stenosis ? html_escape(terminology::to_string(*row.stenosis))
                       : std::string("none documented")) +
         "</td><td>" + (row.instability ? "documented" : "not documented") + "</td>" +
         (cervical
              ? "<td>" + html_escape(row.root) + "</td><td>" +
                    html_escape(compression.empty() ? "none documented" : compression) +
                    "</td><td>" + (row.cord_signal ? "changed" : "not documented") + "</td><td>" +
                    (row.concordant ? "yes" : "no") + "</td><td>" + html_escape(row.basis) + "</td>"
              : std::string()) +
         "<td>" + (row.fusion_supported ? "yes" : "no") + "</td><td>" +
         evidence_html(row.evidence) + "</td></tr>";
  }
  h += "</table>";

  h += "<h2>Criteria</h2><table><tr><th>Criterion</th><th>Status</th><th>Finding</th>"
       "<th>Evidence</th><th>Source</th></tr>";
  for (const auto& c : a.criteria) {
    const std::string status = criteria::to_string(c.status);
    h += "<tr><td>" + html_escape(c.title.empty() ? c.id : c.title) + "<br><small>" +
         html_escape(c.id) + "</small></td><td class=\"s-" + html_escape(status) + "\">" +
         html_escape(cards::status_text(c.status)) + "</td><td>" + html_escape(c.summary) +
         "</td><td>" + evidence_html(c.evidence) + "</td><td><small>" + html_escape(c.citation) +
         "</small></td></tr>";
  }
  h += "</table>";

  h += "<h2>Data gaps</h2>";
  if (a.data_gaps.empty()) {
    h += "<p>None: every part of the record was retrieved.</p>";
  } else {
    h += "<ul>";
    for (const auto& g : a.data_gaps) {
      h += "<li><code>" + html_escape(g.key) +
           "</code>: " + (g.partial ? "cut short: " : "not retrieved: ") + html_escape(g.reason) +
           "</li>";
    }
    h += "</ul>";
  }
  h += "<p><small>Advice from SpineCDS; a criterion that is not documented does not count as "
       "met. This page expires and is then deleted.</small></p></body></html>";
  return h;
}

}  // namespace spinecds::service
