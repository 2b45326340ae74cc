#pragma once
// Small fixtures for terminology tests: a JSON document that must parse, a
// record built from a JSON array of resources, and segments by their printed
// names.
#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include <rapidjson/document.h>

#include "fhir/record.h"
#include "support/json_fixtures.h"
#include "terminology/segment.h"

namespace spinecds::test {

// A record holding the resources of a JSON array (the record views the
// document it adopts, fhir/resource_list.h).
inline fhir::Record record_of(const std::string& resources_json) {
  rapidjson::Document d = parse_json(resources_json);
  REQUIRE(d.IsArray());
  fhir::Record r;
  r.resources.adopt(std::move(d));
  return r;
}

inline std::vector<std::string> segment_names(const std::vector<terminology::Segment>& segs) {
  std::vector<std::string> out;
  out.reserve(segs.size());
  for (auto s : segs) out.push_back(terminology::to_string(s));
  return out;
}

}  // namespace spinecds::test
