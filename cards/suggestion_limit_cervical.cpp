#include "cards/suggestion_limit_cervical.h"

#include <algorithm>
#include <limits>
#include <string>
#include <string_view>

#include "cards/contradicted_text.h"
#include "cards/coverage_information.h"
#include "cards/levels_text.h"
#include "cards/order_codes.h"

namespace spinecds::cards {

namespace {

using terminology::Segment;

// Cervical arthrodesis codes and their each-additional-interspace add-ons.
constexpr ArthrodesisCodes kArthrodesis[] = {
    {"22551", "22552", "Anterior cervical discectomy and fusion",
     "anterior interbody arthrodesis with discectomy, cervical, each additional interspace"},
    {"22554", "22585", "Anterior cervical interbody fusion",
     "anterior interbody arthrodesis, each additional interspace"},
    {"22600", "22614", "Posterior cervical fusion",
     "posterior/posterolateral arthrodesis, each additional interspace"},
};
// Anterior plates by the vertebrae they span.
constexpr InstrumentationCodes kAnteriorPlates[] = {
    {3, "22845", "anterior instrumentation, 2 to 3 vertebral segments"},
    {7, "22846", "anterior instrumentation, 4 to 7 vertebral segments"},
    {std::numeric_limits<int>::max(), "22847",
     "anterior instrumentation, 8 or more vertebral segments"},
};
constexpr std::string_view kCage = "22853";

const ArthrodesisCodes* arthrodesis_of(std::string_view code) {
  const auto* f = arthrodesis_by_primary(kArthrodesis, code);
  return f != nullptr ? f : arthrodesis_by_addon(kArthrodesis, code);
}

}  // namespace

const char* anterior_instrumentation_code(int vertebrae) {
  return instrumentation_for(kAnteriorPlates, vertebrae).code.data();
}

rapidjson::Value limited_cervical_request(const rapidjson::Value& order,
                                          const std::vector<Segment>& fusion_in,
                                          const rapidjson::Value* coverage_extension, Alloc& a) {
  rapidjson::Value sr(order, a);
  if (!sr.IsObject() || fusion_in.empty()) return sr;
  std::vector<Segment> fusion = fusion_in;
  std::sort(fusion.begin(), fusion.end());
  const int interspaces = static_cast<int>(fusion.size());
  const int vertebrae = static_cast<int>(vertebrae_of(fusion).size());

  // The arthrodesis family from the order's code, else its details.
  const std::string primary = cpt_of(member(&order, "code"));
  const ArthrodesisCodes* family = arthrodesis_of(primary);
  const rapidjson::Value* details = member(&order, "orderDetail");
  if (family == nullptr && details != nullptr && details->IsArray()) {
    for (const auto& d : details->GetArray()) {
      if ((family = arthrodesis_of(cpt_of(&d))) != nullptr) break;
    }
  }
  bool had_plate = false;
  bool had_cage = false;
  bool wrote_primary = primary == (family != nullptr ? family->primary : std::string_view());
  rapidjson::Value new_details(rapidjson::kArrayType);
  if (details != nullptr && details->IsArray()) {
    for (const auto& d : details->GetArray()) {
      const std::string code = cpt_of(&d);
      if (family != nullptr && code == family->primary) {
        if (wrote_primary) continue;
        wrote_primary = true;
        new_details.PushBack(rapidjson::Value(d, a), a);
      } else if (family != nullptr && code == family->addon) {
        continue;  // counted again below
      } else if (instrumentation_by_code(kAnteriorPlates, code) != nullptr) {
        had_plate = true;
      } else if (code == kCage) {
        had_cage = true;
      } else {
        new_details.PushBack(rapidjson::Value(d, a), a);
      }
    }
  }
  if (family != nullptr && !wrote_primary) {
    new_details.PushBack(
        cpt_concept(family->primary,
                    std::string(family->primary) + ": " + std::string(family->name) +
                        ", first interspace (" + terminology::to_string(fusion.front()) + ")",
                    a),
        a);
  }
  if (family != nullptr && interspaces >= 2) {
    new_details.PushBack(
        cpt_concept(family->addon, addon_text(family->addon, family->addon_text, fusion), a), a);
  }
  if (had_cage) {
    new_details.PushBack(
        cpt_concept(kCage,
                    "+22853 x" + std::to_string(interspaces) +
                        ": interbody device, per interspace (" + segment_list(fusion) + ")",
                    a),
        a);
  }
  if (had_plate) {
    const auto& plate = instrumentation_for(kAnteriorPlates, vertebrae);
    new_details.PushBack(
        cpt_concept(plate.code,
                    instrumentation_text(plate) + " (" + construct_name(fusion, false) + ", " +
                        std::to_string(vertebrae) + " vertebrae)",
                    a),
        a);
  }
  set_or_remove(sr, "orderDetail", std::move(new_details), a);

  std::string text = std::string(family != nullptr ? family->name : "Cervical spinal fusion") +
                     " " + construct_name(fusion, false);
  if (had_plate) text += " with anterior plate";
  set_code_text(sr, order, text, a);
  recode_order_code(
      sr,
      [&](const std::string& c) -> std::string {
        if (family != nullptr && c == family->addon) return interspaces >= 2 ? c : "";
        if (instrumentation_by_code(kAnteriorPlates, c) != nullptr) {
          return std::string(instrumentation_for(kAnteriorPlates, vertebrae).code);
        }
        return c;
      },
      a);
  set_or_remove(sr, "bodySite", body_sites(order, fusion, false, a), a);
  drop_contradicted_text(sr, {fusion, false}, a);

  if (coverage_extension != nullptr) return with_extension(sr, *coverage_extension, a);
  return sr;
}

}  // namespace spinecds::cards
