#pragma once
// The patient record gathered for one hook call: what the later, pure stages
// read. Resources come from prefetch and FHIR queries, deduplicated by
// type/id; `gaps` says which data could not be had. The resources are views:
// into the hook request's prefetch (the request must outlive the record) and
// into the FHIR answers, which the record keeps.
#include <map>
#include <string>
#include <vector>

#include "fhir/resource_list.h"

namespace spinecds::fhir {

struct DataGap {
  std::string key;       // the prefetch key ("procedures")
  std::string reason;    // "timeout after 3000 ms", "HTTP 503", ...
  bool partial = false;  // some data was had, but cut short by a cap
  friend bool operator==(const DataGap&, const DataGap&) = default;
};

struct Record {
  ResourceList resources;     // FHIR resource objects, in gathering order
  std::vector<DataGap> gaps;  // sorted by key
  // A Bundle entry's fullUrl ("urn:uuid:...") -> "Type/id", from the
  // prefetch and the fetched search pages: what references inside that
  // Bundle may name the resource by.
  std::map<std::string, std::string> full_urls;
};

}  // namespace spinecds::fhir
