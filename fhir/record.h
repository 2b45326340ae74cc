#pragma once
// The patient record gathered for one hook call: what the later, pure stages
// read. Resources come from prefetch and FHIR queries, deduplicated by
// type/id; `gaps` says which data could not be had.
#include <string>
#include <vector>

#include <rapidjson/document.h>

namespace spinecds::fhir {

struct DataGap {
  std::string key;     // the prefetch key ("procedures")
  std::string reason;  // "timeout after 3000 ms", "HTTP 503", ...
  bool partial = false;  // some data was had, but cut short by a cap
  friend bool operator==(const DataGap&, const DataGap&) = default;
};

struct Record {
  Record() : resources(rapidjson::kArrayType) {}
  Record(Record&&) = default;
  Record& operator=(Record&&) = default;

  rapidjson::Document resources;  // a JSON array of FHIR resource objects
  std::vector<DataGap> gaps;      // sorted by key
};

}  // namespace spinecds::fhir
