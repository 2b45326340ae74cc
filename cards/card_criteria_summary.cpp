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
  if (!a.not_assessed.empty())
    spec.summary += "; " + segment_list(a.not_assessed) + " not assessed";

  std::string d = "**Verdict:** " + std::string(verdict_text(a.verdict)) + " (policy " +
                  markdown_escape(a.policy.id) +
                  (a.policy.version.empty() ? "" : " " + markdown_escape(a.policy.version)) +
                  ", as of " + markdown_escape(a.as_of) + ").";
  if (!f.requested.empty()) {
    d += " Supported: " +
         (f.construct.empty() ? std::string("no fusion level")
                              : "fusion " + construct_name(f.construct, f.keep_pelvis())) +
         ".";
  }
  // Criteria are named only: the cards beside this one and the full review
  // give the findings, so no card repeats another.
  std::string met_titles;
  std::string lines;
  for (const auto& c : a.criteria) {
    const std::string title = c.title.empty() ? c.id : c.title;
    const std::string shown = title == c.id ? markdown_escape(title) : title;
    if (c.status == criteria::Status::met) {
      met_titles += (met_titles.empty() ? "" : ", ") + shown;
    } else if (c.status == criteria::Status::not_met || c.status == criteria::Status::unknown) {
      lines += "- **" + shown + ":** " + std::string(status_text(c.status)) + "\n";
    }
  }
  if (!lines.empty()) d += "\n\n" + lines;
  // A mixed order, or levels beyond T1: this family judged only its own part.
  if (!a.not_assessed.empty()) {
    d += std::string(lines.empty() ? "\n\n" : "") + "- **Not assessed here:** " +
         segment_list(a.not_assessed) +
         " (levels outside this procedure family; another service or a reviewer judges them)\n";
  }
  if (!met_titles.empty())
    d += (lines.empty() ? "\n\n" : "\n") + std::string("**Met:** ") + met_titles + ".";
  d += "\n\nA criterion that is not documented does not count as met. This is advice; the order "
       "can be signed as written.";
  spec.detail = d;
  return make_card(ctx, in, spec);
}

}  // namespace spinecds::cards
