#pragma once
// Levels from SNOMED CT body-site codings (ServiceRequest.bodySite): the
// vertebrae T10-L5, the sacrum, the ilium and the pelvis.
#include <optional>
#include <string_view>
#include <vector>

#include "terminology/level_parser.h"
#include "terminology/segment.h"

namespace spinecds::terminology {

struct BodySiteCoding {
  std::string_view system;
  std::string_view code;
};

struct BodySiteLevel {
  std::optional<Vertebra> vertebra;  // L4, S1 (sacrum), ...
  bool pelvis = false;               // ilium or pelvis
};

// What one coding names; nullopt when it is not a vertebra, sacrum, ilium or
// pelvis (region codes such as "lumbar spine structure" name no level).
std::optional<BodySiteLevel> body_site_level(std::string_view system, std::string_view code);

// The construct the body sites span: from the highest to the lowest vertebra
// named, down to S1 when the ilium or pelvis is named. An error when they name
// fewer than two vertebrae.
LevelParse levels_from_body_sites(const std::vector<BodySiteCoding>& codings);

}  // namespace spinecds::terminology
