#pragma once
// A JSON document a test wrote or a service answered, which must parse.
#include <doctest/doctest.h>

#include <string>

#include <rapidjson/document.h>

#include "support/json_text.h"

namespace spinecds::test {

inline rapidjson::Document parse_json(const std::string& json) {
  rapidjson::Document d;
  d.Parse(json.c_str());
  REQUIRE_MESSAGE(!d.HasParseError(), json);
  return d;
}

}  // namespace spinecds::test
