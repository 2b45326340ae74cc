#pragma once
// The levels a fusion order names, wherever the EHR put them: code.text,
// bodySite (codes and text), orderDetail text and note text.
#include <string_view>

#include <rapidjson/document.h>

#include "terminology/level_parser.h"

namespace spinecds::terminology {

// Every level mention in free text ("Posterior fusion L2-pelvis, TLIF L4-5"),
// read leniently: words around the levels are allowed, and a vertebra-shaped
// token that is not a vertebra is skipped rather than an error. Pelvic words
// ("with iliac fixation") set `pelvis` unless negated ("without iliac screws").
LevelParse levels_in_text(std::string_view text);

// The union of the levels a ServiceRequest names; an error when it names none.
LevelParse order_levels(const rapidjson::Value& service_request);

}  // namespace spinecds::terminology
