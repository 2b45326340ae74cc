#pragma once
// Override reasons a clinician would actually pick, as codings in the
// project's CodeSystem, so feedback analytics can count them.
#include <string_view>
#include <vector>

#include <rapidjson/document.h>

namespace spinecds::cards {

inline constexpr std::string_view kOverrideReasonSystem =
    "https://spinecds.dev/CodeSystem/override-reason";

struct OverrideReason {
  std::string_view code;
  std::string_view display;
};

// The reasons offered on a card of this kind, most specific first, always
// ending with clinical judgement.
const std::vector<OverrideReason>& override_reasons(std::string_view card_kind);

// The `overrideReasons` array for a card kind.
rapidjson::Value override_reasons_json(std::string_view card_kind,
                                       rapidjson::Document::AllocatorType& alloc);

}  // namespace spinecds::cards
