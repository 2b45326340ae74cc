// Card 5: every criterion with its status and the verdict, linking the
// guideline. Always present for an assessed order (it is what says a fully
// supported order is supported).
#include "cards/card_kinds.h"
#include "cards/criterion_names.h"
#include "cards/levels_text.h"
#include "cards/markdown_escape.h"

namespace spinecds::cards {

rapidjson::Value card_criteria_summary(const CardContext& ctx, const OrderInput& in) {
  const criteria::Assessment& a = *in.assessment;
  const FusionFindings f = fusion_findings(a);
  const std::string requested = construct_name(f.requested, f.pelvis_requested);
  int met = 0, not_met = 0, unknown = 0;
  for (const auto& c : a.criteria) {
    if (c.status == criteria::Status::met) ++met;
    if (c.status == criteria::Status::not_met) ++not_met;
    if (c.status == criteria::Status::unknown) ++unknown;
  }

  CardSpec spec;
  spec.kind = kCriteriaSummary;
  spec.indicator = Indicator::info;
  spec.topic = kTopicGuideline;
  for (const auto& c : a.criteria) spec.criteria_for_links.push_back(c.id);
  if (a.verdict == criteria::Verdict::supported) {
    spec.summary = "Fusion " + requested + ": the documentation supports the order (" +
                   std::to_string(met) + " criteria met)";
  } else {
    std::string s = "Fusion " + requested + " " + std::string(verdict_text(a.verdict)) + ": " +
                    std::to_string(met) + " criteria met";
    if (not_met > 0) s += ", " + std::to_string(not_met) + " not met";
    if (unknown > 0) s += ", " + std::to_string(unknown) + " not documented";
    spec.summary = s;
  }

  std::string d = "**Verdict:** " + std::string(verdict_text(a.verdict)) + " for " +
                  markdown_escape(in.order_reference) + " (policy " + markdown_escape(a.policy.id) +
                  (a.policy.version.empty() ? "" : " " + markdown_escape(a.policy.version)) +
                  ", as of " + markdown_escape(a.as_of) + ").";
  if (!f.requested.empty()) {
    d += " Requested: fusion " + requested + ". Supported: " +
         (f.construct.empty() ? std::string("no fusion level")
                              : "fusion " + construct_name(f.construct, f.keep_pelvis())) +
         ".";
  }
  if (!a.criteria.empty()) {
    d += "\n\n| Criterion | Status | Finding |\n|---|---|---|\n";
    for (const auto& c : a.criteria) {
      std::string finding = markdown_escape(c.summary);
      const std::string ev = evidence_markdown(c.evidence, 2);
      if (!ev.empty()) finding += (finding.empty() ? "" : " ") + std::string("(") + ev + ")";
      // Titles are ours; an id we do not know is echoed, so escape that.
      const std::string title = criterion_title(c.id);
      d += "| " + (title == c.id ? markdown_escape(title) : title) + " | " +
           std::string(status_text(c.status)) + " | " + (finding.empty() ? "" : finding) + " |\n";
    }
  }
  d += "\nA criterion that is not documented does not count as met: surgery is not supported on "
       "imaging alone. This is advice; the order can be signed as written.";
  spec.detail = d;
  return make_card(ctx, in, spec);
}

}  // namespace spinecds::cards
