#include "cards/suggestion_limit_fusion.h"

#include <algorithm>
#include <limits>
#include <string>
#include <string_view>

#include "cards/contradicted_text.h"
#include "cards/coverage_information.h"
#include "cards/json_build.h"
#include "cards/levels_text.h"
#include "cards/order_codes.h"

namespace spinecds::cards {

namespace {

using terminology::Segment;

// Primary arthrodesis codes and their each-additional-interspace add-ons.
constexpr ArthrodesisCodes kFusion[] = {
    {"22612", "22614", "Posterior spinal fusion",
     "posterior/posterolateral arthrodesis, each additional interspace"},
    {"22630", "22632", "Posterior lumbar interbody fusion",
     "posterior interbody arthrodesis, each additional interspace"},
    {"22633", "22634", "Combined posterior and interbody fusion",
     "combined posterior/posterolateral and interbody arthrodesis, each additional interspace"},
    {"22558", "22585", "Anterior lumbar interbody fusion",
     "anterior interbody arthrodesis, each additional interspace"},
    {"22533", "22534", "Lateral lumbar interbody fusion",
     "lateral extracavitary arthrodesis, each additional vertebral segment"},
};

struct DecompressionFamily {
  std::string_view primary, addon, text;
};
constexpr DecompressionFamily kDecompression[] = {
    {"63047", "63048", "laminectomy, facetectomy and foraminotomy"},
    {"63030", "63035", "laminotomy with decompression of nerve roots"},
    {"63042", "63044", "laminotomy with decompression of nerve roots, re-exploration"},
};

// Posterior instrumentation by the vertebrae the construct spans.
constexpr InstrumentationCodes kPosteriorInstrumentation[] = {
    {2, "22840", "posterior non-segmental instrumentation"},
    {6, "22842", "posterior segmental instrumentation, 3 to 6 vertebral segments"},
    {12, "22843", "posterior segmental instrumentation, 7 to 12 vertebral segments"},
    {std::numeric_limits<int>::max(), "22844",
     "posterior segmental instrumentation, 13 or more vertebral segments"},
};
constexpr std::string_view kPelvicFixationCpt = "22848";
// Codes that only make sense with a fusion: bone graft and interbody devices.
constexpr std::string_view kFusionOnly[] = {"20930", "20931", "20936", "20937", "20938",
                                            "20939", "22853", "22854", "22859"};

template <typename Range>
bool in(const Range& r, std::string_view code) {
  return std::find(std::begin(r), std::end(r), code) != std::end(r);
}

const DecompressionFamily* decompression_of(std::string_view code) {
  for (const auto& d : kDecompression) {
    if (d.primary == code || d.addon == code) return &d;
  }
  return nullptr;
}

}  // namespace

const char* posterior_instrumentation_code(int vertebrae) {
  return instrumentation_for(kPosteriorInstrumentation, vertebrae).code.data();
}

rapidjson::Value limited_service_request(const rapidjson::Value& order, const LimitPlan& plan,
                                         const rapidjson::Value* coverage_extension, Alloc& a) {
  rapidjson::Value sr(order, a);
  if (!sr.IsObject()) return sr;
  const bool decompression_only = plan.fusion.empty();
  const std::string primary = cpt_of(member(&order, "code"));
  const ArthrodesisCodes* family = arthrodesis_by_primary(kFusion, primary);

  // Decompression codes the order carries, so the rewrite uses the surgeon's own.
  const DecompressionFamily* dfam = nullptr;
  const rapidjson::Value* details = member(&order, "orderDetail");
  if (details != nullptr && details->IsArray()) {
    for (const auto& d : details->GetArray()) {
      if (auto* f = decompression_of(cpt_of(&d))) {
        dfam = f;
        break;
      }
    }
  }
  std::vector<Segment> decomp = dfam != nullptr ? plan.decompression : plan.added_decompression;
  if (decompression_only) decomp = plan.decompression;
  std::sort(decomp.begin(), decomp.end());
  const DecompressionFamily& dcodes = dfam != nullptr ? *dfam : kDecompression[0];

  const int interspaces = static_cast<int>(plan.fusion.size());
  const int vertebrae = interspaces + 1;
  bool had_instrumentation = false;
  bool wrote_fusion_addon = false, wrote_instrumentation = false;
  bool wrote_decomp_primary = false, wrote_decomp_addon = false;

  rapidjson::Value new_details(rapidjson::kArrayType);
  const auto decomp_primary_text = [&] {
    return std::string(dcodes.primary) + ": " + std::string(dcodes.text) + ", " +
           terminology::to_string(decomp.front());
  };
  const auto decomp_addon_text = [&] {
    return "+" + std::string(dcodes.addon) + " x" + std::to_string(decomp.size() - 1) +
           ": each additional segment (" + list_after_first(decomp) + ")";
  };

  if (details != nullptr && details->IsArray()) {
    for (const auto& d : details->GetArray()) {
      const std::string code = cpt_of(&d);
      if (const ArthrodesisCodes* f = arthrodesis_by_addon(kFusion, code)) {
        if (decompression_only || wrote_fusion_addon || interspaces < 2) continue;
        wrote_fusion_addon = true;
        rapidjson::Value nd(d, a);
        set_member(nd, "text", jstr(addon_text(f->addon, f->addon_text, plan.fusion), a), a);
        new_details.PushBack(nd, a);
      } else if (instrumentation_by_code(kPosteriorInstrumentation, code) != nullptr) {
        had_instrumentation = true;
        if (decompression_only || wrote_instrumentation) continue;
        wrote_instrumentation = true;
        const auto& inst = instrumentation_for(kPosteriorInstrumentation, vertebrae);
        new_details.PushBack(
            cpt_concept(
                inst.code,
                instrumentation_text(inst) + " (" + construct_name(plan.fusion, false) + ")", a),
            a);
      } else if (code == kPelvicFixationCpt) {
        if (decompression_only || !plan.pelvic_fixation) continue;
        new_details.PushBack(rapidjson::Value(d, a), a);
      } else if (const DecompressionFamily* df = decompression_of(code)) {
        if (decomp.empty()) continue;
        if (code == df->primary) {
          // In a decompression-only order the primary code becomes the order's code.
          if (decompression_only || wrote_decomp_primary) continue;
          wrote_decomp_primary = true;
          rapidjson::Value nd(d, a);
          set_member(nd, "text", jstr(decomp_primary_text(), a), a);
          new_details.PushBack(nd, a);
        } else {
          if (wrote_decomp_addon || decomp.size() < 2) continue;
          wrote_decomp_addon = true;
          rapidjson::Value nd(d, a);
          set_member(nd, "text", jstr(decomp_addon_text(), a), a);
          new_details.PushBack(nd, a);
        }
      } else if (arthrodesis_by_primary(kFusion, code) != nullptr || in(kFusionOnly, code)) {
        if (decompression_only) continue;
        new_details.PushBack(rapidjson::Value(d, a), a);
      } else {
        new_details.PushBack(rapidjson::Value(d, a), a);
      }
    }
  }
  // Levels that lose their fusion are named as decompression even when the
  // order coded none (the surgeon still has to decompress them).
  if (!decomp.empty()) {
    if (!decompression_only && !wrote_decomp_primary) {
      new_details.PushBack(cpt_concept(dcodes.primary, decomp_primary_text(), a), a);
    }
    if (!wrote_decomp_addon && decomp.size() >= 2) {
      new_details.PushBack(cpt_concept(dcodes.addon, decomp_addon_text(), a), a);
    }
  }
  if (!decompression_only && family != nullptr && !wrote_fusion_addon && interspaces >= 2) {
    new_details.PushBack(
        cpt_concept(family->addon, addon_text(family->addon, family->addon_text, plan.fusion), a),
        a);
  }
  set_or_remove(sr, "orderDetail", std::move(new_details), a);

  // code: the fusion keeps its code, with text for the new construct; a
  // decompression-only order takes the decompression code.
  const std::string decomp_name = construct_name(decomp, false);
  if (decompression_only) {
    set_member(sr, "code",
               cpt_concept(dcodes.primary,
                           "Decompression alone (no fusion) " + decomp_name + ": " +
                               std::string(dcodes.text) + " at " + segment_list(decomp),
                           a),
               a);
  } else {
    std::string text = std::string(family != nullptr ? family->name : "Lumbar spinal fusion") +
                       " " + construct_name(plan.fusion, plan.pelvic_fixation);
    if (had_instrumentation) text += " with instrumentation";
    if (!decomp.empty()) text += ", decompression " + decomp_name;
    if (!plan.pelvic_fixation) text += "; no pelvic fixation";
    set_code_text(sr, order, text, a);
    recode_order_code(
        sr,
        [&](const std::string& c) -> std::string {
          if (c == kPelvicFixationCpt) return plan.pelvic_fixation ? c : "";
          if (arthrodesis_by_addon(kFusion, c) != nullptr) return interspaces >= 2 ? c : "";
          if (instrumentation_by_code(kPosteriorInstrumentation, c) != nullptr) {
            return std::string(instrumentation_for(kPosteriorInstrumentation, vertebrae).code);
          }
          return c;
        },
        a);
  }

  // bodySite: the vertebrae of the procedure (the fused construct, or the
  // decompressed levels), the ilium only with pelvic fixation.
  set_or_remove(sr, "bodySite",
                body_sites(order, decompression_only ? decomp : plan.fusion,
                           !decompression_only && plan.pelvic_fixation, a),
                a);
  drop_contradicted_text(sr,
                         {decompression_only ? std::vector<Segment>{} : plan.fusion,
                          !decompression_only && plan.pelvic_fixation},
                         a);

  if (coverage_extension != nullptr) return with_extension(sr, *coverage_extension, a);
  return sr;
}

}  // namespace spinecds::cards
