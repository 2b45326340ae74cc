// Card 1 for a cervical fusion (DESIGN §9): the order fuses segments the
// record does not support (no concordant compression, already fused without
// non-union, or a posterior fusion without a stabilising reason). The
// suggestion limits the order to the supported segments and counts its codes
// again.
#include "cards/card_kinds.h"
#include "cards/criterion_names.h"
#include "cards/evidence_text.h"
#include "cards/levels_text.h"
#include "cards/suggestion_limit_cervical.h"
#include "criteria/criterion_ids.h"

namespace spinecds::cards {

namespace {

const std::vector<std::string_view> kCompressionWords = {"compress", "stenosis", "herniat",
                                                         "narrow",   "cord",     "foramin"};

// Why a requested segment lacks support, in a clinician's words.
std::string reason(const criteria::LevelRow& row, bool posterior) {
  if (row.basis == "pseudarthrosis") return "earlier fusion with non-union";
  if (!row.compression.empty() && row.concordant && posterior)
    return "compression, no instability → posterior decompression only";
  if (!row.compression.empty() && !row.concordant)
    return "compression does not match the documented root, side or myelopathy";
  return "documentation does not show root or cord compression";
}

}  // namespace

rapidjson::Value card_cervical_fusion_extent(const CardContext& ctx, const OrderInput& in) {
  const criteria::Assessment& a = *in.assessment;
  std::vector<terminology::Segment> supported = a.supported_fusion_levels;
  std::vector<terminology::Segment> unsupported;
  for (auto s : a.requested_levels) {
    if (!contains(supported, s)) unsupported.push_back(s);
  }
  if (a.requested_levels.empty() || unsupported.empty()) return rapidjson::Value();
  const bool posterior = a.approach == "posterior" || a.approach == "combined";
  const std::string requested = construct_name(a.requested_levels, false);

  CardSpec spec;
  spec.kind = kFusionExtent;
  spec.indicator = Indicator::warning;
  spec.topic = kTopicOffGuideline;
  spec.criteria_for_links = {std::string(criteria::criterion_id::kImagingCompression),
                             std::string(criteria::criterion_id::kInstability)};
  if (!supported.empty()) {
    spec.summary = "Fusion " + requested + " exceeds documented concordant compression (" +
                   construct_name(supported, false) + " only)";
  } else {
    spec.summary =
        "Fusion " + requested + ": documentation does not show concordant compression at any level";
  }

  std::string d = "**Requested:** fusion " + requested + ". **Supported by the documentation:** " +
                  (supported.empty() ? std::string("no fusion level")
                                     : "fusion " + construct_name(supported, false)) +
                  ".\n\n";
  QuoteSet shown;
  std::vector<criteria::Evidence> ok_ev;
  for (const auto& row : a.levels) {
    if (row.requested && row.fusion_supported)
      ok_ev.insert(ok_ev.end(), row.evidence.begin(), row.evidence.end());
  }
  if (!supported.empty()) {
    d += "- **" + segment_list(supported) + ":** concordant compression → fusion";
    const std::string ev = pick_evidence(ok_ev, shown, kCompressionWords);
    if (!ev.empty()) d += ". " + ev;
    d += "\n";
  }
  for (const auto& row : a.levels) {
    if (!row.requested || row.fusion_supported) continue;
    d += "- **" + terminology::to_string(row.segment) + ":** " + reason(row, posterior);
    const std::string ev = pick_evidence(row.evidence, shown, kCompressionWords);
    if (!ev.empty()) d += ". " + ev;
    d += "\n";
  }
  if (!supported.empty()) {
    d += "\n**Suggested change:** fusion " + construct_name(supported, false) +
         ", with the codes counted again; the rest of the order is kept.";
  } else {
    d += "\nNo segment has documented concordant compression, so there is no narrower order to "
         "suggest.";
  }
  spec.detail = d;

  rapidjson::Value card = make_card(ctx, in, spec);
  if (!supported.empty() && in.order != nullptr) {
    Alloc& al = *ctx.alloc;
    const std::string name = construct_name(supported, false);
    add_suggestion(
        ctx, in, card, kFusionExtent, "limit", "Limit fusion to " + name, true, "at-most-one",
        make_action("update",
                    "Update " + in.order_reference + ": fusion " + name + ", codes counted for " +
                        std::to_string(supported.size()) + " interspace" +
                        (supported.size() == 1 ? "" : "s"),
                    limited_cervical_request(*in.order, supported, in.coverage_extension, al), al));
  }
  return card;
}

}  // namespace spinecds::cards
