// Card 3: flexion-extension radiographs are not in the record, and the fusion
// rests on instability (a deformity-indicated fusion does not need them).
#include <string>
#include <string_view>

#include "cards/card_kinds.h"
#include "cards/criterion_names.h"
#include "cards/levels_text.h"
#include "cards/new_orders.h"
#include "criteria/criterion_ids.h"
#include "criteria/procedure_family.h"

namespace spinecds::cards {

namespace {
constexpr std::string_view kCpt = "http://www.ama-assn.org/go/cpt";
constexpr std::string_view kLoinc = "http://loinc.org";
constexpr std::string_view kSnomed = "http://snomed.info/sct";
constexpr std::string_view kConstruct = "{construct}";

// What differs between the procedure families' cards: the wording and the
// films' codes. One builder below renders any row.
struct FilmsRow {
  bool links_instability;      // the card also links the instability criterion
  std::string_view summary;    // followed by " for fusion <construct>"
  std::string_view detail;     // {construct}: the requested construct
  std::string_view suggested;  // the films, in "**Suggested order:**"
  std::string_view films;      // the films, in the suggestion's label and action
  CodingRow cpt, loinc;
  std::string_view code_text, reason;
};

constexpr FilmsRow kLumbar{
    true,
    "Flexion-extension radiographs not documented",
    "Fusion {construct} rests on instability. Standing flexion-extension radiographs show "
    "whether a segment moves abnormally; documentation does not show such a study.",
    "standing lumbar flexion-extension radiographs",
    "standing lumbar flexion-extension radiographs",
    {kCpt, "72120", "Radiologic examination, spine, lumbosacral; bending views only, 2 or 3 views"},
    {kLoinc, "24971-4", ""},
    "Standing lumbar flexion-extension radiographs",
    "Evaluation of lumbar instability before fusion"};

// The cervical card (DESIGN §9): eviCore asks for plain films with
// flexion-extension views on the radiculopathy and adjacent-segment pathways.
constexpr FilmsRow kCervical{
    false,
    "Cervical flexion-extension radiographs not documented",
    "The policy asks for plain cervical radiographs with flexion-extension views before a "
    "fusion for radiculopathy or an adjacent segment; documentation does not show such a study.",
    "cervical spine radiographs with flexion and extension views",
    "cervical flexion-extension radiographs",
    {kCpt, "72050", "Radiologic examination, spine, cervical; 4 or 5 views"},
    {kLoinc, "24945-8", "XR Cervical spine Views W flexion and W extension"},
    "Cervical spine flexion-extension radiographs",
    "Evaluation of the cervical spine before fusion"};

std::string with_construct(std::string_view text, const std::string& construct) {
  std::string out(text);
  if (const auto at = out.find(kConstruct); at != std::string::npos) {
    out.replace(at, kConstruct.size(), construct);
  }
  return out;
}

}  // namespace

rapidjson::Value card_flexion_extension(const CardContext& ctx, const OrderInput& in) {
  const criteria::Assessment& a = *in.assessment;
  const auto* c = find_criterion(a, criteria::criterion_id::kFlexionExtension);
  if (c == nullptr ||
      (c->status != criteria::Status::not_met && c->status != criteria::Status::unknown)) {
    return rapidjson::Value();
  }
  const FusionFindings f = fusion_findings(a);
  if (f.deformity_indicated || f.requested.empty()) return rapidjson::Value();
  const FilmsRow& row = a.family == criteria::kCervicalFusion ? kCervical : kLumbar;
  const std::string requested = construct_name(f.requested, f.pelvis_requested);
  const std::string codes =
      " (CPT " + std::string(row.cpt.code) + ", LOINC " + std::string(row.loinc.code) + ")";

  CardSpec spec;
  spec.kind = kFlexionExtensionFilms;
  spec.indicator = Indicator::info;
  spec.topic = kTopicAppropriateUse;
  spec.criteria_for_links = {std::string(criteria::criterion_id::kFlexionExtension)};
  if (row.links_instability) {
    spec.criteria_for_links.emplace_back(criteria::criterion_id::kInstability);
  }
  spec.summary = std::string(row.summary) + " for fusion " + requested;
  spec.detail = with_construct(row.detail, requested);

  NewOrder order;
  order.category = {kSnomed, "363679005", "Imaging"};
  order.category_text = "Imaging";
  order.codes = {row.cpt, row.loinc};
  order.code_text = row.code_text;
  order.fallback_reason = row.reason;
  order.suggestion_key = "order-films";
  order.label = "Order " + std::string(row.films);
  order.action = "Create a draft order for " + std::string(row.films) + codes + " supporting " +
                 in.order_reference;
  return card_suggesting_order(ctx, in, std::move(spec), c->evidence, 1,
                               std::string(row.suggested) + codes + ", linked to the fusion order.",
                               order);
}

}  // namespace spinecds::cards
