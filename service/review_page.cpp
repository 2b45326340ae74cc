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

// The page is appended to one string: `text` is escaped, `markup` is ours.
struct Page {
  std::string h;
  Page& markup(std::string_view s) {
    h += s;
    return *this;
  }
  Page& text(std::string_view s) {
    append_html_escaped(h, s);
    return *this;
  }
};

void evidence_html(Page& p, const std::vector<criteria::Evidence>& ev) {
  if (ev.empty()) {
    p.markup("<small>none in the record</small>");
    return;
  }
  p.markup("<ul>");
  for (const auto& e : ev) {
    p.markup("<li>");
    if (!e.document.empty()) p.text(e.document).markup(" ");
    if (!e.date.empty()) p.text(e.date).markup(" ");
    p.markup("<q>").text(e.text).markup("</q> <small>").text(e.reference).markup("</small></li>");
  }
  p.markup("</ul>");
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
  Page p;
  p.h.reserve(std::size_t{16} * 1024);
  p.markup(
       "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
       "<meta name=\"referrer\" content=\"no-referrer\">"
       "<meta name=\"viewport\" content=\"width=device-width\">"
       "<title>SpineCDS review</title><style>")
      .markup(kStyle)
      .markup("</style></head><body>");
  p.markup("<h1>Fusion order review: ").text(cards::verdict_text(a.verdict)).markup("</h1>");
  p.markup("<p>Order <code>").text(a.order).markup("</code>, service <code>").text(service_id);
  p.markup("</code>, as of ").text(a.as_of).markup(".<br>Policy <code>").text(a.policy.id);
  p.markup("</code> version ").text(a.policy.version).markup(", profile <code>");
  p.text(a.policy.profile).markup("</code>.</p>");
  p.markup("<p>Requested: fusion ").text(segments(a.requested_levels));
  p.markup(a.requested_pelvic_fixation ? " with pelvic fixation" : "");
  p.markup(". Supported: fusion ").text(segments(a.supported_fusion_levels));
  p.markup(a.supported_pelvic_fixation ? " with pelvic fixation" : "");
  p.markup("; decompression only: ").text(segments(a.decompression_only));
  if (!a.bridged_levels.empty()) {
    p.markup("; bridged without support of their own: ").text(segments(a.bridged_levels));
  }
  p.markup(".</p>");
  // A cervical order (DESIGN §9): its approach, and the segments another
  // family's service (or nobody, beyond T1) judges.
  if (!a.approach.empty()) p.markup("<p>Approach: ").text(a.approach).markup(".</p>");
  if (!a.not_assessed.empty()) {
    p.markup("<p>Not assessed here: ").text(segments(a.not_assessed));
    p.markup(" (outside this procedure family).</p>");
  }
  const bool cervical = std::any_of(a.levels.begin(), a.levels.end(),
                                    [](const criteria::LevelRow& r) { return r.cervical; });

  p.markup(
      "<h2>Levels</h2><table><tr><th>Level</th><th>Requested</th><th>Stenosis</th>"
      "<th>Instability</th>");
  if (cervical) {
    p.markup(
        "<th>Root</th><th>Compression</th><th>Cord signal</th><th>Concordant</th>"
        "<th>Basis</th>");
  }
  p.markup("<th>Fusion supported</th><th>Evidence</th></tr>");
  for (const auto& row : a.levels) {
    p.markup("<tr><td>").text(terminology::to_string(row.segment)).markup("</td><td>");
    p.markup(row.requested ? "yes" : "no").markup("</td><td>");
    if (row.stenosis) {
      p.text(terminology::to_string(*row.stenosis));
    } else {
      p.markup("none documented");
    }
    p.markup("</td><td>").markup(row.instability ? "documented" : "not documented");
    p.markup("</td>");
    if (cervical) {
      std::string compression;
      for (const auto& c : row.compression) compression += (compression.empty() ? "" : ", ") + c;
      p.markup("<td>").text(row.root).markup("</td><td>");
      p.text(compression.empty() ? "none documented" : compression).markup("</td><td>");
      p.markup(row.cord_signal ? "changed" : "not documented").markup("</td><td>");
      p.markup(row.concordant ? "yes" : "no").markup("</td><td>").text(row.basis);
      p.markup("</td>");
    }
    p.markup("<td>").markup(row.fusion_supported ? "yes" : "no").markup("</td><td>");
    evidence_html(p, row.evidence);
    p.markup("</td></tr>");
  }
  p.markup("</table>");

  p.markup(
      "<h2>Criteria</h2><table><tr><th>Criterion</th><th>Status</th><th>Finding</th>"
      "<th>Evidence</th><th>Source</th></tr>");
  for (const auto& c : a.criteria) {
    p.markup("<tr><td>").text(c.title.empty() ? c.id : c.title).markup("<br><small>");
    p.text(c.id).markup("</small></td><td class=\"s-").text(criteria::to_string(c.status));
    p.markup("\">").text(cards::status_text(c.status)).markup("</td><td>").text(c.summary);
    p.markup("</td><td>");
    evidence_html(p, c.evidence);
    p.markup("</td><td><small>").text(c.citation).markup("</small></td></tr>");
  }
  p.markup("</table>");

  p.markup("<h2>Data gaps</h2>");
  if (a.data_gaps.empty()) {
    p.markup("<p>None: every part of the record was retrieved.</p>");
  } else {
    p.markup("<ul>");
    for (const auto& g : a.data_gaps) {
      p.markup("<li><code>").text(g.key).markup("</code>: ");
      p.markup(g.partial ? "cut short: " : "not retrieved: ").text(g.reason).markup("</li>");
    }
    p.markup("</ul>");
  }
  p.markup(
      "<p><small>Advice from SpineCDS; a criterion that is not documented does not count as "
      "met. This page expires and is then deleted.</small></p></body></html>");
  return std::move(p.h);
}

}  // namespace spinecds::service
