// Card 3: flexion-extension radiographs are not in the record, and the fusion
// rests on instability (a deformity-indicated fusion does not need them).
#include "cards/card_kinds.h"
#include "cards/criterion_names.h"
#include "cards/evidence_text.h"
#include "cards/levels_text.h"
#include "cards/markdown_escape.h"
#include "cards/new_orders.h"
#include "criteria/criterion_ids.h"
#include "criteria/procedure_family.h"

namespace spinecds::cards {

namespace {
constexpr std::string_view kCpt = "http://www.ama-assn.org/go/cpt";
constexpr std::string_view kLoinc = "http://loinc.org";
constexpr std::string_view kSnomed = "http://snomed.info/sct";

// The cervical card (DESIGN §9): eviCore asks for plain films with
// flexion-extension views on the radiculopathy and adjacent-segment pathways.
rapidjson::Value cervical_films(const CardContext& ctx, const OrderInput& in,
                                const criteria::CriterionResult& c, const FusionFindings& f) {
  const std::string requested = construct_name(f.requested, false);
  CardSpec spec;
  spec.kind = kFlexionExtensionFilms;
  spec.indicator = Indicator::info;
  spec.topic = kTopicAppropriateUse;
  spec.criteria_for_links = {std::string(criteria::criterion_id::kFlexionExtension)};
  spec.summary = "Cervical flexion-extension radiographs not documented for fusion " + requested;
  std::string d =
      "The policy asks for plain cervical radiographs with flexion-extension views "
      "before a fusion for radiculopathy or an adjacent segment; documentation does "
      "not show such a study.";
  QuoteSet shown;
  const std::string ev = evidence_list(c.evidence, shown, 1);
  if (!ev.empty()) d += "\n\n" + ev;
  d += "\n\n**Suggested order:** cervical spine radiographs with flexion and extension views "
       "(CPT 72050, LOINC 24945-8), linked to the fusion order.";
  spec.detail = d;
  rapidjson::Value card = make_card(ctx, in, spec);
  Alloc& al = *ctx.alloc;
  rapidjson::Value codings(rapidjson::kArrayType);
  codings.PushBack(
      coding(kCpt, "72050", "Radiologic examination, spine, cervical; 4 or 5 views", al), al);
  codings.PushBack(
      coding(kLoinc, "24945-8", "XR Cervical spine Views W flexion and W extension", al), al);
  rapidjson::Value cat(rapidjson::kArrayType);
  cat.PushBack(coding(kSnomed, "363679005", "Imaging", al), al);
  rapidjson::Value sr = new_service_request(
      ctx, in, codeable_concept(std::move(cat), "Imaging", al),
      codeable_concept(std::move(codings), "Cervical spine flexion-extension radiographs", al),
      "Evaluation of the cervical spine before fusion");
  add_suggestion(ctx, in, card, kFlexionExtensionFilms, "order-films",
                 "Order cervical flexion-extension radiographs", false, "any",
                 make_action("create",
                             "Create a draft order for cervical flexion-extension radiographs "
                             "(CPT 72050, LOINC 24945-8) supporting " +
                                 in.order_reference,
                             std::move(sr), al));
  return card;
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
  if (a.family == criteria::kCervicalFusion) return cervical_films(ctx, in, *c, f);
  const std::string requested = construct_name(f.requested, f.pelvis_requested);

  CardSpec spec;
  spec.kind = kFlexionExtensionFilms;
  spec.indicator = Indicator::info;
  spec.topic = kTopicAppropriateUse;
  spec.criteria_for_links = {std::string(criteria::criterion_id::kFlexionExtension),
                             std::string(criteria::criterion_id::kInstability)};
  spec.summary = "Flexion-extension radiographs not documented for fusion " + requested;
  std::string d = "Fusion " + requested +
                  " rests on instability. Standing flexion-extension radiographs show whether a "
                  "segment moves abnormally; documentation does not show such a study.";
  QuoteSet shown;
  const std::string ev = evidence_list(c->evidence, shown, 1);
  if (!ev.empty()) d += "\n\n" + ev;
  d += "\n\n**Suggested order:** standing lumbar flexion-extension radiographs (CPT 72120, "
       "LOINC 24971-4), linked to the fusion order.";
  spec.detail = d;

  rapidjson::Value card = make_card(ctx, in, spec);
  Alloc& al = *ctx.alloc;
  rapidjson::Value codings(rapidjson::kArrayType);
  codings.PushBack(coding(kCpt, "72120",
                          "Radiologic examination, spine, lumbosacral; bending views only, 2 or 3 "
                          "views",
                          al),
                   al);
  codings.PushBack(coding(kLoinc, "24971-4", "", al), al);
  rapidjson::Value cat(rapidjson::kArrayType);
  cat.PushBack(coding(kSnomed, "363679005", "Imaging", al), al);
  rapidjson::Value sr = new_service_request(
      ctx, in, codeable_concept(std::move(cat), "Imaging", al),
      codeable_concept(std::move(codings), "Standing lumbar flexion-extension radiographs", al),
      "Evaluation of lumbar instability before fusion");
  add_suggestion(ctx, in, card, kFlexionExtensionFilms, "order-films",
                 "Order standing lumbar flexion-extension radiographs", false, "any",
                 make_action("create",
                             "Create a draft order for standing lumbar flexion-extension "
                             "radiographs (CPT 72120, LOINC 24971-4) supporting " +
                                 in.order_reference,
                             std::move(sr), al));
  return card;
}

}  // namespace spinecds::cards
