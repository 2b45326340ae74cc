#pragma once
// What every card builder shares: the hook call (instance, patient, CRD
// version, order-select or order-sign), the guideline, and one fusion order
// with its Assessment. Builders are pure: they read these and allocate JSON.
#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/document.h>

#include "cards/crd_configuration.h"
#include "cards/guideline.h"
#include "cards/json_build.h"
#include "criteria/assessment.h"

namespace spinecds::cards {

struct CardContext {
  Alloc* alloc = nullptr;
  bool order_select = false;  // info cards only
  CrdVersion crd = CrdVersion::v2_0_1;
  std::string hook_instance;
  std::string patient_reference;  // "Patient/pt-4417"
  std::string user_reference;     // "Practitioner/pr-okafor" ("" when absent)
  const Guideline* guideline = nullptr;
};

struct OrderInput {
  const rapidjson::Value* order = nullptr;  // the draft ServiceRequest (may be null)
  const criteria::Assessment* assessment = nullptr;
  std::string order_reference;  // "ServiceRequest/<id>"
  // The coverage-information extension of this order (order-sign with a
  // Coverage), put on every update of the order so updates compose; else null.
  const rapidjson::Value* coverage_extension = nullptr;
  // The link to the order's full review (CRD external reference); "" → none.
  std::string review_url;
};

enum class Indicator { info, warning };

// CRD card types (source.topic codes).
inline constexpr std::string_view kTopicOffGuideline = "off-guideline";
inline constexpr std::string_view kTopicGuideline = "guideline";
inline constexpr std::string_view kTopicAppropriateUse = "appropriate-use";

struct CardSpec {
  std::string_view kind;  // "fusion-extent", ...: also the uuid's problem key
  Indicator indicator = Indicator::info;
  std::string summary;  // plain text; cut to 139 code points
  std::string detail;   // markdown built from escaped record text ("" → omitted)
  std::string_view topic = kTopicGuideline;
  std::vector<std::string> criteria_for_links;  // criterion ids whose citations to link
};

// A card with uuid, summary, indicator (warning demoted to info on
// order-select), source with topic, detail, overrideReasons and links.
rapidjson::Value make_card(const CardContext& ctx, const OrderInput& in, const CardSpec& spec);

// Appends a suggestion with one action to `card` (uuid derived from the card's
// problem and `key`), and sets selectionBehavior.
void add_suggestion(const CardContext& ctx, const OrderInput& in, rapidjson::Value& card,
                    std::string_view kind, std::string_view key, std::string_view label,
                    bool recommended, std::string_view selection_behavior, rapidjson::Value action);

rapidjson::Value make_action(std::string_view type, std::string_view description,
                             rapidjson::Value resource, Alloc& a);

// "ServiceRequest/<id>" of an order.
std::string order_reference(const rapidjson::Value* order, const criteria::Assessment& a);

// The order's reasonCode entries (its diagnoses), copied; an array, maybe empty.
rapidjson::Value copy_reason_codes(const rapidjson::Value* order, Alloc& a);

}  // namespace spinecds::cards
