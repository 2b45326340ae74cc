#pragma once
// Small fixtures for terminology tests: a JSON document that must parse, and
// segments by their printed names. (Older tests keep local copies; new ones
// use these.)
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "terminology/segment.h"

namespace spinecds::test {

inline rapidjson::Document parse_json(const std::string& json) {
  rapidjson::Document d;
  d.Parse(json.c_str());
  REQUIRE_MESSAGE(!d.HasParseError(), json);
  return d;
}

inline std::vector<std::string> segment_names(const std::vector<terminology::Segment>& segs) {
  std::vector<std::string> out;
  out.reserve(segs.size());
  for (auto s : segs) out.push_back(terminology::to_string(s));
  return out;
}

}  // namespace spinecds::test
