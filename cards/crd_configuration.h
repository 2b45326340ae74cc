#pragma once
// Da Vinci CRD hook configuration: the options discovery offers
// (`davinci-crd.configuration-options`), the choices a request makes
// (`davinci-crd.configuration`), and the CRD version it asks for
// (`davinci-crd.requestedVersion`).
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/document.h>

namespace spinecds::cards {

// The card kinds, most important first; they are also the configuration
// option codes.
inline constexpr std::string_view kFusionExtent = "fusion-extent";
inline constexpr std::string_view kPelvicFixation = "pelvic-fixation";
inline constexpr std::string_view kFlexionExtensionFilms = "flexion-extension-films";
inline constexpr std::string_view kPhysicalTherapy = "physical-therapy";
inline constexpr std::string_view kCriteriaSummary = "criteria-summary";
inline constexpr std::string_view kDataUnavailable = "data-unavailable";
// CRD's "instructions" card: the documentation still needed; off by default.
inline constexpr std::string_view kInstructions = "instructions";
inline constexpr std::string_view kMaxCards = "max-cards";
// Not a card kind: whether cards link the order's full review (CRD's
// external-reference card shape); on by default.
inline constexpr std::string_view kReviewLink = "review-link";

const std::vector<std::string_view>& card_kinds();

// The value of the discovery `extension` member
// "davinci-crd.configuration-options": one boolean option per card kind
// (default true; `instructions` false), the boolean `review-link` (default
// true) and the integer `max-cards` (default 10), in that order.
rapidjson::Value discovery_configuration_options(rapidjson::Document::AllocatorType& alloc);

// A whole discovery `extension` object for a service: configuration options
// plus "davinci-crd.version" (the CRD versions the service answers in).
rapidjson::Value discovery_crd_extension(rapidjson::Document::AllocatorType& alloc);

struct CardConfiguration {
  std::set<std::string> disabled;       // card kinds turned off
  std::set<std::string> enabled_extra;  // kinds off by default that the request turned on
  std::optional<int> max_cards;         // at least 0
  bool enabled(std::string_view kind) const {
    if (kind == kInstructions) return enabled_extra.contains(std::string(kind));
    return !disabled.contains(std::string(kind));
  }
};

// Reads request.extension["davinci-crd.configuration"]. Unknown options and
// values of the wrong type are ignored (CRD found-33: ignore what you do not
// understand), so a request can never make the call fail.
CardConfiguration read_card_configuration(const rapidjson::Value* request);

enum class CrdVersion { v2_0_1, v2_2 };

// "2.2", "2.2.1", "2.1" → v2_2; anything else (absent, "2.0.1", junk) → v2_0_1,
// the version the Inferno CRD kit checks.
CrdVersion requested_crd_version(const rapidjson::Value* request);

}  // namespace spinecds::cards
