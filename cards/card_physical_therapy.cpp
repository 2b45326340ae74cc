// Card 4: the mandatory formal physical therapy criterion is not documented
// (weighs like not met) or not met; the summary says which.
#include <cctype>
#include <cmath>

#include "cards/card_kinds.h"
#include "cards/criterion_names.h"
#include "cards/levels_text.h"
#include "cards/markdown_escape.h"
#include "cards/new_orders.h"
#include "criteria/criterion_ids.h"
#include "criteria/procedure_family.h"

namespace spinecds::cards {

namespace {

constexpr std::string_view kPtCriterion = criteria::criterion_id::kPt6Weeks;
constexpr std::string_view kSnomed = "http://snomed.info/sct";

// "6 weeks of formal physical therapy": the duration comes from the policy;
// when the policy does not state it in a form found here, the fixed criterion
// id names it.
std::string pt_phrase(const Guideline& g) {
  std::string weeks;
  if (g.pt_weeks && *g.pt_weeks > 0) {
    const double w = *g.pt_weeks;
    weeks = std::floor(w) == w ? std::to_string(static_cast<int>(w)) : std::to_string(w);
  } else {
    const auto pos = kPtCriterion.find("pt-");
    for (auto i = pos + 3;
         i < kPtCriterion.size() && std::isdigit(static_cast<unsigned char>(kPtCriterion[i]));
         ++i) {
      weeks.push_back(kPtCriterion[i]);
    }
  }
  return weeks.empty() ? std::string("Formal physical therapy")
                       : weeks + " weeks of formal physical therapy";
}

}  // namespace

rapidjson::Value card_physical_therapy(const CardContext& ctx, const OrderInput& in) {
  const criteria::Assessment& a = *in.assessment;
  // The cervical family counts conservative care of several kinds (DESIGN §9).
  const bool cervical = a.family == criteria::kCervicalFusion;
  const std::string_view criterion_id =
      cervical ? criteria::criterion_id::kConservativeCare6Weeks : kPtCriterion;
  const std::string region = cervical ? "cervical" : "lumbar";
  const auto* c = find_criterion(a, criterion_id);
  if (c == nullptr ||
      (c->status != criteria::Status::not_met && c->status != criteria::Status::unknown)) {
    return rapidjson::Value();
  }
  const FusionFindings f = fusion_findings(a);
  const std::string requested = construct_name(f.requested, f.pelvis_requested);
  const std::string phrase = cervical ? "Conservative care" : pt_phrase(*ctx.guideline);
  const bool unknown = c->status == criteria::Status::unknown;

  CardSpec spec;
  spec.kind = kPhysicalTherapy;
  spec.indicator = Indicator::warning;
  spec.topic = kTopicAppropriateUse;
  spec.criteria_for_links = {std::string(criterion_id)};
  spec.summary =
      phrase + (unknown ? " not documented" : " not met") + " before fusion " + requested;

  std::string d;
  if (!c->summary.empty()) {
    d = markdown_escape(truncate_code_points(c->summary, 300));
    d[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(d[0])));
    if (d.back() != '.') d += '.';
  } else {
    d = unknown ? "Documentation does not show formal physical therapy in the window before the "
                  "order."
                : "The documented physical therapy does not meet the criterion (duration, "
                  "setting or timing).";
  }
  if (unknown) {
    d += " The criterion is mandatory, so an undocumented course weighs like one that was not "
         "done.";
  }
  spec.detail = d;

  const std::string text = "Supervised in-person physical therapy for the " + region + " spine" +
                           (cervical || phrase == "Formal physical therapy"
                                ? std::string()
                                : ", " + phrase.substr(0, phrase.find(" of ")));
  NewOrder order;
  order.category = {kSnomed, "3457005", "Patient referral"};
  order.category_text = "Referral";
  order.codes = {{kSnomed, "91251008", "Physical therapy procedure"}};
  order.code_text = text;
  order.fallback_reason = cervical ? "Neck and arm pain: conservative care before fusion"
                                   : "Lumbar spine pain: conservative care before fusion";
  order.suggestion_key = "refer-pt";
  order.label = "Refer to supervised in-person physical therapy";
  order.action = "Create a draft referral to supervised in-person physical therapy for the " +
                 region + " spine";
  return card_suggesting_order(
      ctx, in, std::move(spec), c->evidence, 2,
      "a referral to supervised in-person physical therapy. If the patient completed therapy "
      "elsewhere, adding those records to the chart answers this card.",
      order);
}

}  // namespace spinecds::cards
